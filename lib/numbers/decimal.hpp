// Exact decimal arithmetic for the number grammar: an int64 mantissa and a power of ten.
// Every operation reports overflow instead of rounding, so a value is either exact or refused.
#ifndef CLAIMCHECK_LIB_NUMBERS_DECIMAL_HPP
#define CLAIMCHECK_LIB_NUMBERS_DECIMAL_HPP

#include <cstdint>

namespace claimcheck::numbers {

struct Decimal {
  std::int64_t mantissa = 0;
  int exponent = 0;        // value = mantissa × 10^exponent
  bool overflow = false;   // an operation did not fit; the value is meaningless

  static constexpr std::int64_t kMaxExactInteger = std::int64_t{1} << 53;  // the largest a double holds exactly

  static Decimal of(std::int64_t m, int e = 0) { return Decimal{m, e, false}; }
  bool is_zero() const { return mantissa == 0 && !overflow; }

  // Appends one decimal digit to the integer mantissa (reading "123" digit by digit).
  void push_digit(int digit);
  // × 10^k.
  Decimal scaled(int k) const;
  Decimal negated() const;
  // A zero side (most sums in a positional reading) returns the other one inline.
  Decimal operator+(const Decimal& other) const {
    if (overflow || other.overflow) return Decimal{0, 0, true};
    if (mantissa == 0) return other;
    if (other.mantissa == 0) return *this;
    return add_slow(other);
  }
  Decimal operator*(std::int64_t k) const;
  // Exact comparisons, whatever the exponents; false when either side overflowed. Equal
  // exponents (most comparisons: integers against integers) compare the mantissas inline.
  bool operator<(const Decimal& other) const {
    if (exponent == other.exponent && !overflow && !other.overflow) return mantissa < other.mantissa;
    return less_slow(other);
  }
  bool operator<=(const Decimal& other) const {
    if (exponent == other.exponent && !overflow && !other.overflow) return mantissa <= other.mantissa;
    return less_equal_slow(other);
  }

  // The power of ten of the last nonzero digit written (500 → 2, 0.25 → -2, 0 → 0).
  int last_digit_power() const;

  // True when the value is exactly representable as a double (integers up to 2^53 and their
  // multiples by powers of two and ten that stay exact; decimals with a mantissa up to 2^53,
  // read as the nearest double). Writes the value to *out.
  // An integer of at most 2^53 written without a power of ten (most numbers) is itself,
  // inline. (The general path gives the same: its odd part is no larger, its product exact.)
  bool to_double(double* out) const {
    if (exponent == 0 && !overflow && mantissa >= -kMaxExactInteger && mantissa <= kMaxExactInteger) {
      *out = static_cast<double>(mantissa);
      return true;
    }
    return to_double_slow(out);
  }

 private:
  Decimal add_slow(const Decimal& other) const;
  bool less_slow(const Decimal& other) const;
  bool less_equal_slow(const Decimal& other) const;
  bool to_double_slow(double* out) const;
};

}  // namespace claimcheck::numbers

#endif
