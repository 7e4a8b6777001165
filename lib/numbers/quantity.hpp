// A quantity as read off the text, before percent signs, currencies, fractions, dates and
// ranges are considered: its span, exact bounds and how it was written.
#ifndef CLAIMCHECK_LIB_NUMBERS_QUANTITY_HPP
#define CLAIMCHECK_LIB_NUMBERS_QUANTITY_HPP

#include <cstddef>
#include <string_view>

#include "claimcheck/claim.hpp"
#include "numbers/decimal.hpp"
#include "numbers/numeral_tables.hpp"
#include "numbers/text_walk.hpp"

namespace claimcheck::numbers {

enum class Script : unsigned char { arabic, chinese, english, mixed };

struct Quantity {
  std::size_t begin = 0;
  std::size_t end = 0;
  Decimal low;                  // equal to high unless the quantity is vague (六十多, 数万, 两三百)
  Decimal high;
  Qualifier qualifier = Qualifier::exact;
  Script script = Script::arabic;
  int multiplier_power = 0;     // power of ten of the last multiplier (万 → 4, million → 6), 0 if none
  bool has_multiplier = false;
  bool integer = true;          // no decimal point written
  int digit_count = 0;          // ASCII digits written (dates, years)
  int numeral_chars = 0;        // Chinese numeral characters read
  bool negative = false;
  bool grouped = false;         // 50,000
  bool plural = false;          // ends in a plural scale (tens of thousands): what it counts follows "of"
};

// Reads quantities at a given position. Holds only references; cheap to create per scan.
class QuantityReader {
 public:
  QuantityReader(std::string_view text, const NumeralTables& tables) : text_(text), tables_(tables) {}

  // Reads the longest quantity starting exactly at `pos` (a sign, digit, Chinese numeral,
  // 数/几/上 vague word, or English number word). False when there is none.
  bool read(std::size_t pos, Quantity* out) const;

  // Reads a run of Chinese or ASCII digits after 点 / '.', as a fraction 0.d1d2…; returns the
  // end, or `pos` when there is no digit.
  std::size_t read_fraction_digits(std::size_t pos, Decimal* frac) const;

  std::string_view text() const { return text_; }
  const NumeralTables& tables() const { return tables_; }

 private:
  bool read_positional(std::size_t pos, Quantity* out) const;
  // Reads ASCII digits (with thousands groups and a decimal part) at `pos` as the whole quantity
  // when nothing after them continues it, with the one big unit that closes them (557万), or with
  // the scale words after them (5.6 million); false, writing nothing, otherwise.
  bool read_plain_arabic(std::size_t pos, Quantity* out) const;
  // What follows the digits ending at `end` (after any spaces; `at_end` is the folded character
  // at `end`): nothing that continues the number; a scale word after a space (5.6 million); or
  // more, or perhaps more (a multiplier, a power of ten, a Chinese unit, a decimal point or vague
  // ending), which the positional walk decides.
  enum class AfterDigits { nothing, scale_word, more };
  AfterDigits after_digits(std::size_t end, text::DecodedChar at_end) const;
  // Whether an English scale word (hundred, million, bn…) is the ASCII word at `pos`.
  bool scale_word_at(std::size_t pos) const;
  // The multiplier of two letters or more after one space at `pos` (10 bln, 2.5 mn), or nullptr.
  const WordSet::Entry* spaced_multiplier_at(std::size_t pos) const;
  // Whether an ASCII letter or digit stands at `pos`: a word before it runs on (mil in million).
  bool word_runs_on_at(std::size_t pos) const;
  // The digits at `pos` with the English scale words after them (5.6 million), read by the
  // English reader, which keeps how the digits were written: their count, grouping and point.
  bool read_english_with_digits(std::size_t pos, int digits, bool grouped, bool integer, Quantity* out) const;
  // Whether nothing at `pos` continues a number that a big unit closed just before: no space,
  // digit, unit, decimal point or vague ending.
  bool number_ends_at(std::size_t pos) const;
  // The multiplier letter at `pos` when one of the nouns it multiplies follows (671B
  // parameters, 14.8T tokens), else nullptr.
  const WordSet::Entry* multiplier_letter_before_noun(std::size_t pos) const;
  bool read_english(std::size_t pos, Quantity* out) const;
  // Whether a big unit at `pos` opens a number alone: 近万块, 逾万人 (after one of
  // bare_big_unit_after, before none of bare_big_unit_not_before).
  bool bare_big_unit_opens(std::size_t pos) const;
  bool fraction_follows(std::size_t pos) const;

  std::string_view text_;
  const NumeralTables& tables_;
};

// Reads ASCII digits with optional thousands grouping and decimal part at `pos`.
// Returns the end (== pos when there is no digit); `after`, when given, receives the folded
// character there (a zero one at the end of the text).
std::size_t read_arabic(std::string_view text, std::size_t pos, Decimal* value, int* digits, bool* grouped,
                        bool* has_point, text::DecodedChar* after = nullptr);


}  // namespace claimcheck::numbers

#endif
