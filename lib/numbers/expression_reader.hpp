// Reading a whole number expression around quantities: percent signs and 百分之, 个百分点,
// 倍, 成 and 折, fractions (三分之一), currencies ($5.6M, 558万美元), ranges (300至500万,
// between 20 and 30), and the dates, clock times and ordinals the claim layer drops.
#ifndef CLAIMCHECK_LIB_NUMBERS_EXPRESSION_READER_HPP
#define CLAIMCHECK_LIB_NUMBERS_EXPRESSION_READER_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/claim.hpp"
#include "numbers/english_fractions.hpp"
#include "numbers/quantity.hpp"

namespace claimcheck::numbers {

class ExpressionReader {
 public:
  ExpressionReader(std::string_view text, const NumeralTables& tables)
      : quantities_(text, tables), fractions_(quantities_) {}

  // Reads the expression starting at `pos`, appending it (a date may give several items) to
  // `out`, or a note to `notes` when its value cannot be represented exactly. Returns the
  // end of what was consumed, or `pos` when nothing starts there.
  std::size_t read(std::size_t pos, std::vector<NumberExpr>* out, std::vector<Note>* notes) const;

 private:
  // A quantity with what is attached to it.
  struct Reading {
    Quantity q;
    std::size_t begin = 0;
    std::size_t end = 0;
    enum class Kind { plain, percent, percentage_point, multiple, currency, fraction } kind = Kind::plain;
    std::string currency;
    double frac_low = 0;  // for fractions, the value computed by division
    double frac_high = 0;
    bool frac_exact = true;
    bool fraction_is_number = false;  // one and a half, half million: a number, read through a fraction
    int minor_power = 0;              // 2 for 50 cents: the amount was written in hundredths
    bool open_above = false;          // 4,000-plus: more than, with no upper bound
    bool tenths = false;              // 三成, 七折: the number counted tenths (now scaled to percent)
    // The folded character at `known_at`, where the quantity ended, as read_reading decoded it:
    // the readers after it need it again (cp_after).
    std::size_t known_at = std::string_view::npos;
    char32_t known_cp = 0;

    // Makes this reading the fraction numerator ÷ denominator, ending where the denominator
    // ends; not exact when either side does not fit a double or the denominator is zero.
    void set_fraction(const Quantity& numerator, const Quantity& denominator);
    // Makes this fraction reading whole + the fraction (三百五十又三分之一, 1 3/5), keeping its end.
    void add_whole(const Quantity& whole);
  };

  bool read_reading(std::size_t pos, Reading* r) const;
  // The folded character at `pos` (U'\0' past the end), taken from `r` when it knows it.
  char32_t cp_after(const Reading& r, std::size_t pos) const {
    return pos == r.known_at ? r.known_cp : cp_at(quantities_.text(), pos);
  }
  // half million usd, five and a half million dollars: a currency after a number read through
  // a fraction.
  void attach_currency_to_number(Reading* r) const;
  // 五元三毛, 50元6角三分, 两美元又三美分, 3 dollars 50 cents: smaller units of the same
  // currency after an amount in its major unit are added to it.
  void read_minor_currency(Reading* r) const;
  // 1/17 after the numerator `x` (ASCII digits on both sides): the denominator, or false.
  bool read_slash_denominator(const Quantity& x, Quantity* y) const;
  bool read_prefixed(std::size_t pos, Reading* r) const;
  void read_suffix(Reading* r) const;
  // The same, given what read_reading already knows: the folded character at r->end (before the
  // end of the text), the end of the spaces there and the folded character after them.
  void read_suffix(Reading* r, char32_t c, std::size_t after_spaces, char32_t after_c) const;
  std::size_t read_date_or_time(std::size_t pos, std::vector<NumberExpr>* out) const;
  std::size_t read_ordinal(std::size_t pos, std::vector<NumberExpr>* out) const;
  std::size_t read_date_or_ordinal_after(const Reading& a, std::vector<NumberExpr>* out) const;
  bool read_range(const Reading& a, Reading* b, std::size_t* connector_end) const;
  std::size_t emit(const Reading& r, std::vector<NumberExpr>* out, std::vector<Note>* notes) const;
  std::size_t emit_range(const Reading& a, const Reading& b, std::vector<NumberExpr>* out,
                         std::vector<Note>* notes) const;

  QuantityReader quantities_;
  EnglishFractions fractions_;
};

}  // namespace claimcheck::numbers

#endif
