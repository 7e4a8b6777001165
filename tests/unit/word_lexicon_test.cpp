// The word table of the claim readers: the longest word at a position (match_at) or before one
// (match_before), ASCII case folded, a space of any kind for a space of the word, word edges
// kept, and an "s" after a word with allow_plural.
#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "claims/word_lexicon.hpp"

using claimcheck::WordLexicon;

namespace {

const std::string nbsp = "\xC2\xA0";             // U+00A0 NO-BREAK SPACE
const std::string narrow = "\xE2\x80\xAF";       // U+202F NARROW NO-BREAK SPACE
const std::string ideographic = "\xE3\x80\x80";  // U+3000 IDEOGRAPHIC SPACE

WordLexicon lexicon(const std::vector<std::pair<std::string, int>>& words) {
  WordLexicon lex;
  for (const auto& [word, payload] : words) lex.add(word, payload);
  lex.freeze();
  return lex;
}

// One lookup and what it finds: length 0 for nothing.
struct Row {
  std::string text;
  std::size_t at;  // pos for match_at, end for match_before
  std::size_t length;
  int payload;
};

void check_at(const WordLexicon& lex, const std::vector<Row>& table, bool allow_plural = false) {
  for (const Row& row : table) {
    INFO(row.text << " at " << row.at);
    WordLexicon::Match m;
    const bool found = lex.match_at(row.text, row.at, &m, allow_plural);
    CHECK(found == (row.length != 0));
    if (found && row.length != 0) {
      CHECK(m.length == row.length);
      CHECK(m.payload == row.payload);
    }
  }
}

void check_before(const WordLexicon& lex, const std::vector<Row>& table) {
  for (const Row& row : table) {
    INFO(row.text << " before " << row.at);
    WordLexicon::Match m;
    const bool found = lex.match_before(row.text, row.at, &m);
    CHECK(found == (row.length != 0));
    if (found && row.length != 0) {
      CHECK(m.length == row.length);
      CHECK(m.payload == row.payload);
    }
  }
}

}  // namespace

TEST_CASE("word lexicon: the longest word", "[claims][lexicon]") {
  const WordLexicon lex = lexicon({{"万", 1}, {"万亿", 2}, {"万美元", 3}, {"美元", 4}, {"元", 5}, {"亿元", 6},
                                   {"million", 7}, {"mil", 8}, {"million dollars", 9}});
  check_at(lex, {
                    {"3万美元", 1, 9, 3},
                    {"3万亿元", 1, 6, 2},
                    {"3万人", 1, 3, 1},
                    {"3万", 1, 3, 1},
                    {"3万", 4, 0, 0},        // at the end
                    {"3万", 9, 0, 0},        // past it
                    {"3万", 2, 0, 0},        // inside a character
                    {"3人", 1, 0, 0},
                    {"5 million dollars.", 2, 15, 9},
                    {"5 million dollar", 2, 7, 7},  // the longer word is cut short by the text's end
                    {"5 million dollarsx", 2, 7, 7},
                    {"5 mil.", 2, 3, 8},
                    {"5 milli", 2, 0, 0},
                });
  check_before(lex, {
                        {"3万美元", 10, 9, 3},
                        {"3亿元", 7, 6, 6},
                        {"3千元", 7, 3, 5},
                        {"3万", 4, 3, 1},
                        {"3万", 3, 0, 0},  // inside a character
                        {"3万", 0, 0, 0},
                        {"3万", 5, 0, 0},  // past the end
                        {"5 million dollars", 17, 15, 9},
                        {"5 million", 9, 7, 7},
                    });
}

TEST_CASE("word lexicon: ASCII case and word edges", "[claims][lexicon]") {
  const WordLexicon lex = lexicon({{"x", 1}, {"over", 2}, {"GPU hours", 3}, {"W", 4}, {"H100", 5}, {"港元", 6}});
  check_at(lex, {
                    {"xbox", 0, 0, 0},        // a word that ends in a letter ends a word of the text
                    {"3x faster", 1, 1, 1},   // but need not start one
                    {"5W", 1, 1, 4},
                    {"5w,", 1, 1, 4},
                    {"5Wh", 1, 0, 0},
                    {"1M gpu HOURS", 3, 9, 3},
                    {"1M Gpu Hoursx", 3, 0, 0},
                    {"over 5", 0, 4, 2},
                    {"OVER5", 0, 0, 0},       // a digit is part of a word too
                    {"5港元", 1, 6, 6},
                    {"5港元x", 1, 6, 6},      // a word that ends in a CJK character needs no edge
                });
  check_before(lex, {
                        {"Clover", 6, 0, 0},  // a word that starts with a letter starts a word of the text
                        {"more than Over", 14, 4, 2},
                        {"a-over", 6, 4, 2},
                        {"the gpu Hours", 13, 9, 3},
                        {"thegpu hours", 12, 0, 0},
                        {"x港元", 7, 6, 6},
                    });
}

TEST_CASE("word lexicon: a space of any kind inside a word", "[claims][lexicon]") {
  const WordLexicon lex = lexicon({{"more than", 1}, {"more", 2}, {"at least", 3}, {"GPU hours", 4}});
  check_at(lex, {
                    {"more than 5", 0, 9, 1},
                    {"more" + nbsp + "than 5", 0, 10, 1},
                    {"more" + narrow + "than 5", 0, 11, 1},
                    {"more" + ideographic + "than 5", 0, 11, 1},
                    {"more\tthan 5", 0, 4, 2},   // a tab is no space here
                    {"more  than 5", 0, 4, 2},   // one space for one
                    {"at" + nbsp + "least", 0, 9, 3},
                    {"at" + nbsp, 0, 0, 0},
                });
  check_before(lex, {
                        {"5 more than", 11, 9, 1},
                        {"5 more" + nbsp + "than", 12, 10, 1},
                        {"5 more" + ideographic + "than", 13, 11, 1},
                        {"1M GPU" + narrow + "hours", 14, 11, 4},
                        {"1M GPU\thours", 12, 0, 0},
                    });
}

TEST_CASE("word lexicon: a word that spells out a space other than ASCII's", "[claims][lexicon]") {
  // "a b" takes the no-break space as a space; "a" NBSP "c" spells it byte for byte (as do
  // "b a" and "c" NBSP "a", read backward).
  const WordLexicon lex = lexicon({{"a b", 1}, {"a" + nbsp + "c", 2}, {ideographic + "x", 3}, {"b a", 4},
                                   {"c" + nbsp + "a", 5}});
  check_at(lex, {
                    {"a" + nbsp + "b", 0, 4, 1},
                    {"a" + nbsp + "c", 0, 4, 2},
                    {"a c", 0, 0, 0},
                    {ideographic + "x", 0, 4, 3},
                    {nbsp + "x", 0, 0, 0},  // a word's first character is matched as it is spelled
                    {"b" + nbsp + "a", 0, 4, 4},
                    {"c" + nbsp + "a", 0, 4, 5},
                });
  check_before(lex, {
                        {"a" + nbsp + "b", 4, 4, 1},
                        {"a" + nbsp + "c", 4, 4, 2},
                        {ideographic + "x", 4, 4, 3},
                        {"b" + nbsp + "a", 4, 4, 4},
                        {"c" + nbsp + "a", 4, 4, 5},
                        {"c" + ideographic + "a", 5, 0, 0},
                    });
}

TEST_CASE("word lexicon: plural s", "[claims][lexicon]") {
  const WordLexicon lex = lexicon({{"H100", 1}, {"GPU", 2}, {"GPUs", 3}, {"芯片", 4}});
  check_at(lex,
           {
               {"2,000 H100s.", 6, 5, 1},
               {"2,000 H100S", 6, 5, 1},
               {"2,000 H100st", 6, 0, 0},
               {"2,000 H100", 6, 4, 1},
               {"5 GPUs", 2, 4, 3},  // the word itself before the plural of a shorter one
               {"5 芯片s", 2, 6, 4},  // no plural after a CJK word, nor an edge to keep
           },
           true);
  check_at(lex, {{"2,000 H100s.", 6, 0, 0}});
}

TEST_CASE("word lexicon: long words, the text's last bytes and words added twice", "[claims][lexicon]") {
  const std::string long_word = "hundreds of millions of dollars";  // runs longer than eight bytes
  WordLexicon lex;
  WordLexicon::Match m;
  lex.add("GPU", 7);
  CHECK_FALSE(lex.match_at("GPU", 0, &m));  // nothing before freeze()
  CHECK_FALSE(lex.match_before("GPU", 3, &m));
  lex.add(long_word, 1);
  lex.add("GPU小时", 2);
  lex.add("gpu小时", 3);  // the same word, folded: the first payload stays
  lex.add("美元", 4);
  lex.add("美元", 5);
  lex.add("", 6);  // no word
  lex.freeze();
  check_at(lex, {
                    {long_word, 0, long_word.size(), 1},
                    {"It cost HUNDREDS OF MILLIONS OF DOLLARS", 8, long_word.size(), 1},
                    {"hundreds of millions of dollar", 0, 0, 0},
                    {"1万GPU小时", 4, 9, 2},
                    {"1万gpu小时。", 4, 9, 2},
                    {"1万GPU小", 4, 3, 7},
                    {"5美元", 1, 6, 4},
                    {"", 0, 0, 0},
                });
  check_before(lex, {
                        {"It cost HUNDREDS OF MILLIONS OF DOLLARS", 39, long_word.size(), 1},
                        {"1万GPU小时", 13, 9, 2},
                        {"5美元", 7, 6, 4},
                        {"", 0, 0, 0},
                    });
}
