// Comparison keys and unit conversions.
#include "check/comparison_rules.hpp"

#include <array>
#include <utility>

namespace claimcheck {

namespace {

constexpr std::array<std::pair<std::string_view, double>, 8> kDurationDays = {{
    {"year", 365.25},
    {"quarter", 91.3125},
    {"month", 30.4375},
    {"week", 7},
    {"day", 1},
    {"hour", 1.0 / 24},
    {"minute", 1.0 / 1440},
    {"second", 1.0 / 86400},
}};

}  // namespace

double days_per_duration_unit(std::string_view unit) {
  for (const auto& [name, days] : kDurationDays)
    if (unit == name) return days;
  return 0;
}

MoneyUnit split_money_unit(std::string_view unit) {
  const std::size_t slash = unit.find('/');
  if (slash == std::string_view::npos) return {unit, {}};
  return {unit.substr(0, slash), unit.substr(slash + 1)};
}

ComparisonRules::ComparisonRules(const Config& config)
    : rate_uncertainty_(config.currency_rates.uncertainty) {
  for (const auto& object : config.objects) {
    object_classes_.emplace(object.name, object.object_class);
    for (const auto& alias : object.aliases) object_classes_.emplace(alias, object.object_class);
  }
  for (const auto& [code, per_usd] : config.currency_rates.per_usd) usd_per_unit_.emplace(code, 1 / per_usd);
  for (const auto& measure : config.measures)
    if (!measure.per.empty()) measure_per_.emplace(measure.name, measure.per);
}

std::string_view ComparisonRules::unit_of(const Claim& claim) const {
  if (claim.dimension != "currency" || !claim.measure || measure_per_.empty()) return claim.unit;
  const auto it = measure_per_.find(*claim.measure);
  if (it == measure_per_.end()) return claim.unit;
  const MoneyUnit money = split_money_unit(claim.unit);
  return money.per == it->second ? money.currency : std::string_view(claim.unit);
}

std::string_view ComparisonRules::object_class(std::string_view object) const {
  const auto it = object_classes_.find(std::string(object));
  return it == object_classes_.end() ? object : std::string_view(it->second);
}

bool ComparisonRules::comparable(const Claim& claim) const {
  if (!claim.subject || !claim.measure || claim.subject->empty() || claim.measure->empty()) return false;
  return claim.dimension != "currency" ||
         usd_per_unit_.count(std::string(split_money_unit(claim.unit).currency)) != 0;
}

std::string_view ComparisonRules::object_class_of(const Claim& claim) const {
  if (claim.dimension != "count" || !claim.object) return {};
  return object_class(*claim.object);
}

std::optional<GroupKey> ComparisonRules::key_of(const Claim& claim) const {
  if (!comparable(claim)) return std::nullopt;
  return GroupKey{*claim.subject, *claim.measure, claim.dimension, std::string(object_class_of(claim))};
}

UnitConversion ComparisonRules::conversion_of(const Claim& claim) const {
  if (claim.dimension == "currency") {
    // A rate compares with rates per the same thing; per a unit of time, after converting to per day.
    const MoneyUnit money = split_money_unit(unit_of(claim));
    const auto it = usd_per_unit_.find(std::string(money.currency));
    if (it != usd_per_unit_.end()) {
      const double uncertainty = money.currency == "USD" ? 0.0 : rate_uncertainty_;
      if (money.per.empty()) return {"USD", it->second, uncertainty};
      const double days = days_per_duration_unit(money.per);
      if (days > 0) return {"USD/day", it->second / days, uncertainty};
      return {"USD/" + std::string(money.per), it->second, uncertainty};
    }
  }
  if (claim.dimension == "duration") {
    const double days = days_per_duration_unit(claim.unit);
    if (days > 0) return {"duration", days, 0};
  }
  if (claim.dimension == "count") {
    // A count per a unit of time compares with counts per another after converting to per day.
    const MoneyUnit rate = split_money_unit(claim.unit);
    const double days = days_per_duration_unit(rate.per);
    if (days > 0) return {"count/day", 1 / days, 0};
  }
  return {claim.unit, 1, 0};
}

std::string ComparisonRules::base_unit(const std::string& family) {
  return family == "duration" ? "day" : family;
}

}  // namespace claimcheck
