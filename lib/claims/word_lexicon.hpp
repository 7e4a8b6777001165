// A small word table for matching at a position: the longest word that starts at (or ends at) a
// byte offset of the text. ASCII letters compare without case, and a space inside a word ("more
// than", "GPU hours") matches a space of any kind (text/spaces.hpp); a word that ends (or starts)
// with an ASCII letter or digit must end (or start) a word of the text, so "x" never matches
// inside "xbox" and "over" never ends "Clover". match_at does not ask that the word start a
// word of the text: "5W" and "3x" hold units right after digits.
//
// Words are bucketed by their first (or last) character in a flat open-addressing table, and
// each bucket lists its words longest first, so a lookup is one probe and a few byte compares.
// Before the probe, a bit per pair of first (or last) two bytes, six low bits of each, turns
// away most positions no word can match at.
// Add every word first, then call freeze(); lookups before freeze() find nothing.
//
// Built once, immutable after freeze(), safe for concurrent use by multiple threads.
#ifndef CLAIMCHECK_LIB_CLAIMS_WORD_LEXICON_HPP
#define CLAIMCHECK_LIB_CLAIMS_WORD_LEXICON_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/ascii.hpp"

namespace claimcheck {

class WordLexicon {
 public:
  struct Match {
    std::size_t length = 0;  // bytes of text matched
    int payload = -1;        // what the caller stored with the word
  };

  // Adds `word` with `payload`; a word added twice keeps its first payload.
  void add(std::string_view word, int payload);
  // Builds the lookup tables from the words added so far.
  void freeze();

  // The longest word that `text` holds at [pos, pos + length); false if none. With
  // `allow_plural`, a word ending in a letter or digit may be followed by an "s" ("H100s").
  bool match_at(std::string_view text, std::size_t pos, Match* out, bool allow_plural = false) const {
    if (pos + 1 < text.size() && !forward_.may_hold(text[pos], text[pos + 1])) return false;
    return match_at_slow(text, pos, out, allow_plural);
  }
  // The longest word that `text` holds at [end - length, end); false if none.
  bool match_before(std::string_view text, std::size_t end, Match* out) const {
    if (end >= 2 && end <= text.size() && !backward_.may_hold(text[end - 1], text[end - 2])) return false;
    return match_before_slow(text, end, out);
  }

 private:
  struct Word {
    std::string text;  // ASCII letters lower-cased
    int payload;
  };
  struct Slot {
    std::uint32_t key = 0;    // the packed first (or last) character; 0 marks an empty slot
    std::uint32_t first = 0;  // its words: entries[first, first + count), longest first
    std::uint32_t count = 0;
  };
  struct Index {
    std::vector<Slot> slots;        // power-of-two size, linear probing
    std::vector<std::uint32_t> entries;  // indices into words_
    // A bit per (first, second) byte pair, folded, six low bits of each (by_last: the last and
    // the one before it); a one-byte word sets the bits of its byte with every second byte.
    std::uint64_t pairs[64] = {};
    const Slot* find(std::uint32_t key) const;
    bool may_hold(char first, char second) const {
      const unsigned a = text::ascii_lower(static_cast<unsigned char>(first)) & 63u;
      const unsigned b = text::ascii_lower(static_cast<unsigned char>(second)) & 63u;
      return ((pairs[a] >> b) & 1u) != 0;
    }
  };
  void build(Index* index, bool by_last) const;
  bool match_at_slow(std::string_view text, std::size_t pos, Match* out, bool allow_plural) const;
  bool match_before_slow(std::string_view text, std::size_t end, Match* out) const;

  std::vector<Word> words_;
  Index forward_;   // keyed by the first character
  Index backward_;  // keyed by the last character
};

using text::is_ascii_alnum;

}  // namespace claimcheck

#endif
