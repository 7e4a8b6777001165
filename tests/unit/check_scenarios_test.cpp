// End to end over multi-article fixtures: the DeepSeek dispute (tests/data/deepseek/) and a
// flood with a user configuration (tests/data/flood/, tests/data/flood.json). Every claim is
// extracted, attributed and cross-checked by the engine.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "claimcheck/engine.hpp"
#include "claimcheck/json.hpp"

using namespace claimcheck;

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

Report check_articles(const Engine& engine, const std::string& dir, const std::vector<std::string>& names) {
  std::vector<Claim> claims;
  for (const std::string& name : names) {
    Extraction doc = engine.extract(read_file(std::string(CLAIMCHECK_TEST_DATA) + "/" + dir + "/" + name), name);
    REQUIRE(doc.ok());
    for (Claim& c : doc.claims) claims.push_back(std::move(c));
  }
  return engine.check(std::move(claims));
}

const Group* find_group(const Report& r, const std::string& subject, const std::string& measure) {
  for (const Group& g : r.groups)
    if (g.key.subject == subject && g.key.measure == measure) return &g;
  return nullptr;
}

std::size_t group_index(const Report& r, const Group* g) { return static_cast<std::size_t>(g - r.groups.data()); }

std::vector<const Finding*> findings_of(const Report& r, const Group* g) {
  std::vector<const Finding*> out;
  for (const Finding& f : r.findings)
    if (f.group == group_index(r, g)) out.push_back(&f);
  return out;
}

// The position holding the claim of `source` whose text contains `text`.
std::size_t position_of(const Report& r, const Group& g, const std::string& source, const std::string& text) {
  for (std::size_t p = 0; p < g.positions.size(); ++p)
    for (std::size_t id : g.positions[p].claims)
      if (r.claims[id].source == source && r.claims[id].text.find(text) != std::string::npos) return p;
  FAIL("no claim " << text << " of " << source << " in the group");
  return 0;
}

const std::vector<std::string> kDeepSeekArticles = {"wire_zh-hans.txt", "analyst_zh-hans.txt", "digest_zh-hant.txt",
                                                    "brief_zh-hans.txt"};

}  // namespace

TEST_CASE("the DeepSeek dispute: 2,000 H800 against 50,000 H100 is a contradiction, the models differ") {
  const Report r = check_articles(Engine(), "deepseek", kDeepSeekArticles);
  const Group* g = find_group(r, "DeepSeek", "gpu_count");
  REQUIRE(g != nullptr);
  CHECK(g->key.dimension == "count");
  CHECK(g->key.object_class == "GPU");
  REQUIRE(g->positions.size() == 2);
  CHECK(position_of(r, *g, "wire_zh-hans.txt", "2000块") == 0);
  CHECK(position_of(r, *g, "analyst_zh-hans.txt", "50,000颗") == 1);
  const auto f = findings_of(r, g);
  REQUIRE(f.size() == 1);
  CHECK(f[0]->verdict == Verdict::contradiction);
  CHECK(f[0]->gap_ratio == Approx(45000.0 / 2200));
  CHECK_FALSE(f[0]->same_source);
  CHECK(f[0]->reason == "2,000 H800 (wire_zh-hans.txt) vs 50,000 H100 (analyst_zh-hans.txt): 25× apart; models differ");
}

TEST_CASE("the DeepSeek dispute: Nvidia's one-day fall of 16.97 % against 7 % is a contradiction") {
  const Report r = check_articles(Engine(), "deepseek", kDeepSeekArticles);
  const Group* g = find_group(r, "Nvidia", "share_price_change");
  REQUIRE(g != nullptr);
  CHECK(g->unit == "percent");
  REQUIRE(g->positions.size() == 2);
  CHECK(position_of(r, *g, "analyst_zh-hans.txt", "7%") == 0);
  CHECK(position_of(r, *g, "wire_zh-hans.txt", "16.97%") == 1);
  const auto f = findings_of(r, g);
  REQUIRE(f.size() == 1);
  CHECK(f[0]->verdict == Verdict::contradiction);
  CHECK(f[0]->gap_ratio == Approx(16.965 / 7.5));
  CHECK(f[0]->reason == "7% (analyst_zh-hans.txt) vs 16.97% (wire_zh-hans.txt): 2.4× apart");
}

TEST_CASE("the DeepSeek dispute: 550万 against 558万美元 is a discrepancy, and 约600万 and 不到600万 agree with 558万") {
  const Report r = check_articles(Engine(), "deepseek", kDeepSeekArticles);
  const Group* g = find_group(r, "DeepSeek", "training_cost");
  REQUIRE(g != nullptr);
  CHECK(g->unit == "USD");
  REQUIRE(g->positions.size() == 2);
  CHECK(position_of(r, *g, "digest_zh-hant.txt", "550萬美元") == 0);
  const std::size_t held = position_of(r, *g, "wire_zh-hans.txt", "558万美元");
  CHECK(held == 1);
  CHECK(position_of(r, *g, "analyst_zh-hans.txt", "约600万美元") == held);
  CHECK(position_of(r, *g, "brief_zh-hans.txt", "不到600万美元") == held);
  CHECK(*g->positions[1].low == Approx(5.575e6));
  CHECK(*g->positions[1].high == Approx(5.585e6));
  const auto f = findings_of(r, g);
  REQUIRE(f.size() == 1);
  CHECK(f[0]->verdict == Verdict::discrepancy);
  CHECK(f[0]->gap_ratio == Approx(5.575e6 / 5.55e6));
  // 约600万 and 不到600万 also hold 550万: only the 558万 disagrees with it.
  CHECK(f[0]->reason == "5.5 million USD (digest_zh-hant.txt) vs 5.58 million USD (wire_zh-hans.txt): 1.5% apart");
}

TEST_CASE("the DeepSeek dispute: 5926.58亿美元 and 约4.2万亿人民币 agree at the default rates, and 两个月 and 2个月 agree") {
  const Report r = check_articles(Engine(), "deepseek", kDeepSeekArticles);
  const Group* value = find_group(r, "Nvidia", "market_value_change");
  REQUIRE(value != nullptr);
  CHECK(value->unit == "USD");
  CHECK(value->claims.size() == 2);
  REQUIRE(value->positions.size() == 1);
  CHECK(findings_of(r, value).empty());
  const Group* time = find_group(r, "DeepSeek", "training_time");
  REQUIRE(time != nullptr);
  CHECK(time->unit == "month");
  CHECK(time->claims.size() == 2);
  REQUIRE(time->positions.size() == 1);
  CHECK(findings_of(r, time).empty());
  // Nothing else in the four articles is in dispute.
  CHECK(r.findings.size() == 3);
  CHECK(r.findings[0].verdict == Verdict::contradiction);
  CHECK(r.findings[0].group == group_index(r, find_group(r, "DeepSeek", "gpu_count")));
  CHECK(r.findings[2].verdict == Verdict::discrepancy);
}

TEST_CASE("the DeepSeek dispute at a stricter rate table: 4.2万亿人民币 no longer matches 5926.58亿美元") {
  const Engine engine = Engine::from_json(R"({"currency_rates": {"per_usd": {"CNY": 9.0}, "uncertainty": 0.01}})");
  REQUIRE(engine.ok());
  const Report r = check_articles(engine, "deepseek", kDeepSeekArticles);
  const Group* value = find_group(r, "Nvidia", "market_value_change");
  REQUIRE(value != nullptr);
  const auto f = findings_of(r, value);
  REQUIRE(f.size() == 1);
  CHECK(f[0]->verdict == Verdict::discrepancy);
  CHECK(f[0]->reason.find("; converted to USD at 2025-01-31 rates") != std::string::npos);
}

TEST_CASE("a second story with its own configuration: a flood's death toll, evacuations and damage") {
  const Engine engine = Engine::from_file(CLAIMCHECK_TEST_DATA "/flood.json");
  REQUIRE(engine.ok());
  const Report r = check_articles(engine, "flood",
                                  {"county-news_zh-hans.txt", "provincial-daily_zh-hans.txt", "riverton-herald_en.txt"});
  CHECK(r.unattributed.empty());
  REQUIRE(r.groups.size() == 3);

  const Group* toll = find_group(r, "Riverton County", "death_toll");
  REQUIRE(toll != nullptr);
  CHECK(toll->key.object_class == "person");
  REQUIRE(toll->positions.size() == 2);
  CHECK(position_of(r, *toll, "riverton-herald_en.txt", "23 people") == 0);
  CHECK(position_of(r, *toll, "provincial-daily_zh-hans.txt", "32人") == 1);
  const auto toll_findings = findings_of(r, toll);
  REQUIRE(toll_findings.size() == 1);
  CHECK(toll_findings[0]->verdict == Verdict::contradiction);
  CHECK(toll_findings[0]->gap_ratio == Approx(31.5 / 23.5));

  const Group* evacuated = find_group(r, "Riverton County", "evacuated");
  REQUIRE(evacuated != nullptr);
  CHECK(evacuated->claims.size() == 3);
  CHECK(evacuated->positions.size() == 1);
  CHECK(findings_of(r, evacuated).empty());

  const Group* damage = find_group(r, "Riverton County", "flood_damage");
  REQUIRE(damage != nullptr);
  CHECK(damage->unit == "CNY");  // one currency: compared as written, no conversion
  REQUIRE(damage->positions.size() == 2);
  CHECK(position_of(r, *damage, "riverton-herald_en.txt", "350 million yuan") == 0);
  const auto damage_findings = findings_of(r, damage);
  REQUIRE(damage_findings.size() == 1);
  CHECK(damage_findings[0]->verdict == Verdict::discrepancy);
  CHECK(damage_findings[0]->gap_ratio == Approx(3.75 / 3.55));
  CHECK(damage_findings[0]->reason ==
        "350 million CNY (county-news_zh-hans.txt, riverton-herald_en.txt) vs 380 million CNY "
        "(provincial-daily_zh-hans.txt): 8.6% apart");
}

TEST_CASE("the same claims checked from JSON Lines give the same report") {
  const Engine engine;
  std::vector<Claim> claims;
  std::string jsonl;
  for (const std::string& name : kDeepSeekArticles) {
    const Extraction doc = engine.extract(read_file(CLAIMCHECK_TEST_DATA "/deepseek/" + name), name);
    jsonl += claims_to_jsonl(doc.claims);
    claims.insert(claims.end(), doc.claims.begin(), doc.claims.end());
  }
  std::vector<Claim> read_back;
  std::string error;
  REQUIRE(claims_from_jsonl(jsonl, "claims.jsonl", &read_back, &error));
  CHECK(report_to_json(engine.check(read_back)) == report_to_json(engine.check(claims)));
}
