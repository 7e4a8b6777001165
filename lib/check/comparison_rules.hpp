// What makes two claims comparable, and in which unit: the comparison key (subject, measure,
// dimension, object class) and the conversion of the claim's unit to its family's base unit
// (money to US dollars at the configured rates, durations to days).
#ifndef CLAIMCHECK_LIB_CHECK_COMPARISON_RULES_HPP
#define CLAIMCHECK_LIB_CHECK_COMPARISON_RULES_HPP

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "claimcheck/claim.hpp"
#include "claimcheck/config.hpp"
#include "claimcheck/report.hpp"

namespace claimcheck {

// How a claim's unit converts: units of one family compare after multiplying by `to_base`.
struct UnitConversion {
  std::string family;       // "USD" (money with a rate), "USD/day" (money per unit of time),
                            // "USD/share" (money per anything else), "duration", else the unit
  double to_base = 1;       // USD (per day) per unit of the currency; days per unit of duration
  double uncertainty = 0;   // the conversion's stated uncertainty (a fraction)
};

class ComparisonRules {
 public:
  explicit ComparisonRules(const Config& config);

  // Whether the claim is compared at all: it has a subject and a measure, and money is in a
  // currency with a rate.
  bool comparable(const Claim& claim) const;

  // The claim's comparison key; nullopt when it is not comparable.
  std::optional<GroupKey> key_of(const Claim& claim) const;

  // The object class part of the key: the class of a count's object, else empty.
  std::string_view object_class_of(const Claim& claim) const;

  // The claim's unit conversion (for claims key_of accepts).
  UnitConversion conversion_of(const Claim& claim) const;

  // The claim's unit as compared: money per what its measure is per anyway is plain money (a
  // share price in HKD/share is in HKD); otherwise the unit itself.
  std::string_view unit_of(const Claim& claim) const;

  // The class of a counted object (H800 → GPU); the object itself when the table lacks it.
  std::string_view object_class(std::string_view object) const;

  // The name of the base unit of a family ("USD", "day"), or the family itself.
  static std::string base_unit(const std::string& family);

 private:
  std::unordered_map<std::string, std::string> object_classes_;  // name or alias → class
  std::unordered_map<std::string, double> usd_per_unit_;
  std::unordered_map<std::string, std::string> measure_per_;  // measure → what its amounts are per
  double rate_uncertainty_ = 0;
};

// A unit of money: its currency and, for a rate, the denominator after the '/' (CNY/share →
// CNY, share; USD → USD, empty).
struct MoneyUnit {
  std::string_view currency;
  std::string_view per;
};
MoneyUnit split_money_unit(std::string_view unit);

// Days in one `unit` of duration (year, month, week, day, hour, minute, second); 0 if unknown.
double days_per_duration_unit(std::string_view unit);

}  // namespace claimcheck

#endif
