// Longest-match word lookup over a flat open-addressing table keyed by one character.
#include "claims/word_lexicon.hpp"

#include <algorithm>
#include <map>

#include "text/spaces.hpp"

namespace claimcheck {

namespace {

inline char fold(char c) noexcept { return text::ascii_lower(c); }

// Length of the UTF-8 sequence whose lead byte is `c` (1 for a stray continuation byte).
inline std::size_t sequence_length(char c) noexcept {
  const auto b = static_cast<unsigned char>(c);
  if (b < 0xC0) return 1;
  if (b < 0xE0) return 2;
  if (b < 0xF0) return 3;
  return 4;
}

// The character starting at `pos` packed into a key (ASCII folded); never 0 for a non-NUL byte.
inline std::uint32_t key_at(std::string_view s, std::size_t pos, std::size_t* length) noexcept {
  std::size_t n = sequence_length(s[pos]);
  if (pos + n > s.size()) n = 1;
  std::uint32_t key = 0;
  for (std::size_t i = 0; i < n; ++i) key = (key << 8) | static_cast<unsigned char>(fold(s[pos + i]));
  *length = n;
  return key;
}

// The character ending at `end` packed into a key (ASCII folded).
inline std::uint32_t key_before(std::string_view s, std::size_t end) noexcept {
  std::size_t b = end - 1;
  while (b > 0 && end - b < 4 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
  std::size_t n = 0;
  const std::uint32_t key = key_at(s, b, &n);
  return (b + n == end) ? key : static_cast<unsigned char>(fold(s[end - 1]));
}

inline std::uint32_t slot_of(std::uint32_t key, std::size_t mask) noexcept {
  return static_cast<std::uint32_t>((key * 2654435761u) >> 7) & static_cast<std::uint32_t>(mask);
}

// The length of `word` held by `text` at `pos` (ASCII folded; a space of the word matches a
// space of any kind), 0 when it is not there.
inline std::size_t match_folded(std::string_view text, std::size_t pos, const std::string& word) noexcept {
  std::size_t p = pos;
  for (const char c : word) {
    if (p < text.size() && fold(text[p]) == c) {
      ++p;
    } else if (const std::size_t n = c == ' ' ? text::space_length_at(text, p) : 0; n != 0) {
      p += n;
    } else {
      return 0;
    }
  }
  return p - pos;
}

// The same, for `word` ending at `end`: the length held, 0 when it is not there.
inline std::size_t match_folded_before(std::string_view text, std::size_t end, const std::string& word) noexcept {
  std::size_t p = end;
  for (auto it = word.rbegin(); it != word.rend(); ++it) {
    if (p > 0 && fold(text[p - 1]) == *it) {
      --p;
    } else if (const std::size_t n = *it == ' ' ? text::space_length_before(text, p) : 0; n != 0) {
      p -= n;
    } else {
      return 0;
    }
  }
  return end - p;
}

}  // namespace

void WordLexicon::add(std::string_view word, int payload) {
  if (word.empty()) return;
  std::string folded(word);
  for (char& c : folded) c = fold(c);
  for (const auto& w : words_)
    if (w.text == folded) return;
  words_.push_back(Word{std::move(folded), payload});
}

void WordLexicon::build(Index* index, bool by_last) const {
  std::map<std::uint32_t, std::vector<std::uint32_t>> buckets;
  for (std::uint32_t i = 0; i < words_.size(); ++i) {
    const std::string& w = words_[i].text;
    std::size_t n = 0;
    buckets[by_last ? key_before(w, w.size()) : key_at(w, 0, &n)].push_back(i);
  }
  std::size_t size = 8;
  while (size < buckets.size() * 2) size *= 2;
  index->slots.assign(size, Slot{});
  index->entries.clear();
  for (auto& row : index->pairs) row = 0;
  for (const Word& word : words_) {
    const std::string& w = word.text;  // already folded
    const auto first = static_cast<unsigned char>(by_last ? w.back() : w.front());
    if (w.size() == 1) {
      index->pairs[first & 63u] = ~std::uint64_t{0};
    } else {
      const auto second = static_cast<unsigned char>(by_last ? w[w.size() - 2] : w[1]);
      // a space stands for any space, whose bytes differ: let every second byte through
      index->pairs[first & 63u] |= second == ' ' ? ~std::uint64_t{0} : std::uint64_t{1} << (second & 63u);
    }
  }
  for (auto& [key, list] : buckets) {
    std::stable_sort(list.begin(), list.end(), [this](std::uint32_t a, std::uint32_t b) {
      return words_[a].text.size() > words_[b].text.size();
    });
    std::uint32_t s = slot_of(key, size - 1);
    while (index->slots[s].key != 0) s = (s + 1) & static_cast<std::uint32_t>(size - 1);
    index->slots[s] = Slot{key, static_cast<std::uint32_t>(index->entries.size()),
                           static_cast<std::uint32_t>(list.size())};
    index->entries.insert(index->entries.end(), list.begin(), list.end());
  }
}

void WordLexicon::freeze() {
  build(&forward_, false);
  build(&backward_, true);
}

const WordLexicon::Slot* WordLexicon::Index::find(std::uint32_t key) const {
  if (slots.empty() || key == 0) return nullptr;
  const std::size_t mask = slots.size() - 1;
  for (std::uint32_t s = slot_of(key, mask);; s = (s + 1) & static_cast<std::uint32_t>(mask)) {
    const Slot& slot = slots[s];
    if (slot.key == key) return &slot;
    if (slot.key == 0) return nullptr;
  }
}

bool WordLexicon::match_at_slow(std::string_view text, std::size_t pos, Match* out, bool allow_plural) const {
  if (pos >= text.size()) return false;
  std::size_t n = 0;
  const Slot* slot = forward_.find(key_at(text, pos, &n));
  if (!slot) return false;
  for (std::uint32_t i = slot->first; i < slot->first + slot->count; ++i) {
    const Word& w = words_[forward_.entries[i]];
    std::size_t length = match_folded(text, pos, w.text);
    if (length == 0) continue;
    const std::size_t after = pos + length;
    if (is_ascii_alnum(w.text.back()) && after < text.size() && is_ascii_alnum(text[after])) {
      const bool plural = allow_plural && (text[after] == 's' || text[after] == 'S') &&
                          (after + 1 == text.size() || !is_ascii_alnum(text[after + 1]));
      if (!plural) continue;
      ++length;
    }
    *out = Match{length, w.payload};
    return true;
  }
  return false;
}

bool WordLexicon::match_before_slow(std::string_view text, std::size_t end, Match* out) const {
  if (end == 0 || end > text.size()) return false;
  const Slot* slot = backward_.find(key_before(text, end));
  if (!slot) return false;
  for (std::uint32_t i = slot->first; i < slot->first + slot->count; ++i) {
    const Word& w = words_[backward_.entries[i]];
    const std::size_t length = match_folded_before(text, end, w.text);
    if (length == 0) continue;
    const std::size_t begin = end - length;
    if (is_ascii_alnum(w.text.front()) && begin > 0 && is_ascii_alnum(text[begin - 1])) continue;
    *out = Match{length, w.payload};
    return true;
  }
  return false;
}

}  // namespace claimcheck
