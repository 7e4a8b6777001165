// Longest-match word lookup, bucketed by the first or last character.
#include "claims/word_lexicon.hpp"

#include <algorithm>

namespace claimcheck {

namespace {

char fold(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Length of the UTF-8 sequence whose lead byte is `c` (1 for a stray continuation byte).
std::size_t sequence_length(char c) noexcept {
  const auto b = static_cast<unsigned char>(c);
  if (b < 0xC0) return 1;
  if (b < 0xE0) return 2;
  if (b < 0xF0) return 3;
  return 4;
}

// The character starting at `pos` packed into a key (ASCII folded).
std::uint32_t key_at(std::string_view s, std::size_t pos, std::size_t* length) {
  std::size_t n = sequence_length(s[pos]);
  if (pos + n > s.size()) n = 1;
  std::uint32_t key = 0;
  for (std::size_t i = 0; i < n; ++i) key = (key << 8) | static_cast<unsigned char>(fold(s[pos + i]));
  *length = n;
  return key;
}

// The character ending at `end` packed into a key (ASCII folded).
std::uint32_t key_before(std::string_view s, std::size_t end) {
  std::size_t b = end - 1;
  while (b > 0 && end - b < 4 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
  std::size_t n = 0;
  const std::uint32_t key = key_at(s, b, &n);
  return (b + n == end) ? key : static_cast<unsigned char>(fold(s[end - 1]));
}

bool equal_folded(std::string_view text, std::size_t pos, const std::string& word) {
  if (pos + word.size() > text.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (fold(text[pos + i]) != word[i]) return false;
  return true;
}

}  // namespace

void WordLexicon::add(std::string_view word, int payload) {
  if (word.empty()) return;
  std::string folded(word);
  for (char& c : folded) c = fold(c);
  auto insert = [&](std::vector<Entry>& bucket) {
    for (const auto& e : bucket)
      if (e.word == folded) return;
    bucket.push_back(Entry{folded, payload});
    std::stable_sort(bucket.begin(), bucket.end(),
                     [](const Entry& a, const Entry& b) { return a.word.size() > b.word.size(); });
  };
  std::size_t n = 0;
  insert(forward_[key_at(folded, 0, &n)]);
  insert(backward_[key_before(folded, folded.size())]);
}

bool WordLexicon::match_at(std::string_view text, std::size_t pos, Match* out, bool allow_plural) const {
  if (pos >= text.size()) return false;
  std::size_t n = 0;
  const auto it = forward_.find(key_at(text, pos, &n));
  if (it == forward_.end()) return false;
  for (const auto& e : it->second) {
    if (!equal_folded(text, pos, e.word)) continue;
    std::size_t length = e.word.size();
    const std::size_t after = pos + length;
    if (is_ascii_alnum(e.word.back()) && after < text.size() && is_ascii_alnum(text[after])) {
      const bool plural = allow_plural && (text[after] == 's' || text[after] == 'S') &&
                          (after + 1 == text.size() || !is_ascii_alnum(text[after + 1]));
      if (!plural) continue;
      ++length;
    }
    *out = Match{length, e.payload};
    return true;
  }
  return false;
}

bool WordLexicon::match_before(std::string_view text, std::size_t end, Match* out) const {
  if (end == 0 || end > text.size()) return false;
  const auto it = backward_.find(key_before(text, end));
  if (it == backward_.end()) return false;
  for (const auto& e : it->second) {
    if (e.word.size() > end) continue;
    const std::size_t begin = end - e.word.size();
    if (!equal_folded(text, begin, e.word)) continue;
    if (is_ascii_alnum(e.word.front()) && begin > 0 && is_ascii_alnum(text[begin - 1])) continue;
    *out = Match{e.word.size(), e.payload};
    return true;
  }
  return false;
}

}  // namespace claimcheck
