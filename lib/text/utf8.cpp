// UTF-8 walking and validation with ICU's macros (unicode/utf8.h): no allocation, no copy.
#include "text/utf8.hpp"

#include <unicode/utf8.h>

namespace claimcheck::text {

DecodedChar decode_at_slow(std::string_view text, std::size_t pos) noexcept {
  const auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) return {byte, 1};
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int64_t>(text.size());
  auto i = static_cast<std::int64_t>(pos);
  UChar32 c = 0;
  U8_NEXT(s, i, length, c);
  if (c < 0) return {kInvalidCodePoint, 1};
  return {static_cast<char32_t>(c), static_cast<std::uint32_t>(i - static_cast<std::int64_t>(pos))};
}

std::size_t previous_char_begin(std::string_view text, std::size_t pos) noexcept {
  // Back over at most three continuation bytes to a lead byte that decodes up to `pos`.
  std::size_t start = pos - 1;
  for (int i = 0; i < 3 && start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80; ++i) --start;
  const auto d = decode_at(text, start);
  return (d.code_point != kInvalidCodePoint && start + d.length == pos) ? start : pos - 1;
}

std::size_t first_invalid_utf8(std::string_view text) noexcept {
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  const std::size_t n = text.size();
  std::size_t pos = 0;
  while (pos < n) {
    if (s[pos] < 0x80) {
      ++pos;
      continue;
    }
    const auto c = decode_at(text, pos);
    if (c.code_point == kInvalidCodePoint) return pos;
    pos += c.length;
  }
  return n;
}

}  // namespace claimcheck::text
