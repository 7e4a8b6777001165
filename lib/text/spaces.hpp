// Spaces of every kind, as one: the ASCII space and the characters that fold to it (no-break
// U+00A0, U+2000–U+200A, narrow no-break U+202F, U+205F, ideographic U+3000). Text taken from
// web pages puts them where a writer typed a space ("$593&nbsp;billion", "5.6 million" with a
// thin space), so wherever the readers accept a space they accept any of these, and a claim's
// span keeps their bytes. Tabs are not spaces here; the callers that allow them say so.
#ifndef CLAIMCHECK_LIB_TEXT_SPACES_HPP
#define CLAIMCHECK_LIB_TEXT_SPACES_HPP

#include <cstddef>
#include <string_view>

namespace claimcheck::text {

// The byte length of the space at `pos`, 0 when there is none (or pos is past the end). The
// other spaces are matched by their bytes: C2 A0, E2 80 80..8A, E2 80 AF, E2 81 9F, E3 80 80
// (a test holds this to the folding table).
inline std::size_t space_length_at(std::string_view text, std::size_t pos) noexcept {
  if (pos >= text.size()) return 0;
  const auto b0 = static_cast<unsigned char>(text[pos]);
  if (b0 == ' ') return 1;
  // One range test first: every other space starts with C2, E2 or E3 (a Han character, E4..E9,
  // and ASCII fall outside it).
  if (b0 < 0xC2 || b0 > 0xE3 || (b0 != 0xC2 && b0 < 0xE2)) return 0;
  if (pos + 1 >= text.size()) return 0;
  const auto b1 = static_cast<unsigned char>(text[pos + 1]);
  if (b0 == 0xC2) return b1 == 0xA0 ? 2 : 0;
  if (pos + 2 >= text.size()) return 0;
  const auto b2 = static_cast<unsigned char>(text[pos + 2]);
  if (b0 == 0xE3) return b1 == 0x80 && b2 == 0x80 ? 3 : 0;
  if (b1 == 0x80) return (b2 >= 0x80 && b2 <= 0x8A) || b2 == 0xAF ? 3 : 0;
  return b1 == 0x81 && b2 == 0x9F ? 3 : 0;
}

// The byte length of the space ending at `end`, 0 when there is none (or end is 0).
inline std::size_t space_length_before(std::string_view text, std::size_t end) noexcept {
  if (end == 0 || end > text.size()) return 0;
  const auto last = static_cast<unsigned char>(text[end - 1]);
  if (last == ' ') return 1;
  if (last < 0x80 || last > 0xAF) return 0;  // every other space ends in 80..AF
  if (end >= 2 && space_length_at(text, end - 2) == 2) return 2;
  if (end >= 3 && space_length_at(text, end - 3) == 3) return 3;
  return 0;
}

// Past the spaces starting at `pos`.
inline std::size_t skip_spaces(std::string_view text, std::size_t pos) noexcept {
  for (std::size_t n; (n = space_length_at(text, pos)) != 0;) pos += n;
  return pos;
}

// Before the spaces ending at `end`.
inline std::size_t skip_spaces_back(std::string_view text, std::size_t end) noexcept {
  for (std::size_t n; (n = space_length_before(text, end)) != 0;) end -= n;
  return end;
}

}  // namespace claimcheck::text

#endif
