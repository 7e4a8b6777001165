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

// The character starting at byte `pos` of `text` (pos < text.size()).
DecodedChar decode_at(std::string_view text, std::size_t pos) noexcept;

// The byte offset where the character ending just before `pos` begins (pos > 0); for an
// ill-formed byte, pos - 1.
std::size_t previous_char_begin(std::string_view text, std::size_t pos) noexcept;

// The byte offset of the first ill-formed sequence, or text.size() when `text` is valid UTF-8.
std::size_t first_invalid_utf8(std::string_view text) noexcept;

}  // namespace claimcheck::text

#endif
