// The phrase trie.
#include "attribution/phrase_matcher.hpp"

#include <algorithm>
#include <array>

#include "text/ascii.hpp"
#include "text/utf8.hpp"

namespace claimcheck {

namespace {

// Per byte: whether it is an ASCII letter or digit.
struct ByteTables {
  std::array<bool, 256> word{};
  constexpr ByteTables() {
    for (int c = 0; c < 256; ++c) word[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
};
constexpr ByteTables kBytes;

unsigned char fold(unsigned char c) { return text::ascii_lower(c); }
bool is_word_byte(unsigned char c) { return kBytes.word[c]; }

// A 16-bit hash of three folded bytes.
std::uint32_t start_hash(unsigned char a, unsigned char b, unsigned char c) {
  return ((static_cast<std::uint32_t>(fold(a)) * 251u + fold(b)) * 251u + fold(c)) & 0xFFFFu;
}

}  // namespace

PhraseMatcher::PhraseMatcher() : nodes_(1) {}

std::uint32_t PhraseMatcher::add(std::string_view phrase) {
  if (phrase.empty()) return kNoPhrase;
  std::uint32_t node = 0;
  for (std::size_t i = 0; i < phrase.size(); ++i) {
    const unsigned char b = fold(static_cast<unsigned char>(phrase[i]));
    std::uint32_t next = node == 0 ? root_[b] : child(node, b);
    if (next == 0) {
      next = static_cast<std::uint32_t>(nodes_.size());
      nodes_.emplace_back();
      if (node == 0) {
        root_[b] = next;
      } else {
        auto& children = nodes_[node].children;
        children.insert(std::lower_bound(children.begin(), children.end(), std::make_pair(b, 0u)),
                        std::make_pair(b, next));
        if (nodes_[node].dense == kNoPhrase && children.size() > 8) {
          nodes_[node].dense = static_cast<std::uint32_t>(dense_.size());
          dense_.emplace_back();
          dense_.back().fill(0);
        }
        if (nodes_[node].dense != kNoPhrase)
          for (const auto& [byte, to] : children) dense_[nodes_[node].dense][byte] = to;
      }
    }
    node = next;
  }
  const auto* p = reinterpret_cast<const unsigned char*>(phrase.data());
  if (phrase.size() < 3) {
    short_start_[fold(p[0])] = true;
  } else {
    const std::uint32_t h = start_hash(p[0], p[1], p[2]);
    start_filter_[h >> 6] |= std::uint64_t{1} << (h & 63);
  }
  Node& last = nodes_[node];
  if (last.phrase == kNoPhrase) {
    last.phrase = phrases_++;
    last.word_end = is_word_byte(static_cast<unsigned char>(phrase.back()));
    word_start_.push_back(is_word_byte(static_cast<unsigned char>(phrase.front())));
  }
  return last.phrase;
}

std::uint32_t PhraseMatcher::child(std::uint32_t node, unsigned char byte) const {
  const Node& here = nodes_[node];
  if (here.dense != kNoPhrase) return dense_[here.dense][byte];
  // At most eight children, sorted: a straight walk beats a binary search.
  for (const auto& [b, to] : here.children) {
    if (b >= byte) return b == byte ? to : 0;
  }
  return 0;
}

void PhraseMatcher::find_all(std::string_view text, std::vector<PhraseMatch>* out) const {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    // Inside an ASCII word nothing starts: a phrase starting with a letter or digit needs a word edge.
    if (i > 0 && is_word_byte(s[i]) && is_word_byte(s[i - 1])) {
      do ++i;
      while (i < n && is_word_byte(s[i]));
      continue;
    }
    bool may_start = short_start_[fold(s[i])];
    if (!may_start && i + 2 < n) {
      const std::uint32_t h = start_hash(s[i], s[i + 1], s[i + 2]);
      may_start = (start_filter_[h >> 6] >> (h & 63)) & 1u;
    }
    if (!may_start) {
      i += text::char_length_at(text, i);
      continue;
    }
    std::uint32_t node = root_[fold(s[i])];
    std::size_t best_end = 0;
    std::uint32_t best = kNoPhrase;
    const bool at_word_edge = i == 0 || !is_word_byte(s[i - 1]) || !is_word_byte(s[i]);
    for (std::size_t j = i + 1; node != 0; ++j) {
      const Node& here = nodes_[node];
      if (here.phrase != kNoPhrase && (at_word_edge || !word_start_[here.phrase]) &&
          (!here.word_end || j == n || !is_word_byte(s[j]))) {
        best = here.phrase;
        best_end = j;
      }
      if (j == n) break;
      node = child(node, fold(s[j]));
    }
    if (best != kNoPhrase) {
      out->push_back({i, best_end, best});
      i = best_end;
      continue;
    }
    // Next character start.
    ++i;
    while (i < n && (s[i] & 0xC0) == 0x80) ++i;
  }
}

}  // namespace claimcheck
