// The phrase matcher: leftmost-longest matches, ASCII case, word edges and ill-formed bytes, by
// table and against a plain search over random phrases and texts.
#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "attribution/phrase_matcher.hpp"

using claimcheck::PhraseMatch;
using claimcheck::PhraseMatcher;

namespace {

unsigned char lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c + 32) : c; }
bool is_word(unsigned char c) { return (c >= '0' && c <= '9') || (lower(c) >= 'a' && lower(c) <= 'z'); }

// The matched texts, each with the phrase it matched as added.
std::vector<std::pair<std::string, std::string>> matched(const std::vector<std::string>& phrases,
                                                         std::string_view text) {
  PhraseMatcher matcher;
  std::vector<std::string> by_id;
  for (const std::string& p : phrases) {
    const std::uint32_t id = matcher.add(p);
    if (id >= by_id.size()) by_id.resize(id + 1);
    if (by_id[id].empty()) by_id[id] = p;
  }
  std::vector<PhraseMatch> matches;
  matcher.find_all(text, &matches);
  std::vector<std::pair<std::string, std::string>> out;
  for (const PhraseMatch& m : matches)
    out.emplace_back(std::string(text.substr(m.begin, m.end - m.begin)), by_id.at(m.phrase));
  return out;
}

// What find_all promises, searched for plainly: at each byte that is no continuation byte and not
// inside an ASCII word, the longest phrase (ASCII case aside) that ends at a word edge if it ends
// with a letter or digit; after a match, on from its end.
std::vector<PhraseMatch> plain_search(const std::vector<std::pair<std::string, std::uint32_t>>& phrases,
                                      std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::vector<PhraseMatch> out;
  for (std::size_t i = 0; i < n;) {
    if ((s[i] & 0xC0) == 0x80 || (i > 0 && is_word(s[i - 1]) && is_word(s[i]))) {
      ++i;
      continue;
    }
    std::size_t best_end = 0;
    std::uint32_t best = PhraseMatcher::kNoPhrase;
    for (const auto& [phrase, id] : phrases) {
      const std::size_t end = i + phrase.size();
      if (end > n || end <= best_end) continue;
      bool same = true;
      for (std::size_t k = 0; same && k < phrase.size(); ++k)
        same = lower(s[i + k]) == lower(static_cast<unsigned char>(phrase[k]));
      if (same && (!is_word(static_cast<unsigned char>(phrase.back())) || end == n || !is_word(s[end]))) {
        best_end = end;
        best = id;
      }
    }
    if (best == PhraseMatcher::kNoPhrase) {
      ++i;
    } else {
      out.push_back({i, best_end, best});
      i = best_end;
    }
  }
  return out;
}

using Matches = std::vector<std::pair<std::string, std::string>>;

}  // namespace

TEST_CASE("phrase matcher: leftmost-longest, ASCII case, word edges", "[phrase_matcher]") {
  const std::vector<std::string> phrases = {
      "Meta", "Meta Platforms", "Scale AI", "AI", "S&P 500", "GPT-4", "GPT-4o", "vs", "vs.", "，",
      "市值", "市值为", "人", "英伟达", "Nvidia", "market cap", "market cap of", "ASML"};
  struct Row {
    std::string text;
    Matches expected;
  };
  const std::vector<Row> table = {
      {"", {}},
      {"Meta", {{"Meta", "Meta"}}},
      {"META PLATFORMS said", {{"META PLATFORMS", "Meta Platforms"}}},
      {"meta platformsx", {{"meta", "Meta"}}},  // the longer one would end inside a word
      {"Metaverse", {}},
      {"xMeta 2Meta", {}},  // nor start inside one
      {"(Meta)", {{"Meta", "Meta"}}},
      {"Scale AI and AI", {{"Scale AI", "Scale AI"}, {"AI", "AI"}}},
      {"ScaleAI", {}},
      {"S&P 500 fell", {{"S&P 500", "S&P 500"}}},
      {"S&P 5000", {}},
      {"GPT-4o, GPT-4 and GPT-4oo", {{"GPT-4o", "GPT-4o"}, {"GPT-4", "GPT-4"}}},
      {"vs. vs vsx vs.x", {{"vs.", "vs."}, {"vs", "vs"}, {"vs.", "vs."}}},
      {"Nvidia market cap of 3", {{"Nvidia", "Nvidia"}, {"market cap of", "market cap of"}}},
      {"market capital", {}},
      {"英伟达市值为3万亿", {{"英伟达", "英伟达"}, {"市值为", "市值为"}}},
      {"市值人，市", {{"市值", "市值"}, {"人", "人"}, {"，", "，"}}},
      {"1，2", {{"，", "，"}}},  // (between digits: the caller's to tell)
      {"人人", {{"人", "人"}, {"人", "人"}}},
      {"ASML人ASML", {{"ASML", "ASML"}, {"人", "人"}, {"ASML", "ASML"}}},
      // Ill-formed bytes hide no character after them.
      {"\xE4，", {{"，", "，"}}},
      {"\xE4\xB8，人", {{"，", "，"}, {"人", "人"}}},
      {"\x80\x80市值", {{"市值", "市值"}}},
      {"市值\xE5", {{"市值", "市值"}}},
      {"\xE5\xB8", {}},
  };
  for (const Row& row : table) {
    CAPTURE(row.text);
    CHECK(matched(phrases, row.text) == row.expected);
  }
}

TEST_CASE("phrase matcher: ids", "[phrase_matcher]") {
  PhraseMatcher matcher;
  CHECK(matcher.add("") == PhraseMatcher::kNoPhrase);
  const std::uint32_t meta = matcher.add("Meta");
  const std::uint32_t han = matcher.add("市值");
  CHECK(meta != han);
  CHECK(matcher.add("META") == meta);
  CHECK(matcher.add("meta") == meta);
  CHECK(matcher.add("市值") == han);
  CHECK(matcher.add("Met") != meta);
}

TEST_CASE("phrase matcher: spans in a larger text", "[phrase_matcher]") {
  PhraseMatcher matcher;
  const std::uint32_t meta = matcher.add("Meta");
  const std::string_view text = "Nvidia. Meta rose.";
  std::vector<PhraseMatch> matches;
  matcher.find_all(text.substr(8), &matches, 8);
  REQUIRE(matches.size() == 1);
  CHECK(matches[0].begin == 8);
  CHECK(matches[0].end == 12);
  CHECK(matches[0].phrase == meta);
}

TEST_CASE("phrase matcher: a phrase of one or two bytes of a Han character", "[phrase_matcher]") {
  // (no well-formed UTF-8, but bytes all the same)
  CHECK(matched({"\xE5\xB8", "市值"}, "市值") == Matches{{"市值", "市值"}});
  CHECK(matched({"\xE5\xB8", "市值"}, "市场") == Matches{{"\xE5\xB8", "\xE5\xB8"}});
  CHECK(matched({"\xE5", "市值"}, "帅") == Matches{{"\xE5", "\xE5"}});
  CHECK(matched({"\xE5\xB8\x82"}, "市") == Matches{{"市", "\xE5\xB8\x82"}});
}

TEST_CASE("phrase matcher: agrees with a plain search", "[phrase_matcher]") {
  // Phrases and texts from a few pieces: letters in both cases, digits, spaces, punctuation,
  // Han characters sharing their leading bytes, and bytes that are no UTF-8.
  const std::vector<std::string> pieces = {
      "a",  "A",  "b", "B", "z", "0", "7", " ",  "-",  ".",  "&", "，", "。", "市", "场", "值", "帅", "人",
      "中", "文", "é", "😀", "\xE5", "\xE5\xB8", "\xE4", "\x80", "\xBF", "ab", "AB", "a1", "1a", "vs", "Meta"};
  std::mt19937 random(20250131);
  const auto piece = [&] { return pieces[random() % pieces.size()]; };
  for (int round = 0; round < 300; ++round) {
    PhraseMatcher matcher;
    std::vector<std::pair<std::string, std::uint32_t>> phrases;
    const int count = 1 + static_cast<int>(random() % (round % 10 == 0 ? 200 : 12));
    for (int k = 0; k < count; ++k) {
      std::string phrase;
      for (int parts = 1 + static_cast<int>(random() % 4); parts > 0; --parts) phrase += piece();
      while (!phrase.empty() && (static_cast<unsigned char>(phrase[0]) & 0xC0) == 0x80) phrase.erase(0, 1);
      if (phrase.empty()) continue;
      phrases.emplace_back(phrase, matcher.add(phrase));
    }
    for (int t = 0; t < 20; ++t) {
      std::string text;
      for (int parts = static_cast<int>(random() % 40); parts > 0; --parts)
        text += random() % 3 == 0 && !phrases.empty() ? phrases[random() % phrases.size()].first : piece();
      std::vector<PhraseMatch> found;
      matcher.find_all(text, &found);
      const std::vector<PhraseMatch> expected = plain_search(phrases, text);
      CAPTURE(round, t, text);
      REQUIRE(found.size() == expected.size());
      for (std::size_t k = 0; k < found.size(); ++k) {
        CHECK(found[k].begin == expected[k].begin);
        CHECK(found[k].end == expected[k].end);
        CHECK(found[k].phrase == expected[k].phrase);
      }
    }
  }
}
