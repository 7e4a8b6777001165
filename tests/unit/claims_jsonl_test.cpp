#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "claimcheck/engine.hpp"
#include "claimcheck/json.hpp"

namespace {

claimcheck::Claim sample() {
  claimcheck::Claim c;
  c.source = "a.txt";
  c.begin = 6;
  c.end = 22;
  c.text = "约600万美元";
  c.value = 6e6;
  c.low = 6e6;
  c.high = 6e6;
  c.qualifier = claimcheck::Qualifier::approx;
  c.dimension = "currency";
  c.unit = "USD";
  c.sentence_begin = 0;
  c.sentence_end = 30;
  return c;
}

}  // namespace

TEST_CASE("claims jsonl: fields in the design's order, null where absent", "[claims][jsonl]") {
  CHECK(claimcheck::claim_to_json(sample()) ==
        R"({"source":"a.txt","begin":6,"end":22,"text":"约600万美元","value":6000000,"low":6000000,)"
        R"("high":6000000,"qualifier":"approx","dimension":"currency","unit":"USD","object":null,)"
        R"("subject":null,"measure":null,"sentence_begin":0,"sentence_end":30})");
}

TEST_CASE("claims jsonl: numbers round-trip, open bounds are null", "[claims][jsonl]") {
  auto c = sample();
  c.value = 1.0 / 17;
  c.low.reset();
  c.high = 16.97;
  c.object = "H800";
  c.subject = "DeepSeek";
  c.measure = "gpu_count";
  const std::string json = claimcheck::claim_to_json(c);
  CHECK(json.find(R"("value":0.058823529411764705,"low":null,"high":16.97,)") != std::string::npos);
  CHECK(json.find(R"("object":"H800","subject":"DeepSeek","measure":"gpu_count",)") != std::string::npos);
}

TEST_CASE("claims jsonl: one line per claim, bad bytes replaced", "[claims][jsonl]") {
  auto bad = sample();
  bad.text = "\xFF";
  const std::string lines = claimcheck::claims_to_jsonl({sample(), bad});
  CHECK(std::count(lines.begin(), lines.end(), '\n') == 2);
  CHECK(lines.back() == '\n');
  CHECK(lines.find("\"text\":\"\xEF\xBF\xBD\"") != std::string::npos);  // U+FFFD
  CHECK(claimcheck::claims_to_jsonl({}).empty());
}

TEST_CASE("claims jsonl: extracted claims read back unchanged", "[claims][jsonl]") {
  const std::string text = "训练花了约600万美元，用了2000块H800，不到两个月；股价跌了16.97%，是对手的1/17。";
  const claimcheck::Engine engine;
  const auto extraction = engine.extract(text, "a.txt");
  REQUIRE(extraction.claims.size() == 5);
  std::vector<claimcheck::Claim> back;
  std::string error;
  REQUIRE(claimcheck::claims_from_jsonl(claimcheck::claims_to_jsonl(extraction.claims), "t", &back, &error));
  REQUIRE(back.size() == extraction.claims.size());
  for (std::size_t i = 0; i < back.size(); ++i) {
    const auto& a = extraction.claims[i];
    const auto& b = back[i];
    CHECK(b.text == a.text);
    CHECK(b.begin == a.begin);
    CHECK(b.end == a.end);
    CHECK(b.value == a.value);  // exact: the JSON numbers round-trip
    CHECK(b.low == a.low);
    CHECK(b.high == a.high);
    CHECK(b.qualifier == a.qualifier);
    CHECK(b.unit == a.unit);
    CHECK(b.object == a.object);
    CHECK(b.sentence_begin == a.sentence_begin);
    CHECK(b.sentence_end == a.sentence_end);
  }
}
