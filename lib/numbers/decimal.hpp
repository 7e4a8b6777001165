// Exact decimal arithmetic for the number grammar: an int64 mantissa and a power of ten.
// Every operation reports overflow instead of rounding, so a value is either exact or refused.
#ifndef CLAIMCHECK_LIB_NUMBERS_DECIMAL_HPP
#define CLAIMCHECK_LIB_NUMBERS_DECIMAL_HPP

#include <array>
#include <cstddef>
#include <cstdint>

namespace claimcheck::numbers {

struct Decimal {
  std::int64_t mantissa = 0;
  int exponent = 0;        // value = mantissa × 10^exponent
  bool overflow = false;   // an operation did not fit; the value is meaningless

  static constexpr std::int64_t kMaxExactInteger = std::int64_t{1} << 53;  // the largest a double holds exactly

  static Decimal of(std::int64_t m, int e = 0) { return Decimal{m, e, false}; }
  bool is_zero() const { return mantissa == 0 && !overflow; }

  // Appends one decimal digit to the integer mantissa (reading "123" digit by digit). Inline:
  // it runs once per digit read.
  void push_digit(int digit) {
    if (__builtin_mul_overflow(mantissa, 10, &mantissa) || __builtin_add_overflow(mantissa, digit, &mantissa))
      overflow = true;
  }
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

  // 10^0 … 10^22: the powers of ten a double holds exactly.
  static constexpr std::array<double, 23> kExactPowersOfTen = {
      1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
      1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

  // True when the value is exactly representable as a double (integers up to 2^53 and their
  // multiples by powers of two and ten that stay exact; decimals with a mantissa up to 2^53,
  // read as the nearest double). Writes the value to *out.
  // Two common cases are inline, with the results of the general path:
  //   - an integer of at most 2^53 written without a power of ten (most numbers) is itself
  //     (the general path's odd part is no larger, its product exact);
  //   - a multiple of a power of ten (5.6 million is 56e5) below 2^53 is one product of two
  //     exact doubles, itself exact: rounding is monotonic, so a product below 2^53 was so
  //     before rounding, and such an integer is a double. The general path finds it exact too
  //     (its odd part is no larger) and computes the same value;
  //   - a decimal fraction (3.5, 16.97) with a mantissa of at most 2^53 is one division of two
  //     exact doubles. The general path first strips trailing zeros (350e-2 → 35e-1), which
  //     divides a smaller mantissa by a smaller power, but the quotient is the same rational
  //     number, and a division is correctly rounded: the same double.
  bool to_double(double* out) const {
    if (!overflow && mantissa >= -kMaxExactInteger && mantissa <= kMaxExactInteger) {
      if (exponent == 0) {
        *out = static_cast<double>(mantissa);
        return true;
      }
      constexpr int kPowers = static_cast<int>(kExactPowersOfTen.size());
      constexpr auto kLimit = static_cast<double>(kMaxExactInteger);
      if (exponent > 0 && exponent < kPowers) {
        const double v = static_cast<double>(mantissa) * kExactPowersOfTen[static_cast<std::size_t>(exponent)];
        if (v < kLimit && v > -kLimit) {
          *out = v;
          return true;
        }
      }
      if (exponent < 0 && exponent > -kPowers) {
        *out = static_cast<double>(mantissa) / kExactPowersOfTen[static_cast<std::size_t>(-exponent)];
        return true;
      }
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
