// The interval of values a claim's author would accept as true (design: "Cross-check
// semantics"): the written precision, widened by the hedge; open bounds as infinities.
//
//   558万        → [557.5万, 558.5万]     half a unit of the last nonzero digit written
//   2000块       → [1800, 2200]          the same, capped at 10 % of the value
//   约600万      → [540万, 660万]         the hedge's ±10 % (when wider than the precision)
//   不到600万    → (−∞, 600万]            open bounds as stated
//   5到6万       → [4.95万, 6.05万]       a range widened by its precision
#ifndef CLAIMCHECK_LIB_CHECK_CLAIM_INTERVAL_HPP
#define CLAIMCHECK_LIB_CHECK_CLAIM_INTERVAL_HPP

#include "claimcheck/claim.hpp"
#include "claimcheck/config.hpp"

namespace claimcheck {

// [low, high]; low may be -infinity and high +infinity.
struct Interval {
  double low = 0;
  double high = 0;
};

// Half a unit of the last nonzero digit written in `claim.text` (scaled by the multiplier the
// grammar applied), at most `cap` × |value|. Falls back to the digits of the value itself when
// the text holds no Arabic digits (Chinese numerals).
double written_precision(const Claim& claim, double cap);

// Whether the claim states one number without hedge, bound or vagueness (an exact qualifier and
// no spread between its stated bounds): such claims anchor positions.
bool is_firm(const Claim& claim);

// The claim's interval in its own unit.
Interval claim_interval(const Claim& claim, const Thresholds& thresholds);

// Scales an interval by `factor` (a unit conversion) and widens it by the fraction `uncertainty`.
Interval convert_interval(Interval interval, double factor, double uncertainty);

}  // namespace claimcheck

#endif
