// UTF-8 walking and validation over the caller's bytes, without copying them.
#ifndef CLAIMCHECK_LIB_TEXT_UTF8_HPP
#define CLAIMCHECK_LIB_TEXT_UTF8_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace claimcheck::text {

// One decoded character: its code point and how many bytes it takes. An ill-formed sequence
// decodes as kInvalidCodePoint with length 1, so a walk always advances.
struct DecodedChar {
  char32_t code_point = 0;
  std::uint32_t length = 0;
};

inline constexpr char32_t kInvalidCodePoint = 0xFFFFFFFF;

// A control character (Unicode category Cc): C0 U+0000–U+001F, DEL and C1 U+0080–U+009F.
inline constexpr bool is_control(char32_t c) noexcept { return c < 0x20 || (c >= 0x7F && c < 0xA0); }

// The character starting at byte `pos` of `text` (pos < text.size()): ICU's U8_NEXT, with the
// ASCII and the common three-byte cases decoded inline.
DecodedChar decode_at_slow(std::string_view text, std::size_t pos) noexcept;

inline DecodedChar decode_at(std::string_view text, std::size_t pos) noexcept {
  const auto b0 = static_cast<unsigned char>(text[pos]);
  if (b0 < 0x80) return {b0, 1};
  // E1..EC and EE..EF leads with two continuation bytes are always well formed.
  if (b0 >= 0xE1 && b0 <= 0xEF && b0 != 0xED && pos + 2 < text.size()) {
    const auto b1 = static_cast<unsigned char>(text[pos + 1]);
    const auto b2 = static_cast<unsigned char>(text[pos + 2]);
    if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80)
      return {(static_cast<char32_t>(b0 & 0x0F) << 12) | (static_cast<char32_t>(b1 & 0x3F) << 6) | (b2 & 0x3F), 3};
  }
  return decode_at_slow(text, pos);
}

// The bytes to step over the character starting at `pos` (pos < text.size()): a lead byte and
// the continuation bytes after it, up to as many as it announces. A walk over characters never
// steps over a byte that can start one, as a truncated sequence would (E4 before "，" or "Z").
inline std::size_t char_length_at(std::string_view text, std::size_t pos) noexcept {
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0xC0) return 1;  // ASCII, or a continuation byte alone
  auto continues = [&](std::size_t at) {
    return at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80;
  };
  // Han and most of the BMP: both bytes after an E0..EF lead in 80..BF
  if ((lead & 0xF0) == 0xE0 && pos + 2 < text.size() &&
      ((static_cast<unsigned char>(text[pos + 1]) ^ 0x80) | (static_cast<unsigned char>(text[pos + 2]) ^ 0x80)) < 0x40)
    return 3;
  const std::size_t announced = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  std::size_t n = 1;
  while (n < announced && continues(pos + n)) ++n;
  return n;
}

// The byte offset where the character ending just before `pos` begins (pos > 0); for an
// ill-formed byte, pos - 1.
std::size_t previous_char_begin(std::string_view text, std::size_t pos) noexcept;

// The byte offset of the first ill-formed sequence, or text.size() when `text` is valid UTF-8.
std::size_t first_invalid_utf8(std::string_view text) noexcept;

}  // namespace claimcheck::text

#endif
