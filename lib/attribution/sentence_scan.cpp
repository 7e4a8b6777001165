// Scanning a sentence for subjects and measure triggers.
#include "attribution/sentence_scan.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/spaces.hpp"
#include "text/utf8.hpp"

namespace claimcheck {

namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Per byte: what it is to a Latin name (ASCII upper, lower, digit).
enum : unsigned char { kUpper = 1, kLower = 2, kDigit = 4 };
struct NameBytes {
  unsigned char cls[256] = {};
  constexpr NameBytes() {
    for (int c = 0; c < 256; ++c)
      cls[c] = static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? kUpper : c >= 'a' && c <= 'z' ? kLower
                                                                        : c >= '0' && c <= '9' ? kDigit : 0);
  }
};
constexpr NameBytes kNameBytes;

// Whether [begin, end) stands between two ASCII digits: the comma of 2,048 and the colon of
// 10:30 are no clause marks.
bool between_digits(std::string_view text, std::size_t begin, std::size_t end) {
  return begin > 0 && end < text.size() && is_digit(text[begin - 1]) && is_digit(text[end]);
}

// The first ASCII capital (A-Z) in [i, end), or end: sixteen bytes at a time with SSE2, else
// eight.
std::size_t next_capital(std::string_view text, std::size_t i, std::size_t end) {
#if defined(__SSE2__)
  // As signed bytes, the capitals are those above '@' and below '['; bytes 80..FF are negative,
  // so no part of a UTF-8 character passes.
  const __m128i above = _mm_set1_epi8('@');
  const __m128i below = _mm_set1_epi8('[');
  for (; i + 16 <= end; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const int capitals = _mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(v, above), _mm_cmplt_epi8(v, below)));
    if (capitals != 0) return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(capitals)));
  }
#endif
  constexpr std::uint64_t kOnes = 0x0101010101010101u;
  constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Fu;
  constexpr std::uint64_t kHighBits = 0x8080808080808080u;
  for (std::uint64_t eight = 0; i + 8 <= end; i += 8) {
    std::memcpy(&eight, text.data() + i, 8);
    // Per byte, the high bit: an ASCII byte above '@' and below '[' (no byte's sum or difference
    // reaches into the next byte, so each high bit tells of its own byte alone). The first byte
    // is the lowest (little-endian), so the lowest bit set is the first capital's.
    const std::uint64_t low = eight & kLow7;
    const std::uint64_t capitals = (kOnes * (127 + '[') - low) & ~eight & (low + kOnes * (127 - '@')) & kHighBits;
    if (capitals != 0) return i + (static_cast<std::size_t>(__builtin_ctzll(capitals)) >> 3);
  }
  while (i < end && !is_upper(text[i])) ++i;
  return i;
}

// 摩尔线程股价上涨10%: a Chinese name the alias table lacks, the Han characters from the clause
// start (spaces and one leading word such as 其中 dropped) to an owned noun at `noun`, is a subject
// named by the text itself; not a time (年, 季), nor a run opened by a word that names no one
// (该公司此前, 市场) or by a preposition, verb or adverb (占台股, 未有).
void add_unnamed_owner(const Attributor::Tables& tables, std::string_view text, std::size_t clause_begin,
                       std::size_t noun, std::vector<SubjectMention>* out) {
  constexpr std::size_t kMinChars = 2, kMaxChars = 6;
  std::size_t from = text::skip_spaces(text.substr(0, noun), clause_begin);
  std::size_t to = noun;
  // (the length and the characters first, the word lists only then)
  if (to - from < kMinChars * 3 || to - from > kMaxChars * 3 + tables.owner_affix_bytes) return;
  for (std::size_t i = from; i < to; i += 3) {
    const text::DecodedChar c = text::decode_at(text, i);
    if (c.length != 3 || c.code_point < 0x4E00 || c.code_point > 0x9FFF) return;  // CJK ideographs only
    if (std::find(tables.time_characters.begin(), tables.time_characters.end(), c.code_point) !=
        tables.time_characters.end())
      return;
  }
  for (const std::string& w : tables.owner_leading_words) {
    if (to - from > w.size() && text.compare(from, w.size(), w) == 0) {
      from += w.size();
      break;
    }
  }
  for (const std::string& w : tables.owner_trailing_words) {
    if (to - from > w.size() && text.compare(to - w.size(), w.size(), w) == 0) {
      to -= w.size();
      break;
    }
  }
  for (const std::string& w : tables.not_owner_starts)
    if (text.compare(from, w.size(), w) == 0) return;
  const std::size_t chars = (to - from) / 3;
  if ((to - from) % 3 != 0 || chars < kMinChars || chars > kMaxChars) return;
  const std::string_view name = text.substr(from, to - from);
  for (const std::string& w : tables.not_owner_names)
    if (name.substr(0, w.size()) == w) return;
  SubjectMention m{from, to, name};
  m.unnamed = true;
  out->push_back(m);
}

// Whether the text after `at` (spaces and one maker link allowed) starts an object alias.
bool object_follows(const Attributor::Tables& tables, std::string_view text, std::size_t at,
                    const std::vector<PhraseMatch>& matches, std::size_t next_match) {
  if (next_match >= matches.size()) return false;  // no alias after it
  std::size_t i = text::skip_spaces(text, at);
  for (const std::string& link : tables.maker_links) {
    if (spelt_at(text, i, link)) {
      i = text::skip_spaces(text, i + link.size());
      break;
    }
  }
  for (std::size_t m = next_match; m < matches.size() && matches[m].begin <= i; ++m)
    if (matches[m].begin == i && tables.roles[matches[m].phrase].object) return true;
  return false;
}

// Capitalised or CamelCase Latin words the alias table lacks: "Zhipu", "Moonshot"; not words the
// matcher found (aliases, triggers) nor the capitalised words that name no one. Such words
// separated by single spaces are one name ("Goldman Sachs", "App Store", "Sam Altman"). A plain
// capitalised word opening the sentence is taken only when it is CamelCase or all capitals or
// begins a name of several words (an English sentence starts with a capital anyway).
void add_latin_names(const Attributor::Tables& tables, std::string_view text, std::size_t begin, std::size_t end,
                     const std::vector<PhraseMatch>& matches, std::vector<SubjectMention>* out) {
  std::size_t next_match = 0;
  // The token of ASCII letters and digits at i: its end and the classes of its bytes.
  struct Token {
    std::size_t end;
    unsigned first, rest;
  };
  auto token_at = [&](std::size_t i) {
    Token t{i + 1, kNameBytes.cls[static_cast<unsigned char>(text[i])], 0};
    while (t.end < end) {
      const unsigned char k = kNameBytes.cls[static_cast<unsigned char>(text[t.end])];
      if (k == 0) break;
      t.rest |= k;
      ++t.end;
    }
    return t;
  };
  // Whether the token [i, t.end) can be (part of) a name.
  auto name_word = [&](std::size_t i, const Token& t) {
    const unsigned all = t.rest | t.first;
    const bool digits = (all & kDigit) != 0;
    while (next_match < matches.size() && matches[next_match].end <= i) ++next_match;
    const bool matched = next_match < matches.size() && matches[next_match].begin < t.end;
    const bool hyphen_digit = t.end + 1 < end && text[t.end] == '-' && is_digit(text[t.end + 1]);
    return !matched && is_upper(text[i]) && t.end - i >= 2 && !digits && !hyphen_digit &&
           !tables.is_not_subject(text.substr(i, t.end - i));
  };
  // Only a token opening with a capital can be a name: the scan goes from capital to capital and
  // takes one whose byte before is no letter or digit (or that opens the sentence) as a token.
  bool sentence_start = true;  // no token and no non-ASCII character looked at yet
  for (std::size_t i = begin; i < end;) {
    i = next_capital(text, i, end);
    if (i == end) break;
    if (i > begin && kNameBytes.cls[static_cast<unsigned char>(text[i - 1])] != 0) {  // inside a token
      ++i;
      continue;
    }
    // The sentence opens with this token when only ASCII punctuation and spaces come before it.
    bool opening = false;
    if (sentence_start) {
      sentence_start = false;
      opening = true;
      for (std::size_t k = begin; k < i && opening; ++k) {
        const auto byte = static_cast<unsigned char>(text[k]);
        opening = byte < 0x80 && kNameBytes.cls[byte] == 0;
      }
    }
    const Token t = token_at(i);
    if (!name_word(i, t)) {
      i = t.end;
      continue;
    }
    // Further capitalised words after single spaces join the name.
    std::size_t name_end = t.end;
    bool several = false;
    while (name_end + 1 < end && text[name_end] == ' ' && is_upper(text[name_end + 1])) {
      const Token next = token_at(name_end + 1);
      if (!name_word(name_end + 1, next)) break;
      name_end = next.end;
      several = true;
    }
    const bool inner_upper = (t.rest & kUpper) != 0;
    const bool all_upper = ((t.rest | t.first) & kLower) == 0;
    // (not a person named after a title: "chief executive Jensen Huang")
    if ((!opening || inner_upper || all_upper || several) && !tables.person_title_before(text, i))
      out->push_back({i, name_end, text.substr(i, name_end - i), false});
    i = name_end;
  }
}

}  // namespace

SentenceRanges scan_sentence(const Attributor::Tables& tables, std::string_view text, std::size_t begin,
                             std::size_t end, ScanLists* lists) {
  SentenceRanges ranges;
  std::vector<PhraseMatch>& matches = lists->matches;
  std::vector<SubjectMention>& subjects = lists->subjects;
  matches.clear();
  tables.matcher.find_all(text.substr(begin, end - begin), &matches, begin);
  ranges.subjects_begin = static_cast<std::uint32_t>(subjects.size());
  ranges.triggers_begin = static_cast<std::uint32_t>(lists->triggers.size());
  ranges.marks_begin = static_cast<std::uint32_t>(lists->clause_marks.size());
  std::size_t clause_begin = begin;  // where the clause of the current match starts
  std::size_t previous_end = begin;  // where the match before it ends
  std::vector<std::size_t>& comparisons = lists->comparison_ends;  // where comparison words end, in order
  comparisons.clear();
  std::vector<std::size_t>& recipients = lists->recipient_ends;  // where recipient words end, in order
  recipients.clear();
  // One past the last match that is an object alias (0: none). Most sentences name no counted
  // object, and then no name in them is a maker, with no need to look at the text after it.
  std::size_t objects_end = matches.size();
  while (objects_end > 0 && !tables.roles[matches[objects_end - 1].phrase].object) --objects_end;
  for (std::size_t k = 0; k < matches.size(); ++k) {
    const PhraseMatch& m = matches[k];
    const PhraseRoles& roles = tables.roles[m.phrase];
    if (roles.entity >= 0)
      subjects.push_back({m.begin, m.end, tables.entities[static_cast<std::size_t>(roles.entity)],
                          k + 1 < objects_end && object_follows(tables, text.substr(0, end), m.end, matches, k + 1)});
    else if (roles.owned && previous_end <= clause_begin)
      add_unnamed_owner(tables, text, clause_begin, m.begin, &subjects);
    if (!roles.measures.empty() || !roles.excludes.empty()) lists->triggers.push_back({m.begin, m.end, m.phrase});
    if (roles.comparison) comparisons.push_back(m.end);
    if (roles.recipient) recipients.push_back(m.end);
    if (roles.clause_mark && !between_digits(text, m.begin, m.end)) {
      lists->clause_marks.emplace_back(m.begin, m.end);
      clause_begin = m.end;
    }
    previous_end = m.end;
  }
  const std::size_t from_table = subjects.size();
  add_latin_names(tables, text, begin, end, matches, &subjects);
  for (std::size_t k = objects_end == 0 ? subjects.size() : from_table; k < subjects.size(); ++k) {
    SubjectMention& s = subjects[k];
    const auto next = std::lower_bound(matches.begin(), matches.end(), s.end,
                                       [](const PhraseMatch& m, std::size_t at) { return m.begin < at; });
    const auto next_match = static_cast<std::size_t>(next - matches.begin());
    s.maker = next_match < objects_end && object_follows(tables, text.substr(0, end), s.end, matches, next_match);
  }
  const auto first = subjects.begin() + ranges.subjects_begin;
  const auto middle = subjects.begin() + static_cast<std::ptrdiff_t>(from_table);
  if (first != middle && middle != subjects.end())
    std::inplace_merge(first, middle, subjects.end(),
                       [](const SubjectMention& a, const SubjectMention& b) { return a.begin < b.begin; });
  // R1的价格约为OpenAI o1的3%, cheaper than OpenAI: a name right after a comparison word;
  // 微软已向OpenAI投资130亿美元: a name right after a recipient word.
  if (!comparisons.empty() || !recipients.empty())
    for (auto s = first; s != subjects.end(); ++s) {
      const std::size_t word_end = text::skip_spaces_back(text, s->begin);
      s->compared = std::binary_search(comparisons.begin(), comparisons.end(), word_end);
      s->recipient = std::binary_search(recipients.begin(), recipients.end(), word_end);
    }
  ranges.subjects_end = static_cast<std::uint32_t>(subjects.size());
  ranges.triggers_end = static_cast<std::uint32_t>(lists->triggers.size());
  ranges.marks_end = static_cast<std::uint32_t>(lists->clause_marks.size());
  return ranges;
}

}  // namespace claimcheck
