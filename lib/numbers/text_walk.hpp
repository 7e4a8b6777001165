// Small helpers the number readers share for walking folded characters and ASCII words.
#ifndef CLAIMCHECK_LIB_NUMBERS_TEXT_WALK_HPP
#define CLAIMCHECK_LIB_NUMBERS_TEXT_WALK_HPP

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "text/fold.hpp"
#include "text/spaces.hpp"

namespace claimcheck::numbers {

inline bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
inline bool is_ascii_letter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }

// The folded character at pos, or U'\0' past the end.
inline char32_t cp_at(std::string_view text, std::size_t pos) {
  return pos < text.size() ? text::folded_at(text, pos).code_point : U'\0';
}

// The start of the character after the one at pos; pos itself at or past the end.
inline std::size_t after_char(std::string_view text, std::size_t pos) {
  return pos < text.size() ? pos + text::folded_at(text, pos).length : pos;
}

// Past any spaces (ASCII, no-break, thin, ideographic: see text/spaces.hpp).
using text::skip_spaces;
using text::space_length_at;

// Past spaces and ASCII hyphens: "twenty-one", "twenty one", "percentage-point".
inline std::size_t skip_spaces_and_hyphens(std::string_view text, std::size_t pos) {
  for (;;) {
    pos = skip_spaces(text, pos);
    if (pos >= text.size() || text[pos] != '-') return pos;
    ++pos;
  }
}

// Per byte: the lower-case form of an ASCII letter, 0 for every other byte.
struct AsciiLowerTable {
  char at[256] = {};
  constexpr AsciiLowerTable() {
    for (int c = 'a'; c <= 'z'; ++c) at[c] = static_cast<char>(c);
    for (int c = 'A'; c <= 'Z'; ++c) at[c] = static_cast<char>(c - 'A' + 'a');
  }
};
inline constexpr AsciiLowerTable kAsciiLower;

// Lower-cases the ASCII word at `pos` into `buf` (at most `cap` - 1 letters); returns its
// length in bytes, 0 when there is no letter or the word is too long.
inline std::size_t lower_ascii_word(std::string_view text, std::size_t pos, char* buf, std::size_t cap) {
  const std::size_t avail = pos < text.size() ? text.size() - pos : 0;
  const char* s = text.data() + pos;
  std::size_t n = 0;
  while (n < avail) {
    const char c = kAsciiLower.at[static_cast<unsigned char>(s[n])];
    if (c == 0) break;
    if (n + 1 >= cap) return 0;
    buf[n++] = c;
  }
  buf[n] = '\0';
  return n;
}

// True when the ASCII word at pos is `word` (case-insensitive) and ends there. The first
// letter is tested inline: most calls end there.
bool ascii_word_is_slow(std::string_view text, std::size_t pos, const char* word);
inline bool ascii_word_is(std::string_view text, std::size_t pos, const char* word) {
  if (pos >= text.size() || (static_cast<unsigned char>(text[pos]) | 0x20) != static_cast<unsigned char>(word[0]))
    return false;
  return ascii_word_is_slow(text, pos, word);
}

// The length of the first of `words` that is the ASCII word at `pos` (as ascii_word_is), or 0.
inline std::size_t ascii_word_among(std::string_view text, std::size_t pos, std::initializer_list<const char*> words) {
  for (const char* w : words)
    if (ascii_word_is(text, pos, w)) return std::char_traits<char>::length(w);
  return 0;
}

// The end of the run of three-byte characters (all of Han, most of the BMP) starting at `pos`
// whose code points have no bit in `bits` (a bit per code point of the BMP, 1024 words); `pos`
// itself when none starts there. A character is three bytes here when a lead E0..EF is followed
// by two continuation bytes; its code point is then taken from the bytes as they stand.
//
// The Han text between numbers is walked by this loop, so it tests the shape of a character and
// finds its bit with a few operations on the bytes: with the lead's high nibble and the
// continuations' top bits cleared by an exclusive or, the remaining bits are the bitset's word
// index and bit number.
inline std::size_t skip_three_byte_run_outside(std::string_view text, std::size_t pos, const std::uint64_t* bits) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  while (pos + 2 < n) {
    const unsigned x0 = s[pos] ^ 0xE0u;      // < 0x10 for a lead E0..EF
    const unsigned x1 = s[pos + 1] ^ 0x80u;  // < 0x40 for a continuation byte
    const unsigned x2 = s[pos + 2] ^ 0x80u;
    if (((x0 & 0xF0u) | ((x1 | x2) & 0xC0u)) != 0) break;
    if ((bits[(x0 << 6) | x1] >> x2) & 1) break;
    pos += 3;
  }
  return pos;
}

// Matches `word` (folded Simplified, e.g. "个百分点") at `pos`, allowing ASCII spaces between
// its characters when `spaced`. Returns the end, or `pos` when it does not match.
std::size_t match_folded_slow(std::string_view text, std::size_t pos, std::u32string_view word, bool spaced);
inline std::size_t match_folded(std::string_view text, std::size_t pos, std::u32string_view word, bool spaced) {
  // An ASCII byte folds to itself: it never starts a word that begins beyond ASCII.
  if (pos < text.size() && static_cast<unsigned char>(text[pos]) < 0x80 && !word.empty() && word[0] >= 0x80)
    return pos;
  return match_folded_slow(text, pos, word, spaced);
}

}  // namespace claimcheck::numbers

#endif
