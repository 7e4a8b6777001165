// Claim intervals: written precision, hedges, open bounds, vague quantities and ranges.
#include "check/claim_interval.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string_view>

namespace claimcheck {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// The unit of the last nonzero digit of |v| (100 for 600, 0.01 for 16.97); 0 for 0.
double last_nonzero_digit_unit(double v) {
  v = std::fabs(v);
  if (v == 0 || !std::isfinite(v)) return 0;
  const int top = static_cast<int>(std::floor(std::log10(v)));
  for (int k = top; k > top - 16; --k) {
    const double step = std::pow(10.0, k);
    const double q = v / step;
    if (std::fabs(q - std::round(q)) <= 1e-9 * q) return step;
  }
  return std::pow(10.0, top - 15);
}

// A run of written digits: its value and the unit of its last nonzero digit.
struct WrittenNumber {
  double value = 0;
  double last_digit_unit = 0;
};

// Reads the digit run starting at `i` (ASCII or full-width digits, ',' between digits, '.' or
// '．' as the decimal point) and moves `i` past it.
WrittenNumber read_digit_run(std::string_view s, std::size_t* i) {
  std::string digits;
  std::size_t point = std::string::npos;
  std::size_t p = *i;
  while (p < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[p]);
    if (c >= '0' && c <= '9') {
      digits += static_cast<char>(c);
      ++p;
    } else if (c == 0xEF && p + 2 < s.size() && static_cast<unsigned char>(s[p + 1]) == 0xBC &&
               static_cast<unsigned char>(s[p + 2]) >= 0x90 && static_cast<unsigned char>(s[p + 2]) <= 0x99) {
      digits += static_cast<char>('0' + (static_cast<unsigned char>(s[p + 2]) - 0x90));
      p += 3;
    } else if (c == ',' && !digits.empty() && p + 1 < s.size() && s[p + 1] >= '0' && s[p + 1] <= '9') {
      ++p;
    } else if ((c == '.' || (c == 0xEF && s.substr(p, 3) == "．")) && point == std::string::npos &&
               !digits.empty()) {
      point = digits.size();
      p += c == '.' ? 1 : 3;
    } else {
      break;
    }
  }
  *i = p;
  WrittenNumber out;
  if (point == std::string::npos) point = digits.size();
  std::size_t last = std::string::npos;
  for (std::size_t k = 0; k < digits.size(); ++k) {
    out.value = out.value * 10 + (digits[k] - '0');
    if (digits[k] != '0') last = k;
  }
  out.value /= std::pow(10.0, static_cast<double>(digits.size() - point));
  if (last != std::string::npos)
    out.last_digit_unit = std::pow(10.0, static_cast<double>(point) - static_cast<double>(last) - 1);
  return out;
}

bool is_digit_start(std::string_view s, std::size_t i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c >= '0' && c <= '9') return true;
  return c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBC &&
         static_cast<unsigned char>(s[i + 2]) >= 0x90 && static_cast<unsigned char>(s[i + 2]) <= 0x99;
}

// The power of ten `r` is, if it is one (the multiplier 万, million or k applied to the digits).
bool is_power_of_ten(double r) {
  if (!(r > 0) || !std::isfinite(r)) return false;
  const double k = std::round(std::log10(r));
  return k >= -6 && k <= 18 && std::fabs(r / std::pow(10.0, k) - 1) < 1e-9;
}

// Half a unit of the last nonzero written digit of the run that, times a power of ten, gives
// one of the claim's numbers; 0 when no run does.
double half_unit_from_text(const Claim& claim) {
  const std::string_view s = claim.text;
  const double bounds[] = {claim.value, claim.low.value_or(0), claim.high.value_or(0)};
  for (std::size_t i = 0; i < s.size();) {
    if (!is_digit_start(s, i)) {
      ++i;
      continue;
    }
    const WrittenNumber w = read_digit_run(s, &i);
    if (w.value == 0 || w.last_digit_unit == 0) continue;
    for (double b : bounds) {
      const double r = std::fabs(b) / w.value;
      if (is_power_of_ten(r)) return 0.5 * w.last_digit_unit * r;
    }
  }
  return 0;
}

}  // namespace

double written_precision(const Claim& claim, double cap) {
  double half = half_unit_from_text(claim);
  if (half == 0) half = 0.5 * last_nonzero_digit_unit(claim.value);
  return std::min(half, cap * std::fabs(claim.value));
}

bool is_firm(const Claim& claim) {
  return claim.qualifier == Qualifier::exact && !(claim.low && claim.high && *claim.low < *claim.high);
}

Interval claim_interval(const Claim& claim, const Thresholds& thresholds) {
  const double v = claim.value;
  const double p = written_precision(claim, thresholds.precision_cap);
  const bool vague = claim.low && claim.high && *claim.low < *claim.high;
  switch (claim.qualifier) {
    case Qualifier::exact:
    case Qualifier::approx: {
      if (vague) return {*claim.low, *claim.high};  // 数万 → [2万, 9万]
      const double h = claim.qualifier == Qualifier::approx
                           ? std::max(p, thresholds.approx_tolerance * std::fabs(v))
                           : p;
      return {v - h, v + h};
    }
    case Qualifier::range:
      return {claim.low.value_or(v) - p, claim.high.value_or(v) + p};
    case Qualifier::at_least:
    case Qualifier::more_than:
      return {claim.low.value_or(v), claim.high.value_or(kInfinity)};
    case Qualifier::at_most:
    case Qualifier::less_than:
      return {claim.low.value_or(-kInfinity), claim.high.value_or(v)};
  }
  return {v - p, v + p};
}

Interval convert_interval(Interval interval, double factor, double uncertainty) {
  Interval out{interval.low * factor, interval.high * factor};
  if (uncertainty > 0) {
    out.low *= out.low >= 0 ? 1 - uncertainty : 1 + uncertainty;
    out.high *= out.high >= 0 ? 1 + uncertainty : 1 - uncertainty;
  }
  return out;
}

}  // namespace claimcheck
