// The claims of a small report with a little of everything: a GPU count whose models differ, an
// open bound, opposite signs (an infinite gap ratio), and a claim that is not attributed.
#ifndef CLAIMCHECK_TESTS_UNIT_SAMPLE_REPORT_HPP
#define CLAIMCHECK_TESTS_UNIT_SAMPLE_REPORT_HPP

#include <vector>

#include "claim_builder.hpp"
#include "claimcheck/claim.hpp"

namespace claimcheck::testing {

inline std::vector<Claim> sample_report_claims() {
  return {
      make_claim("a.txt", "2000块", 2000, "count", "count", "DeepSeek", "gpu_count", "H800"),
      make_claim("c.txt", "50,000颗", 50000, "count", "count", "DeepSeek", "gpu_count", "H100"),
      make_claim("b.txt", "不到600万美元", 6e6, "currency", "USD", "DeepSeek", "training_cost", "",
                 Qualifier::less_than, std::nullopt, 6e6),
      make_claim("b.txt", "增长5%", 5, "percent", "percent", "Nvidia", "share_price_change"),
      make_claim("d.txt", "下跌5%", -5, "percent", "percent", "Nvidia", "share_price_change"),
      make_claim("d.txt", "3个", 3, "count", "count"),
  };
}

}  // namespace claimcheck::testing

#endif
