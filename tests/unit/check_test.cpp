// The cross-check over claims built by hand: grouping, positions, verdicts, reasons and order.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "check/cross_checker.hpp"
#include "claim_builder.hpp"
#include "claimcheck/json.hpp"

using namespace claimcheck;
using claimcheck::testing::make_claim;

namespace {

Report check(std::vector<Claim> claims) { return CrossChecker(default_config()).check(std::move(claims)); }

using Ids = std::vector<std::size_t>;

}  // namespace

TEST_CASE("2,000 H800 against 50,000 H100: a contradiction, and the models differ") {
  const Report r = check({
      make_claim("a.txt", "2000块", 2000, "count", "count", "DeepSeek", "gpu_count", "H800"),
      make_claim("b.txt", "2,000块", 2000, "count", "count", "DeepSeek", "gpu_count", "H800"),
      make_claim("c.txt", "50,000颗", 50000, "count", "count", "DeepSeek", "gpu_count", "H100"),
  });
  REQUIRE(r.groups.size() == 1);
  CHECK(r.groups[0].key.subject == "DeepSeek");
  CHECK(r.groups[0].key.measure == "gpu_count");
  CHECK(r.groups[0].key.dimension == "count");
  CHECK(r.groups[0].key.object_class == "GPU");
  CHECK(r.groups[0].unit == "count");
  REQUIRE(r.groups[0].positions.size() == 2);
  CHECK(r.groups[0].positions[0].claims == Ids{0, 1});
  CHECK(*r.groups[0].positions[0].low == Approx(1800));
  CHECK(*r.groups[0].positions[0].high == Approx(2200));
  CHECK(r.groups[0].positions[1].claims == Ids{2});
  REQUIRE(r.findings.size() == 1);
  const Finding& f = r.findings[0];
  CHECK(f.verdict == Verdict::contradiction);
  CHECK(f.a == Ids{0, 1});
  CHECK(f.b == Ids{2});
  CHECK(f.gap_ratio == Approx(45000.0 / 2200));
  CHECK_FALSE(f.same_source);
  CHECK(f.reason == "2,000 H800 (a.txt, b.txt) vs 50,000 H100 (c.txt): 25× apart; models differ");
}

TEST_CASE("the verdicts of the DeepSeek dispute, claim pair by claim pair") {
  struct Row {
    const char* what;
    std::vector<Claim> claims;
    std::size_t findings;
    Verdict verdict;
    const char* reason;
  };
  const Row rows[] = {
      {"Nvidia's one-day fall, 16.97 % against 7 %",
       {make_claim("a.txt", "16.97%", 16.97, "percent", "percent", "Nvidia", "share_price_change"),
        make_claim("b.txt", "7%", 7, "percent", "percent", "Nvidia", "share_price_change")},
       1, Verdict::contradiction, "7% (b.txt) vs 16.97% (a.txt): 2.4× apart"},
      {"550万 against 558万美元: a misquote or rounding",
       {make_claim("a.txt", "558万美元", 5.58e6, "currency", "USD", "DeepSeek", "training_cost"),
        make_claim("b.txt", "550万美元", 5.5e6, "currency", "USD", "DeepSeek", "training_cost")},
       1, Verdict::discrepancy, "5.5 million USD (b.txt) vs 5.58 million USD (a.txt): 1.5% apart"},
      {"约600万 and 不到600万美元 agree with 558万",
       {make_claim("a.txt", "558万美元", 5.58e6, "currency", "USD", "DeepSeek", "training_cost"),
        make_claim("b.txt", "约600万美元", 6e6, "currency", "USD", "DeepSeek", "training_cost", "",
                   Qualifier::approx),
        make_claim("c.txt", "不到600万美元", 6e6, "currency", "USD", "DeepSeek", "training_cost", "",
                   Qualifier::less_than, std::nullopt, 6e6)},
       0, Verdict::discrepancy, ""},
      {"5926.58亿美元 agrees with 约4.2万亿人民币 at the default rates",
       {make_claim("a.txt", "5926.58亿美元", 5.92658e11, "currency", "USD", "Nvidia", "market_value_change"),
        make_claim("b.txt", "约4.2万亿人民币", 4.2e12, "currency", "CNY", "Nvidia", "market_value_change", "",
                   Qualifier::approx)},
       0, Verdict::discrepancy, ""},
      {"两个月 agrees with 2个月",
       {make_claim("a.txt", "两个月", 2, "duration", "month", "DeepSeek", "training_time"),
        make_claim("b.txt", "2个月", 2, "duration", "month", "DeepSeek", "training_time")},
       0, Verdict::discrepancy, ""},
      {"4.2万亿人民币 exactly is still far from 1000亿美元, converted",
       {make_claim("a.txt", "1000亿美元", 1e11, "currency", "USD", "Nvidia", "market_value_change"),
        make_claim("b.txt", "4.2万亿人民币", 4.2e12, "currency", "CNY", "Nvidia", "market_value_change")},
       1, Verdict::contradiction,
       "100 billion USD (a.txt) vs 4.2 trillion CNY (b.txt): 5.8× apart; converted to USD at 2025-01-31 rates"},
      {"one source against itself",
       {make_claim("a.txt", "2000块", 2000, "count", "count", "DeepSeek", "gpu_count", "GPU"),
        make_claim("a.txt", "1万块", 1e4, "count", "count", "DeepSeek", "gpu_count", "GPU", Qualifier::exact,
                   std::nullopt, std::nullopt, 40)},
       1, Verdict::contradiction, "2,000 GPU (a.txt) vs 10,000 GPU (a.txt): 5× apart; both in a.txt"},
  };
  for (const Row& row : rows) {
    INFO(row.what);
    const Report r = check(row.claims);
    REQUIRE(r.groups.size() == 1);
    CHECK(r.unattributed.empty());
    REQUIRE(r.findings.size() == row.findings);
    CHECK(r.groups[0].positions.size() == row.findings + 1);
    if (row.findings == 0) continue;
    CHECK(r.findings[0].verdict == row.verdict);
    CHECK(r.findings[0].reason == row.reason);
    CHECK(r.findings[0].same_source == (r.claims[0].source == r.claims[1].source));
  }
}

TEST_CASE("durations compare across units, in the largest unit present") {
  const Report r = check({
      make_claim("a.txt", "60天", 60, "duration", "day", "DeepSeek", "training_time"),
      make_claim("b.txt", "两个月", 2, "duration", "month", "DeepSeek", "training_time"),
      make_claim("c.txt", "1年", 1, "duration", "year", "DeepSeek", "training_time"),
  });
  REQUIRE(r.groups.size() == 1);
  CHECK(r.groups[0].unit == "year");
  REQUIRE(r.groups[0].positions.size() == 2);
  CHECK(r.groups[0].positions[0].claims == Ids{0, 1});
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].reason == "60 days (a.txt, b.txt) vs 1 year (c.txt): 6.1× apart");
}

TEST_CASE("quarters of a year compare with months and days") {
  const Report r = check({
      make_claim("a.txt", "两个季度", 2, "duration", "quarter", "DeepSeek", "training_time"),
      make_claim("b.txt", "6个月", 6, "duration", "month", "DeepSeek", "training_time"),
      make_claim("c.txt", "30天", 30, "duration", "day", "DeepSeek", "training_time"),
  });
  REQUIRE(r.groups.size() == 1);
  CHECK(r.groups[0].unit == "quarter");
  REQUIRE(r.groups[0].positions.size() == 2);
  CHECK(r.groups[0].positions[1].claims == Ids{0, 1});
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].reason == "30 days (c.txt) vs 2 quarters (a.txt, b.txt): 6.1× apart");
}

TEST_CASE("a share price per share compares with one that does not say so, other rates per share do not") {
  const Report r = check({
      make_claim("a.txt", "每股43.6港元", 43.6, "currency", "HKD/share", "Xiaomi", "share_price"),
      make_claim("b.txt", "47港元", 47, "currency", "HKD", "Xiaomi", "share_price"),
      make_claim("c.txt", "每股0.3港元", 0.3, "currency", "HKD/share", "Xiaomi", "dividend"),
      make_claim("d.txt", "100亿港元", 1e10, "currency", "HKD", "Xiaomi", "dividend"),
  });
  REQUIRE(r.groups.size() == 3);
  CHECK(r.groups[0].key.measure == "dividend");
  CHECK(r.groups[0].unit == "HKD");
  CHECK(r.groups[1].key.measure == "dividend");
  CHECK(r.groups[1].unit == "HKD/share");
  CHECK(r.groups[2].key.measure == "share_price");
  CHECK(r.groups[2].unit == "HKD");
  REQUIRE(r.groups[2].positions.size() == 2);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].verdict == Verdict::discrepancy);
  CHECK(r.findings[0].reason == "43.6 HKD/share (a.txt) vs 47 HKD (b.txt): 7.8% apart");
}

TEST_CASE("claims without subject or measure, or in a currency without a rate, are reported, not compared") {
  const Report r = check({
      make_claim("a.txt", "558万美元", 5.58e6, "currency", "USD", "", "training_cost"),
      make_claim("a.txt", "558万美元", 5.58e6, "currency", "USD", "DeepSeek", ""),
      make_claim("a.txt", "558万奈拉", 5.58e6, "currency", "NGN", "DeepSeek", "training_cost"),
      make_claim("b.txt", "2000块", 2000, "count", "count", "DeepSeek", "gpu_count", "H800"),
  });
  CHECK(r.unattributed == Ids{0, 1, 2});
  REQUIRE(r.groups.size() == 1);
  CHECK(r.groups[0].claims == Ids{3});
  CHECK(r.findings.empty());
}

TEST_CASE("groups come in key order and findings worst first, whatever the input order") {
  std::vector<Claim> claims = {
      make_claim("a.txt", "550万美元", 5.5e6, "currency", "USD", "DeepSeek", "training_cost"),
      make_claim("b.txt", "7%", 7, "percent", "percent", "Nvidia", "share_price_change"),
      make_claim("c.txt", "558万美元", 5.58e6, "currency", "USD", "DeepSeek", "training_cost"),
      make_claim("d.txt", "16.97%", 16.97, "percent", "percent", "Nvidia", "share_price_change"),
      make_claim("e.txt", "1亿美元", 1e8, "currency", "USD", "DeepSeek", "training_cost"),
  };
  const Report r = check(claims);
  REQUIRE(r.groups.size() == 2);
  CHECK(r.groups[0].key.subject == "DeepSeek");
  CHECK(r.groups[1].key.subject == "Nvidia");
  REQUIRE(r.findings.size() == 3);
  CHECK(r.findings[0].verdict == Verdict::contradiction);
  CHECK(r.findings[0].group == 0);  // 1亿 vs 558万: 17.9×
  CHECK(r.findings[0].b == Ids{4});
  CHECK(r.findings[1].verdict == Verdict::contradiction);
  CHECK(r.findings[1].group == 1);  // 16.97 % vs 7 %: 2.26×
  CHECK(r.findings[2].verdict == Verdict::discrepancy);
  CHECK(r.findings[2].a == Ids{0});
  CHECK(r.findings[2].b == Ids{2});

  std::vector<Claim> reversed(claims.rbegin(), claims.rend());
  const Report again = check(reversed);
  REQUIRE(again.findings.size() == r.findings.size());
  for (std::size_t i = 0; i < r.findings.size(); ++i) {
    CHECK(again.findings[i].reason == r.findings[i].reason);
    CHECK(again.findings[i].gap_ratio == r.findings[i].gap_ratio);
    CHECK(again.findings[i].group == r.findings[i].group);
  }
}

TEST_CASE("the contradiction threshold comes from the configuration") {
  Config lenient = default_config();
  lenient.thresholds.contradiction_ratio = 3;
  const Report r = CrossChecker(lenient).check({
      make_claim("a.txt", "16.97%", 16.97, "percent", "percent", "Nvidia", "share_price_change"),
      make_claim("b.txt", "7%", 7, "percent", "percent", "Nvidia", "share_price_change"),
  });
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].verdict == Verdict::discrepancy);
  CHECK(r.findings[0].gap_ratio == Approx(16.965 / 7.5));
}

TEST_CASE("a finding names only the claims that disagree: a hedged claim that holds both values is not among them") {
  // "at least 37" sits with 37 and also holds 126: it contradicts neither.
  const Report r = check({
      make_claim("a.txt", "37人", 37, "count", "count", "Yunling", "death_toll", "person"),
      make_claim("b.txt", "at least 37 people", 37, "count", "count", "Yunling", "death_toll", "person",
                 Qualifier::at_least, 37.0),
      make_claim("c.txt", "126人", 126, "count", "count", "Yunling", "death_toll", "person"),
  });
  REQUIRE(r.groups.size() == 1);
  REQUIRE(r.groups[0].positions.size() == 2);
  CHECK(r.groups[0].positions[0].claims == Ids{0, 1});  // the hedged claim is still shown with 37
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].verdict == Verdict::contradiction);
  CHECK(r.findings[0].a == Ids{0});
  CHECK(r.findings[0].b == Ids{2});
  CHECK(r.findings[0].reason.find("b.txt") == std::string::npos);
  // With only hedged claims on one side, nothing disagrees: no finding.
  const Report open = check({
      make_claim("b.txt", "at least 37 people", 37, "count", "count", "Yunling", "death_toll", "person",
                 Qualifier::at_least, 37.0),
      make_claim("c.txt", "126人", 126, "count", "count", "Yunling", "death_toll", "person"),
  });
  CHECK(open.findings.empty());
}
