// The one-line reason a finding gives a fact-checker:
//   "2,000 H800 (a.txt, b.txt) vs 50,000 H100 (c.txt): 25× apart; models differ"
#ifndef CLAIMCHECK_LIB_CHECK_FINDING_REASON_HPP
#define CLAIMCHECK_LIB_CHECK_FINDING_REASON_HPP

#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/claim.hpp"
#include "claimcheck/report.hpp"

namespace claimcheck {

// The claim that speaks for a side: a firm claim before a hedged one, then the least by (source,
// begin, end), so the choice does not depend on the order the claims came in.
std::size_t representative_claim(const std::vector<Claim>& claims, const std::vector<std::size_t>& ids);

// A number as reports print it: 2000 → "2,000", 16.97 → "16.97" (at most four decimals).
std::string format_number(double v);

// A claim's quantity in words: "2,000 H800", "16.97%", "5.58 million USD", "about 6 million USD".
std::string describe_quantity(const Claim& claim);

// A representative claim as compared: its value in the group's unit, and its own unit as compared
// (a share price in HKD/share is in HKD).
struct ComparedValue {
  double value;
  std::string_view unit;
};

// The reason for a finding between positions `a` (lower) and `b` of a group, given their
// representatives as compared; `rates_date` is named when money was converted to the group's unit.
std::string finding_reason(const std::vector<Claim>& claims, const Finding& finding, ComparedValue a_value,
                           ComparedValue b_value, const std::string& group_unit, const std::string& rates_date);

}  // namespace claimcheck

#endif
