// A small word table for matching at a position: the longest word that starts at (or ends at) a
// byte offset of the text. ASCII letters compare without case; a word that ends (or starts)
// with an ASCII letter or digit must end (or start) a word of the text, so "x" never matches
// inside "xbox" and "over" never ends "Clover". Words are bucketed by their first (or last)
// character, so a lookup touches a handful of candidates. match_at does not ask that the word
// start a word of the text: "5W" and "3x" hold units right after digits.
//
// Built once, immutable, safe for concurrent use by multiple threads.
#ifndef CLAIMCHECK_LIB_CLAIMS_WORD_LEXICON_HPP
#define CLAIMCHECK_LIB_CLAIMS_WORD_LEXICON_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimcheck {

class WordLexicon {
 public:
  struct Match {
    std::size_t length = 0;  // bytes of text matched
    int payload = -1;        // what the caller stored with the word
  };

  // Adds `word` with `payload`; a word added twice keeps its first payload.
  void add(std::string_view word, int payload);

  // The longest word that `text` holds at [pos, pos + length); false if none. With
  // `allow_plural`, a word ending in a letter or digit may be followed by an "s" ("H100s").
  bool match_at(std::string_view text, std::size_t pos, Match* out, bool allow_plural = false) const;
  // The longest word that `text` holds at [end - length, end); false if none.
  bool match_before(std::string_view text, std::size_t end, Match* out) const;

  bool empty() const noexcept { return forward_.empty(); }

 private:
  struct Entry {
    std::string word;  // ASCII letters lower-cased
    int payload;
  };
  using Buckets = std::unordered_map<std::uint32_t, std::vector<Entry>>;
  Buckets forward_;   // keyed by the first character
  Buckets backward_;  // keyed by the last character
};

// True for ASCII letters and digits: what a word boundary separates.
inline bool is_ascii_alnum(char c) noexcept {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace claimcheck

#endif
