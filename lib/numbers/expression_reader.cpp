// Number expressions around quantities (see expression_reader.hpp).
#include "numbers/expression_reader.hpp"

#include <algorithm>
#include <cstring>
#include <utility>

#include "numbers/expression_names.hpp"
#include "numbers/text_walk.hpp"
#include "text/fold.hpp"

namespace claimcheck::numbers {

namespace {

using text::folded_at;







// $6m, €5.6m, RMB 600m: after a currency a lone "m" glued to the digits is millions (elsewhere
// 600m is metres). Takes it into `q` and returns true when it is there.
bool take_currency_millions(std::string_view text, Quantity* q) {
  const std::size_t e = q->end;
  if (q->has_multiplier || e >= text.size() || text[e] != 'm') return false;
  if (e + 1 < text.size() && (is_ascii_letter(static_cast<unsigned char>(text[e + 1])) ||
                              is_ascii_digit(static_cast<unsigned char>(text[e + 1]))))
    return false;
  q->low = q->low.scaled(6);
  q->high = q->high.scaled(6);
  q->has_multiplier = true;
  q->multiplier_power = 6;
  q->end = e + 1;
  return true;
}
}  // namespace

void ExpressionReader::Reading::set_fraction(const Quantity& numerator, const Quantity& denominator) {
  double x = 0;
  double d = 0;
  frac_exact = numerator.low.to_double(&x) && denominator.low.to_double(&d) && d != 0;
  if (frac_exact) frac_low = frac_high = x / d;
  end = denominator.end;
  kind = Kind::fraction;
}

void ExpressionReader::Reading::add_whole(const Quantity& whole) {
  double w = 0;
  frac_exact = frac_exact && whole.low.to_double(&w) && whole.qualifier == Qualifier::exact;
  const double part = whole.negative ? -frac_low : frac_low;
  frac_low = frac_high = w + part;
  kind = Kind::fraction;
}

bool ExpressionReader::read_slash_denominator(const Quantity& x, Quantity* y) const {
  const std::string_view text = quantities_.text();
  if (x.script != Script::arabic || !x.integer || cp_at(text, x.end) != U'/') return false;
  const std::size_t s = after_char(text, x.end);
  return is_ascii_digit(cp_at(text, s)) && quantities_.read(s, y) && y->script == Script::arabic && y->integer &&
         !y->has_multiplier;
}

void ExpressionReader::attach_currency_to_number(Reading* r) const {
  if (r->kind != Reading::Kind::fraction || !r->fraction_is_number) return;
  Reading tail = *r;
  tail.kind = Reading::Kind::plain;
  tail.q.low = tail.q.high = Decimal::of(1);  // shows whether the suffix scaled (cents)
  read_suffix(&tail);
  if (tail.kind != Reading::Kind::currency || tail.q.low < Decimal::of(1)) return;
  r->end = tail.end;
  r->currency = tail.currency;
}

bool ExpressionReader::read_prefixed(std::size_t pos, Reading* r) const {
  const std::string_view text = quantities_.text();
  const NumeralTables& tables = quantities_.tables();
  // 百分之十五, 千分之二, 万分之三, 百万分之五 (spaces allowed: 百 分 之 2.4): the units
  // before 分之 give the denominator; the value is in percent.
  {
    // At most four unit characters (千万分之, 百亿分之): a long run of 万万万… is not a
    // denominator, and stopping early keeps the scan of such a run linear.
    std::size_t u = pos;
    int power = 0;
    for (int units = 0; units < 4 && u < text.size(); ++units) {
      const HanInfo& h = tables.info(cp_at(text, u));
      if (h.role != HanRole::small_unit && h.role != HanRole::big_unit) break;
      power += h.value;
      u = skip_spaces(text, after_char(text, u));
    }
    // 十分之一 is a tenth, not a percentage
    const std::size_t e = u == pos || power < 2 ? pos : match_folded(text, u, U"分之", true);
    if (e != pos && e != u) {
      Quantity q;
      const std::size_t s = skip_spaces(text, e);
      if (cp_at(text, s) == U'百' && match_folded(text, s, U"百分", false) == s) {
        // 百分之百
        q.low = q.high = Decimal::of(100);
        q.begin = s;
        q.end = after_char(text, s);
      } else if (!quantities_.read(s, &q)) {
        return false;
      }
      q.low = q.low.scaled(2 - power);
      q.high = q.high.scaled(2 - power);
      r->q = q;
      r->begin = pos;
      r->end = q.end;
      r->kind = Reading::Kind::percent;
      return true;
    }
  }
  // ½ ¾, a half, half million, a quarter million
  {
    // Every vulgar fraction is a scan stop: the bit set turns most characters away before the map.
    const char32_t first = cp_at(text, pos);
    const auto vf = first < 0x10000 && !NumeralTables::in(tables.scan_stops, first) ? tables.vulgar_fractions.end()
                                                                                    : tables.vulgar_fractions.find(first);
    if (vf != tables.vulgar_fractions.end()) {
      r->q = Quantity{};
      r->begin = pos;
      r->end = after_char(text, pos);
      r->kind = Reading::Kind::fraction;
      r->frac_low = r->frac_high = static_cast<double>(vf->second.first) / vf->second.second;
      return true;
    }
    FractionValue f;
    if (is_ascii_letter(cp_at(text, pos)) && fractions_.at_word(pos, &f)) {
      r->q = Quantity{};
      r->begin = pos;
      r->end = f.end;
      r->kind = Reading::Kind::fraction;
      r->frac_low = r->frac_high = f.value;
      r->fraction_is_number = f.whole;
      return true;
    }
  }
  // 半成 (5 %), 半折 (50 %), 半百 (50, as in 年过半百)
  if (cp_at(text, pos) == U'半') {
    const char32_t n = cp_at(text, after_char(text, pos));
    const std::size_t after = after_char(text, after_char(text, pos));
    if (n == U'百' && tables.info(cp_at(text, after)).role == HanRole::none && cp_at(text, after) != U'分') {
      r->q = Quantity{};
      r->q.low = r->q.high = Decimal::of(50);
      r->q.script = Script::chinese;
      r->begin = pos;
      r->end = after;
      r->kind = Reading::Kind::plain;
      return true;
    }
    if ((n == U'成' || n == U'折') &&
        !(n == U'成' ? tables.percent_after_cheng_not_before : tables.discount_after_zhe_not_before)
             .matches_at(text, after_char(text, after_char(text, pos)))) {
      r->q = Quantity{};
      r->q.low = r->q.high = Decimal::of(n == U'成' ? 5 : 50);
      r->begin = pos;
      r->end = after_char(text, after_char(text, pos));
      r->kind = Reading::Kind::percent;
      return true;
    }
  }
  // 打七折, 打对折
  if (cp_at(text, pos) == U'打') {
    const std::size_t s = after_char(text, pos);
    if (match_folded(text, s, U"对折", false) != s) {
      r->q = Quantity{};
      r->q.low = r->q.high = Decimal::of(50);
      r->begin = pos;
      r->end = match_folded(text, s, U"对折", false);
      r->kind = Reading::Kind::percent;
      return true;
    }
    Reading inner;
    if (!read_reading(s, &inner) || inner.kind != Reading::Kind::percent || cp_at(text, inner.end) == U'%') return false;
    *r = inner;
    r->begin = pos;
    return true;
  }
  // Currency symbols and codes before the number: $5.6M, US$ 150 million, ¥300, USD 200.
  if (const WordSet::Entry* prefix = tables.currency_prefixes.longest_at(text, pos)) {
    const bool after_letter = pos > 0 && is_ascii_letter(static_cast<unsigned char>(prefix->word[0])) &&
                              is_ascii_letter(static_cast<unsigned char>(text[pos - 1]));
    const std::size_t s = skip_spaces(text, pos + prefix->word.size());
    Quantity q;
    if (!after_letter && quantities_.read(s, &q)) {
      take_currency_millions(text, &q);
      r->q = q;
      r->begin = pos;
      r->end = q.end;
      r->kind = Reading::Kind::currency;
      r->currency = prefix->value;
      r->q.low = r->q.low.scaled(prefix->number);
      r->q.high = r->q.high.scaled(prefix->number);
      return true;
    }
  }
  return false;
}

void ExpressionReader::read_suffix(Reading* r) const {
  const std::string_view text = quantities_.text();
  const std::size_t e = r->end;
  if (e >= text.size()) return;
  const char32_t c = cp_at(text, e);
  const std::size_t after_spaces = skip_spaces(text, e);
  read_suffix(r, c, after_spaces, after_spaces == e ? c : cp_at(text, after_spaces));
}

void ExpressionReader::read_suffix(Reading* r, char32_t c, std::size_t after_spaces, char32_t after_c) const {
  const std::string_view text = quantities_.text();
  const NumeralTables& tables = quantities_.tables();
  const std::size_t e = r->end;
  // 4,000-plus, 3,000-odd: more than, open above
  if (c == U'-' && r->q.qualifier == Qualifier::exact && r->q.script != Script::chinese) {
    for (const char* word : {"plus", "odd"}) {
      if (ascii_word_is(text, e + 1, word)) {
        r->end = e + 1 + std::char_traits<char>::length(word);
        r->q.qualifier = Qualifier::more_than;
        r->open_above = true;
        return;
      }
    }
  }
  // 16.97%, 27 %, 100 percent
  {
    const std::size_t s = after_spaces;
    if (after_c == U'%' && (s == e || r->q.script != Script::chinese)) {
      r->end = after_char(text, s);
      r->kind = Reading::Kind::percent;
      return;
    }
    // 17pc: the British press's abbreviation, glued to the digits
    if (s == e && r->q.script == Script::arabic && ascii_word_is(text, s, "pc")) {
      r->end = s + 2;
      r->kind = Reading::Kind::percent;
      return;
    }
    if ((s != e || r->q.script == Script::english) && (after_c | 0x20) == U'p') {
      // 2 percentage points, a 0.5 percentage-point rise
      const std::size_t after = s + 10;  // past "percentage"
      const std::size_t gap = after < text.size() && text[after] == '-' ? 1 : space_length_at(text, after);
      if (ascii_word_is(text, s, "percentage") && gap != 0) {
        if (const std::size_t n = ascii_word_among(text, after + gap, {"points", "point"})) {
          r->end = after + gap + n;
          r->kind = Reading::Kind::percentage_point;
          return;
        }
      }
      if (const std::size_t n =
              ascii_word_among(text, s, {"percent", "percents", "percentage", "per cent", "per-cent"})) {
        r->end = s + n;
        r->kind = Reading::Kind::percent;
        return;
      }
    }
    // a 17-per-cent fall, a 5-percent stake
    if (c == U'-' && r->q.script != Script::chinese) {
      if (const std::size_t n = ascii_word_among(text, e + 1, {"percent", "per cent", "per-cent"})) {
        r->end = e + 1 + n;
        r->kind = Reading::Kind::percent;
        return;
      }
    }
  }
  // 个百分点, 百分点
  const char32_t first_after = after_c;
  for (const std::u32string_view w : {std::u32string_view(U"个百分点"), std::u32string_view(U"百分点")}) {
    if (first_after != w[0]) continue;
    const std::size_t m = match_folded(text, after_spaces, w, true);
    if (m != after_spaces) {
      r->end = m;
      r->kind = Reading::Kind::percentage_point;
      return;
    }
  }
  // 十打 (a dozen is twelve), not 打七折
  if (c == U'打' && r->q.integer && r->q.qualifier == Qualifier::exact && r->q.script != Script::english) {
    const char32_t n = cp_at(text, after_char(text, e));
    const auto role = tables.info(n).role;
    if (!is_ascii_digit(n) && role == HanRole::none && n != U'对' && n != U'折') {
      r->q.low = r->q.low * 12;
      r->q.high = r->q.high * 12;
      r->end = after_char(text, e);
      return;
    }
  }
  if (c == U'倍') {
    r->end = after_char(text, e);
    r->kind = Reading::Kind::multiple;
    return;
  }
  // 3x, 10×: a multiple when nothing alphanumeric follows the sign (not 4x4, 3xl, 0x1F)
  if ((c == U'x' || c == U'X' || c == U'×') && r->q.script != Script::english && r->q.qualifier == Qualifier::exact) {
    const std::size_t k = after_char(text, e);
    const char32_t n = cp_at(text, k);
    if (!is_ascii_letter(n) && !is_ascii_digit(n) && n != U'_' && n != U'.' && n != U'-') {
      r->end = k;
      r->kind = Reading::Kind::multiple;
      return;
    }
  }
  // 六成 (60 %), 三成半 (35 %), 七成六 (76 %), 六 点 五 成 (spaces as in 个 百 分 点)
  const std::size_t ce = c == U' ' ? after_spaces : e;
  const char32_t cc = ce == e ? c : after_c;  // (ce is after_spaces then)
  // 两三成 (20 to 30 %) as well
  const bool exact_or_pair = r->q.qualifier == Qualifier::exact || r->q.qualifier == Qualifier::range;
  if (cc == U'成' && exact_or_pair && !r->q.negative && r->q.high <= Decimal::of(10) &&
      !tables.percent_after_cheng_not_before.matches_at(text, after_char(text, ce))) {
    r->end = after_char(text, ce);
    r->q.low = r->q.low.scaled(1);
    r->q.high = r->q.high.scaled(1);
    r->tenths = true;
    r->kind = Reading::Kind::percent;
    if (r->q.qualifier == Qualifier::range) return;  // no tenth digit after a pair
    const std::size_t tenth_at = skip_spaces(text, r->end);  // 七成六, 七成 六
    const char32_t n = cp_at(text, tenth_at);
    const HanInfo& tenth = tables.info(n);
    if (n == U'半' && tenth_at == r->end) {
      r->q.low = r->q.low + Decimal::of(5);
      r->q.high = r->q.high + Decimal::of(5);
      r->end = after_char(text, r->end);
    } else if (tenth.role == HanRole::digit && tenth.value > 0 && !tenth.needs_neighbour &&
               !tenth.needs_formal_neighbour && n != U'两' && r->q.integer && r->q.low < Decimal::of(100)) {
      // 七成六: one more digit, then nothing that makes it a number of its own (七成六十岁)
      const std::size_t after = after_char(text, tenth_at);
      const char32_t next = cp_at(text, after);
      if (!(next >= NumeralTables::kHanFirst && next <= NumeralTables::kHanLast) || next == U'的') {
        r->q.low = r->q.low + Decimal::of(tenth.value);
        r->q.high = r->q.high + Decimal::of(tenth.value);
        r->end = after;
      }
    }
    return;
  }
  // 七折 (70 %), 75折, 9.5折
  if (cc == U'折' && exact_or_pair && !r->q.negative &&
      !tables.discount_after_zhe_not_before.matches_at(text, after_char(text, ce)) &&
      Decimal::of(0) < r->q.low && r->q.high < Decimal::of(100)) {
    const bool one_place = !r->q.integer || r->q.high < Decimal::of(10);
    if (one_place && !(r->q.high < Decimal::of(10))) return;
    if (!one_place && r->q.low.last_digit_power() > 0) return;  // 十折 is no discount
    r->end = after_char(text, ce);
    if (one_place) {
      r->q.low = r->q.low.scaled(1);
      r->q.high = r->q.high.scaled(1);
      r->tenths = true;
    }
    r->kind = Reading::Kind::percent;
    return;
  }
  // Currencies after the number: 558万美元, 300 dollars, 115USD.
  const std::size_t s = after_spaces;
  const WordSet::Entry* found = nullptr;
  std::size_t at = e;
  if (r->q.plural && s != e && ascii_word_is(text, s, "of")) {
    // after "of" following a plural scale, a currency word only: hundreds of millions of dollars
    at = skip_spaces(text, s + 2);
    if (at != s + 2) found = tables.currency_suffixes.longest_at(text, at);
    if (found && !is_ascii_letter(static_cast<unsigned char>(found->word[0]))) found = nullptr;
  } else {
    found = tables.currency_suffixes.longest_at(text, e);
    if (!found && s != e) {
      found = tables.currency_suffixes.longest_at(text, s);
      at = s;
      // after a space only words, codes and symbols such as $ and €, not 元
      if (found && static_cast<unsigned char>(found->word[0]) >= 0x80 &&
          static_cast<unsigned char>(found->word[0]) != 0xE2)
        found = nullptr;
    }
  }
  if (found) {
    const std::string& suffix = found->word;
    const bool ascii = is_ascii_letter(static_cast<unsigned char>(suffix[0]));
    const std::size_t after = at + suffix.size();
    if (ascii && after < text.size() && is_ascii_letter(static_cast<unsigned char>(text[after]))) return;
    if (!ascii && suffix == "元" && after < text.size()) {
      const char32_t n = cp_at(text, after);
      if (n == U'素' || n == U'旦' || n == U'年' || n == U'宵' || n == U'首' || n == U'老' || n == U'件') return;
    }
    // "10 $ 30 $", "rmb 10 usd 20": a symbol or code followed by a number opens the next one
    if ((ascii && suffix.size() == 3) || !is_ascii_letter(static_cast<unsigned char>(suffix[0]))) {
      const std::size_t k = skip_spaces(text, after);
      if (k != after && is_ascii_digit(cp_at(text, k)) && (ascii || suffix[0] == '$')) return;
    }
    r->end = after;
    r->kind = Reading::Kind::currency;
    r->currency = found->value;
    r->q.low = r->q.low.scaled(found->number);
    r->q.high = r->q.high.scaled(found->number);
    // cents and pence: hundredths of the currency
    if (r->currency.size() > 4 && r->currency.compare(r->currency.size() - 4, 4, "/100") == 0) {
      r->currency.resize(r->currency.size() - 4);
      r->minor_power = 2;
      r->q.low = r->q.low.scaled(-2);
      r->q.high = r->q.high.scaled(-2);
    }
    return;
  }
}

bool ExpressionReader::read_reading(std::size_t pos, Reading* r) const {
  const std::string_view text = quantities_.text();
  // Digits never open a prefixed form (百分之, 打七折, $5, a half): skip those checks.
  const char32_t first = cp_at(text, pos);
  const bool digit_first = is_ascii_digit(first) || quantities_.tables().info(first).role == HanRole::digit;
  if (!digit_first && read_prefixed(pos, r)) {
    if (r->kind == Reading::Kind::currency) {
      // $5 million is read by the quantity; "$ 10 dollars" keeps one currency.
      Reading tail = *r;
      tail.kind = Reading::Kind::plain;
      read_suffix(&tail);
      if (tail.kind == Reading::Kind::currency) {
        r->end = tail.end;
      } else if (tail.open_above) {
        // $100 million-plus: more than, as after a bare number (4,000-plus)
        r->end = tail.end;
        r->q.qualifier = tail.q.qualifier;
        r->open_above = true;
      }
    }
    attach_currency_to_number(r);
    return true;
  }
  // Read straight into the reading (a failed read leaves it untouched); `q` is the quantity as
  // read, which the tests below look at until they change the reading and return.
  if (!quantities_.read(pos, &r->q)) return false;
  const Quantity& q = r->q;
  r->begin = pos;
  r->end = q.end;
  r->kind = Reading::Kind::plain;
  // Most quantities end before a character that changes nothing (块, 个, 。): done.
  if (q.end >= text.size()) return true;
  const char32_t next = cp_at(text, q.end);  // (decoded once: the tests below need it)
  r->known_at = q.end;
  r->known_cp = next;
  if (!NumeralTables::in(quantities_.tables().suffix_starts, next)) return true;
  const std::size_t after_spaces = skip_spaces(text, q.end);  // (computed once: the tests below need it)
  const char32_t after_spaces_cp = after_spaces == q.end ? next : cp_at(text, after_spaces);
  // two thirds, one and a half, 3 million and a quarter, 2 dozen: after digits, only a word can
  // go on (and, dozen)
  const bool word_after =
      after_spaces < text.size() && is_ascii_letter(static_cast<unsigned char>(text[after_spaces]));
  if (word_after || q.script == Script::english) {
    FractionValue f;
    if (q.script != Script::chinese && fractions_.after_quantity(q, &f)) {
      r->end = f.end;
      r->kind = Reading::Kind::fraction;
      r->frac_low = r->frac_high = f.value;
      r->fraction_is_number = f.whole;
      attach_currency_to_number(r);
      return true;
    }
    std::size_t dozen_end = 0;
    if (q.script != Script::chinese && q.qualifier == Qualifier::exact &&
        fractions_.dozen_at(after_spaces, &dozen_end)) {
      r->q.low = r->q.low * 12;
      r->q.high = r->q.high * 12;
      r->end = dozen_end;
      return true;
    }
  }
  // 三百五十又三分之一: a whole number and a fraction
  {
    const std::size_t y = after_spaces;
    if (after_spaces_cp == U'又') {
      Reading fr;
      if (read_reading(skip_spaces(text, after_char(text, y)), &fr) && fr.kind == Reading::Kind::fraction &&
          fr.frac_exact && !fr.q.negative) {
        fr.add_whole(q);
        r->frac_exact = fr.frac_exact;
        r->frac_low = r->frac_high = fr.frac_low;
        r->end = fr.end;
        r->kind = Reading::Kind::fraction;
        return true;
      }
    }
    // 1 3/5, 2  1/4: a whole number of at most three digits, spaces, then a fraction
    if (y != q.end && q.script == Script::arabic && q.integer && !q.grouped && !q.has_multiplier &&
        q.qualifier == Qualifier::exact && q.digit_count <= 3 && is_ascii_digit(after_spaces_cp)) {
      Quantity x;
      Quantity d;
      if (quantities_.read(y, &x) && read_slash_denominator(x, &d)) {
        r->set_fraction(x, d);
        r->add_whole(q);
        return true;
      }
    }
  }
  // X分之Y: Y / X; units right before 分之 multiply X (一百分之二, 一千万分之六).
  std::size_t units_end = q.end;
  int denominator_power = 0;
  while (units_end < text.size()) {
    const HanInfo& h = quantities_.tables().info(units_end == q.end ? next : cp_at(text, units_end));
    if (h.role != HanRole::small_unit && h.role != HanRole::big_unit) break;
    denominator_power += h.value;
    units_end = after_char(text, units_end);
  }
  const std::size_t units_spaces_end = units_end == q.end ? after_spaces : skip_spaces(text, units_end);
  const std::size_t f = match_folded(text, units_spaces_end, U"分之", true);
  if (f != units_spaces_end) {
    Quantity y;
    if (quantities_.read(skip_spaces(text, f), &y)) {
      double x = 0;
      double ylo = 0;
      double yhi = 0;
      r->frac_exact = q.low.scaled(denominator_power).to_double(&x) && y.low.to_double(&ylo) &&
                      y.high.to_double(&yhi) && x != 0;
      if (r->frac_exact) {  // a negative denominator (-2分之上万) turns the bounds around
        r->frac_low = std::min(ylo / x, yhi / x);
        r->frac_high = std::max(ylo / x, yhi / x);
      }
      r->end = y.end;
      r->kind = Reading::Kind::fraction;
      return true;
    }
  }
  // one over three, 2000 over 3 (not "$2000 over 3 years": the denominator ends the phrase)
  if (q.script != Script::chinese && q.integer && q.qualifier == Qualifier::exact) {
    const std::size_t o = after_spaces;
    Quantity y;
    if (o != q.end && ascii_word_is(text, o, "over") && quantities_.read(skip_spaces(text, o + 4), &y) &&
        y.qualifier == Qualifier::exact && !is_ascii_letter(cp_at(text, skip_spaces(text, y.end)))) {
      r->set_fraction(q, y);
      return true;
    }
  }
  // one out of three, 1 in 20 (a share: the denominator is larger; not "5 in 12 months", not
  // "30000 in 2009")
  if (q.script != Script::chinese && q.integer && q.qualifier == Qualifier::exact && !q.has_multiplier &&
      space_length_at(text, q.end) != 0) {
    const std::size_t o = after_spaces;
    std::size_t k = o;
    if (ascii_word_is(text, o, "in")) {
      k = o + 2;
    } else if (ascii_word_is(text, o, "out") && ascii_word_is(text, skip_spaces(text, o + 3), "of")) {
      k = skip_spaces(text, o + 3) + 2;
    }
    const std::size_t s = k == o ? o : skip_spaces(text, k);
    Quantity y;
    if (s != k && quantities_.read(s, &y) && y.qualifier == Qualifier::exact && y.integer &&
        q.low < y.low && !(y.digit_count == 4 && !y.grouped) &&
        !quantities_.tables().fraction_in_not_before.matches_at(text, skip_spaces(text, y.end))) {
      r->set_fraction(q, y);
      return true;
    }
  }
  // 1/17, 3/4 (ASCII digits both sides)
  if (next == U'/') {
    Quantity y;
    if (read_slash_denominator(q, &y)) {
      r->set_fraction(q, y);
      return true;
    }
  }
  read_suffix(r, next, after_spaces, after_spaces_cp);
  if (r->kind == Reading::Kind::currency) read_minor_currency(r);
  return true;
}

bool ExpressionReader::read_range(const Reading& a, Reading* b, std::size_t* connector_end) const {
  const std::string_view text = quantities_.text();
  if (a.kind == Reading::Kind::fraction || a.q.qualifier != Qualifier::exact) return false;
  std::size_t s = skip_spaces(text, a.end);
  const char32_t c = cp_after(a, s);
  std::size_t next = s;
  if (c == U'至' || c == U'到' || c == U'~') {
    next = after_char(text, s);
  } else if (c == U'-') {
    // 3-5, 1000 - 5000: digits on both sides, spaced on both sides or on neither
    if (a.q.script == Script::chinese) return false;
    next = after_char(text, s);
    if ((s != a.end) != (next < text.size() && cp_at(text, next) == U' ')) return false;
  } else if ((c == U'和' || c == U'与') && a.q.script != Script::english) {
    // 20和30之间, 10000与20000间: a range only with 之间/间 after the second number
    next = after_char(text, s);
    Reading probe;
    const std::size_t t = skip_spaces(text, next);
    if (!read_reading(t, &probe)) return false;
    const std::size_t k = skip_spaces(text, probe.end);
    if (match_folded(text, k, U"之间", false) == k && cp_at(text, k) != U'间') return false;
  } else if (ascii_word_is(text, s, "to") || ascii_word_is(text, s, "through")) {
    next = s + (ascii_word_is(text, s, "to") ? 2 : 7);
  } else {
    return false;
  }
  next = skip_spaces(text, next);
  if (next >= text.size()) return false;
  // (after a sum of money, the right side may repeat its sign: $5-$6 million)
  if (c == U'-' && !is_ascii_digit(cp_at(text, next)) &&
      !(a.kind == Reading::Kind::currency && quantities_.tables().currency_prefixes.longest_at(text, next) != nullptr))
    return false;
  if (!read_reading(next, b)) return false;
  if (b->kind == Reading::Kind::fraction || b->q.qualifier != Qualifier::exact || b->q.negative) return false;
  // $5-6m: the right side of a sum of money takes its "m" as the left side would
  if (a.kind == Reading::Kind::currency && b->kind == Reading::Kind::plain && b->end == b->q.end &&
      take_currency_millions(text, &b->q))
    b->end = b->q.end;
  // 2025-01 and phone numbers are not ranges.
  if (c == U'-' && cp_at(text, b->end) == U'-') return false;
  *connector_end = next;
  return true;
}

std::size_t ExpressionReader::emit(const Reading& r, std::vector<NumberExpr>* out, std::vector<Note>* notes) const {
  double lo = 0;
  double hi = 0;
  bool exact = true;
  if (r.kind == Reading::Kind::fraction) {
    exact = r.frac_exact;
    lo = r.frac_low;
    hi = r.frac_high;
  } else {
    exact = r.q.low.to_double(&lo) && r.q.high.to_double(&hi);
  }
  if (!exact) {
    notes->push_back(Note{r.begin, r.end,
                          "number too large or too long to represent exactly (more than 2^53 or 18 digits): not read"});
    return r.end;
  }
  // built in place: a NumberExpr holds two strings, and moving it costs as much as filling it
  NumberExpr& x = out->emplace_back();
  x.begin = r.begin;
  x.end = r.end;
  x.qualifier = r.q.qualifier;
  x.low = lo;
  x.high = hi;
  x.value = lo == hi ? lo : (lo + hi) / 2;
  if (r.open_above) x.high.reset();
  switch (r.kind) {
    case Reading::Kind::plain: break;
    case Reading::Kind::percent: x.dimension = x.unit = names::kPercent; break;
    case Reading::Kind::percentage_point: x.dimension = x.unit = names::kPercentagePoint; break;
    case Reading::Kind::multiple: x.dimension = names::kMultiple; x.unit = names::kTimes; break;
    case Reading::Kind::fraction:
      if (!r.currency.empty()) {
        x.dimension = names::kCurrency;
        x.unit = r.currency;
      } else if (!r.fraction_is_number) {
        x.dimension = x.unit = names::kFraction;
      }
      break;
    case Reading::Kind::currency: x.dimension = names::kCurrency; x.unit = r.currency; break;
  }
  return r.end;
}

std::size_t ExpressionReader::emit_range(const Reading& a, const Reading& b, std::vector<NumberExpr>* out,
                                         std::vector<Note>* notes) const {
  Reading lo = a;
  Reading hi = b;
  // 300至500万, $5-6 million: the left side without a multiplier takes the right side's.
  const bool same_money = a.kind == Reading::Kind::currency &&
                          (b.kind == Reading::Kind::plain || (b.kind == Reading::Kind::currency && b.currency == a.currency));
  if (!a.q.has_multiplier && b.q.has_multiplier && (a.kind == Reading::Kind::plain || same_money)) {
    const Decimal scaled = a.q.low.scaled(b.q.multiplier_power);
    if (scaled <= b.q.low) {
      lo.q.low = scaled;
      lo.q.high = a.q.high.scaled(b.q.multiplier_power);
    }
  }
  // 1~5%: the bare left side takes the right side's unit; $5-6 million: the bare right side
  // takes the left side's currency. 两到三成, 五到六折: the left side counts tenths too.
  if (a.kind == Reading::Kind::plain && b.kind != Reading::Kind::plain) {
    lo.kind = b.kind;
    lo.currency = b.currency;
    if (b.tenths && a.q.high.scaled(1) <= b.q.high) {
      lo.q.low = a.q.low.scaled(1);
      lo.q.high = a.q.high.scaled(1);
    }
  } else if (a.kind == Reading::Kind::currency && b.kind == Reading::Kind::plain) {
    hi.kind = a.kind;
    hi.currency = a.currency;
  }
  if (lo.kind != hi.kind || lo.currency != hi.currency || !(lo.q.low <= hi.q.high)) return a.begin;
  Reading whole = lo;
  whole.end = hi.end;
  whole.q.high = hi.q.high;
  whole.q.qualifier = Qualifier::range;
  return emit(whole, out, notes);
}

std::size_t ExpressionReader::read(std::size_t pos, std::vector<NumberExpr>* out, std::vector<Note>* notes) const {
  const std::string_view text = quantities_.text();
  const char32_t c = cp_at(text, pos);
  if (is_ascii_digit(c)) {
    const std::size_t e = read_date_or_time(pos, out);
    if (e != pos) return e;
  }
  if (c == U'第') return read_ordinal(pos, out);
  // between 20 and 30, from 200 to 300
  if (ascii_word_is(text, pos, "between") || ascii_word_is(text, pos, "from")) {
    const std::size_t s = skip_spaces(text, pos + (ascii_word_is(text, pos, "from") ? 4 : 7));
    Reading a;
    Reading b;
    if (!read_reading(s, &a)) return pos;
    const std::size_t m = skip_spaces(text, a.end);
    const bool between = ascii_word_is(text, pos, "between");
    const char* joint = between ? "and" : "to";
    if (!ascii_word_is(text, m, joint)) return pos;
    const std::size_t t = skip_spaces(text, m + std::strlen(joint));
    if (!read_reading(t, &b)) return pos;
    a.begin = pos;
    const std::size_t e = emit_range(a, b, out, notes);
    return e == a.begin ? pos : e;
  }
  Reading a;
  if (!read_reading(pos, &a)) return pos;

  {
    const std::size_t e = read_date_or_ordinal_after(a, out);
    if (e != a.begin) return e;
  }

  Reading b;
  std::size_t connector_end = 0;
  if (read_range(a, &b, &connector_end)) {
    const std::size_t e = emit_range(a, b, out, notes);
    if (e != a.begin) return e;
  }
  return emit(a, out, notes);
}

}  // namespace claimcheck::numbers
