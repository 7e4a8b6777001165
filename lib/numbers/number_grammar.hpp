// The number grammar: finds every number expression in UTF-8 text and reads its exact value and
// stated bounds. Chinese and Arabic numerals, full-width digits, 万/亿/million multipliers,
// English number words, vague quantities (数万, 六十多), fractions, percentages and ranges;
// dates, clock times and ordinals are returned with their kind so callers can drop them.
//
// Built once, immutable, safe for concurrent use by multiple threads.
#ifndef CLAIMCHECK_LIB_NUMBERS_NUMBER_GRAMMAR_HPP
#define CLAIMCHECK_LIB_NUMBERS_NUMBER_GRAMMAR_HPP

#include <memory>
#include <string_view>
#include <vector>

#include "claimcheck/claim.hpp"

namespace claimcheck {

class NumberGrammar {
 public:
  NumberGrammar();
  ~NumberGrammar();
  NumberGrammar(const NumberGrammar&) = delete;
  NumberGrammar& operator=(const NumberGrammar&) = delete;

  // Appends the number expressions of `text` to `out` in byte order, spans true to the input
  // bytes. An expression too long or too large to represent exactly is not appended; a Note
  // with its span and the reason goes to `notes` instead.
  void scan(std::string_view text, std::vector<NumberExpr>* out, std::vector<Note>* notes) const;

 private:
  struct Tables;
  std::unique_ptr<const Tables> tables_;
};

}  // namespace claimcheck

#endif
