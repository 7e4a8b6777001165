// Regression tests from fuzzing and hostile input: spans stay true to the input bytes and valid
// UTF-8, and work stays linear on long runs without sentence marks.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "claimcheck/engine.hpp"
#include "claimcheck/json.hpp"
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

TEST_CASE("an object phrase stops at a control character", "[robust]") {
  // Found by fuzz_capi: 2000块, NUL, H800 made one claim whose text held the NUL, which a C
  // reader of claimcheck_claim_text saw cut short.
  using namespace std::string_literals;
  for (const std::string& c : {"\x00"s, "\x01"s, "\x1B"s, "\x7F"s, "\xC2\x85"s}) {
    INFO("control byte " << static_cast<int>(static_cast<unsigned char>(c[0])));
    const std::string text = "DeepSeek\xE7\x94\xA8" "2000\xE5\x9D\x97" + c + "H800\xE3\x80\x82";  // DeepSeek用2000块?H800。
    const auto result = engine().extract(text, "fuzz");
    REQUIRE(result.claims.size() == 1);
    const auto& claim = result.claims[0];
    CHECK(claim.text == "2000\xE5\x9D\x97");  // 2000块
    CHECK(claim.begin == 11);
    CHECK(claim.end == 18);
    CHECK_FALSE(claim.object.has_value());
  }
}

TEST_CASE("a truncated character hides neither the word after it nor a clause break", "[robust]") {
  // A lead byte without its continuation bytes (E4) is one ill-formed byte: the walks that skip
  // a character whole (the phrase trie, the Latin-name scan, the clause end) stepped over the
  // next two bytes with it, losing 英伟达 and Zhipu as subjects and the comma that ends a clause
  // (which let 售价 after it make 500块 money). With or without the stray byte the claim reads
  // the same.
  struct Row {
    std::string before, after;  // the stray byte goes between them
    const char* number;
    const char* unit;
    const char* subject;
    const char* measure;
  };
  const Row rows[] = {
      {"", "英伟达股价暴跌16.97%。", "16.97%", "percent", "Nvidia", "share_price_change"},
      {"", "Zhipu的估值达到200亿元。", "200亿元", "CNY", "Zhipu", "valuation"},
      {"仓库里有500块", "，售价不低。", "500块", "count", "", ""},
  };
  for (const Row& row : rows) {
    for (const std::string& stray : {std::string(), std::string("\xE4")}) {
      const std::string text = row.before + stray + row.after;
      INFO(text);
      const auto result = engine().extract(text, "fuzz");
      REQUIRE(result.claims.size() == 1);
      const auto& c = result.claims[0];
      CHECK(c.text == row.number);
      CHECK(c.begin == text.find(row.number));
      CHECK(c.unit == row.unit);
      CHECK(c.subject.value_or("") == row.subject);
      CHECK(c.measure.value_or("") == row.measure);
    }
  }
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

TEST_CASE("a long run of multipliers is noted, not read, and the text after it still is", "[robust]") {
  // 5 then 40,000 × 万: once quadratic in the 分之 reader when the run was cut into sentences.
  std::string text = "5";
  for (int i = 0; i < 40000; ++i) text += "\xE4\xB8\x87";  // 万
  const std::size_t tail = text.size();
  text += " DeepSeek\xE7\x94\xA8" "2000\xE5\x9D\x97H800\xE3\x80\x82";  // DeepSeek用2000块H800。
  const auto result = engine().extract(text, "run");
  REQUIRE(result.claims.size() == 1);
  CHECK(result.claims[0].text == "2000\xE5\x9D\x97H800");
  CHECK(result.claims[0].begin == tail + 12);
  CHECK(result.claims[0].object == std::optional<std::string>("H800"));
  REQUIRE_FALSE(result.notes.empty());
  CHECK(result.notes.front().begin == 0);
}

TEST_CASE("inputs found by fuzzing extract without undefined behaviour, spans true", "[robust]") {
  // extract_date_overflow.bin: 3.3e19 before 年 was converted to an integer (undefined).
  for (const char* name : {"extract_date_overflow.bin", "extract_object_invalid_utf8.bin"}) {
    std::ifstream in(std::string(CLAIMCHECK_TEST_DATA) + "/fuzz/" + name, std::ios::binary);
    REQUIRE(in);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    REQUIRE_FALSE(text.empty());
    const auto result = engine().extract(text, name);
    for (const auto& c : result.claims) {
      CHECK(text.compare(c.begin, c.end - c.begin, c.text) == 0);
      CHECK(claimcheck::text::first_invalid_utf8(c.text) == c.text.size());
    }
  }
}

TEST_CASE("claims read back with low above high are refused, naming the field", "[robust]") {
  // Found by fuzz_claims_jsonl: such a claim made an empty interval in the checker.
  const std::string line =
      R"({"source":"a.txt","begin":0,"end":3,"text":"5%","value":5,"low":9,"high":5,"qualifier":"range",)"
      R"("dimension":"percent","unit":"percent","object":null,"subject":null,"measure":null,)"
      R"("sentence_begin":0,"sentence_end":3})";
  std::vector<claimcheck::Claim> claims;
  std::string error;
  CHECK_FALSE(claimcheck::claims_from_jsonl(line + "\n", "a.jsonl", &claims, &error));
  CHECK(claims.empty());
  CHECK(error.find("a.jsonl:1: low: 9 is above high 5") != std::string::npos);
}

TEST_CASE("a range is read only when its sides compare in order, however far apart", "[robust]") {
  // Found by fuzz_numbers: the two sides' difference overflowed, so the comparison said
  // "in order" and 333333333333333 to 333333333.5333333 was read as one range, low above high.
  const std::string text = "0333333333333333~333333333.5333333";
  const auto numbers = engine().numbers(text);
  REQUIRE(numbers.size() == 2);
  CHECK(numbers[0].begin == 0);
  CHECK(numbers[0].end == 16);
  CHECK(numbers[0].value == 333333333333333.0);
  CHECK(numbers[0].qualifier == claimcheck::Qualifier::exact);
  CHECK(numbers[1].begin == 17);
  CHECK(numbers[1].end == text.size());
  CHECK(numbers[1].value == 333333333.5333333);
  for (const auto& n : numbers) CHECK(n.low <= n.high);
  // A range whose sides are in order still reads, at any distance of exponents.
  const auto wide = engine().numbers("0.000001~900000000000");
  REQUIRE(wide.size() == 1);
  CHECK(wide[0].qualifier == claimcheck::Qualifier::range);
  CHECK(wide[0].low == 0.000001);
  CHECK(wide[0].high == 900000000000.0);
}

TEST_CASE("a numeral at the very end of the text is read without looking past it", "[robust]") {
  // Found by fuzz_numbers: 10一又半 at the end of the input; the reader of 半 looked at the
  // character after the next one, past the end of the buffer.
  for (const std::string& text : {std::string("\xE4" "10\xE4\xB8\x80\xE5\x8F\x88\xE5\x8D\x8A"),  // \xE4 10一又半
                                 std::string("\xE5\x8D\x8A"),                                   // 半
                                 std::string("\xE5\x8D\x8A\xE7\x99\xBE")}) {                    // 半百
    // A copy of exactly the text's size, so that a read past its end is a sanitizer report.
    const std::vector<char> exact(text.begin(), text.end());
    const auto numbers = engine().numbers(std::string_view(exact.data(), exact.size()));
    for (const auto& n : numbers) {
      CHECK(n.begin < n.end);
      CHECK(n.end <= text.size());
    }
  }
  const auto half_hundred = engine().numbers("\xE5\x8D\x8A\xE7\x99\xBE");  // 半百
  REQUIRE(half_hundred.size() == 1);
  CHECK(half_hundred[0].value == 50);
}

TEST_CASE("claims read back with a value outside their bounds are refused, naming the field", "[robust]") {
  // Found by fuzz_claims_jsonl: a range with low 77903679, no high and value 1140000 gave a
  // position whose low was above its high.
  const std::string below =
      R"({"source":"a.txt","begin":0,"end":3,"text":"x","value":1140000,"low":77903679,"high":null,)"
      R"("qualifier":"range","dimension":"currency","unit":"USD","object":null,"subject":"DeepSeek",)"
      R"("measure":"training_cost","sentence_begin":0,"sentence_end":3})";
  const std::string above =
      R"({"source":"a.txt","begin":0,"end":3,"text":"x","value":7,"low":null,"high":6,)"
      R"("qualifier":"less_than","dimension":"percent","unit":"percent","object":null,"subject":null,)"
      R"("measure":null,"sentence_begin":0,"sentence_end":3})";
  std::vector<claimcheck::Claim> claims;
  std::string error;
  CHECK_FALSE(claimcheck::claims_from_jsonl(below + "\n", "a.jsonl", &claims, &error));
  CHECK(claims.empty());
  CHECK(error.find("a.jsonl:1: value: 1140000 is below low 77903679") != std::string::npos);
  error.clear();
  CHECK_FALSE(claimcheck::claims_from_jsonl(above + "\n", "b.jsonl", &claims, &error));
  CHECK(error.find("b.jsonl:1: value: 7 is above high 6") != std::string::npos);
  // The same claims with the value inside their bounds read.
  error.clear();
  std::string inside = below;
  inside.replace(inside.find("1140000"), 7, "80000000");
  CHECK(claimcheck::claims_from_jsonl(inside + "\n", "c.jsonl", &claims, &error));
  CHECK(error.empty());
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].value == 80000000);
}
