// A few fixed phrases (the idioms 从0到1, 24/7) looked for around a number: indexed by their
// first byte, so that a window of text is read once, byte by byte, instead of once per phrase.
// Built once, immutable, safe for concurrent use by multiple threads.
#ifndef CLAIMCHECK_LIB_CLAIMS_PHRASE_INDEX_HPP
#define CLAIMCHECK_LIB_CLAIMS_PHRASE_INDEX_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

class PhraseIndex {
 public:
  PhraseIndex() = default;
  // Throws std::runtime_error on an empty phrase (it would be found everywhere).
  explicit PhraseIndex(std::vector<std::string> phrases);

  // Whether one of the phrases lies inside [from, to) of `text` and shares a byte with
  // [begin, end). `to` is clamped to the text's size.
  bool overlaps(std::string_view text, std::size_t from, std::size_t to, std::size_t begin,
                std::size_t end) const noexcept;

 private:
  std::vector<std::string> phrases_;           // ordered by their first byte
  std::array<std::uint16_t, 257> first_{};     // phrases_[first_[b], first_[b + 1]) start with byte b
  // A bit per pair of first two bytes of a phrase, six low bits of each (a one-byte phrase sets
  // every bit of its row): most positions of a window, Han characters that share a phrase's first
  // byte among them, are turned away by one test.
  std::array<std::uint64_t, 64> pairs_{};
  std::size_t longest_ = 0;
};

}  // namespace claimcheck

#endif
