// Finds many phrases in UTF-8 text in one pass: a byte trie built once over every phrase
// (entity aliases, measure triggers, object aliases), walked from each character start. Matches
// are leftmost-longest and do not overlap. ASCII letters match without regard to case; a phrase
// that starts (or ends) with an ASCII letter or digit matches only at a word edge, so "Meta"
// does not match inside "Metaverse".
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

  // Appends the matches in `text` to `out` in byte order.
  void find_all(std::string_view text, std::vector<PhraseMatch>* out) const;

  static constexpr std::uint32_t kNoPhrase = 0xFFFFFFFFu;

 private:
  struct Node {
    std::vector<std::pair<unsigned char, std::uint32_t>> children;  // sorted by byte
    std::uint32_t dense = kNoPhrase;  // index into dense_ once the node has many children
    std::uint32_t phrase = kNoPhrase;
    bool word_end = false;  // the phrase ends with an ASCII letter or digit
  };
  std::uint32_t child(std::uint32_t node, unsigned char byte) const;

  std::vector<Node> nodes_;
  std::vector<std::array<std::uint32_t, 256>> dense_;  // child by byte, for nodes with many children
  std::array<std::uint32_t, 256> root_{};  // the root's children, by first byte; 0 = none
  // A quick test before walking the trie: a bit per hash of a phrase's first three (folded)
  // bytes, and the first bytes of phrases shorter than three bytes.
  std::vector<std::uint64_t> start_filter_ = std::vector<std::uint64_t>(1024, 0);
  std::array<bool, 256> short_start_{};
  std::vector<char> word_start_;           // per phrase: it starts with an ASCII letter or digit
  std::uint32_t phrases_ = 0;
};

}  // namespace claimcheck

#endif
