// Small byte-level helpers for looking around a number: blanks, clause breaks, characters.
#ifndef CLAIMCHECK_LIB_CLAIMS_TEXT_SCAN_HPP
#define CLAIMCHECK_LIB_CLAIMS_TEXT_SCAN_HPP

#include <cstddef>
#include <string_view>

namespace claimcheck::scan {

// The offset after the spaces (of any kind, text/spaces.hpp) and tabs starting at `p` (at most
// `limit` of them).
std::size_t skip_blanks(std::string_view text, std::size_t p, std::size_t limit = 4) noexcept;
// The offset before the spaces (of any kind) and tabs ending at `p` (at most `limit` of them).
std::size_t skip_blanks_back(std::string_view text, std::size_t p, std::size_t limit = 4) noexcept;

// True when text[p] starts a mark that ends a clause: , ; : . ! ? ( ) " and a line break, and
// their full-width forms ，。；：！？、（）“”「」《》【】.
bool is_clause_break(std::string_view text, std::size_t p) noexcept;

// The start of the clause holding offset `p`, looking back at most `limit` bytes.
std::size_t clause_start(std::string_view text, std::size_t p, std::size_t limit) noexcept;
// The end of the clause holding offset `p`, looking ahead at most `limit` bytes.
std::size_t clause_end(std::string_view text, std::size_t p, std::size_t limit) noexcept;

// True when `text` holds `word` at `p`.
inline bool holds(std::string_view text, std::size_t p, std::string_view word) noexcept {
  if (p > text.size() || text.size() - p < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (text[p + i] != word[i]) return false;
  return true;
}

inline bool is_ascii_letter(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }

}  // namespace claimcheck::scan

#endif
