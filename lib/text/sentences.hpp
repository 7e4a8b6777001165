// Sentence and paragraph spans of UTF-8 text: the unit the extractor quotes and the attributor
// reads. A sentence ends after 。！？；!?; (with any closing quotes or brackets that follow), after
// a full stop followed by a space or line end, or at a line break; a blank line (or a line
// break, for text without blank lines) starts a new paragraph. See kMaxSentenceBytes.
#ifndef CLAIMCHECK_LIB_TEXT_SENTENCES_HPP
#define CLAIMCHECK_LIB_TEXT_SENTENCES_HPP

#include <cstddef>
#include <string_view>
#include <vector>

namespace claimcheck {

struct Sentence {
  std::size_t begin = 0;      // byte span, end exclusive, leading/trailing white space trimmed
  std::size_t end = 0;
  std::size_t paragraph = 0;  // 0 for the first paragraph (a title line is paragraph 0)
};

// A run of more than this many bytes without a sentence mark (a table, a list, hostile input) is
// cut after its last blank or comma, so that the work done per sentence stays bounded.
inline constexpr std::size_t kMaxSentenceBytes = 4096;

// The sentences of `text` in byte order; they do not overlap and cover every non-blank byte.
std::vector<Sentence> split_sentences(std::string_view text);

}  // namespace claimcheck

#endif
