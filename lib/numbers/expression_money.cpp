// Amounts written in a major and smaller units of one currency: 五元三毛 (5.3 CNY), 50元6角三分
// (50.63), 两美元又三美分 (2.03 USD), thirteen dollars and forty-five cents (13.45 USD).
#include "numbers/expression_reader.hpp"
#include "numbers/text_walk.hpp"

namespace claimcheck::numbers {

void ExpressionReader::read_minor_currency(Reading* r) const {
  if (r->kind != Reading::Kind::currency || r->minor_power != 0 || r->q.qualifier != Qualifier::exact) return;
  const std::string_view text = quantities_.text();
  const NumeralTables& tables = quantities_.tables();
  int last_power = 0;
  while (r->end < text.size()) {
    // "and" or 又 may join the parts: 3 dollars and 50 cents, 两美元又三美分
    std::size_t k = skip_spaces(text, r->end);
    if (k != r->end && ascii_word_is(text, k, "and")) {
      k = skip_spaces(text, k + 3);
    } else if (cp_at(text, k) == U'又') {
      k = skip_spaces(text, after_char(text, k));
    }
    // a cheap test before reading: a digit or a number word (五元三毛, 50 cents, forty-five cents)
    const char32_t first = cp_at(text, k);
    if (!is_ascii_digit(first) && tables.info(first).role != HanRole::digit && !is_ascii_letter(first)) return;
    Quantity part;
    if (!quantities_.read(k, &part) || part.qualifier != Qualifier::exact || part.negative || part.has_multiplier ||
        !part.integer)
      return;
    const std::size_t u = skip_spaces(text, part.end);
    const WordSet::Entry* minor = tables.currency_minor_units.longest_at(text, u);
    if (minor == nullptr || minor->value != r->currency || minor->number <= last_power) return;
    const std::size_t after = u + minor->word.size();
    const bool ascii = is_ascii_letter(static_cast<unsigned char>(minor->word[0]));
    // a word ends at a word boundary; 3分钟, 三分之一, 5分贝 are no fen
    if (ascii ? (u == part.end || (after < text.size() && is_ascii_letter(static_cast<unsigned char>(text[after]))))
              : (u != part.end || tables.currency_minor_not_before.matches_at(text, after)))
      return;
    // a part is less than one major unit: 6角, 50 cents, not 12角
    if (!(part.low < Decimal::of(1, minor->number))) return;
    r->q.low = r->q.low + part.low.scaled(-minor->number);
    r->q.high = r->q.high + part.high.scaled(-minor->number);
    r->q.integer = false;
    r->end = after;
    last_power = minor->number;
  }
}

}  // namespace claimcheck::numbers
