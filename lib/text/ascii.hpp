// ASCII case folding by table: letters lower-cased, every other byte (UTF-8 included) itself.
// One lookup per byte, for the word tables' case-insensitive matching. And what a word boundary
// separates.
#ifndef CLAIMCHECK_LIB_TEXT_ASCII_HPP
#define CLAIMCHECK_LIB_TEXT_ASCII_HPP

namespace claimcheck::text {

struct AsciiLowerBytes {
  unsigned char at[256] = {};
  constexpr AsciiLowerBytes() {
    for (int c = 0; c < 256; ++c) at[c] = static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
};
inline constexpr AsciiLowerBytes kAsciiLowerBytes;

inline unsigned char ascii_lower(unsigned char c) noexcept { return kAsciiLowerBytes.at[c]; }
inline char ascii_lower(char c) noexcept {
  return static_cast<char>(kAsciiLowerBytes.at[static_cast<unsigned char>(c)]);
}

// True for ASCII letters and digits: what a word boundary separates.
inline bool is_ascii_alnum(char c) noexcept {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace claimcheck::text

#endif
