#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "text/sentences.hpp"

namespace {

struct Expected {
  std::string text;
  std::size_t paragraph;
};

std::vector<Expected> spans(const std::string& text) {
  std::vector<Expected> out;
  for (const auto& s : claimcheck::split_sentences(text))
    out.push_back({text.substr(s.begin, s.end - s.begin), s.paragraph});
  return out;
}

}  // namespace

TEST_CASE("sentences: marks, quotes and paragraphs", "[sentences]") {
  struct Row {
    std::string input;
    std::vector<Expected> expected;
  };
  const std::vector<Row> table = {
      {"", {}},
      {"  \n\n \t", {}},
      {"一句话。", {{"一句话。", 0}}},
      {"第一句。第二句！第三句？", {{"第一句。", 0}, {"第二句！", 0}, {"第三句？", 0}}},
      {"甲；乙", {{"甲；", 0}, {"乙", 0}}},
      {"他说：“花了558万美元。”随后股价下跌。",
       {{"他说：“花了558万美元。”", 0}, {"随后股价下跌。", 0}}},
      {"It cost $5.6 million. Shares fell 17%!", {{"It cost $5.6 million.", 0}, {"Shares fell 17%!", 0}}},
      {"Version 3.1 is out.", {{"Version 3.1 is out.", 0}}},
      {"Really?! Yes.", {{"Really?!", 0}, {"Yes.", 0}}},
      {"(He left.) Then", {{"(He left.)", 0}, {"Then", 0}}},
      {"标题\n\n第一段。\n第一段续\n\n第二段。",
       {{"标题", 0}, {"第一段。", 1}, {"第一段续", 1}, {"第二段。", 2}}},
      {"行一\n行二\n行三", {{"行一", 0}, {"行二", 1}, {"行三", 2}}},
      {"　全角空格开头。　", {{"全角空格开头。", 0}}},
      {"a\r\n\r\nb", {{"a", 0}, {"b", 1}}},
      {"end.", {{"end.", 0}}},
      {"省略……然后", {{"省略……然后", 0}}},
      {"【快讯】消息。", {{"【快讯】消息。", 0}}},
      {"一。\n\n\n\n二。", {{"一。", 0}, {"二。", 1}}},
      // Every closing quote and bracket stays with the sentence it closes, after 。 and after a
      // full stop; a character that only shares their first bytes does not.
      {"甲。”乙。’丙。」丁。』戊。）己。】庚。》辛。〉壬",
       {{"甲。”", 0}, {"乙。’", 0}, {"丙。」", 0}, {"丁。』", 0}, {"戊。）", 0}, {"己。】", 0}, {"庚。》", 0},
        {"辛。〉", 0}, {"壬", 0}}},
      {"He said \"no.\" She left.' Then.] Now.\xE2\x80\x9D Here.\xE3\x80\x8B Go.",
       {{"He said \"no.\"", 0}, {"She left.'", 0}, {"Then.]", 0}, {"Now.\xE2\x80\x9D", 0}, {"Here.\xE3\x80\x8B", 0},
        {"Go.", 0}}},
      {"甲。“乙。、丙。，丁", {{"甲。", 0}, {"“乙。", 0}, {"、丙。", 0}, {"，丁", 0}}},
      {"v1.”x and 1.）y", {{"v1.”x and 1.）y", 0}}},
  };
  for (const auto& row : table) {
    INFO(row.input);
    const auto got = spans(row.input);
    REQUIRE(got.size() == row.expected.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
      CHECK(got[i].text == row.expected[i].text);
      CHECK(got[i].paragraph == row.expected[i].paragraph);
    }
  }
}

TEST_CASE("sentences: spans are ordered, disjoint and cover every non-blank byte", "[sentences]") {
  const std::string text =
      "DeepSeek称，训练V3只花了558万美元。英伟达股价暴跌16.97%！\n\n"
      "  Analysts said: \"It used 2,048 H800 GPUs.\" Others disagreed?\n最后一行";
  const auto sentences = claimcheck::split_sentences(text);
  REQUIRE(sentences.size() == 5);
  std::vector<bool> covered(text.size(), false);
  std::size_t last_end = 0;
  for (const auto& s : sentences) {
    CHECK(s.begin >= last_end);
    CHECK(s.begin < s.end);
    last_end = s.end;
    for (std::size_t i = s.begin; i < s.end; ++i) covered[i] = true;
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c != ' ' && c != '\n') CHECK(covered[i]);
  }
  CHECK(sentences[2].paragraph == 1);
  CHECK(sentences[4].paragraph == 1);
}
