// What one sentence names: entity mentions (from the alias table or capitalised Latin names the
// table lacks), each marked when it names the maker of a counted object ("辉达H100"), and the
// measure triggers, with byte spans in the document.
#ifndef CLAIMCHECK_LIB_ATTRIBUTION_SENTENCE_SCAN_HPP
#define CLAIMCHECK_LIB_ATTRIBUTION_SENTENCE_SCAN_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "attribution/attribution_tables.hpp"

namespace claimcheck {

struct SubjectMention {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string_view name;  // canonical name (table) or the token itself (points into the text)
  bool maker = false;     // directly names the maker of a counted object
  bool compared = false;  // stands right after a comparison word (约为, than): compared with, not about
  bool recipient = false; // stands right after a recipient word (向, 对): what the clause's subject acts on
  bool unnamed = false;   // a Chinese name the alias table lacks, read off the text (摩尔线程 of 摩尔线程股价)
};

struct TriggerMention {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::uint32_t phrase = 0;  // roles: Attributor::Tables::roles[phrase].measures and .excludes
};

using ClauseMark = std::pair<std::size_t, std::size_t>;  // the span of a clause mark

// A run of elements in one of the document's flat lists.
template <typename T>
class Slice {
 public:
  Slice(const T* first, const T* last) : first_(first), last_(last) {}
  const T* begin() const { return first_; }
  const T* end() const { return last_; }
  bool empty() const { return first_ == last_; }

 private:
  const T* first_;
  const T* last_;
};

// What the scanned sentences of one document name, in flat lists (no allocation per sentence).
struct ScanLists {
  std::vector<SubjectMention> subjects;
  std::vector<TriggerMention> triggers;
  std::vector<ClauseMark> clause_marks;
  std::vector<PhraseMatch> matches;  // scratch
  std::vector<std::size_t> comparison_ends;  // scratch
  std::vector<std::size_t> recipient_ends;   // scratch
};

// Where one sentence's findings sit in the lists: [begin, end) of each, in byte order.
struct SentenceRanges {
  std::uint32_t subjects_begin = 0, subjects_end = 0;
  std::uint32_t triggers_begin = 0, triggers_end = 0;
  std::uint32_t marks_begin = 0, marks_end = 0;
};

// One sentence's findings; valid until the lists grow (the next scan).
struct SentenceScan {
  Slice<SubjectMention> subjects;
  Slice<TriggerMention> triggers;
  Slice<ClauseMark> clause_marks;
};

// Scans text[begin, end), appending to `lists`.
SentenceRanges scan_sentence(const Attributor::Tables& tables, std::string_view text, std::size_t begin,
                             std::size_t end, ScanLists* lists);

// Whether `word` is spelt at text[at] (at most text.size()); the first byte is tried alone first.
inline bool spelt_at(std::string_view text, std::size_t at, std::string_view word) {
  return word.empty() || (at < text.size() && text[at] == word[0] && text.substr(at, word.size()) == word);
}

// The findings of `ranges` in `lists`.
inline SentenceScan view_of(const ScanLists& lists, const SentenceRanges& r) {
  return {{lists.subjects.data() + r.subjects_begin, lists.subjects.data() + r.subjects_end},
          {lists.triggers.data() + r.triggers_begin, lists.triggers.data() + r.triggers_end},
          {lists.clause_marks.data() + r.marks_begin, lists.clause_marks.data() + r.marks_end}};
}

}  // namespace claimcheck

#endif
