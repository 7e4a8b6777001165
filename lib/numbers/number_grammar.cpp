// The scan: a cheap walk over the bytes to the positions where a number expression can start
// (ASCII digits, signs, currency symbols, number words, Han numerals), then the expression
// reader at each of them. Digits that belong to names (H800, GPT-4o, Llama 3.1, 910B,
// ajaychen_2024) and numerals inside words (一些, 统一, 四川) are skipped.
#include "numbers/number_grammar.hpp"

#include <string>
#include <unordered_set>

#include "numbers/expression_reader.hpp"
#include "numbers/numeral_tables.hpp"
#include "text/fold.hpp"

namespace claimcheck {

struct NumberGrammar::Tables {
  numbers::NumeralTables numerals;
  std::unordered_set<std::string> english_starters;  // lower case: number words, codes, between

  Tables() {
    for (const auto& [w, v] : numerals.english_units) english_starters.insert(w);
    for (const auto& [w, v] : numerals.english_tens) english_starters.insert(w);
    for (const auto& [w, v] : numerals.english_scales) english_starters.insert(w);
    for (const char* w : {"a", "an", "between", "from", "minus", "negative"}) english_starters.insert(w);
    for (const auto& [prefix, code] : numerals.currency_prefixes) {
      std::string w;
      for (char c : prefix) {
        if (!numbers::is_ascii_letter(static_cast<unsigned char>(c))) break;
        w += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      }
      if (!w.empty()) english_starters.insert(w);
    }
  }
};

NumberGrammar::NumberGrammar() : tables_(std::make_unique<const Tables>()) {}
NumberGrammar::~NumberGrammar() = default;

namespace {

using numbers::HanRole;
using numbers::is_ascii_digit;
using numbers::is_ascii_letter;

bool is_word_byte(unsigned char c) { return is_ascii_letter(c) || is_ascii_digit(c) || c == '_'; }

// The end of the identifier-like run starting at pos: letters, digits, '_', and '.' or '-'
// between them (H800, GPT-4o, Llama-3.1-8B).
std::size_t skip_name(std::string_view text, std::size_t pos) {
  std::size_t p = pos;
  while (p < text.size()) {
    const auto c = static_cast<unsigned char>(text[p]);
    if (is_word_byte(c)) {
      ++p;
    } else if ((c == '.' || c == '-') && p + 1 < text.size() && is_word_byte(static_cast<unsigned char>(text[p + 1])) &&
               p > pos) {
      ++p;
    } else {
      break;
    }
  }
  return p > pos ? p : pos + 1;
}

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
    std::string word(text.substr(b, e - b));
    for (auto& c : word) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    while (!word.empty() && word.back() == '-') word.pop_back();
    for (const auto& w : tables.version_name_words)
      if (word == w) return true;
  }
  return false;
}

// True when [begin, end) lies inside a word such as 一些, 统一, 四川 (numerals that are not numbers).
bool inside_numeral_word(std::string_view text, std::size_t begin, std::size_t end, char32_t first,
                         const numbers::NumeralTables& tables) {
  const auto it = tables.words_containing_numerals.find(first);
  if (it == tables.words_containing_numerals.end()) return false;
  for (const auto& w : it->second) {
    if (w.offset > begin) continue;
    const std::size_t start = begin - w.offset;
    if (start + w.word.size() >= end && text.compare(start, w.word.size(), w.word) == 0) return true;
  }
  return false;
}

}  // namespace

void NumberGrammar::scan(std::string_view text, std::vector<NumberExpr>* out, std::vector<Note>* notes) const {
  const numbers::NumeralTables& tables = tables_->numerals;
  const numbers::ExpressionReader reader(text, tables);
  const std::size_t n = text.size();
  std::size_t pos = 0;
  char word[16];
  while (pos < n) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      if (is_ascii_digit(byte) || byte == '.' || byte == '-' || byte == '+' || byte == '$') {
        const bool prev_word = pos > 0 && is_word_byte(static_cast<unsigned char>(text[pos - 1]));
        if (byte == '.' || byte == '-' || byte == '+') {
          // a sign or a leading point only before a digit and not after a word or digit
          if (pos + 1 >= n || prev_word ||
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
        // Digits glued to letters after them are a name too: 910B, 4o, 3D.
        if (end < n && (is_ascii_letter(static_cast<unsigned char>(text[end])) || text[end] == '_')) {
          out->resize(before);
          notes->resize(before_notes);
          pos = skip_name(text, pos);
          continue;
        }
        pos = end;
        continue;
      }
      if (is_ascii_letter(byte)) {
        if (pos > 0 && is_word_byte(static_cast<unsigned char>(text[pos - 1]))) {
          pos = skip_name(text, pos);
          continue;
        }
        std::size_t len = 0;
        while (pos + len < n && is_ascii_letter(static_cast<unsigned char>(text[pos + len])) && len < 15) {
          const char c = text[pos + len];
          word[len++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        }
        const bool whole = pos + len >= n || !is_ascii_letter(static_cast<unsigned char>(text[pos + len]));
        if (whole && tables_->english_starters.count(std::string(word, len))) {
          const std::size_t end = reader.read(pos, out, notes);
          if (end != pos) {
            pos = end;
            continue;
          }
        }
        pos = skip_name(text, pos);
        continue;
      }
      ++pos;
      continue;
    }
    const auto ch = text::folded_at(text, pos);
    const char32_t cp = ch.code_point;
    const bool han_candidate = tables.info(cp).role != HanRole::none;
    const bool other_candidate = is_ascii_digit(cp) || cp == U'-' || cp == U'€' || cp == U'£' || cp == U'¥' ||
                                 cp == U'￥' || cp == U'₩' || cp == U'₹' || cp == U'₽';
    if (!han_candidate && !other_candidate) {
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
        inside_numeral_word(text, pos, end, cp, tables)) {
      out->resize(before);
      notes->resize(before_notes);
      pos += ch.length;
      continue;
    }
    pos = end;
  }
}

}  // namespace claimcheck
