// Shared by the claims_*_test.cpp tables: extraction through the real number grammar, and the
// row format input → the one claim expected (its text, value, unit, object, qualifier).
#ifndef CLAIMCHECK_TESTS_CLAIMS_TABLE_HPP
#define CLAIMCHECK_TESTS_CLAIMS_TABLE_HPP

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "claimcheck/claim.hpp"
#include "claimcheck/json.hpp"
#include "claims/claim_extractor.hpp"
#include "numbers/number_grammar.hpp"
#include "text/sentences.hpp"

namespace claims_table {

using claimcheck::Qualifier;
constexpr Qualifier exact = Qualifier::exact;
constexpr Qualifier approx = Qualifier::approx;
constexpr Qualifier more_than = Qualifier::more_than;
constexpr Qualifier at_least = Qualifier::at_least;
constexpr Qualifier less_than = Qualifier::less_than;
constexpr Qualifier at_most = Qualifier::at_most;
constexpr Qualifier range = Qualifier::range;

// One input and the single claim it holds. `object` "" means null.
struct Row {
  std::string input;
  std::string text;
  double value;
  std::string unit;
  std::string object;
  Qualifier qualifier;
};

// The claims of `text` through the grammar and the extractor (one shared pair per process).
inline std::vector<claimcheck::Claim> extract(const std::string& text) {
  static const claimcheck::NumberGrammar grammar;
  static const claimcheck::ClaimExtractor extractor(grammar, claimcheck::default_config().objects);
  claimcheck::Extraction out;
  extractor.extract(text, "t", claimcheck::split_sentences(text), &out);
  return out.claims;
}

// Checks claim `c` against `row`, its text found at byte `at` of the input.
inline void check_claim(const claimcheck::Claim& c, const Row& row, std::size_t at) {
  CHECK(c.text == row.text);
  CHECK(c.begin == at);
  CHECK(c.end == at + row.text.size());
  CHECK(c.value == Approx(row.value));
  CHECK(c.unit == row.unit);
  CHECK(c.object.value_or("") == row.object);
  CHECK(c.qualifier == row.qualifier);
  CHECK(c.sentence_begin <= c.begin);
  CHECK(c.end <= c.sentence_end);
}

// Checks that `input` holds exactly the claim of `row`, its span where its text first occurs.
inline void check_row(const Row& row) {
  INFO("input: " << row.input);
  const auto claims = extract(row.input);
  REQUIRE(claims.size() == 1);
  check_claim(claims[0], row, row.input.find(row.text));
}

// Checks that `input` holds no claim at all.
inline void check_no_claim(const std::string& input) {
  INFO("input: " << input);
  const auto claims = extract(input);
  std::string found;
  for (const auto& c : claims) found += "[" + c.text + "] ";
  INFO("unexpected claims: " << found);
  CHECK(claims.empty());
}

}  // namespace claims_table

#endif
