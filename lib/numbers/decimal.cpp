// Exact decimal arithmetic with overflow reporting (see decimal.hpp).
#include "numbers/decimal.hpp"

#include <array>
#include <cstdlib>

namespace claimcheck::numbers {

namespace {

// m × 10^k into *out, false on overflow (k ≥ 0).
bool mul_pow10(std::int64_t m, int k, std::int64_t* out) {
  for (int i = 0; i < k; ++i) {
    if (__builtin_mul_overflow(m, 10, &m)) return false;
  }
  *out = m;
  return true;
}

Decimal normalized(Decimal d) {
  if (d.overflow) return d;
  if (d.mantissa == 0) return Decimal{};
  while (d.mantissa % 10 == 0) {
    d.mantissa /= 10;
    ++d.exponent;
  }
  return d;
}

int sign_of(std::int64_t m) { return (m > 0) - (m < 0); }

std::uint64_t magnitude_of(std::int64_t m) {
  return m < 0 ? ~static_cast<std::uint64_t>(m) + 1 : static_cast<std::uint64_t>(m);
}

int digit_count(std::uint64_t m) {
  int n = 1;
  while (m >= 10) {
    m /= 10;
    ++n;
  }
  return n;
}

// -1, 0 or 1 as a < b, a == b, a > b, exactly: a difference of the two could overflow when
// their exponents are far apart (333333333333333 against 333333333.5333333).
int compare(const Decimal& x, const Decimal& y) {
  const Decimal a = normalized(x);
  const Decimal b = normalized(y);
  const int sa = sign_of(a.mantissa);
  const int sb = sign_of(b.mantissa);
  if (sa != sb || sa == 0) return sa < sb ? -1 : (sa > sb ? 1 : 0);
  const std::uint64_t am = magnitude_of(a.mantissa);
  const std::uint64_t bm = magnitude_of(b.mantissa);
  // The power of ten of the leading digit decides, unless it is the same on both sides; then
  // the exponents differ by fewer than 20 and both mantissas fit 128 bits at the smaller one.
  const int lead_a = digit_count(am) + a.exponent;
  const int lead_b = digit_count(bm) + b.exponent;
  int by_magnitude = 0;
  if (lead_a != lead_b) {
    by_magnitude = lead_a < lead_b ? -1 : 1;
  } else {
    unsigned __int128 wa = am;
    unsigned __int128 wb = bm;
    for (int e = a.exponent; e > b.exponent; --e) wa *= 10;
    for (int e = b.exponent; e > a.exponent; --e) wb *= 10;
    by_magnitude = wa < wb ? -1 : (wa > wb ? 1 : 0);
  }
  return sa * by_magnitude;
}

}  // namespace

Decimal Decimal::scaled(int k) const {
  Decimal d = *this;
  if (d.mantissa != 0) d.exponent += k;
  if (d.exponent > 400 || d.exponent < -400) d.overflow = true;
  return d;
}

Decimal Decimal::negated() const {
  Decimal d = *this;
  d.mantissa = -d.mantissa;
  return d;
}

Decimal Decimal::add_slow(const Decimal& other) const {
  const Decimal a = normalized(*this);
  const Decimal b = normalized(other);
  const int e = a.exponent < b.exponent ? a.exponent : b.exponent;
  std::int64_t am = 0;
  std::int64_t bm = 0;
  std::int64_t sum = 0;
  if (!mul_pow10(a.mantissa, a.exponent - e, &am) || !mul_pow10(b.mantissa, b.exponent - e, &bm) ||
      __builtin_add_overflow(am, bm, &sum))
    return Decimal{0, 0, true};
  return normalized(Decimal{sum, e, false});
}

Decimal Decimal::operator*(std::int64_t k) const {
  Decimal d = *this;
  if (__builtin_mul_overflow(d.mantissa, k, &d.mantissa)) d.overflow = true;
  return d;
}

bool Decimal::less_slow(const Decimal& other) const {
  return !overflow && !other.overflow && compare(*this, other) < 0;
}

bool Decimal::less_equal_slow(const Decimal& other) const {
  return !overflow && !other.overflow && compare(*this, other) <= 0;
}

int Decimal::last_digit_power() const {
  const Decimal d = normalized(*this);
  return d.mantissa == 0 ? 0 : d.exponent;
}

bool Decimal::to_double_slow(double* out) const {
  if (overflow) return false;
  const Decimal d = normalized(*this);
  const std::int64_t magnitude = d.mantissa < 0 ? -d.mantissa : d.mantissa;
  if (d.mantissa == 0) {
    *out = 0;
    return true;
  }
  if (d.exponent >= 0) {
    // Exact when the odd-and-five part m × 5^e fits 53 bits; the factor 2^e only moves the
    // binary exponent.
    std::int64_t odd = magnitude;
    for (int i = 0; i < d.exponent; ++i)
      if (__builtin_mul_overflow(odd, 5, &odd) || odd > kMaxExactInteger) return false;
    if (odd > kMaxExactInteger || d.exponent >= static_cast<int>(kExactPowersOfTen.size())) return false;
    *out = static_cast<double>(d.mantissa) * kExactPowersOfTen[static_cast<std::size_t>(d.exponent)];
    return true;
  }
  if (magnitude > kMaxExactInteger || -d.exponent >= static_cast<int>(kExactPowersOfTen.size())) return false;
  // One correctly rounded division: the nearest double to the decimal value.
  *out = static_cast<double>(d.mantissa) / kExactPowersOfTen[static_cast<std::size_t>(-d.exponent)];
  return true;
}

}  // namespace claimcheck::numbers
