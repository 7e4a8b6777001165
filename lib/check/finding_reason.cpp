// Reasons: each side's representative quantity and sources, how far apart they are, and what
// else differs (the counted model, a currency conversion, one source against itself).
#include "check/finding_reason.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "check/claim_interval.hpp"
#include "check/comparison_rules.hpp"

namespace claimcheck {

namespace {

}  // namespace

std::string format_number(double v) {
  std::string s = fmt::format("{:.4f}", std::fabs(v));
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  const std::size_t point = std::min(s.find('.'), s.size());
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i > 0 && i < point && (point - i) % 3 == 0) out += ',';
    out += s[i];
  }
  return (v < 0 ? "-" : "") + out;
}

namespace {

std::string format_money(double v, const std::string& code) {
  const double a = std::fabs(v);
  if (a >= 1e12) return fmt::format("{} trillion {}", format_number(v / 1e12), code);
  if (a >= 1e9) return fmt::format("{} billion {}", format_number(v / 1e9), code);
  if (a >= 1e6) return fmt::format("{} million {}", format_number(v / 1e6), code);
  return fmt::format("{} {}", format_number(v), code);
}

const char* hedge_words(Qualifier q) {
  switch (q) {
    case Qualifier::approx: return "about ";
    case Qualifier::at_least: return "at least ";
    case Qualifier::more_than: return "more than ";
    case Qualifier::at_most: return "at most ";
    case Qualifier::less_than: return "under ";
    case Qualifier::exact:
    case Qualifier::range: break;
  }
  return "";
}

std::string describe_amount(const Claim& c, double v) {
  if (c.dimension == "currency") return format_money(v, c.unit);
  if (c.unit == "percent") return format_number(v) + "%";
  if (c.dimension == "count") return c.object ? format_number(v) + " " + *c.object : format_number(v);
  if (c.dimension == "duration") return fmt::format("{} {}{}", format_number(v), c.unit, v == 1 ? "" : "s");
  if (c.unit.empty() || c.unit == "number" || c.unit == "count") return format_number(v);
  return fmt::format("{} {}", format_number(v), c.unit);
}

std::string sources_of(const std::vector<Claim>& claims, const std::vector<std::size_t>& ids) {
  std::set<std::string> names;
  for (std::size_t id : ids) names.insert(claims[id].source);
  std::string out;
  std::size_t shown = 0;
  for (const auto& name : names) {
    if (shown == 3) return fmt::format("{} and {} more", out, names.size() - 3);
    out += shown++ == 0 ? name : ", " + name;
  }
  return out;
}

std::string how_far_apart(double a, double b) {
  const double lo = std::min(std::fabs(a), std::fabs(b)), hi = std::max(std::fabs(a), std::fabs(b));
  if ((a < 0) != (b < 0) && a != 0 && b != 0) return "opposite signs";
  if (lo == 0) return "one side is zero";
  const double ratio = hi / lo;
  if (ratio >= 2) return fmt::format("{}× apart", format_number(std::round(ratio * 10) / 10));
  return fmt::format("{:.1f}% apart", (ratio - 1) * 100);
}

}  // namespace

std::size_t representative_claim(const std::vector<Claim>& claims, const std::vector<std::size_t>& ids) {
  return *std::min_element(ids.begin(), ids.end(), [&](std::size_t x, std::size_t y) {
    const Claim& a = claims[x];
    const Claim& b = claims[y];
    const bool loose_a = !is_firm(a), loose_b = !is_firm(b);
    return std::tie(loose_a, a.source, a.begin, a.end, x) < std::tie(loose_b, b.source, b.begin, b.end, y);
  });
}

std::string describe_quantity(const Claim& claim) {
  if (claim.qualifier == Qualifier::range && claim.low && claim.high)
    return fmt::format("{}–{}", format_number(*claim.low), describe_amount(claim, *claim.high));
  const bool upper_only = claim.qualifier == Qualifier::at_most || claim.qualifier == Qualifier::less_than;
  const double v = upper_only ? claim.high.value_or(claim.value)
                              : (claim.qualifier == Qualifier::exact || claim.qualifier == Qualifier::approx)
                                    ? claim.value
                                    : claim.low.value_or(claim.value);
  return hedge_words(claim.qualifier) + describe_amount(claim, v);
}

std::string finding_reason(const std::vector<Claim>& claims, const Finding& finding, ComparedValue a_value,
                           ComparedValue b_value, const std::string& group_unit, const std::string& rates_date) {
  const Claim& a = claims[representative_claim(claims, finding.a)];
  const Claim& b = claims[representative_claim(claims, finding.b)];
  std::string reason = fmt::format("{} ({}) vs {} ({}): {}", describe_quantity(a), sources_of(claims, finding.a),
                                   describe_quantity(b), sources_of(claims, finding.b),
                                   how_far_apart(a_value.value, b_value.value));
  if (a.dimension == "count" && a.object && b.object && *a.object != *b.object) reason += "; models differ";
  if (a.dimension == "currency" && (a_value.unit != group_unit || b_value.unit != group_unit)) {
    // Rates in one currency per different units of time (USD/hour, USD/day) convert at no exchange rate.
    const std::string_view currency = split_money_unit(group_unit).currency;
    const bool exchanged = split_money_unit(a_value.unit).currency != currency ||
                           split_money_unit(b_value.unit).currency != currency;
    reason += !exchanged || rates_date.empty() ? fmt::format("; converted to {}", group_unit)
                                               : fmt::format("; converted to {} at {} rates", group_unit, rates_date);
  }
  if (finding.same_source) reason += fmt::format("; both in {}", a.source);
  return reason;
}

}  // namespace claimcheck
