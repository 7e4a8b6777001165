// Properties of extraction over random documents built from claim-like and noisy fragments:
// every claim's text is the input bytes at its span, claims are in order and disjoint, the
// sentence holds the claim, bounds are ordered and finite, and invalid UTF-8 never reaches a
// claim's text.
#include <catch2/catch.hpp>
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "claimcheck/engine.hpp"

TEST_CASE("claims: properties over random documents", "[claims][property]") {
  const std::vector<std::string> fragments = {
      "约600万美元", "2000块落后的H800英伟达GPU", "不到两个月", "16.97%", "5%左右", "三年半",
      "2025年1月27日", "38114 阅读", "从0到1", "GPT-4o", "about $5.6 million", "2,048 H800 GPUs",
      "at least 50,000", " GPUs", "超过", "1800年", "人民币", "72亿元", "块", "钱", "，", "。", "\n",
      "\n\n", " ", ".", "H100", "倍", "个多月", "the last quarter", "\xFF", "\xE4\xB8", "万", "1/17",
      "3-5年", "逾", "5萬顆", "輝達", "晶片", "NT$", "30", "日", "近", "1,5", "0.5", "-", "%"};
  const claimcheck::Engine engine;
  std::mt19937 random(20250127);
  std::uniform_int_distribution<std::size_t> pick(0, fragments.size() - 1);
  std::uniform_int_distribution<int> length(1, 40);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    for (int i = length(random); i > 0; --i) text += fragments[pick(random)];
    INFO("document: " << text);
    const auto result = engine.extract(text, "random");
    REQUIRE(result.ok());
    std::size_t last_end = 0;
    for (const auto& c : result.claims) {
      REQUIRE(c.begin < c.end);
      REQUIRE(c.end <= text.size());
      CHECK(c.begin >= last_end);
      last_end = c.end;
      CHECK(c.text == text.substr(c.begin, c.end - c.begin));
      CHECK(c.text.find('\xFF') == std::string::npos);
      CHECK(c.sentence_begin <= c.begin);
      CHECK(c.end <= c.sentence_end);
      CHECK(std::isfinite(c.value));
      if (c.low && c.high) CHECK(*c.low <= *c.high);
      CHECK_FALSE(c.dimension.empty());
      CHECK_FALSE(c.unit.empty());
    }
  }
}
