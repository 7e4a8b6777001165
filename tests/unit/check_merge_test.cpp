// Reports of key-partitioned parts join into exactly the report of one check over all claims.
#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include <catch2/catch.hpp>

#include "check/comparison_rules.hpp"
#include "check/cross_checker.hpp"
#include "claim_builder.hpp"
#include "claimcheck/json.hpp"

using namespace claimcheck;
using claimcheck::testing::make_claim;

namespace {

void require_same(const Report& x, const Report& y) {
  REQUIRE(x.claims.size() == y.claims.size());
  for (std::size_t i = 0; i < x.claims.size(); ++i) {
    CHECK(x.claims[i].source == y.claims[i].source);
    CHECK(x.claims[i].begin == y.claims[i].begin);
    CHECK(x.claims[i].text == y.claims[i].text);
  }
  REQUIRE(x.groups.size() == y.groups.size());
  for (std::size_t g = 0; g < x.groups.size(); ++g) {
    const Group& a = x.groups[g];
    const Group& b = y.groups[g];
    CHECK(std::tie(a.key.subject, a.key.measure, a.key.dimension, a.key.object_class, a.unit) ==
          std::tie(b.key.subject, b.key.measure, b.key.dimension, b.key.object_class, b.unit));
    CHECK(a.claims == b.claims);
    REQUIRE(a.positions.size() == b.positions.size());
    for (std::size_t p = 0; p < a.positions.size(); ++p) {
      CHECK(a.positions[p].claims == b.positions[p].claims);
      CHECK(a.positions[p].low == b.positions[p].low);
      CHECK(a.positions[p].high == b.positions[p].high);
    }
  }
  REQUIRE(x.findings.size() == y.findings.size());
  for (std::size_t f = 0; f < x.findings.size(); ++f) {
    const Finding& a = x.findings[f];
    const Finding& b = y.findings[f];
    CHECK(std::tie(a.verdict, a.group, a.a, a.b, a.gap_ratio, a.same_source, a.reason) ==
          std::tie(b.verdict, b.group, b.a, b.b, b.gap_ratio, b.same_source, b.reason));
  }
  CHECK(x.unattributed == y.unattributed);
}

// Claims over a few keys and sources, with conflicts, agreements and unattributed claims.
std::vector<Claim> corpus() {
  const char* sources[] = {"wire.txt", "blog.txt", "paper.txt", "forum.txt"};
  const double costs[] = {5.58e6, 5.5e6, 6e6, 1e8};
  const double falls[] = {16.97, 7, 17, 16.9};
  const char* objects[] = {"H800", "H100", "A100"};
  const double counts[] = {2000, 50000, 10000};
  std::vector<Claim> out;
  for (std::size_t s = 0; s < 4; ++s) {
    std::size_t at = 0;
    auto add = [&](Claim c) {
      c.begin = at;
      c.end = at + c.text.size();
      at += 100;
      out.push_back(std::move(c));
    };
    add(make_claim(sources[s], "cost", costs[s], "currency", "USD", "DeepSeek", "training_cost"));
    add(make_claim(sources[s], "cost", costs[(s + 1) % 4] * 7.3, "currency", "CNY", "DeepSeek", "training_cost"));
    add(make_claim(sources[s], "fall", falls[s], "percent", "percent", "Nvidia", "share_price_change"));
    add(make_claim(sources[s], "chips", counts[s % 3], "count", "count", "DeepSeek", "gpu_count", objects[s % 3]));
    add(make_claim(sources[s], "staff", 100 + 50.0 * s, "count", "count", "DeepSeek", "headcount", "person"));
    add(make_claim(sources[s], "days", 60 + 30.0 * s, "duration", s % 2 ? "day" : "month", "DeepSeek",
                   "training_time"));
    add(make_claim(sources[s], "loose", 42, "number", "number", "", "training_cost"));
  }
  return out;
}

}  // namespace

TEST_CASE("merge_reports over key-partitioned parts equals one check over all claims") {
  const Config& config = default_config();
  const CrossChecker checker(config);
  const ComparisonRules rules(config);
  const std::vector<std::string> source_order = {"wire.txt", "blog.txt", "paper.txt"};  // forum.txt unlisted

  std::vector<Claim> all = corpus();
  std::map<std::string, std::size_t> rank = {{"wire.txt", 0}, {"blog.txt", 1}, {"paper.txt", 2}, {"forum.txt", 3}};
  std::stable_sort(all.begin(), all.end(), [&](const Claim& a, const Claim& b) {
    return std::tie(rank[a.source], a.begin, a.end) < std::tie(rank[b.source], b.begin, b.end);
  });
  const Report whole = checker.check(all);
  REQUIRE(whole.findings.size() >= 4);
  REQUIRE_FALSE(whole.unattributed.empty());

  for (unsigned seed : {1u, 2u, 3u}) {
    INFO("seed " << seed);
    std::vector<Claim> shuffled = corpus();
    std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(seed));
    std::vector<std::vector<Claim>> parts(3);
    std::hash<std::string> hash;
    for (std::size_t i = 0; i < shuffled.size(); ++i) {
      const auto key = rules.key_of(shuffled[i]);
      const std::size_t part = key ? hash(key->subject + "/" + key->measure) % 3 : i % 3;
      parts[part].push_back(shuffled[i]);
    }
    std::vector<Report> reports;
    for (auto& part : parts) reports.push_back(checker.check(std::move(part)));
    require_same(merge_reports(std::move(reports), source_order), whole);
  }
}

TEST_CASE("merging no parts gives an empty report") {
  const Report merged = merge_reports({}, {});
  CHECK(merged.claims.empty());
  CHECK(merged.groups.empty());
  CHECK(merged.findings.empty());
}
