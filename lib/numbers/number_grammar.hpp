// The number grammar: finds every number expression in UTF-8 text and reads its exact value and
// stated bounds. Chinese and Arabic numerals, full-width digits, 万/亿/million multipliers,
// English number words, vague quantities (数万, 六十多), fractions, percentages and ranges;
// dates, clock times and ordinals are returned with their kind so callers can drop them.
//
// What an expression covers and how it reads (the claim layer builds on these choices):
//   - the span covers a sign (-, −, 负), a currency symbol or code ($, US$, ¥, USD) or word
//     (美元, 元, dollars), a multiplier (万, 亿, k, million), %, 百分之, 个百分点, 倍, 成,
//     (打)…折 and 分之; it never covers hedges (约, 超过, about) or classifiers (块, 个).
//   - dimension/unit: `number`/`number`; `percent`/`percent` for 16.97%, 百分之十五, 六成 (60),
//     打七折 (70), 千分之二 (0.2); `percentage_point`/`percentage_point` for 个百分点;
//     `multiple`/`times` for N倍; `fraction`/`fraction` for 三分之一 and 1/17 (the value is the
//     quotient, the nearest double); `currency`/ISO 4217 code where one is attached.
//   - bounds and qualifier: a single number is `exact` with low = high = value. Vague forms
//     carry both bounds and value is their midpoint: 六十多, 500多亿, 百余, 十几万 → `more_than`
//     (60, 70): the upper bound adds one unit of the last place written; 数万, 几百万, 上亿 →
//     `approx` [2e4, 9e4], [2e6, 9e6], [1e8, 1e9]; 两三百, 三四百 and every explicit range
//     (20至40, 300至500万, 1%~5%, between 20 and 30) → `range`. In a range a bare left side takes
//     the right side's multiplier and unit (300至500万 → 3e6..5e6, 1~5% → percent).
//   - dates, clock times and ordinals come one item per component with kind `date`/`time`
//     (2025年1月28日 → 2025年, 1月, 28日; unit year, month, day, hour, minute, second) and kind
//     `ordinal` (第三, 四十七任, 15th), dimension `date`/`time`/`ordinal`.
//   - not numbers: digits glued to names (H800, GPT-4o, 910B, ajaychen_2024, Llama 3.1 after
//     a product word of the table), numerals inside words (一些, 统一, 四川, 一个), 兆 before
//     瓦/赫/字节 (2兆瓦 reads 2; 兆瓦 is the unit), 参 outside a formal numeral (6710亿参数).
//
// Immutable, safe for concurrent use by multiple threads; every grammar shares one copy of the
// numeral tables, read from the embedded data on first use.
#ifndef CLAIMCHECK_LIB_NUMBERS_NUMBER_GRAMMAR_HPP
#define CLAIMCHECK_LIB_NUMBERS_NUMBER_GRAMMAR_HPP

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
  const Tables* tables_;  // the process's one copy: the numeral tables depend on nothing
};

}  // namespace claimcheck

#endif
