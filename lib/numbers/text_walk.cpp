// Text walking helpers of the number readers (see text_walk.hpp).
#include "numbers/text_walk.hpp"

#include <cstring>

namespace claimcheck::numbers {

bool ascii_word_is_slow(std::string_view text, std::size_t pos, const char* word) {
  const std::size_t n = std::strlen(word);
  if (pos + n > text.size()) return false;
  for (std::size_t i = 0; i < n; ++i) {
    char c = text[pos + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != word[i]) return false;
  }
  return pos + n == text.size() || !is_ascii_letter(static_cast<unsigned char>(text[pos + n]));
}

std::size_t match_folded_slow(std::string_view text, std::size_t pos, std::u32string_view word, bool spaced) {
  std::size_t p = pos;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (spaced && i > 0) p = skip_spaces(text, p);
    if (p >= text.size()) return pos;
    const auto c = text::folded_at(text, p);
    if (c.code_point != word[i]) return pos;
    p += c.length;
  }
  return p;
}

}  // namespace claimcheck::numbers
