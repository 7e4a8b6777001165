// The English number words in one lookup: units (one … nineteen), tens, scales (hundred,
// million), denominators (thirds, halves), ordinal units (twenty-first) and the words that may
// open an expression (a, between, minus, us as in US$). Buckets by first letter and length, so
// a look-up is an index and a comparison or two: the scan asks for every English word. Most
// words of a text are turned away inline by their second letter, before any comparison.
#ifndef CLAIMCHECK_LIB_NUMBERS_ENGLISH_LEXICON_HPP
#define CLAIMCHECK_LIB_NUMBERS_ENGLISH_LEXICON_HPP

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::numbers {

struct EnglishWord {
  std::string word;               // lower case
  int unit = -1;                  // one → 1 (0..19)
  int tens = -1;                  // twenty → 20
  int scale = -1;                 // hundred → 2, million → 6 (power of ten)
  std::int64_t denominator = 0;   // thirds → 3
  int ordinal_unit = 0;           // first → 1 (in twenty-first)
  int vague_scale = -1;           // hundreds → 2: two to nine of it (tens of thousands, hundreds of millions)
  bool vague_count = false;       // several, few: two to nine of the scale word after it (several hundred)
  bool starter = false;           // may open an expression
  bool opens = false;             // a starter of its own (a, from, half), not only a currency prefix's letters
};

class EnglishLexicon {
 public:
  // The entry for `word`, created if new; `word` must be lower case.
  EnglishWord& entry(const std::string& word);
  // The entry for a lower-case word, or nullptr.
  const EnglishWord* find(std::string_view word) const {
    if (word.empty() || word.size() >= kMaxLength || word[0] < 'a' || word[0] > 'z') return nullptr;
    const std::size_t b = bucket(word);
    if (word.size() > 1 && ((second_bytes_[b] >> (static_cast<unsigned char>(word[1]) & 63)) & 1) == 0) return nullptr;
    return find_in(b, word);
  }
  // The entry for a run of ASCII letters in any case, or nullptr: the scan's look-up, without
  // a lower-cased copy.
  const EnglishWord* find_letters(std::string_view letters) const {
    const std::size_t n = letters.size();
    if (n == 0 || n >= kMaxLength) return nullptr;
    const auto first = static_cast<std::size_t>(static_cast<unsigned char>(letters[0] | 0x20) - 'a');
    if (first >= 26) return nullptr;
    const std::size_t b = first * kMaxLength + n;
    if (n > 1 && ((second_bytes_[b] >> (static_cast<unsigned char>(letters[1] | 0x20) & 63)) & 1) == 0) return nullptr;
    return find_letters_in(b, letters);
  }

 private:
  static constexpr std::size_t kMaxLength = 16;
  static std::size_t bucket(std::string_view word) {
    return static_cast<std::size_t>(word[0] - 'a') * kMaxLength + word.size();
  }
  const EnglishWord* find_in(std::size_t b, std::string_view word) const;
  const EnglishWord* find_letters_in(std::size_t b, std::string_view letters) const;
  std::array<std::vector<EnglishWord>, 26 * kMaxLength> buckets_{};
  // Per bucket, a bit per second byte (its low six bits) of its words.
  std::array<std::uint64_t, 26 * kMaxLength> second_bytes_{};
};

}  // namespace claimcheck::numbers

#endif
