// The scan: a cheap walk over the bytes to the positions where a number expression can start
// (ASCII digits, signs, currency symbols, number words, Han numerals), then the expression
// reader at each of them. Digits that belong to names (H800, GPT-4o, Llama 3.1, 910B,
// ajaychen_2024) and numerals inside words (一些, 统一, 四川) are skipped.
#include "numbers/number_grammar.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "numbers/expression_names.hpp"
#include "numbers/expression_reader.hpp"
#include "numbers/numeral_tables.hpp"
#include "numbers/text_walk.hpp"
#include "text/fold.hpp"

namespace claimcheck {

struct NumberGrammar::Tables {
  numbers::NumeralTables numerals;
};

NumberGrammar::NumberGrammar() {
  static const Tables tables;  // thread-safe initialisation; a malformed table throws each time
  tables_ = &tables;
}
NumberGrammar::~NumberGrammar() = default;

namespace {

using numbers::HanRole;
using numbers::is_ascii_digit;
using numbers::is_ascii_letter;

// What an ASCII byte is to the scan; every byte from 0x80 up is `other` here.
enum ByteClass : std::uint8_t { kNothing, kNumberStart, kLetter, kOther };

struct ByteTables {
  std::array<ByteClass, 256> cls{};
  std::array<bool, 256> word{};  // letters, digits, '_'
  constexpr ByteTables() {
    for (int c = 0; c < 256; ++c) {
      const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      const bool digit = c >= '0' && c <= '9';
      word[c] = letter || digit || c == '_';
      cls[c] = c >= 0x80                                                           ? kOther
               : digit || c == '.' || c == '-' || c == '+' || c == '$'             ? kNumberStart
               : letter                                                            ? kLetter
                                                                                   : kNothing;
    }
  }
};
constexpr ByteTables kBytes;

bool is_word_byte(unsigned char c) { return kBytes.word[c]; }

// The end of the identifier-like run starting at pos: letters, digits, '_', and '.' or '-'
// between them (H800, GPT-4o, Llama-3.1-8B). The walk starts at `from` (pos <= from), when the
// caller knows text[pos, from) to be letters or digits already.
std::size_t skip_name(std::string_view text, std::size_t pos, std::size_t from) {
  const std::size_t n = text.size();
  std::size_t p = from;
  while (p < n) {
    const auto c = static_cast<unsigned char>(text[p]);
    if (is_word_byte(c)) {
      ++p;
    } else if ((c == '.' || c == '-') && p + 1 < n && is_word_byte(static_cast<unsigned char>(text[p + 1])) && p > pos) {
      ++p;
    } else {
      break;
    }
  }
  return p > pos ? p : pos + 1;
}
std::size_t skip_name(std::string_view text, std::size_t pos) { return skip_name(text, pos, pos); }

// True when the digits at pos are glued to a name before them: H800, ajaychen_2024, GPT-4o,
// or "Llama 3.1" (a product name from the table, then one space).
bool glued_to_name_before(std::string_view text, std::size_t pos, const numbers::NumeralTables& tables) {
  if (pos == 0) return false;
  const auto prev = static_cast<unsigned char>(text[pos - 1]);
  if (is_ascii_letter(prev) || prev == '_') return true;
  if ((prev == '-' || prev == '.') && pos >= 2) {
    const auto before = static_cast<unsigned char>(text[pos - 2]);
    if (is_ascii_letter(before)) return true;
  }
  if (prev == ' ' && pos >= 2) {
    std::size_t e = pos - 1;
    std::size_t b = e;
    while (b > 0 && (is_word_byte(static_cast<unsigned char>(text[b - 1])) || text[b - 1] == '-')) --b;
    if (b == e || e - b > 16) return false;
    // Lower-cased in place of a std::string, then looked up in the sorted table.
    char buf[16];
    std::size_t len = 0;
    for (std::size_t i = b; i < e; ++i) {
      const char c = text[i];
      buf[len++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    while (len > 0 && buf[len - 1] == '-') --len;
    const std::string_view word(buf, len);
    const auto& names = tables.version_name_words;
    const auto it = std::lower_bound(names.begin(), names.end(), word,
                                     [](const std::string& w, std::string_view x) { return std::string_view(w) < x; });
    return it != names.end() && *it == word;
  }
  return false;
}

// True when a unit word of the physical table starts at pos and ends a word there (36GB, 100W;
// not 5G or 910B, which name things).
bool glued_unit_at(std::string_view text, std::size_t pos, const numbers::NumeralTables& tables) {
  const numbers::WordSet::Entry* unit = tables.glued_units.longest_at(text, pos);
  if (unit == nullptr) return false;
  const std::size_t end = pos + unit->word.size();
  return end >= text.size() || !is_word_byte(static_cast<unsigned char>(text[end]));
}

// True when [begin, end) lies inside a word such as 一些, 统一, 四川 (numerals that are not numbers).
// `first` is the numeral character at begin, of `first_length` bytes.
bool inside_numeral_word(std::string_view text, std::size_t begin, std::size_t end, char32_t first,
                         std::size_t first_length, const numbers::NumeralTables& tables) {
  const auto it = tables.words_containing_numerals.find(first);
  if (it == tables.words_containing_numerals.end() || !it->second.may_hold(text, begin, first_length)) return false;
  for (const auto& w : it->second.words()) {
    if (w.offset > begin) continue;
    const std::size_t start = begin - w.offset;
    const std::size_t stop = start + w.word.size();
    // cheap byte checks before the full comparison: the word's last byte, and the byte right
    // before the numeral (the last of a character, which tells words apart better than the first)
    if (stop < end || stop > text.size() || text[stop - 1] != w.word.back()) continue;
    if (w.offset > 0 && text[begin - 1] != w.word[w.offset - 1]) continue;
    if (text.compare(start, w.word.size(), w.word) == 0) return true;
  }
  return false;
}

// 上/数/几 open a number only before a unit (上亿, 数万); 负 and 第 before a numeral; 打 before a
// numeral or 对; 半 before 成, 折 or 百.
bool starter_opens(std::string_view text, std::size_t next, char32_t c, const numbers::NumeralTables& tables) {
  if (next >= text.size()) return false;
  const char32_t n = text::folded_at(text, next).code_point;
  const HanRole role = tables.info(n).role;
  switch (c) {
    case U'上':
    case U'数':
    case U'几': return role == HanRole::small_unit || role == HanRole::big_unit || n == U'倍';
    case U'半': return n == U'成' || n == U'折' || n == U'百';
    case U'打': return role == HanRole::digit || role == HanRole::small_unit || n == U'对' || is_ascii_digit(n);
    default: return role == HanRole::digit || role == HanRole::small_unit || is_ascii_digit(n) || n == U'-';
  }
}

// True when the ASCII letters at pos are a word of the English lexicon or a dozen word.
bool number_word_at(std::string_view text, std::size_t pos, const numbers::NumeralTables& tables) {
  std::size_t end = pos;
  while (end < text.size() && kBytes.cls[static_cast<unsigned char>(text[end])] == kLetter) ++end;
  if (end == pos) return false;
  const std::string_view word = text.substr(pos, end - pos);
  if (tables.english.find_letters(word) != nullptr) return true;
  for (const auto& d : tables.english_dozens) {
    if (d.size() != word.size()) continue;
    std::size_t i = 0;
    while (i < d.size() && numbers::kAsciiLower.at[static_cast<unsigned char>(word[i])] == d[i]) ++i;
    if (i == d.size()) return true;
  }
  return false;
}

bool is_article(std::string_view letters) {
  return (letters.size() == 1 && (letters[0] | 0x20) == 'a') ||
         (letters.size() == 2 && (letters[0] | 0x20) == 'a' && (letters[1] | 0x20) == 'n');
}

// Whether the expression reader can find anything at the English word `w`, the letters
// [pos, letters_end). A number word can open an expression; a starter that is only the letters
// of a currency prefix (us of US$) only as that prefix; "a" and "an" (no number words
// themselves) as a prefix (A$5) or before a word of the lexicon or a dozen word (a hundred, a
// third, a half, a dozen), after spaces and at most one hyphen. Elsewhere the reader finds
// nothing and need not be asked.
bool word_may_open(const numbers::EnglishWord& w, std::string_view text, std::size_t pos, std::size_t letters_end,
                   const numbers::NumeralTables& tables) {
  if (w.unit >= 0 || w.tens >= 0 || w.scale >= 0 || w.vague_scale >= 0 || w.vague_count) return true;
  if (!w.starter) return false;
  // (A letter that began a vulgar fraction would be a scan stop.)
  const auto first = static_cast<unsigned char>(text[pos]);
  if (numbers::NumeralTables::in(tables.scan_stops, first | 0x20) ||
      numbers::NumeralTables::in(tables.scan_stops, first & ~0x20u))
    return true;
  if (tables.currency_prefixes.longest_at(text, pos) != nullptr) return true;
  if (!w.opens) return false;
  if (!is_article(text.substr(pos, letters_end - pos))) return true;
  const std::size_t n = text.size();
  std::size_t s = numbers::skip_spaces(text, letters_end);
  if (number_word_at(text, s, tables)) return true;
  if (s < n && text[s] == '-') return number_word_at(text, numbers::skip_spaces(text, s + 1), tables);
  return false;
}

// doubled, 翻两番: a multiple stated by one word at `pos`.
void emit_multiplication_word(const numbers::WordSet::Entry& word, std::size_t pos, std::vector<NumberExpr>* out) {
  NumberExpr e;
  e.begin = pos;
  e.end = pos + word.word.size();
  e.value = word.number;
  e.low = e.value;
  e.high = e.value;
  e.dimension = numbers::names::kMultiple;
  e.unit = numbers::names::kTimes;
  out->push_back(std::move(e));
}

}  // namespace

void NumberGrammar::scan(std::string_view text, std::vector<NumberExpr>* out, std::vector<Note>* notes) const {
  const numbers::NumeralTables& tables = tables_->numerals;
  const numbers::ExpressionReader reader(text, tables);
  const std::size_t n = text.size();
  std::size_t pos = 0;
  while (pos < n) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    const ByteClass cls = kBytes.cls[byte];
    if (cls == kNothing) {  // spaces, punctuation: nothing starts here
      ++pos;
      continue;
    }
    if (cls == kNumberStart) {
      const bool prev_word = pos > 0 && is_word_byte(static_cast<unsigned char>(text[pos - 1]));
      if (byte == '.' || byte == '-' || byte == '+') {
        // a sign or a leading point only before a digit and not after a word or digit
        if (pos + 1 >= n || prev_word || (pos > 0 && text[pos - 1] == '.') ||
            !(is_ascii_digit(static_cast<unsigned char>(text[pos + 1])) || text[pos + 1] == '.')) {
          ++pos;
          continue;
        }
      }
      if (is_ascii_digit(byte) && glued_to_name_before(text, pos, tables)) {
        pos = skip_name(text, pos);
        continue;
      }
      const std::size_t before = out->size();
      const std::size_t before_notes = notes->size();
      const std::size_t end = reader.read(pos, out, notes);
      if (end == pos) {
        ++pos;
        continue;
      }
      // Digits glued to letters after them are a name too: 910B, 4o, 3D; not letters after a
      // Chinese multiplier (14.8万亿token, 278.8万GPU小时), nor a unit (36GB, 100W, 5km).
      if (end < n && static_cast<unsigned char>(text[end - 1]) < 0x80 &&
          (is_ascii_letter(static_cast<unsigned char>(text[end])) || text[end] == '_') &&
          !glued_unit_at(text, end, tables)) {
        out->resize(before);
        notes->resize(before_notes);
        pos = skip_name(text, pos);
        continue;
      }
      pos = end;
      continue;
    }
    if (cls == kLetter) {
      if (pos > 0 && is_word_byte(static_cast<unsigned char>(text[pos - 1]))) {
        pos = skip_name(text, pos);
        continue;
      }
      std::size_t letters_end = pos + 1;
      while (letters_end < n && kBytes.cls[static_cast<unsigned char>(text[letters_end])] == kLetter) ++letters_end;
      const std::size_t len = letters_end - pos;
      // A URL's digits are not numbers: skip to the next space. (A word of more than 15 letters
      // is no number word and no URL scheme.)
      if (len <= 15 && ((letters_end + 3 <= n && text[letters_end] == ':' && text[letters_end + 1] == '/' &&
                         text[letters_end + 2] == '/') ||
                        (len == 3 && text[pos] == 'w' && text.compare(pos, 4, "www.") == 0))) {
        while (pos < n && static_cast<unsigned char>(text[pos]) > ' ' && static_cast<unsigned char>(text[pos]) < 0x80)
          ++pos;
        continue;
      }
      // doubled, tripled: the whole word states a multiple
      if (const numbers::WordSet::Entry* m = tables.multiplication_words.longest_at(text, pos);
          m != nullptr && m->word.size() == len) {
        emit_multiplication_word(*m, pos, out);
        pos = letters_end;
        continue;
      }
      const numbers::EnglishWord* w = len <= 15 ? tables.english.find_letters(text.substr(pos, len)) : nullptr;
      std::size_t prefix = 0;
      const bool multiple_word =
          w == nullptr && len <= 15 && tables.number_before_multiple_suffix(text.substr(pos, len), &prefix) != nullptr;
      if (multiple_word || (w != nullptr && word_may_open(*w, text, pos, letters_end, tables))) {
        const std::size_t end = reader.read(pos, out, notes);
        if (end != pos) {
          pos = end;
          continue;
        }
      }
      // Most words end at a space or a punctuation mark, where no name runs on: seen inline.
      if (letters_end < n && (is_word_byte(static_cast<unsigned char>(text[letters_end])) ||
                              text[letters_end] == '.' || text[letters_end] == '-')) {
        pos = skip_name(text, pos, letters_end);
      } else {
        pos = letters_end;
      }
      continue;
    }
    // Three-byte characters (all of Han and the full-width forms) decode inline; the stop set
    // says whether anything can start here.
    if ((byte & 0xF0) == 0xE0 && pos + 2 < n && (static_cast<unsigned char>(text[pos + 1]) & 0xC0) == 0x80 &&
        (static_cast<unsigned char>(text[pos + 2]) & 0xC0) == 0x80) {
      const char32_t raw = (static_cast<char32_t>(byte & 0x0F) << 12) |
                           (static_cast<char32_t>(text[pos + 1] & 0x3F) << 6) | static_cast<char32_t>(text[pos + 2] & 0x3F);
      if (!numbers::NumeralTables::in(tables.scan_stops, raw)) {
        // Han text runs on: pass the next three-byte characters that are no stops here.
        pos = numbers::skip_three_byte_run_outside(text, pos + 3, tables.scan_stops.data());
        continue;
      }
    } else if ((byte & 0xE0) == 0xC0 || (byte & 0xF8) == 0xF0) {
      const auto d = text::decode_at(text, pos);
      if (!numbers::NumeralTables::in(tables.scan_stops, d.code_point)) {
        pos += d.length;
        continue;
      }
    }
    // 翻番, 翻两番: a multiple by itself
    if (const numbers::WordSet::Entry* m = tables.multiplication_words.longest_at(text, pos); m != nullptr) {
      emit_multiplication_word(*m, pos, out);
      pos += m->word.size();
      continue;
    }
    const auto ch = text::folded_at(text, pos);
    const char32_t cp = ch.code_point;
    const bool han_candidate = tables.info(cp).role != HanRole::none;
    if (han_candidate && tables.info(cp).role == HanRole::starter && !starter_opens(text, pos + ch.length, cp, tables)) {
      pos += ch.length;
      continue;
    }
    const std::size_t before = out->size();
    const std::size_t before_notes = notes->size();
    const std::size_t end = reader.read(pos, out, notes);
    if (end == pos) {
      pos += ch.length;
      continue;
    }
    if (han_candidate && out->size() == before + 1 && (*out)[before].dimension == "number" &&
        inside_numeral_word(text, pos, end, cp, ch.length, tables) && !tables.numeral_words_counting.matches_at(text, pos)) {
      out->resize(before);
      notes->resize(before_notes);
      pos += ch.length;
      continue;
    }
    pos = end;
  }
}

}  // namespace claimcheck
