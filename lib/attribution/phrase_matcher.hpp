// Finds many phrases in UTF-8 text in one pass: a byte trie built once over every phrase
// (entity aliases, measure triggers, object aliases), walked from each character start. Matches
// are leftmost-longest and do not overlap. ASCII letters match without regard to case; a phrase
// that starts (or ends) with an ASCII letter or digit matches only at a word edge, so "Meta"
// does not match inside "Metaverse". No match begins at a UTF-8 continuation byte (80..BF), so
// a phrase that begins with one, which is no well-formed UTF-8, never matches.
//
// Built once, immutable, safe for concurrent use by multiple threads.
#ifndef CLAIMCHECK_LIB_ATTRIBUTION_PHRASE_MATCHER_HPP
#define CLAIMCHECK_LIB_ATTRIBUTION_PHRASE_MATCHER_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimcheck {

struct PhraseMatch {
  std::size_t begin = 0;  // byte span in the scanned text
  std::size_t end = 0;
  std::uint32_t phrase = 0;  // the id add() returned
};

class PhraseMatcher {
 public:
  PhraseMatcher();

  // Adds a phrase and returns its id; adding a phrase twice (in any ASCII case) returns the
  // same id. An empty phrase is ignored and returns kNoPhrase.
  std::uint32_t add(std::string_view phrase);

  // Appends the matches in `text` to `out` in byte order. Their spans are counted from `offset`
  // bytes before the start of `text`: where `text` is a piece of a larger text, at that offset,
  // they are spans in the larger text.
  void find_all(std::string_view text, std::vector<PhraseMatch>* out, std::size_t offset = 0) const;

  static constexpr std::uint32_t kNoPhrase = 0xFFFFFFFFu;

 private:
  // The trie is a double array: each trie node is a cell, and the child of the node in cell p by
  // the (folded) byte b is the cell base + b, p's base, if that cell's check is p. A step of the
  // walk is then one addition and one load, however many children a node has. All nodes share
  // the one array, their children interleaved wherever their bytes do not collide, so it stays
  // small (a few thousand cells). Cell 0 is the root and cells 1..256 its children by byte,
  // which never move; when the cell of a new child is taken, the other children of its parent
  // move with it to a base where they all fit.
  struct Cell {
    std::uint32_t check = kFree;  // the parent's cell; kFree for an unused cell
    std::uint32_t base = 0;       // the children's cells, less their bytes (0 for a leaf)
  };
  static constexpr std::uint32_t kFree = 0xFFFFFFFFu;
  static constexpr std::uint32_t kWordEnd = 0x80000000u;  // in phrase_: the phrase ends with an
                                                          // ASCII letter or digit
  static constexpr std::uint32_t kRootCells = 257;        // the root and its children
  static constexpr std::uint16_t kNoByte = 0x100;
  // In first_: the root's child (1..256), and flags.
  static constexpr std::uint16_t kCellMask = 0x1FF;
  static constexpr std::uint16_t kWordOnly = 0x4000;
  static constexpr std::uint16_t kLeadOfThree = 0x8000;

  std::uint32_t child(std::uint32_t cell, unsigned char byte) const;
  std::uint32_t add_child(std::uint32_t parent, unsigned char byte);
  std::uint32_t free_base(const unsigned char* bytes, std::size_t count, unsigned char low);
  void take(std::uint32_t cell, std::uint32_t parent);
  void release(std::uint32_t cell);
  void mark_three_byte_start(std::string_view phrase);
  // The row of three_byte_starts_ for a lead E0..EF and a continuation byte, the low two bytes of
  // `bytes` (the first lowest): the lead's low four bits and the other's low six, mixed into ten
  // bits in a way that loses none of them.
  static std::uint32_t three_row(std::uint32_t bytes) { return (bytes ^ (bytes >> 4)) & 0x3FF; }
  // Whether a phrase may start with the character of three bytes given by the low three bytes of
  // `bytes` (known to be one).
  bool starts_three(std::uint32_t bytes) const {
    return ((three_byte_starts_[three_row(bytes)] >> ((bytes >> 16) & 0x3F)) & 1u) != 0;
  }

  std::vector<Cell> cells_;
  std::vector<std::uint32_t> phrase_;  // per cell: the phrase ending there (| kWordEnd), or kNoPhrase
  // For adding only: per cell, the byte of its first child and of its next sibling (kNoByte for
  // none); the number of used cells per block of 64, and the first free cell past the root's, to
  // find free cells without visiting each.
  std::vector<std::uint16_t> first_child_, next_sibling_;
  std::vector<std::uint8_t> used_per_block_;
  std::uint32_t first_free_ = kRootCells;
  // Per text byte: the root's child by the byte, folded, when a phrase starts with it (and
  // kLeadOfThree for a lead E0..EF that no phrase of one or two bytes starts with); kWordOnly
  // for an ASCII letter or digit that starts none; 0 for any other byte that starts none, and
  // for continuation bytes, which start no character.
  std::array<std::uint16_t, 256> first_{};
  // A bit per character of three bytes (a lead E0..EF and two continuation bytes; a row per lead
  // and second byte, a bit per third byte): whether a phrase may start with it. Most Han
  // characters start none, and the scan steps over those, three bytes at a time, without walking
  // the trie.
  std::array<std::uint64_t, 1024> three_byte_starts_{};
  std::uint16_t short_three_leads_ = 0;  // a bit per lead E0..EF that starts a phrase of 1 or 2 bytes
  std::size_t longest_ = 0;              // the longest phrase, in bytes
  std::uint32_t phrases_ = 0;
};

}  // namespace claimcheck

#endif
