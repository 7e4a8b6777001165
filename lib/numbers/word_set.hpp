// A set of words looked up at a text position, indexed by first byte so that a miss costs one
// array index: currency symbols and codes, suffixes such as 千克 or 成员, multiplier letters.
#ifndef CLAIMCHECK_LIB_NUMBERS_WORD_SET_HPP
#define CLAIMCHECK_LIB_NUMBERS_WORD_SET_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/ascii.hpp"

namespace claimcheck::numbers {

class WordSet {
 public:
  struct Entry {
    std::string word;
    std::string value;  // e.g. the ISO code of a currency word
    int number = 0;     // e.g. the power of ten of a multiplier
  };

  // `ignore_ascii_case`: "usd" matches "USD".
  explicit WordSet(bool ignore_ascii_case = false) : ignore_case_(ignore_ascii_case) {}

  void add(std::string word, std::string value = {}, int number = 0);
  void add_all(const std::vector<std::string>& words);

  // The longest word that `text` has at `pos`, or nullptr. (The first two bytes turn most
  // positions away inline, before any call.)
  const Entry* longest_at(std::string_view text, std::size_t pos) const {
    if (pos >= text.size()) return nullptr;
    const unsigned char first = fold(static_cast<unsigned char>(text[pos]));
    if (!has_one_byte_word_[first]) {
      if (pos + 1 >= text.size()) return nullptr;
      const unsigned char second = fold(static_cast<unsigned char>(text[pos + 1]));
      if (((second_bytes_[first] >> (second & 63)) & 1) == 0) return nullptr;
    }
    return longest_at_slow(text, pos, first);
  }
  bool matches_at(std::string_view text, std::size_t pos) const { return longest_at(text, pos) != nullptr; }
  // Whether a word starts with `byte` (in either ASCII case when ignoring case).
  bool may_start_with(unsigned char byte) const { return !by_first_byte_[fold(byte)].empty(); }

 private:
  unsigned char fold(unsigned char c) const { return ignore_case_ ? text::ascii_lower(c) : c; }
  const Entry* longest_at_slow(std::string_view text, std::size_t pos, unsigned char first) const;

  std::array<std::vector<Entry>, 256> by_first_byte_{};
  // Per first byte: a bit per second byte (its low six bits, case-folded when ignoring case) of
  // the words, and whether a one-byte word is among them; a miss then costs no comparison.
  std::array<std::uint64_t, 256> second_bytes_{};
  std::array<bool, 256> has_one_byte_word_{};
  bool ignore_case_ = false;
};

}  // namespace claimcheck::numbers

#endif
