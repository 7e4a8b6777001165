// A small word table for matching at a position: the longest word that starts at (or ends at) a
// byte offset of the text. ASCII letters compare without case, and a space inside a word ("more
// than", "GPU hours") matches a space of any kind (text/spaces.hpp); a word that ends (or starts)
// with an ASCII letter or digit must end (or start) a word of the text, so "x" never matches
// inside "xbox" and "over" never ends "Clover". match_at does not ask that the word start a
// word of the text: "5W" and "3x" hold units right after digits.
//
// Words are kept in two tries of their folded bytes, one spelled forward for match_at and one
// backward for match_before, entered through a table by the first (or last) byte, so that one
// walk along the text meets every word held there, however many words share a beginning: each
// step takes the one edge that the text's next byte selects. The tries are path-compressed: an
// edge holds the run of bytes up to the next place where words part or end, compared eight
// bytes at a time. A space inside a word is an edge of its own, which takes a space of any kind.
// Each word the walk passes that keeps to the word edges is longer than the one before, and the
// last one wins. A few words stay out of the tries, as a walk could not meet them the way a
// character-by-character match does: those whose first (or last) character is cut short or
// holds a space, and those that spell out, byte for byte, a space other than ASCII's where
// another word has a space (the walk would have two ways to go). They are tried one by one, and
// of all the words found the longest (the first added among equally long ones) wins.
// Before the walk, a bit per pair of first (or last) two bytes, six low bits of each, turns
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

  // The byte-pair gates of match_before of several lexicons in one: where it says no, none of
  // them holds a word ending there. Where several lexicons are asked in turn at one offset and
  // most often all say no, one test does for all of them.
  class EndGate {
   public:
    // Takes in the words of `lexicon`, which must be frozen.
    void add(const WordLexicon& lexicon) {
      for (std::size_t i = 0; i < 64; ++i) pairs_[i] |= lexicon.backward_.pairs[i];
    }
    // False when no word of the lexicons added can end at `end`.
    bool may_end_at(std::string_view text, std::size_t end) const {
      if (end < 2 || end > text.size()) return true;  // match_before asks its gate nothing there
      const unsigned a = static_cast<unsigned char>(text[end - 1]) & 63u;
      const unsigned b = static_cast<unsigned char>(text[end - 2]) & 63u;
      return ((pairs_[a] >> b) & 1u) != 0;
    }

   private:
    std::uint64_t pairs_[64] = {};
  };

 private:
  struct Word {
    std::string text;  // ASCII letters lower-cased
    int payload;
  };
  // A trie node: the words that go on from the bytes spelled so far. Node 0 is never reached:
  // a target or space of 0 means none.
  struct Node {
    // Up to eight edges: the byte of each, edge k in bits 8k..8k+7. More: the number of their
    // table in Index::dense, which finds them by byte.
    std::uint64_t nexts = 0;
    int payload = 0;           // that of the word that ends here, if one does
    std::uint32_t edges = 0;   // its edges: Index::edges[edges, edges + count), each with its own byte
    std::uint32_t space = 0;   // the node past a space of the words
    std::uint16_t count = 0;
    bool ends_word = false;
    bool word_edge = false;    // the word's last byte (backward: its first) is an ASCII letter or digit
  };
  // An edge: a run of bytes of the words, no space among them, in the order the text holds them.
  struct Edge {
    std::uint32_t label = 0;   // its first eight bytes: Index::chunks[label], then on
    std::uint32_t target = 0;
    std::uint16_t length = 0;  // bytes of the run
    unsigned char next = 0;    // the byte next to the node: the run's first (backward: its last)
  };
  // Eight bytes of a run, zero-padded past its end: eight bytes x of the text hold its first n
  // bytes when ((x | letters) & care) == bytes, care holding 0xFF at those n. letters is 0x20 at
  // each lower-case letter, which folds the text's upper case to it.
  struct Chunk {
    std::uint64_t bytes = 0;
    std::uint64_t letters = 0;
  };
  struct Index {
    // The root node of each first (backward: last) byte, folded: roots are nodes 1 to 255.
    std::uint8_t roots[256] = {};
    std::vector<Node> nodes;
    // Of each node, the word that ends there (index into words_) or -1; empty without odd words.
    std::vector<std::int32_t> words;
    std::vector<Edge> edges;
    std::vector<Chunk> chunks;
    std::vector<std::uint8_t> dense;  // tables of 256: for each byte, 1 + its edge of the node, 0 if none
    std::vector<std::uint32_t> odd;   // the words left out of the trie (index into words_)
    // A bit per (first, second) byte pair, six low bits of each (backward: the last and the one
    // before it); a one-byte word sets the bits of its byte with every second byte. A letter sets
    // the bits of both its cases, so that the text's bytes are looked up as they stand, unfolded.
    std::uint64_t pairs[64] = {};
    bool edge(const Node& node, unsigned char next, const Edge** out) const;
    bool may_hold(char first, char second) const {
      const unsigned a = static_cast<unsigned char>(first) & 63u;
      const unsigned b = static_cast<unsigned char>(second) & 63u;
      return ((pairs[a] >> b) & 1u) != 0;
    }
  };
  // A word found: its index into words_ (-1 for none), the text it holds and its payload.
  struct Found {
    std::int32_t word = -1;
    std::size_t length = 0;
    int payload = -1;
  };
  void build(Index* index, bool by_last) const;
  bool match_at_slow(std::string_view text, std::size_t pos, Match* out, bool allow_plural) const;
  bool match_before_slow(std::string_view text, std::size_t end, Match* out) const;
  bool match_odd_at(std::string_view text, std::size_t pos, Match* out, bool allow_plural, Found best) const;
  bool match_odd_before(std::string_view text, std::size_t end, Match* out, Found best) const;
  void keep_better(Found* best, const Found& other) const;

  std::vector<Word> words_;  // as added, a word added twice too (the tries keep the first)
  Index forward_;   // spelled from the first byte
  Index backward_;  // spelled from the last byte
};

using text::is_ascii_alnum;

}  // namespace claimcheck

#endif
