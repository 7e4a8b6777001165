// Character folding for the number grammar: full-width digits and punctuation to ASCII, the
// Traditional forms of numerals and number words to Simplified (萬→万, 億→亿, 兩→两, 點→点),
// dashes and minus signs to '-', exotic spaces to ' '. A fixed table lookup per character;
// whole documents are never transliterated.
#ifndef CLAIMCHECK_LIB_TEXT_FOLD_HPP
#define CLAIMCHECK_LIB_TEXT_FOLD_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text/utf8.hpp"

namespace claimcheck::text {

// The folded form of `c`, or `c` itself when the table has nothing for it.
char32_t fold_table_lookup(char32_t c) noexcept;

// One bit per code point of the Basic Multilingual Plane that has an entry in the table.
extern const std::array<std::uint64_t, 1024> kFoldEntryBits;

inline char32_t fold_char(char32_t c) noexcept {
  if (c < 0xA0) return c;
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFF01 + 0x21;  // full-width ASCII forms
  if (c >= 0x10000 || ((kFoldEntryBits[c >> 6] >> (c & 63)) & 1) == 0) return c;
  return fold_table_lookup(c);
}

// The character at `pos`, decoded and folded; its length is that of the original bytes.
inline DecodedChar folded_at(std::string_view text, std::size_t pos) noexcept {
  DecodedChar d = decode_at(text, pos);
  if (d.length > 1) d.code_point = fold_char(d.code_point);
  return d;
}

}  // namespace claimcheck::text

#endif
