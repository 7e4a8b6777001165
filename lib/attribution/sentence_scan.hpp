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
};

struct TriggerMention {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::uint32_t phrase = 0;  // roles: Attributor::Tables::roles[phrase].measures
};

struct SentenceScan {
  std::vector<SubjectMention> subjects;  // in byte order
  std::vector<TriggerMention> triggers;  // in byte order
  std::vector<std::pair<std::size_t, std::size_t>> clause_marks;  // spans of clause punctuation, in order
};

// Scans text[begin, end); `matches` is scratch space, reused across calls.
SentenceScan scan_sentence(const Attributor::Tables& tables, std::string_view text, std::size_t begin,
                           std::size_t end, std::vector<PhraseMatch>* matches);

}  // namespace claimcheck

#endif
