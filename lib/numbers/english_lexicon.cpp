// The English number-word lookup (see english_lexicon.hpp).
#include "numbers/english_lexicon.hpp"

#include <stdexcept>

namespace claimcheck::numbers {

EnglishWord& EnglishLexicon::entry(const std::string& word) {
  if (word.empty() || word.size() >= kMaxLength || word[0] < 'a' || word[0] > 'z')
    throw std::runtime_error("numerals.json: English word '" + word + "' must be lower case and shorter than 16 letters");
  auto& b = buckets_[bucket(word)];
  for (auto& e : b)
    if (e.word == word) return e;
  b.push_back(EnglishWord{word});
  if (word.size() > 1) second_bytes_[bucket(word)] |= std::uint64_t{1} << (static_cast<unsigned char>(word[1]) & 63);
  return b.back();
}

// Words of a bucket share their first letter and length: the rest compares byte by byte, inline
// (most words differ in their second letter).
const EnglishWord* EnglishLexicon::find_in(std::size_t b, std::string_view word) const {
  for (const auto& e : buckets_[b]) {
    std::size_t i = 1;
    while (i < word.size() && e.word[i] == word[i]) ++i;
    if (i == word.size()) return &e;
  }
  return nullptr;
}

const EnglishWord* EnglishLexicon::find_letters_in(std::size_t b, std::string_view letters) const {
  const auto lower = [](char c) { return static_cast<char>(c | 0x20); };  // ASCII letters only
  for (const auto& e : buckets_[b]) {
    std::size_t i = 1;
    while (i < letters.size() && e.word[i] == lower(letters[i])) ++i;
    if (i == letters.size()) return &e;
  }
  return nullptr;
}

}  // namespace claimcheck::numbers
