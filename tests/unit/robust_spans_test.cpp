// Regression tests from fuzzing and hostile input: spans stay true to the input bytes and valid
// UTF-8, and work stays linear on long runs without sentence marks.
#include <catch2/catch.hpp>

#include <string>

#include "claimcheck/engine.hpp"
#include "text/sentences.hpp"
#include "text/utf8.hpp"

namespace {

const claimcheck::Engine& engine() {
  static const claimcheck::Engine e;
  return e;
}

}  // namespace

TEST_CASE("an object phrase stops at an ill-formed byte", "[robust]") {
  // Found by fuzz_extract: 2000块 followed by a truncated character, then 伟达H800芯片.
  const std::string text = "DeepSeek使用了2000块\xE8\x8B" "7\xB1\xE4\xBC\x9F\xE8\xBE\xBEH800\xE8\x8A\xAF\xE7\x89\x87\xE3\x80\x82";
  const auto result = engine().extract(text, "fuzz");
  REQUIRE(result.claims.size() == 1);
  const auto& c = result.claims[0];
  CHECK(c.text == "2000\xE5\x9D\x97");  // 2000块
  CHECK(c.begin == 17);
  CHECK(c.end == 24);
  CHECK(claimcheck::text::first_invalid_utf8(c.text) == c.text.size());
}

TEST_CASE("a run without sentence marks is cut into bounded sentences", "[robust]") {
  std::string storm;
  for (int i = 0; i < 2000; ++i) storm += "1,2.3-4~5\xE8\x87\xB3" "6%7/8";  // 1,2.3-4~5至6%7/8
  const auto sentences = claimcheck::split_sentences(storm);
  REQUIRE(sentences.size() > 1);
  std::size_t covered = 0;
  for (const auto& s : sentences) {
    CHECK(s.end - s.begin <= claimcheck::kMaxSentenceBytes);
    CHECK(claimcheck::text::first_invalid_utf8(std::string_view(storm).substr(s.begin, s.end - s.begin)) ==
          s.end - s.begin);
    covered += s.end - s.begin;
  }
  CHECK(covered == storm.size());
  CHECK(sentences.front().begin == 0);
  CHECK(sentences.back().end == storm.size());
}
