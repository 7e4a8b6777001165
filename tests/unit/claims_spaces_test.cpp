// Spaces other than ASCII's: text taken from web pages holds no-break spaces (U+00A0, from
// &nbsp;), narrow no-break and thin spaces (U+202F, U+2009, common between a number and its
// unit) and the ideographic space (U+3000). Wherever a space may stand, any of them reads as
// one, and the claim's span keeps their bytes.
#include "claims_table.hpp"
#include "text/fold.hpp"
#include "text/spaces.hpp"

using namespace claims_table;

namespace {

const std::string nbsp = "\xC2\xA0";            // U+00A0 NO-BREAK SPACE
const std::string narrow = "\xE2\x80\xAF";      // U+202F NARROW NO-BREAK SPACE
const std::string thin = "\xE2\x80\x89";        // U+2009 THIN SPACE
const std::string ideographic = "\xE3\x80\x80";  // U+3000 IDEOGRAPHIC SPACE

}  // namespace

TEST_CASE("claims: any space reads as a space", "[claims][spaces]") {
  const std::vector<Row> table = {
      // between the digits and a scale word
      {"Nvidia lost $593" + nbsp + "billion in value.", "$593" + nbsp + "billion", 593e9, "USD", "", exact},
      {"DeepSeek spent US$5.6" + nbsp + "million.", "US$5.6" + nbsp + "million", 5.6e6, "USD", "", exact},
      {"It cost 5.6" + thin + "million dollars.", "5.6" + thin + "million dollars", 5.6e6, "USD", "", exact},
      {"Revenue was $3" + narrow + "bn.", "$3" + narrow + "bn", 3e9, "USD", "", exact},
      // between number words
      {"It has five" + nbsp + "hundred GPUs.", "five" + nbsp + "hundred GPUs", 500, "count", "GPU", exact},
      {"They hired two" + nbsp + "thousand people.", "two" + nbsp + "thousand people", 2000, "count", "person",
       exact},
      // between a number and its counted object
      {"It has 2,048" + nbsp + "Nvidia H800 GPUs.", "2,048" + nbsp + "Nvidia H800 GPUs", 2048, "count", "H800",
       exact},
      {"DeepSeek used 2,048 Nvidia" + nbsp + "H800 GPUs.", "2,048 Nvidia" + nbsp + "H800 GPUs", 2048, "count",
       "H800", exact},
      // hedges: before the number, inside a hedge of several words, after the number
      {"训练成本约" + ideographic + "600万美元。", "约" + ideographic + "600万美元", 6e6, "USD", "", approx},
      {"The run cost about" + nbsp + "$5.6 million.", "about" + nbsp + "$5.6 million", 5.6e6, "USD", "", approx},
      {"Revenue rose more" + nbsp + "than 5%.", "more" + nbsp + "than 5%", 5, "percent", "", more_than},
      {"It cost at" + nbsp + "least $6 million.", "at" + nbsp + "least $6 million", 6e6, "USD", "", at_least},
      {"训练花了600万美元" + ideographic + "左右。", "600万美元" + ideographic + "左右", 6e6, "USD", "", approx},
      // between a number and its unit (already read through before these fixes; kept so)
      {"股价下跌16.97" + nbsp + "%。", "16.97" + nbsp + "%", 16.97, "percent", "", exact},
      {"It fell 17" + narrow + "% on Monday.", "17" + narrow + "%", 17, "percent", "", exact},
      {"A budget of 3" + nbsp + "000" + nbsp + "000 dollars.", "3" + nbsp + "000" + nbsp + "000 dollars", 3e6, "USD",
       "", exact},
  };
  for (const Row& row : table) check_row(row);
}

TEST_CASE("claims: a period named across any space is still no claim", "[claims][spaces]") {
  check_row({"It holds a" + nbsp + "quarter of the market.", "a" + nbsp + "quarter", 0.25, "fraction", "", exact});
  for (const std::string& input : {"in the last" + nbsp + "quarter, sales", "the second" + nbsp + "half of the year",
                                   "the second half" + nbsp + "of the year"})
    check_no_claim(input);
}

TEST_CASE("claims: replacing every space by another kind changes no claim", "[claims][spaces]") {
  const std::vector<std::string> sentences = {
      "Nvidia shares fell 17% on Monday, wiping $593 billion off its market value.",
      "DeepSeek said it trained V3 on 2,048 Nvidia H800 GPUs for about two months.",
      "The company spent more than $5.6 million, or at least 2.788 million GPU hours.",
      "Analysts put the figure at up to 50,000 H100 chips, three times the estimate.",
      "Revenue rose 12.5 percent to 3.2 billion yuan in the first quarter of 2024.",
      "训练 成本 约 600 万美元 ， 用了 2000 块 H800 。",
  };
  for (const std::string& sentence : sentences) {
    const auto expected = extract(sentence);
    REQUIRE_FALSE(expected.empty());
    for (const std::string& space : {nbsp, narrow, thin, ideographic}) {
      std::string text;
      for (char c : sentence) text += c == ' ' ? space : std::string(1, c);
      INFO(text);
      const auto claims = extract(text);
      REQUIRE(claims.size() == expected.size());
      for (std::size_t i = 0; i < claims.size(); ++i) {
        CHECK(claims[i].text == text.substr(claims[i].begin, claims[i].end - claims[i].begin));
        CHECK(claims[i].value == expected[i].value);
        CHECK(claims[i].unit == expected[i].unit);
        CHECK(claims[i].qualifier == expected[i].qualifier);
        CHECK(claims[i].object == expected[i].object);
      }
    }
  }
}

TEST_CASE("text: the spaces are exactly the characters that fold to a space", "[claims][spaces]") {
  CHECK(claimcheck::text::space_length_at(" ", 0) == 1);
  CHECK(claimcheck::text::space_length_before(" ", 1) == 1);
  CHECK(claimcheck::text::space_length_at("\t", 0) == 0);
  int spaces = 0;
  std::vector<unsigned> disagree;  // code points the two tables disagree on
  for (char32_t c = 0x80; c < 0x10000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string s;  // c in UTF-8, between two letters
    if (c < 0x800) {
      s = {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
    } else {
      s = {static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
           static_cast<char>(0x80 | (c & 0x3F))};
    }
    const std::string text = "a" + s + "b";
    const std::size_t expected = claimcheck::text::fold_char(c) == U' ' ? s.size() : 0;
    if (claimcheck::text::space_length_at(text, 1) != expected ||
        claimcheck::text::space_length_before(text, 1 + s.size()) != expected)
      disagree.push_back(static_cast<unsigned>(c));
    spaces += expected != 0 ? 1 : 0;
  }
  CHECK(disagree.empty());
  CHECK(spaces == 15);  // U+00A0, U+2000-U+200A, U+202F, U+205F, U+3000
}
