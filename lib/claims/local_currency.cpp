// The document's local dollar for 元 alone.
#include "claims/local_currency.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "claims/text_scan.hpp"
#include "text/utf8.hpp"

namespace claimcheck {

namespace {

// Whether `text` holds `word`; a word starting or ending with an ASCII letter only at a word
// edge there ("yuan", not "Xiyuan").
bool names(std::string_view text, std::string_view word) {
  const bool letter_first = scan::is_ascii_letter(word.front()), letter_last = scan::is_ascii_letter(word.back());
  for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    const std::size_t end = at + word.size();
    if ((!letter_first || at == 0 || !scan::is_ascii_letter(text[at - 1])) &&
        (!letter_last || end == text.size() || !scan::is_ascii_letter(text[end])))
      return true;
  }
  return false;
}

bool names_any(std::string_view text, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(), [&](const std::string& w) { return names(text, w); });
}

bool among(const std::vector<char32_t>& sorted, char32_t c) {
  return std::binary_search(sorted.begin(), sorted.end(), c);
}

// Whether the characters written differently in the two scripts are more often Traditional.
bool written_in_traditional(std::string_view text, const ClaimTables::LocalYuan& y) {
  long balance = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0xE4 || lead > 0xE9) {  // outside the CJK ideographs U+4E00–U+9FFF
      i += lead < 0x80 ? 1 : text::char_length_at(text, i);
      continue;
    }
    const text::DecodedChar c = text::decode_at(text, i);
    if (among(y.traditional, c.code_point)) ++balance;
    else if (among(y.simplified, c.code_point)) --balance;
    i += c.length;
  }
  return balance > 0;
}

// The unit of the one local dollar `text` names; naming none, the one whose places it names.
// -1 for none, -2 for several.
int one_local_dollar(std::string_view text, const ClaimTables::LocalYuan& y) {
  int named = -1;
  for (const bool by_place : {false, true}) {
    for (const ClaimTables::LocalYuan::LocalDollar& dollar : y.local) {
      if (!names_any(text, by_place ? dollar.places : dollar.markers)) continue;
      if (named >= 0) return -2;  // two local dollars: 元 alone says not which
      named = dollar.unit;
    }
    if (named >= 0) break;
  }
  return named;
}

// The paragraph (between line breaks) holding byte `at`.
std::string_view paragraph_at(std::string_view text, std::size_t at) {
  const std::size_t newline_before = text.rfind('\n', at);
  const std::size_t begin = newline_before == std::string_view::npos ? 0 : newline_before + 1;
  const std::size_t end = std::min(text.find('\n', at), text.size());
  return text.substr(begin, end - begin);
}

}  // namespace

void DocumentCurrency::look_at_document() {
  looked_ = true;
  const ClaimTables::LocalYuan& y = t_.local_yuan;
  names_renminbi_ = names_any(document_, y.renminbi);
  const int named = one_local_dollar(document_, y);
  if (named == -1 || !written_in_traditional(document_, y)) return;
  if (named >= 0) local_ = t_.units[static_cast<std::size_t>(named)].unit;
  else by_paragraph_ = true;
}

// Whether a quote word ends right before the claim, blanks aside: 收報645元, 報收 1,060元.
bool DocumentCurrency::after_quote_word(const Claim& claim) const {
  WordLexicon::Match m;
  return t_.local_yuan.quote_words.match_before(document_, scan::skip_blanks_back(document_, claim.begin), &m);
}

void DocumentCurrency::settle(Claim* claim) {
  // The currency is the unit, or its part before the '/' of a rate (CNY/share): the unit is CNY,
  // or CNY and a '/' (a currency code holds no '/'). A comparison of the first bytes sends most
  // claims away without looking for the '/'.
  const std::string_view cny = t_.units[static_cast<std::size_t>(t_.cny_unit)].unit;
  const std::string_view unit = claim->unit;
  const std::size_t code_end = cny.size();
  if (unit.substr(0, code_end) != cny || (unit.size() > code_end && unit[code_end] != '/') ||
      names_any(claim->text, t_.local_yuan.renminbi))
    return;
  if (!looked_) look_at_document();
  std::string_view local = local_;
  if (by_paragraph_) {  // a Taiwan paragraph and a Hong Kong one: the claim's paragraph tells
    const int named = one_local_dollar(paragraph_at(document_, claim->begin), t_.local_yuan);
    if (named >= 0) local = t_.units[static_cast<std::size_t>(named)].unit;
  }
  if (local.empty() || (names_renminbi_ && !after_quote_word(*claim))) return;
  claim->unit.replace(0, code_end, local);
}

}  // namespace claimcheck
