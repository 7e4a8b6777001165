// Claim intervals, exactly as the design's "Cross-check semantics" defines them.
#include <cmath>
#include <limits>

#include <catch2/catch.hpp>

#include "check/claim_interval.hpp"
#include "claim_builder.hpp"

using namespace claimcheck;
using claimcheck::testing::make_claim;

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
}

TEST_CASE("a claim's interval: written precision, hedges, open bounds, vague quantities, ranges") {
  struct Row {
    const char* text;
    double value;
    Qualifier qualifier;
    std::optional<double> low, high;
    double want_low, want_high;
  };
  const std::optional<double> none;
  const Row rows[] = {
      {"558万美元", 5.58e6, Qualifier::exact, none, none, 5.575e6, 5.585e6},
      {"600万", 6e6, Qualifier::exact, none, none, 5.5e6, 6.5e6},
      {"16.97%", 16.97, Qualifier::exact, none, none, 16.965, 16.975},
      {"2000块", 2000, Qualifier::exact, none, none, 1800, 2200},
      {"2,000块", 2000, Qualifier::exact, none, none, 1800, 2200},
      {"２０００块", 2000, Qualifier::exact, none, none, 1800, 2200},
      {"100亿", 1e10, Qualifier::exact, none, none, 9e9, 1.1e10},
      {"2.50亿", 2.5e8, Qualifier::exact, none, none, 2.45e8, 2.55e8},
      {"5926.58亿美元", 5.9265800e11, Qualifier::exact, none, none, 5.926575e11, 5.926585e11},
      {"$5.6 million", 5.6e6, Qualifier::exact, none, none, 5.55e6, 5.65e6},
      {"两个月", 2, Qualifier::exact, none, none, 1.8, 2.2},
      {"2个月", 2, Qualifier::exact, none, none, 1.8, 2.2},
      {"约600万美元", 6e6, Qualifier::approx, none, none, 5.4e6, 6.6e6},
      {"约558万", 5.58e6, Qualifier::approx, none, none, 5.022e6, 6.138e6},
      {"不到600万美元", 6e6, Qualifier::less_than, none, 6e6, -kInf, 6e6},
      {"至少2000块", 2000, Qualifier::at_least, 2000, none, 2000, kInf},
      {"超过1万", 1e4, Qualifier::more_than, 1e4, none, 1e4, kInf},
      {"六十多", 65, Qualifier::more_than, 60, 70, 60, 70},
      {"数万", 5.5e4, Qualifier::approx, 2e4, 9e4, 2e4, 9e4},
      {"5到6万", 5.5e4, Qualifier::range, 5e4, 6e4, 4.5e4, 6.5e4},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    const Claim c = make_claim("a.txt", row.text, row.value, "number", "number", "", "", "", row.qualifier,
                                row.low, row.high);
    const Interval i = claim_interval(c, Thresholds{});
    CHECK(i.low == Approx(row.want_low));
    CHECK(i.high == Approx(row.want_high));
  }
}

TEST_CASE("the precision cap and the approx tolerance come from the thresholds") {
  Thresholds wide;
  wide.precision_cap = 0.25;
  wide.approx_tolerance = 0.2;
  const Claim exact = make_claim("a.txt", "2000块", 2000, "count", "count");
  CHECK(claim_interval(exact, wide).low == Approx(1500));
  CHECK(claim_interval(exact, wide).high == Approx(2500));
  const Claim about = make_claim("a.txt", "约600万", 6e6, "currency", "USD", "", "", "", Qualifier::approx);
  CHECK(claim_interval(about, wide).low == Approx(4.8e6));
  CHECK(claim_interval(about, wide).high == Approx(7.2e6));
}

TEST_CASE("a currency conversion scales the interval and widens it by the rate's uncertainty") {
  const Interval cny{3.78e12, 4.62e12};
  const Interval usd = convert_interval(cny, 1 / 7.3, 0.03);
  CHECK(usd.low == Approx(3.78e12 / 7.3 * 0.97));
  CHECK(usd.high == Approx(4.62e12 / 7.3 * 1.03));
  const Interval negative = convert_interval({-10, -5}, 1, 0.1);
  CHECK(negative.low == Approx(-11));
  CHECK(negative.high == Approx(-4.5));
  const Interval open = convert_interval({-kInf, 6e6}, 1 / 7.3, 0.03);
  CHECK(std::isinf(open.low));
  CHECK(open.high == Approx(6e6 / 7.3 * 1.03));
}
