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
  return b.back();
}

const EnglishWord* EnglishLexicon::find(std::string_view word) const {
  if (word.empty() || word.size() >= kMaxLength || word[0] < 'a' || word[0] > 'z') return nullptr;
  for (const auto& e : buckets_[bucket(word)])
    if (e.word == word) return &e;
  return nullptr;
}

}  // namespace claimcheck::numbers
