// Claims built by hand for the checker's tests, in the shape the extractor and attributor give.
#ifndef CLAIMCHECK_TESTS_UNIT_CLAIM_BUILDER_HPP
#define CLAIMCHECK_TESTS_UNIT_CLAIM_BUILDER_HPP

#include <optional>
#include <string>

#include "claimcheck/claim.hpp"

namespace claimcheck::testing {

// A claim as the pipeline would give it; an exact or approx claim's bounds default to its value.
inline Claim make_claim(const std::string& source, const std::string& text, double value,
                        const std::string& dimension, const std::string& unit, const std::string& subject = "",
                        const std::string& measure = "", const std::string& object = "",
                        Qualifier qualifier = Qualifier::exact, std::optional<double> low = std::nullopt,
                        std::optional<double> high = std::nullopt, std::size_t begin = 0) {
  Claim c;
  c.source = source;
  c.text = text;
  c.begin = begin;
  c.end = begin + text.size();
  c.value = value;
  c.qualifier = qualifier;
  const bool point = qualifier == Qualifier::exact || qualifier == Qualifier::approx;
  c.low = low ? low : point ? std::optional<double>(value) : std::nullopt;
  c.high = high ? high : point ? std::optional<double>(value) : std::nullopt;
  c.dimension = dimension;
  c.unit = unit;
  if (!object.empty()) c.object = object;
  if (!subject.empty()) c.subject = subject;
  if (!measure.empty()) c.measure = measure;
  c.sentence_begin = begin;
  c.sentence_end = c.end;
  return c;
}

}  // namespace claimcheck::testing

#endif
