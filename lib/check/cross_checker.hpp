// The cross-check: claims from any number of documents → groups of comparable claims →
// positions (claims whose intervals overlap) → findings between neighbouring positions.
//
// Deterministic: groups in key order, claims and positions in a fixed order, findings worst
// first (contradictions, then larger gap ratio, then group, then claim ids). O(n log n) in claims.
// Built once, immutable, safe for concurrent use by multiple threads.
#ifndef CLAIMCHECK_LIB_CHECK_CROSS_CHECKER_HPP
#define CLAIMCHECK_LIB_CHECK_CROSS_CHECKER_HPP

#include <vector>

#include "check/comparison_rules.hpp"
#include "claimcheck/config.hpp"
#include "claimcheck/report.hpp"

namespace claimcheck {

class CrossChecker {
 public:
  explicit CrossChecker(const Config& config);

  // The report over `claims`; a claim's id is its index.
  Report check(std::vector<Claim> claims) const;

 private:
  ComparisonRules rules_;
  Thresholds thresholds_;
  std::string rates_date_;
};

// Findings worst first: contradictions before discrepancies, larger gap ratio first, then by
// group and claim ids (a total order, so the result never depends on the input order).
bool finding_before(const Finding& x, const Finding& y);

}  // namespace claimcheck

#endif
