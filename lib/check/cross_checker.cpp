// Grouping by comparison key, clustering each group into positions, and judging the gaps.
#include "check/cross_checker.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "check/claim_interval.hpp"
#include "check/finding_reason.hpp"
#include "check/positions.hpp"

namespace claimcheck {

namespace {

constexpr std::uint32_t kNotCompared = std::numeric_limits<std::uint32_t>::max();

// One distinct comparison key seen in the input, with its unit family.
struct KeySlot {
  GroupKey key;
  std::string family;
  std::string unit;          // the group's unit: the one currency or USD, the largest duration unit,
                             // else the claims' unit
  double unit_to_base = 0;   // base units in one group unit
};

// Larger lower bound ÷ smaller upper bound for disjoint intervals (lower_high < upper_low);
// infinite when the intervals lie on both sides of zero.
double gap_ratio(double lower_high, double upper_low) {
  if (lower_high > 0) return upper_low / lower_high;
  if (upper_low < 0) return lower_high / upper_low;
  return std::numeric_limits<double>::infinity();
}

bool single_source(const std::vector<Claim>& claims, const std::vector<std::size_t>& a,
                   const std::vector<std::size_t>& b) {
  const std::string& source = claims[a.front()].source;
  for (const auto* side : {&a, &b})
    for (std::size_t id : *side)
      if (claims[id].source != source) return false;
  return true;
}

}  // namespace

bool finding_before(const Finding& x, const Finding& y) {
  const int vx = x.verdict == Verdict::contradiction ? 0 : 1;
  const int vy = y.verdict == Verdict::contradiction ? 0 : 1;
  return std::tie(vx, y.gap_ratio, x.group, x.a, x.b) < std::tie(vy, x.gap_ratio, y.group, y.a, y.b);
}

CrossChecker::CrossChecker(const Config& config)
    : rules_(config), thresholds_(config.thresholds), rates_date_(config.currency_rates.date) {}

Report CrossChecker::check(std::vector<Claim> claims) const {
  Report report;
  report.claims = std::move(claims);
  const std::vector<Claim>& all = report.claims;
  const std::size_t n = all.size();

  // 1. The key slot of every claim; claims that are not compared are reported as such.
  std::vector<KeySlot> slots;
  std::vector<std::uint32_t> slot_of(n, kNotCompared);
  std::unordered_map<std::string, std::uint32_t> slot_index;
  std::string packed;
  for (std::size_t id = 0; id < n; ++id) {
    const Claim& claim = all[id];
    if (!rules_.comparable(claim)) {
      report.unattributed.push_back(id);
      continue;
    }
    const UnitConversion conversion = rules_.conversion_of(claim);
    const std::string_view object_class = rules_.object_class_of(claim);
    packed.clear();
    for (std::string_view part : {std::string_view(*claim.subject), std::string_view(*claim.measure),
                                  std::string_view(claim.dimension), object_class,
                                  std::string_view(conversion.family)})
      packed.append(part).push_back('\x1f');
    auto it = slot_index.find(packed);
    if (it == slot_index.end()) {
      it = slot_index.emplace(packed, static_cast<std::uint32_t>(slots.size())).first;
      slots.push_back({GroupKey{*claim.subject, *claim.measure, claim.dimension, std::string(object_class)},
                       conversion.family, {}, 0});
    }
    KeySlot& slot = slots[it->second];
    if (conversion.family == "USD") {
      // Money stays in its currency while the group has only one; mixed currencies meet in USD.
      const std::string_view unit = rules_.unit_of(claim);
      if (slot.unit_to_base == 0) {
        slot.unit_to_base = conversion.to_base;
        slot.unit = unit;
      } else if (slot.unit != unit) {
        slot.unit_to_base = 1;
        slot.unit = "USD";
      }
    } else if (conversion.to_base > slot.unit_to_base ||
               (conversion.to_base == slot.unit_to_base && claim.unit < slot.unit)) {
      slot.unit_to_base = conversion.to_base;  // the largest duration unit present
      slot.unit = claim.unit;
    }
    slot_of[id] = it->second;
  }
  slot_index.clear();

  // 2. Groups in order of key, then unit (one key, one unit per family: the order is total);
  //    claims bucketed by group, ids ascending.
  std::vector<std::uint32_t> order(slots.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) {
    const KeySlot& a = slots[x];
    const KeySlot& b = slots[y];
    return std::tie(a.key.subject, a.key.measure, a.key.dimension, a.key.object_class, a.unit) <
           std::tie(b.key.subject, b.key.measure, b.key.dimension, b.key.object_class, b.unit);
  });
  std::vector<std::uint32_t> group_of_slot(slots.size());
  for (std::uint32_t g = 0; g < order.size(); ++g) group_of_slot[order[g]] = g;
  report.groups.resize(slots.size());
  std::vector<std::size_t> sizes(slots.size(), 0);
  for (std::size_t id = 0; id < n; ++id)
    if (slot_of[id] != kNotCompared) ++sizes[group_of_slot[slot_of[id]]];
  for (std::size_t g = 0; g < slots.size(); ++g) {
    KeySlot& slot = slots[order[g]];
    report.groups[g].key = std::move(slot.key);
    report.groups[g].unit = slot.unit;
    report.groups[g].claims.reserve(sizes[g]);
  }
  for (std::size_t id = 0; id < n; ++id)
    if (slot_of[id] != kNotCompared) report.groups[group_of_slot[slot_of[id]]].claims.push_back(id);

  // 3. Per group: intervals in the group's unit, positions, a finding between each pair of
  //    neighbouring positions.
  std::vector<Member> members;
  std::vector<std::pair<double, double>> bounds_of(n);  // each claim's interval in its group's unit
  for (std::size_t g = 0; g < report.groups.size(); ++g) {
    Group& group = report.groups[g];
    const double group_unit_to_base = slots[order[g]].unit_to_base;
    members.clear();
    for (std::size_t id : group.claims) {
      const UnitConversion conversion = rules_.conversion_of(all[id]);
      const Interval own = claim_interval(all[id], thresholds_);
      const double factor = conversion.to_base == group_unit_to_base ? 1 : conversion.to_base / group_unit_to_base;
      // A currency's rate widens the interval; a unit of time of a rate (per hour, per day) does not.
      const bool same_currency =
          split_money_unit(all[id].unit).currency == split_money_unit(group.unit).currency;
      const Interval in_group = convert_interval(own, factor, same_currency ? 0.0 : conversion.uncertainty);
      members.push_back({in_group.low, in_group.high, all[id].value * factor, static_cast<std::uint32_t>(id),
                         is_firm(all[id])});
    }
    for (const Member& m : members) bounds_of[m.id] = {m.low, m.high};
    build_positions(&members, &group.positions);
    for (std::size_t p = 0; p + 1 < group.positions.size(); ++p) {
      const Position& a = group.positions[p];
      const Position& b = group.positions[p + 1];
      Finding finding;
      finding.group = g;
      // A hedged claim placed with one position may also hold the other's values ("at least 37"
      // beside 37, against 126): it disagrees with neither, and the finding does not name it.
      for (std::size_t id : a.claims)
        if (!b.low || bounds_of[id].second < *b.low) finding.a.push_back(id);
      for (std::size_t id : b.claims)
        if (!a.high || bounds_of[id].first > *a.high) finding.b.push_back(id);
      if (finding.a.empty() || finding.b.empty()) continue;
      finding.gap_ratio = gap_ratio(*a.high, *b.low);
      finding.verdict =
          finding.gap_ratio >= thresholds_.contradiction_ratio ? Verdict::contradiction : Verdict::discrepancy;
      finding.same_source = single_source(all, finding.a, finding.b);
      const auto as_compared = [&](const std::vector<std::size_t>& ids) {
        const Claim& claim = all[representative_claim(all, ids)];
        return ComparedValue{claim.value * rules_.conversion_of(claim).to_base / group_unit_to_base,
                             rules_.unit_of(claim)};
      };
      finding.reason = finding_reason(all, finding, as_compared(finding.a), as_compared(finding.b), group.unit,
                                      rates_date_);
      report.findings.push_back(std::move(finding));
    }
  }
  std::sort(report.findings.begin(), report.findings.end(), finding_before);
  return report;
}

}  // namespace claimcheck
