#include "render/number_text.hpp"

#include <cmath>

#include <fmt/format.h>

namespace claimcheck::render {

namespace {

using icu::number::Notation;
using icu::number::NumberFormatter;
using icu::number::Precision;

bool is_duration_unit(std::string_view unit) {
  return unit == "year" || unit == "month" || unit == "week" || unit == "day" || unit == "hour" ||
         unit == "minute" || unit == "second";
}

// What follows the number: "%", "×", " H800", " months", " USD", " °C"; nothing for bare numbers.
std::string unit_suffix(double value, std::string_view unit, const std::optional<std::string>& object) {
  if (unit == "percent") return " %";
  if (unit == "percentage_point") return " pp";
  if (unit == "times") return "×";
  if (unit == "degC") return " °C";
  if (unit == "m2") return " m²";
  if (unit == "point") return std::fabs(value) == 1 ? " point" : " points";
  if (unit == "number" || unit == "fraction" || unit.empty()) return "";
  if (unit == "count") return object ? " " + *object : "";
  if (unit.substr(0, 6) == "count/") return fmt::format(" {}/{}", object ? *object : "count", unit.substr(6));
  if (is_duration_unit(unit)) return fmt::format(" {}{}", unit, std::fabs(value) == 1 ? "" : "s");
  return fmt::format(" {}", unit);
}

}  // namespace

NumberText::NumberText()
    : whole_(NumberFormatter::withLocale(icu::Locale::getEnglish()).precision(Precision::maxFraction(4))),
      small_(NumberFormatter::withLocale(icu::Locale::getEnglish())
                 .precision(Precision::maxSignificantDigits(5))),
      compact_(NumberFormatter::withLocale(icu::Locale::getEnglish())
                   .notation(Notation::compactLong())
                   .precision(Precision::maxSignificantDigits(5))),
      precise_(NumberFormatter::withLocale(icu::Locale::getEnglish())
                   .precision(Precision::maxSignificantDigits(15))) {}

std::string NumberText::number(double value) const {
  if (!std::isfinite(value)) return value > 0 ? "∞" : value < 0 ? "−∞" : "NaN";
  const double magnitude = std::fabs(value);
  return format(magnitude >= 1e6 ? compact_ : magnitude >= 1 ? whole_ : small_, value);
}

std::string NumberText::format(const icu::number::LocalizedNumberFormatter& formatter, double value) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString text = formatter.formatDouble(value, status).toString(status);
  if (U_FAILURE(status)) return fmt::format("{:g}", value);
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::string NumberText::quantity(double value, std::string_view unit,
                                 const std::optional<std::string>& object) const {
  return number(value) + unit_suffix(value, unit, object);
}

std::string NumberText::interval(std::optional<double> low, std::optional<double> high,
                                 std::string_view unit) const {
  if (low && high) {
    if (*low == *high) return quantity(*low, unit);
    std::string from = number(*low), to = number(*high);
    if (from == to && std::isfinite(*low) && std::isfinite(*high)) {
      from = format(precise_, *low);
      to = format(precise_, *high);
    }
    return fmt::format("{} – {}{}", from, to, unit_suffix(*high, unit, std::nullopt));
  }
  if (low) return "≥ " + quantity(*low, unit);
  if (high) return "≤ " + quantity(*high, unit);
  return "any value";
}

}  // namespace claimcheck::render
