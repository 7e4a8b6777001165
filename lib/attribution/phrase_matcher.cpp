// The phrase trie.
#include "attribution/phrase_matcher.hpp"

#include <algorithm>
#include <array>

#include "text/ascii.hpp"

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
bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// The four bytes at p as one number, the first in the low byte (one load, where bytes are so in
// memory).
std::uint32_t first_bytes(const unsigned char* p) {
  return static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8 |
         static_cast<std::uint32_t>(p[2]) << 16 | static_cast<std::uint32_t>(p[3]) << 24;
}

}  // namespace

PhraseMatcher::PhraseMatcher()
    : cells_(kRootCells),
      phrase_(kRootCells, kNoPhrase),
      first_child_(kRootCells, kNoByte),
      next_sibling_(kRootCells, kNoByte),
      used_per_block_((kRootCells + 63) / 64, 0) {
  cells_[0].base = 1;
  for (int c = 0; c < 256; ++c) first_[c] = is_word_byte(static_cast<unsigned char>(c)) ? kWordOnly : 0;
}

std::uint32_t PhraseMatcher::child(std::uint32_t cell, unsigned char byte) const {
  const std::uint32_t to = cells_[cell].base + byte;
  return cells_[to].check == cell ? to : 0;
}

void PhraseMatcher::take(std::uint32_t cell, std::uint32_t parent) {
  cells_[cell].check = parent;
  ++used_per_block_[cell >> 6];
}

void PhraseMatcher::release(std::uint32_t cell) {
  cells_[cell] = Cell{};
  first_free_ = std::min(first_free_, cell);
  phrase_[cell] = kNoPhrase;
  first_child_[cell] = next_sibling_[cell] = kNoByte;
  --used_per_block_[cell >> 6];
}

// The first base past the root's cells at which every one of the `count` bytes at `bytes` (the
// least of them `low`) lands on a free cell; the arrays grow so that any byte from that base stays
// inside them.
std::uint32_t PhraseMatcher::free_base(const unsigned char* bytes, std::size_t count, unsigned char low) {
  const auto used = [&](std::uint32_t cell) { return cell < cells_.size() && cells_[cell].check != kFree; };
  const auto next_free = [&](std::uint32_t cell) {
    while (used(cell)) {
      const bool full_block = (cell & 63) == 0 && used_per_block_[cell >> 6] == 64;
      cell += full_block ? 64 : 1;
    }
    return cell;
  };
  first_free_ = next_free(first_free_);
  for (std::uint32_t cell = first_free_;; cell = next_free(cell + 1)) {
    const std::uint32_t base = cell - low;
    const bool fits = std::all_of(bytes, bytes + count, [&](unsigned char b) {
      return base + b >= cells_.size() || cells_[base + b].check == kFree;
    });
    if (!fits) continue;
    if (cells_.size() < base + 256u) {
      const std::size_t size = base + 256u;
      cells_.resize(size);
      phrase_.resize(size, kNoPhrase);
      first_child_.resize(size, kNoByte);
      next_sibling_.resize(size, kNoByte);
      used_per_block_.resize((size + 63) / 64, 0);
    }
    return base;
  }
}

// A new child of `parent` by `byte`: in its cell if that is free, else with all its siblings
// moved to a base where they all fit (their own children then name the new cells).
std::uint32_t PhraseMatcher::add_child(std::uint32_t parent, unsigned char byte) {
  if (parent == 0) {
    take(1u + byte, 0);
    return 1u + byte;
  }
  const std::uint32_t old_base = cells_[parent].base;
  if (old_base == 0 || old_base + byte < kRootCells || cells_[old_base + byte].check != kFree) {
    std::array<unsigned char, 256> bytes;  // the children's bytes, the new one last
    std::size_t moved = 0;
    unsigned char low = byte;
    for (std::uint16_t b = first_child_[parent]; b != kNoByte; b = next_sibling_[old_base + b]) {
      bytes[moved++] = static_cast<unsigned char>(b);
      low = std::min(low, static_cast<unsigned char>(b));
    }
    bytes[moved] = byte;
    const std::uint32_t base = free_base(bytes.data(), moved + 1, low);
    for (std::size_t k = 0; k < moved; ++k) {
      const std::uint32_t from = old_base + bytes[k], to = base + bytes[k];
      take(to, parent);
      cells_[to].base = cells_[from].base;
      phrase_[to] = phrase_[from];
      first_child_[to] = first_child_[from];
      next_sibling_[to] = next_sibling_[from];
      for (std::uint16_t b = first_child_[from]; b != kNoByte; b = next_sibling_[cells_[from].base + b])
        cells_[cells_[from].base + b].check = to;
      release(from);
    }
    cells_[parent].base = base;
  }
  const std::uint32_t cell = cells_[parent].base + byte;
  take(cell, parent);
  next_sibling_[cell] = first_child_[parent];
  first_child_[parent] = byte;
  return cell;
}

// Sets the bits of the characters of three bytes (a lead E0..EF and two continuation bytes) that
// `phrase` may start with: its first character, or every one its first byte or two begin.
void PhraseMatcher::mark_three_byte_start(std::string_view phrase) {
  const auto* p = reinterpret_cast<const unsigned char*>(phrase.data());
  if ((p[0] & 0xF0) != 0xE0) return;
  // (the continuation bytes the phrase fixes, or all of them after a phrase that ends sooner)
  const auto from = [&](std::size_t k) -> std::uint32_t { return phrase.size() > k ? p[k] : 0x80; };
  const auto to = [&](std::size_t k) -> std::uint32_t { return phrase.size() > k ? p[k] + 1u : 0xC0; };
  for (std::uint32_t b1 = from(1); b1 < to(1) && is_continuation(static_cast<unsigned char>(b1)); ++b1)
    for (std::uint32_t b2 = from(2); b2 < to(2) && is_continuation(static_cast<unsigned char>(b2)); ++b2)
      three_byte_starts_[three_row(p[0] | b1 << 8 | b2 << 16)] |= std::uint64_t{1} << (b2 & 0x3F);
}

std::uint32_t PhraseMatcher::add(std::string_view phrase) {
  if (phrase.empty()) return kNoPhrase;
  std::uint32_t cell = 0;
  for (const char c : phrase) {
    const unsigned char b = fold(static_cast<unsigned char>(c));
    const std::uint32_t next = child(cell, b);
    cell = next != 0 ? next : add_child(cell, b);
  }
  // (the first byte in either case, unless no character starts with it)
  const unsigned char front = fold(static_cast<unsigned char>(phrase.front()));
  if (!is_continuation(front)) {
    std::uint32_t value = 1u + front;
    if ((front & 0xF0) == 0xE0) {
      if (phrase.size() < 3) short_three_leads_ |= 1u << (front & 0x0F);
      if (((short_three_leads_ >> (front & 0x0F)) & 1u) == 0) value |= kLeadOfThree;
    }
    first_[front] = static_cast<std::uint16_t>(value);
    if (front >= 'a' && front <= 'z') first_[front - 'a' + 'A'] = first_[front];
  }
  mark_three_byte_start(phrase);
  longest_ = std::max(longest_, phrase.size());
  std::uint32_t& last = phrase_[cell];
  if (last == kNoPhrase) last = phrases_++ | (is_word_byte(static_cast<unsigned char>(phrase.back())) ? kWordEnd : 0u);
  return last & ~kWordEnd;
}

void PhraseMatcher::find_all(std::string_view text, std::vector<PhraseMatch>* out, std::size_t offset) const {
  const auto* const begin = reinterpret_cast<const unsigned char*>(text.data());
  const auto* const end = begin + text.size();
  const auto* const four_end = end - std::min<std::size_t>(text.size(), 3);  // four bytes fit before it
  const auto* const walk_end = end - std::min(text.size(), longest_);  // no phrase from before it
                                                                       // reaches the end
  const Cell* const cells = cells_.data();
  const std::uint32_t* const phrases = phrase_.data();
  // Each turn starts at a word edge (before p is no ASCII letter or digit, or at p is none), so
  // a phrase that starts with a letter or digit may match there.
  const unsigned char* p = begin;
  while (p != end) {
    std::uint32_t first = first_[*p];
    std::size_t at;  // where the walk starts: the cell of the bytes [p, q)
    const unsigned char* q;
    if (first == 0) {  // starts nothing, ends no word
      ++p;
      continue;
    }
    if ((first & kLeadOfThree) != 0) {
      // Step over the characters of three bytes (most Han) that start nothing, up to one that
      // may start a phrase or any other byte.
      std::uint32_t bytes = 0;
      bool starts = false;
      while (p < four_end) {
        bytes = first_bytes(p);
        if ((bytes & 0xC0C0F0u) != 0x8080E0u) break;  // no such character
        if (starts_three(bytes)) {
          starts = true;
          break;
        }
        p += 3;
      }
      first = p == end ? 0 : first_[*p];
      if (starts && (first & kLeadOfThree) != 0) {
        // A phrase starts with the character and none with its lead alone or its first two
        // bytes: the walk starts after it, from cells sure to be there.
        at = cells[cells[first & kCellMask].base + ((bytes >> 8) & 0xFF)].base + ((bytes >> 16) & 0xFF);
        q = p + 3;
      } else {
        // Any other byte is for the next turn; a lead cut short or ill-formed, or that a phrase
        // of one or two bytes starts with, for the trie.
        if (p == end || (*p & 0xF0) != 0xE0) continue;
        if ((first & kCellMask) == 0) {
          ++p;
          continue;
        }
        at = first & kCellMask;
        q = p + 1;
      }
    } else if (first == kWordOnly) {  // a word that starts nothing, nor does its inside
      do ++p;
      while (p != end && is_word_byte(*p));
      continue;
    } else {
      at = first;
      q = p + 1;
    }
    // Walk the trie as far as the text follows it, keeping the longest phrase that ends at a
    // word edge. (Far enough from the end, no phrase reaches it: the walk need not test for it.)
    const unsigned char* best_end = nullptr;
    std::uint32_t best = kNoPhrase;
    if (p < walk_end) {
      for (;; ++q) {
        const std::uint32_t phrase = phrases[at];
        if (phrase != kNoPhrase && ((phrase & kWordEnd) == 0 || !is_word_byte(*q))) {
          best = phrase;
          best_end = q;
        }
        const std::size_t next = cells[at].base + fold(*q);
        if (cells[next].check != at) break;
        at = next;
      }
    } else {
      for (;; ++q) {
        const std::uint32_t phrase = phrases[at];
        if (phrase != kNoPhrase && ((phrase & kWordEnd) == 0 || q == end || !is_word_byte(*q))) {
          best = phrase;
          best_end = q;
        }
        if (q == end) break;
        const std::size_t next = cells[at].base + fold(*q);
        if (cells[next].check != at) break;
        at = next;
      }
    }
    if (best_end != nullptr) {
      out->push_back({offset + static_cast<std::size_t>(p - begin), offset + static_cast<std::size_t>(best_end - begin),
                      best & ~kWordEnd});
      p = best_end;  // a word edge: the phrase ends with no letter or digit, or before none
    } else if (is_word_byte(*p)) {  // nothing starts inside the word either
      do ++p;
      while (p != end && is_word_byte(*p));
    } else {
      ++p;
    }
  }
}

}  // namespace claimcheck
