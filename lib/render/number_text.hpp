// Numbers, quantities and intervals as a reader wants to see them in a report:
// 2000 → "2,000", 5576000 → "5.576 million", 16.97 with unit percent → "16.97 %".
#ifndef CLAIMCHECK_RENDER_NUMBER_TEXT_HPP
#define CLAIMCHECK_RENDER_NUMBER_TEXT_HPP

#include <optional>
#include <string>
#include <string_view>

#include <unicode/numberformatter.h>

namespace claimcheck::render {

// Formats with ICU in English; built once per report, then const and safe to share.
class NumberText {
 public:
  NumberText();

  // Grouped, up to four decimals; below one, five significant digits; a million and above in
  // words with five significant digits:
  // 2000 → "2,000", 0.1697 → "0.1697", 592658000000 → "592.66 billion".
  std::string number(double value) const;

  // The number with its unit: "5.576 million USD", "16.97 %", "2,000 H800", "2 months".
  std::string quantity(double value, std::string_view unit,
                       const std::optional<std::string>& object = std::nullopt) const;

  // An interval with open ends: "1,800 – 2,200 count", "≥ 50,000 count", "< 6 million USD"
  // (nullopt is an open end). Equal bounds give the single quantity; bounds that would read
  // alike are written with all their digits.
  std::string interval(std::optional<double> low, std::optional<double> high,
                       std::string_view unit) const;

 private:
  static std::string format(const icu::number::LocalizedNumberFormatter& formatter, double value);

  icu::number::LocalizedNumberFormatter whole_;    // |v| ≥ 1
  icu::number::LocalizedNumberFormatter small_;    // |v| < 1
  icu::number::LocalizedNumberFormatter compact_;  // |v| ≥ 1e6
  icu::number::LocalizedNumberFormatter precise_;  // every digit a double holds
};

}  // namespace claimcheck::render

#endif
