// Properties of the scan on random documents: every expression's span lies inside the input,
// on character boundaries, in byte order without overlap, and `claimcheck numbers` prints
// exactly the input bytes at [begin, end) as its text.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "numbers_table.hpp"
#include "text/utf8.hpp"

namespace {

// Pieces that random documents are made of: numerals, units, words, punctuation, names.
const std::vector<std::string> kPieces = {
    "0", "1", "2", "5", "9", "12", "300", "2,048", "50，000", ".", ",", "，", "。", "%", "％", "-", "−", "~", "至", "到",
    "一", "二", "两", "兩", "三", "十", "百", "千", "万", "萬", "亿", "億", "兆", "零", "〇", "点", "點", "多", "余", "几",
    "数", "上", "第", "半", "成", "折", "打", "倍", "分之", "个百分点", "年", "月", "日", "号", "时", "分", "秒", "块",
    "美元", "元", "$", "€", "US$", "million", "billion", "k", "M", "bn", "percent", "half", "a", "and", "between",
    "to", "one", "twenty", "thirds", "H800", "GPT-4o", "Llama 3.1", "ajaychen_2024", " ", "  ", "\n", "ａ", "２",
    "１６．９７", "陆", "伍", "拾", "参", "贰", "玖", "约", "不到", "超过", "the", "DeepSeek", "英伟达", "股价",
    "https://x.com/1", "½", "e", "E5", "+", "/", ":", "是", "的", "\xF0\x9F\x98\x80"};

}  // namespace

TEST_CASE("numbers: spans are true to the input on random documents", "[numbers][property]") {
  std::mt19937 rng(20250128);
  std::uniform_int_distribution<std::size_t> pick(0, kPieces.size() - 1);
  std::uniform_int_distribution<int> length(1, 40);
  std::size_t expressions = 0;
  for (int doc = 0; doc < 3000; ++doc) {
    std::string text;
    const int n = length(rng);
    for (int i = 0; i < n; ++i) text += kPieces[pick(rng)];
    std::vector<claimcheck::Note> notes;
    const auto items = claimcheck::testing::scan(text, &notes);
    INFO("document: " << text);
    std::size_t last_end = 0;
    for (const auto& x : items) {
      REQUIRE(x.begin < x.end);
      REQUIRE(x.end <= text.size());
      CHECK(x.begin >= last_end);
      last_end = x.end;
      // spans start and end on character boundaries, so their bytes are valid UTF-8 on their own
      const std::string span = text.substr(x.begin, x.end - x.begin);
      CHECK(claimcheck::text::first_invalid_utf8(span) == span.size());
      CHECK(span == std::string(text.data() + x.begin, x.end - x.begin));
      REQUIRE(x.low.has_value());
      REQUIRE(x.high.has_value());
      CHECK(*x.low <= *x.high);
      ++expressions;
    }
    for (const auto& note : notes) {
      CHECK(note.begin < note.end);
      CHECK(note.end <= text.size());
    }
  }
  CHECK(expressions > 1000);
}
