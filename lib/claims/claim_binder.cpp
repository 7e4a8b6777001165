// Binding a number expression to its hedge, unit and counted object. The steps, in order:
// refuse what cannot be a claim (time, ordinal, identifier, idiom, page furniture), read what
// stands before the number (currency sign, hedge), read what follows it (unit, classifier and
// object phrase, hedge), then apply the calendar rules for 年/月/日.
#include "claims/claim_binder.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <string>

#include "claims/set_string.hpp"
#include "claims/text_scan.hpp"
#include "text/fold.hpp"
#include "text/spaces.hpp"
#include "text/utf8.hpp"

namespace claimcheck {

namespace {

using scan::holds;

constexpr std::size_t kClassifierPhraseBudget = 18;  // modifier bytes between 块 and its object
constexpr std::size_t kEnglishPhraseBudget = 16;     // modifier bytes between 2,048 and GPUs
constexpr std::size_t kClauseLookaround = 60;        // bytes searched for a price cue

// The place value of the last nonzero digit of an integer: 500 → 100, 1200 → 100, 3 → 1. What
// 多 or 余 after the number leaves open (500多 → (500, 600)).
double last_digit_step(double v) {
  if (!(v >= 1) || v != std::floor(v) || v > 9e15) return 1;
  double step = 1;
  while (std::fmod(v, step * 10) == 0) step *= 10;
  return step;
}

constexpr std::string_view kSecond = "\xE7\xA7\x92";  // 秒

// The end of the run of at most `most` ASCII digits at p.
// The bytes of the digit at p, ASCII or full-width (０-９), its value in *value; 0 for none.
std::size_t digit_at(std::string_view text, std::size_t p, int* value) {
  if (p < text.size() && scan::is_ascii_digit(text[p])) {
    *value = text[p] - '0';
    return 1;
  }
  if (p + 3 > text.size() || text[p] != '\xEF' || text[p + 1] != '\xBC') return 0;
  const auto last = static_cast<unsigned char>(text[p + 2]);
  if (last < 0x90 || last > 0x99) return 0;
  *value = last - 0x90;
  return 3;
}

std::size_t digits_end(std::string_view text, std::size_t p, std::size_t most) {
  int value = 0;
  for (std::size_t n = 0; n < most; ++n) {
    const std::size_t length = digit_at(text, p, &value);
    if (length == 0) break;
    p += length;
  }
  return p;
}

// Whether an amount and its bounds are whole numbers, as a count of things is.
bool whole_amount(double value, const std::optional<double>& low, const std::optional<double>& high) {
  const auto whole = [](double v) { return v == std::floor(v); };
  return whole(low ? *low : value) && whole(high ? *high : value);
}

bool is_year_like(const NumberExpr& e, std::string_view text) {
  if (e.kind == NumberKind::date) return true;
  if (e.qualifier != Qualifier::exact || e.value < 1000 || e.value > 2200) return false;
  if (e.value != std::floor(e.value)) return false;
  for (std::size_t i = e.begin; i < e.end; ++i)
    if (!scan::is_ascii_digit(text[i])) return false;
  return e.end - e.begin == 4;
}

// What the binding has found so far.
struct Binding {
  std::size_t begin = 0;
  std::size_t end = 0;
  double value = 0;
  std::optional<double> low;
  std::optional<double> high;
  Qualifier qualifier = Qualifier::exact;
  std::string_view dimension;
  std::string_view unit;
  std::string_view object;
  std::optional<Qualifier> hedge;  // the first real hedge seen (before, then after)
  bool step_open = false;          // the hedge was 多 or 余: the next place value bounds it
};

// The denominator of a rate: per million tokens, 每GPU小时.
struct Denominator {
  std::size_t end = 0;      // the end of its last word
  std::string_view unit;    // hour, share, token
  double divisor = 1;       // its count times its unit's scale
  bool time = false;        // a unit of time
  double in_hour = 0;       // how many of it make an hour, if a length per it is a speed
};

// The object phrase after a number or classifier: 落后的H800英伟达GPU, Nvidia H800 GPUs.
struct Phrase {
  const UnitWord* model = nullptr;
  const UnitWord* head = nullptr;      // the class noun or counted noun ending the phrase
  const UnitWord* maker = nullptr;
  const UnitWord* compound = nullptr;  // a compound unit after a model: H800 GPU hours
  std::size_t end = 0;                 // the end of the last word that counted
};

class Binder {
 public:
  Binder(const ClaimTables& t, std::string_view text, const NumberExpr& e) : t_(t), text_(text), e_(e) {}

  bool run(Claim* out);

 private:
  // The offset before (after) the blanks ending (starting) at p. The number's own edges are
  // looked around again and again, so run() reads the blanks there once (before_, after_).
  std::size_t blanks_before(std::size_t p) const { return p == e_.begin ? before_ : scan::skip_blanks_back(text_, p); }
  std::size_t blanks_after(std::size_t p) const { return p == e_.end ? after_ : scan::skip_blanks(text_, p); }
  bool refused_before() const;
  bool read_noun_before();
  bool after_speed_word() const;
  const UnitCue* unit_cue(const UnitWord& w, std::size_t word_end) const;
  bool read_unit_before();
  const UnitWord* noun_before() const;
  bool refused_as_padded() const;
  bool time_part() const;
  std::size_t unit_after_fraction(WordLexicon::Match* unit) const;
  bool written_with_digits() const;
  bool refused_as_idiom() const;
  bool refused_as_period() const;
  void settle_currency();
  bool han_in_clause() const;
  void read_before(bool currency_allowed);
  bool amount_ends_at(std::size_t end) const;
  bool read_unit();
  bool apply_unit(const UnitWord& w, std::size_t word_begin, std::size_t word_end, bool more, bool half);
  bool apply_duration(const UnitWord& w, std::size_t word_begin, std::size_t word_end);
  void read_decimal_after(std::size_t word_begin, std::size_t word_end);
  bool apply_count(std::string_view default_object, std::size_t from, std::size_t budget,
                   bool after_classifier, bool classifier_is_kuai);
  Phrase read_phrase(std::size_t p, std::size_t budget) const;
  bool starts_other_word(const UnitWord& w, std::size_t end) const;
  bool refused_noun(const UnitWord& noun, std::size_t noun_end) const;
  std::string_view clause() const;
  bool price_context() const;
  void read_hedge_after();
  void read_margin();
  void read_rate();
  bool read_denominator(std::size_t p, Denominator* d) const;
  bool english_words_around(std::size_t begin, std::size_t end) const;
  bool rate_after(Denominator* d) const;
  bool rate_before_number(Denominator* d, std::size_t* per) const;
  void set_hedge(Qualifier q, bool step_open);
  void finish_bounds();
  void scale(double factor, double divisor = 1);
  void shift(double offset);
  void to_speed(double in_hour, double divisor);

  const ClaimTables& t_;
  std::string_view text_;
  const NumberExpr& e_;
  Binding b_;
  int currency_ = -1;       // payload of a currency word before the number
  bool yen_sign_ = false;   // that word was ¥ or ￥
  bool hedged_before_ = false;
  std::string rate_unit_;   // USD/hour: the unit of a rate
  std::size_t before_ = 0;  // blanks_before(e_.begin), once run() has read it
  std::size_t after_ = 0;   // blanks_after(e_.end), the same
};

bool Binder::refused_before() const {
  const std::size_t b0 = e_.begin;
  if (b0 == 0) return false;
  const char c = text_[b0 - 1];
  // Digits glued to letters are names: GPT4, V3, ajaychen_2024, GPT-4, v3.1.
  if (is_ascii_alnum(c) || c == '_') return true;
  if ((c == '-' || c == '.' || c == '/') && b0 > 1 && is_ascii_alnum(text_[b0 - 2])) return true;
  // No. 3, 第3; the denominator of a rate: 每百万个token, per 1,000 tokens; a name: Fortune 500
  WordLexicon::Match m;
  return t_.no_claim_after.match_before(text_, blanks_before(b0), &m);
}

// Digits after a leading zero (000, 007) write a code or a piece of a number split by blanks
// (80 , 000), not an amount; 0.5 and 0 are amounts.
bool Binder::refused_as_padded() const {
  if (e_.end - e_.begin < 2 || text_[e_.begin] != '0' || !scan::is_ascii_digit(text_[e_.begin + 1])) return false;
  return !time_part();
}

// Whether the number writes the minutes or seconds of a time in parts, where two digits are the
// rule (2小时01分09秒): right after 小时 or 分 and before 分 or 秒.
bool Binder::time_part() const {
  WordLexicon::Match m;
  const bool after_part = e_.begin >= 3 && (t_.units_before_seconds.match_before(text_, e_.begin, &m) ||
                                           (t_.units_after.match_before(text_, e_.begin, &m) &&
                                            t_.units[m.payload].kind == UnitKind::duration));
  return after_part && (holds(text_, e_.end, kSecond) || t_.units_before_seconds.match_at(text_, e_.end, &m));
}

// True when the number is written with ASCII digits (2,000, 6710亿), not in words or numerals alone.
// (A byte test, not find_first_of, which searches the set of ten digits once per byte.)
bool Binder::written_with_digits() const {
  for (std::size_t i = e_.begin; i < e_.end; ++i)
    if (scan::is_ascii_digit(text_[i])) return true;
  return false;
}

bool Binder::refused_as_idiom() const {
  // Every idiom holds 0 or 1 as its first number (从0到1, 0-1, 1-10, 0到100) or is a fraction
  // (24/7, around the clock).
  const double first = e_.low ? *e_.low : e_.value;
  const bool small = first == 0 || first == 1 || e_.value == 1 || e_.value == 10 || e_.value == 100;
  if (!small && std::string_view(e_.dimension) != "fraction") return false;
  const std::size_t from = e_.begin > 12 ? e_.begin - 12 : 0;
  return t_.idioms.overlaps(text_, from, e_.end + 12, e_.begin, e_.end);
}

// A fraction written only as a word is a share before "of" or "the" (a quarter of the market,
// half the GPUs) and otherwise names a period or a part (the last quarter, the second half).
// A share written "one in five" or "one out of three" names no period.
bool Binder::refused_as_period() const {
  if (std::string_view(e_.dimension) != "fraction") return false;
  for (std::size_t i = e_.begin; i < e_.end;) {
    const std::size_t space = text::space_length_at(text_, i);
    if (space == 0 && !scan::is_ascii_letter(text_[i]) && text_[i] != '-') return false;
    if (space == 0 && (i == e_.begin || !scan::is_ascii_letter(text_[i - 1]))) {
      std::size_t j = i;
      while (j < e_.end && scan::is_ascii_letter(text_[j])) ++j;
      const std::string_view word = text_.substr(i, j - i);
      if (word == "in" || word == "out") return false;
    }
    i += space == 0 ? 1 : space;
  }
  // the second half, the last quarter: a word such as "the" or an ordinal before it.
  std::size_t w = blanks_before(e_.begin);
  const std::size_t word_end = w;
  while (w > 0 && scan::is_ascii_letter(text_[w - 1])) --w;
  std::string before(text_.substr(w, word_end - w));
  for (char& c : before) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  for (const char* period_word : {"the", "first", "second", "third", "fourth", "last", "this", "next",
                                  "previous", "latter", "former"})
    if (before == period_word) return true;
  // fell by a third, rose by half: a share of the change (not by half-time)
  if (before == "by" && !holds(text_, e_.end, "-")) return false;
  const std::size_t p = blanks_after(e_.end);
  if (p == e_.end) return true;
  const std::string_view next = text_.substr(p, 4);
  const bool of = next.substr(0, 2) == "of" && (next.size() == 2 || !is_ascii_alnum(next[2]));
  const bool the = next.substr(0, 3) == "the" && (next.size() == 3 || !is_ascii_alnum(next[3]));
  return !of && !the;
}

// A fraction in words of a unit of time, a percentage point, a percent or a physical unit: half
// a percentage point, a quarter of an hour, three quarters of a point. Without "of" or an
// article only a percentage point or a percent: a quarter percentage point, a quarter-point cut
// (not the first half year). Where that unit's word starts (*unit: the word), or 0 if none.
std::size_t Binder::unit_after_fraction(WordLexicon::Match* unit) const {
  if (std::string_view(e_.dimension) != "fraction" || !scan::is_ascii_letter(text_[e_.begin])) return 0;
  // The word `w` at `p`, then blanks: where the next word starts, or 0.
  const auto after_word = [&](std::size_t p, std::string_view w) -> std::size_t {
    if (!holds(text_, p, w)) return 0;
    const std::size_t next = blanks_after(p + w.size());
    return next > p + w.size() ? next : 0;
  };
  std::size_t p = blanks_after(e_.end);
  if (p == e_.end) {
    if (!holds(text_, p, "-")) return 0;
    ++p;
  }
  const std::size_t unit_word_at = p;
  if (const std::size_t of = after_word(p, "of")) p = of;
  const std::size_t an = after_word(p, "an");
  const std::size_t a = an > 0 ? an : after_word(p, "a");
  if (a > 0) p = a;
  // three quarters of a point, a quarter point: a percentage point, as rate reports write it
  if (t_.word_fraction_points.match_at(text_, p, unit)) return p;
  if (!t_.units_after.match_at(text_, p, unit)) return 0;
  const UnitKind kind = t_.units[unit->payload].kind;
  if (p == unit_word_at) return kind == UnitKind::percentage_point || kind == UnitKind::percent ? p : 0;
  const bool measured = kind == UnitKind::duration || kind == UnitKind::percentage_point ||
                        kind == UnitKind::percent || kind == UnitKind::physical;
  return measured ? p : 0;
}

void Binder::read_before(bool currency_allowed) {
  WordLexicon::Match m;
  std::size_t p = blanks_before(b_.begin);
  // Most numbers have no currency, link word or hedge before them: one gate for the three
  // lexicons turns them away (all three lookups below start at p).
  if (!t_.before_number.may_end_at(text_, p)) return;
  if (currency_allowed && t_.currency_before.match_before(text_, p, &m)) {
    currency_ = m.payload;
    b_.begin = p - m.length;
    const std::string_view sign = text_.substr(b_.begin, m.length);
    yen_sign_ = sign == "\xC2\xA5" || sign == "\xEF\xBF\xA5";  // ¥ ￥
    if (sign == "\xC2\xA5" && !han_in_clause()) currency_ = t_.jpy_unit;  // ¥ among no Chinese: the yen
    p = blanks_before(b_.begin);
  }
  // 超过了1800年, 至少有5万张, 至少拥有5万块: a link word may stand between a hedge and the number.
  const std::size_t hp = t_.hedge_links.match_before(text_, p, &m) ? p - m.length : p;
  std::size_t at = p;
  if (!t_.hedges_before.match_before(text_, at, &m)) {
    if (hp == p || !t_.hedges_before.match_before(text_, hp, &m)) return;
    at = hp;
  }
  const HedgeWord& h = t_.hedges[m.payload];
  if (!h.is_hedge) return;
  // $5 billion over five years: "over" right after an amount spans the years, it bounds nothing.
  WordLexicon::Match o;
  if (t_.not_after_amounts.match_before(text_, at, &o) && o.length == m.length &&
      amount_ends_at(blanks_before(at - m.length)))
    return;
  b_.begin = at - m.length;
  hedged_before_ = true;
  if (h.qualifier != Qualifier::exact) set_hedge(h.qualifier, false);
}

// Whether an amount ends at `end`: digits or % (20%, 2,000), digits and letters (5bn, $6m), a
// unit word (GPUs, years) or an amount word (billion, percent).
bool Binder::amount_ends_at(std::size_t end) const {
  if (end == 0) return false;
  const char last = text_[end - 1];
  if (scan::is_ascii_digit(last) || last == '%') return true;
  std::size_t letters = end;
  while (letters > 0 && scan::is_ascii_letter(text_[letters - 1])) --letters;
  if (letters < end && letters > 0 && scan::is_ascii_digit(text_[letters - 1])) return true;
  WordLexicon::Match m;
  return t_.units_after.match_before(text_, end, &m) || t_.amount_words.match_before(text_, end, &m);
}

void Binder::set_hedge(Qualifier q, bool step_open) {
  if (b_.hedge) return;
  b_.hedge = q;
  b_.step_open = step_open;
}

// The grammar read a currency itself (150億元 → CNY): a currency word before the number wins
// (新台幣150億元 is TWD), and ¥ before a number that ends in 日元 or 円 is JPY.
void Binder::settle_currency() {
  WordLexicon::Match m;
  const bool yen_after = t_.yen_as_jpy_after.match_before(text_, e_.end, &m);
  const bool yen_sign_first = holds(text_, e_.begin, "\xC2\xA5") || holds(text_, e_.begin, "\xEF\xBF\xA5");
  // ¥ (not the full-width ￥) in a clause without Chinese characters is the yen: SoftBank lost ¥500 billion.
  const bool half_width_yen_first = holds(text_, e_.begin, "\xC2\xA5");
  if ((yen_sign_ || yen_sign_first) && (yen_after || (half_width_yen_first && !han_in_clause())))
    b_.unit = t_.units[t_.jpy_unit].unit;
  else if (currency_ >= 0) b_.unit = t_.units[currency_].unit;
}

// Whether the clause around the number holds a CJK ideograph (U+4E00–U+9FFF: lead bytes E4–E9).
bool Binder::han_in_clause() const {
  for (const char c : clause()) {
    const auto b = static_cast<unsigned char>(c);
    if (b >= 0xE4 && b <= 0xE9) return true;
  }
  return false;
}

bool Binder::run(Claim* out) {
  if (e_.kind == NumberKind::time || e_.kind == NumberKind::ordinal) return false;
  if (e_.end <= e_.begin || e_.end > text_.size()) return false;
  before_ = scan::skip_blanks_back(text_, e_.begin);
  after_ = scan::skip_blanks(text_, e_.end);
  WordLexicon::Match fraction_unit;
  const std::size_t fraction_unit_at = unit_after_fraction(&fraction_unit);  // half a percentage point
  if (refused_before() || refused_as_padded() || refused_as_idiom() || (fraction_unit_at == 0 && refused_as_period()))
    return false;
  WordLexicon::Match m;
  if (t_.page_furniture.match_at(text_, blanks_after(e_.end), &m)) return false;

  b_.begin = e_.begin;
  b_.end = e_.end;
  b_.value = e_.value;
  b_.low = e_.low;
  b_.high = e_.high;
  b_.qualifier = e_.qualifier;
  b_.dimension = e_.dimension;
  b_.unit = e_.unit;
  const std::string_view grammar_dimension = e_.dimension;
  const bool grammar_unit = grammar_dimension != "number";
  const bool grammar_currency = grammar_dimension == "currency";
  read_before(!grammar_unit || grammar_currency);

  if (fraction_unit_at > 0) {
    if (!apply_unit(t_.units[fraction_unit.payload], fraction_unit_at, fraction_unit_at + fraction_unit.length, false,
                    false))
      return false;
  } else if (e_.kind == NumberKind::date || !grammar_unit) {
    if (!read_unit()) return false;
  } else if (grammar_currency) {
    settle_currency();
  }
  // A year-like number with no unit of time after it (in 2020, Nvidia GPUs...) is a date when a
  // date word stands before it.
  const std::size_t next = blanks_after(e_.end);
  const bool english_or_bare = next > e_.end || scan::is_clause_break(text_, next);
  if (b_.dimension != "duration" && english_or_bare && is_year_like(e_, text_) && !hedged_before_ &&
      t_.date_cues_before.match_before(text_, blanks_before(e_.begin), &m))
    return false;
  read_rate();
  read_hedge_after();
  finish_bounds();
  read_margin();

  out->begin = b_.begin;
  out->end = b_.end;
  scan::set_string(out->text, text_.substr(b_.begin, b_.end - b_.begin));
  out->value = b_.value;
  out->low = b_.low;
  out->high = b_.high;
  out->qualifier = b_.qualifier;
  scan::set_string(out->dimension, b_.dimension);
  scan::set_string(out->unit, b_.unit);
  if (b_.object.empty()) out->object.reset();
  else if (out->object) scan::set_string(*out->object, b_.object);
  else out->object.emplace(b_.object);
  return true;
}

// Reads the unit after a number the grammar left without one. False: no claim.
bool Binder::read_unit() {
  const std::size_t p = blanks_after(e_.end);
  WordLexicon::Match m;
  // A date span ending in 年 or 日 (1800年, 30日) may still be a length of time (超过1800年,
  // 近30日); apply_duration decides.
  if (e_.kind == NumberKind::date) {
    const std::size_t unit_at = e_.end >= 3 ? e_.end - 3 : e_.end;
    // Only a lone numeral and its unit: 1月20日 and 2025年1月 stay dates.
    const std::string_view numeral = text_.substr(e_.begin, unit_at - e_.begin);
    const bool lone = numeral.find("\xE5\xB9\xB4") == std::string_view::npos &&  // 年
                      numeral.find("\xE6\x9C\x88") == std::string_view::npos &&  // 月
                      numeral.find("\xE6\x97\xA5") == std::string_view::npos;   // 日
    if (e_.end - e_.begin > 3 && lone && t_.units_after.match_at(text_, unit_at, &m) &&
        unit_at + m.length == e_.end) {
      const UnitWord& w = t_.units[m.payload];
      if (w.bare_year || w.bare_month_or_day) return apply_duration(w, unit_at, e_.end);
    }
  }
  // 两个多月, 一个半小时: 个 and 多 or 半 before a unit of time.
  if (holds(text_, p, "\xE4\xB8\xAA") || holds(text_, p, "\xE5\x80\x8B")) {  // 个 個
    const bool more = holds(text_, p + 3, "\xE5\xA4\x9A");                    // 多
    const bool half = holds(text_, p + 3, "\xE5\x8D\x8A");                    // 半
    if ((more || half) && t_.units_after.match_at(text_, p + 6, &m) &&
        t_.units[m.payload].kind == UnitKind::duration)
      return apply_unit(t_.units[m.payload], p + 6, p + 6 + m.length, more, half);
  }
  // 500多家 when the grammar left 多 to us.
  const bool more = e_.qualifier == Qualifier::exact &&
                    (holds(text_, p, "\xE5\xA4\x9A") || holds(text_, p, "\xE4\xBD\x99") ||
                     holds(text_, p, "\xE9\xA4\x98"));  // 多 余 餘
  const std::size_t u = more ? p + 3 : p;
  const bool unit_after = t_.units_after.match_at(text_, u, &m, true);
  // magnitude 7.1, 芮氏规模7.2地震: a unit before the number, when no physical unit follows it
  if (!more && (!unit_after || t_.units[m.payload].kind != UnitKind::physical) && read_unit_before()) return true;
  if (unit_after) {
    return apply_unit(t_.units[m.payload], u, u + m.length, more, false);
  }
  if (more) return false;
  // 1分52秒: 分 right before a number of seconds is a minute
  if (t_.units_before_seconds.match_at(text_, p, &m)) {
    const std::size_t s = digits_end(text_, p + m.length, 2);
    if (s > p + m.length && holds(text_, s, kSecond))
      return apply_unit(t_.units[m.payload], p, p + m.length, false, false);
  }
  // English compound adjectives written with digits: a 2,000-GPU cluster, a 10,000-chip order,
  // a 5-year plan (not the biggest one-day loss).
  if (p == e_.end && holds(text_, p, "-") && p + 1 < text_.size() && scan::is_ascii_letter(text_[p + 1]) &&
      written_with_digits() && t_.units_after.match_at(text_, p + 1, &m))
    return apply_unit(t_.units[m.payload], p + 1, p + 1 + m.length, false, false);
  if (e_.kind == NumberKind::date) return false;
  if (currency_ >= 0) {
    b_.dimension = "currency";
    b_.unit = t_.units[currency_].unit;
    return true;
  }
  // English: 2,048 Nvidia H800 GPUs.
  if (p > e_.end && p < text_.size() && scan::is_ascii_letter(text_[p]))
    return apply_count({}, p, kEnglishPhraseBudget, false, false);
  return read_noun_before();
}

// A physical unit written before the number, with blanks or "of" between (magnitude 7.1, a
// magnitude of 7.1, 芮氏规模7.2); it joins the span. (The grammar reads magnitude-6.4 as a name.)
bool Binder::read_unit_before() {
  if (b_.begin != e_.begin) return false;  // a hedge or a currency stands right before the number
  std::size_t q = blanks_before(e_.begin);
  if (q < e_.begin && q >= 2 && holds(text_, q - 2, "of") && (q == 2 || !is_ascii_alnum(text_[q - 3]))) {
    const std::size_t before_of = blanks_before(q - 2);
    if (before_of < q - 2) q = before_of;
  }
  WordLexicon::Match m;
  if (!t_.units_before.match_before(text_, q, &m)) return false;
  const UnitWord& w = t_.units[m.payload];
  b_.begin = q - m.length;
  b_.dimension = w.dimension;
  b_.unit = w.unit;
  scale(w.scale);
  return true;
}

// Chinese may name what is counted before the number: 用户超过2000万, 参数量达6710亿,
// 日活跃用户数突破3000万, 员工约500 (a counted noun or object, then 量 or 数, then a link word,
// then the hedge).
bool Binder::read_noun_before() {
  // Only numbers written with digits: 芯片十大趋势 counts nothing. Only whole numbers: 余震4.4级 is
  // a magnitude, not 4.4 aftershocks.
  if (is_year_like(e_, text_) || !written_with_digits()) return false;
  if (!whole_amount(e_.value, e_.low, e_.high)) return false;
  const UnitWord* noun = noun_before();
  if (noun == nullptr) return false;
  b_.dimension = "count";
  b_.unit = "count";
  b_.object = noun->unit;
  return true;
}

// Whether 时速 ends right before the claim, or before a link word there (时速达350公里).
bool Binder::after_speed_word() const {
  WordLexicon::Match m;
  std::size_t q = blanks_before(b_.begin);
  if (t_.hedge_links.match_before(text_, q, &m)) q = blanks_before(q - m.length);
  return t_.speed_before.match_before(text_, q, &m);
}

// The cue that makes the cued unit word `w` (度, 级) after the claim, ending at `word_end`, a
// unit: a cue of its group in the claim's clause ending at most that group's `within` bytes
// before it (气温高达40度, 华氏98.6度, 风力达12级), or 零下 starting it, or a cue word right after
// the unit word, or after a hedge there (6.8级地震, 12级以上大风); nullptr if none, or if the
// number is one Han numeral (二度夺冠: a second time; 二级: level two).
const UnitCue* Binder::unit_cue(const UnitWord& w, std::size_t word_end) const {
  const text::DecodedChar first = text::folded_at(text_, e_.begin);  // ５ folds to 5
  const bool digit = first.code_point >= U'0' && first.code_point <= U'9';
  if (e_.begin + first.length == e_.end && !digit) return nullptr;
  const auto of_group = [&](const WordLexicon::Match& m) {
    const UnitCue& cue = t_.unit_cue_values[static_cast<std::size_t>(m.payload)];
    return cue.group == w.cue_group ? &cue : nullptr;
  };
  WordLexicon::Match m;
  std::size_t after = word_end;
  if (t_.hedges_after.match_at(text_, after, &m)) after += m.length;
  for (const std::size_t at : {word_end, after})
    if (t_.unit_cues_after.match_at(text_, at, &m))
      if (const UnitCue* cue = of_group(m)) return cue;
  const std::size_t within = t_.cue_within[static_cast<std::size_t>(w.cue_group)];
  const std::size_t from = scan::clause_start(text_, b_.begin, within + t_.unit_cue_longest);
  for (std::size_t p = e_.begin; p >= from; p = text::previous_char_begin(text_, p)) {
    const std::size_t end = t_.unit_cues.match_at(text_, p, &m) ? p + m.length : 0;
    if (end > 0 && (p == e_.begin || (end <= b_.begin && end + within >= b_.begin)))  // 零下 starts the number
      if (const UnitCue* cue = of_group(m)) return cue;
    if (p == 0) break;
  }
  return nullptr;
}

// The counted noun or object that ends right before the claim, or before a link word there
// (用户超过, GPU可能超过), with 量 or 数 after it (参数量达, 用户数突破); nullptr if none.
const UnitWord* Binder::noun_before() const {
  WordLexicon::Match m;
  std::size_t q = b_.begin;
  if (t_.hedge_links.match_before(text_, q, &m)) q -= m.length;
  auto noun_at = [&](std::size_t end) -> const UnitWord* {
    if (!t_.units_after.match_before(text_, end, &m)) return nullptr;
    const UnitWord& w = t_.units[m.payload];
    return (w.kind == UnitKind::counted_noun || w.kind == UnitKind::object) && !w.only_after_number ? &w : nullptr;
  };
  const UnitWord* found = noun_at(q);  // 参数 itself ends in 数
  // 参数量 ends in 数量 too: the longest measure word first, then its last character alone
  if (found == nullptr && t_.noun_measure_words.match_before(text_, q, &m)) {
    const std::size_t longest = m.length;
    found = noun_at(q - longest);
    if (found == nullptr && longest > 3 && t_.noun_measure_words.match_at(text_, q - 3, &m) && m.length == 3)
      found = noun_at(q - 3);
  }
  return found;
}

bool Binder::apply_unit(const UnitWord& w, std::size_t word_begin, std::size_t word_end, bool more,
                        bool half) {
  if (e_.kind == NumberKind::date && w.kind != UnitKind::duration) return false;
  if (more) set_hedge(Qualifier::more_than, true);
  if (half) {
    b_.value += 0.5;
    if (b_.low) *b_.low += 0.5;
    if (b_.high) *b_.high += 0.5;
  }
  switch (w.kind) {
    case UnitKind::currency: {
      int code = currency_ >= 0 ? currency_ : static_cast<int>(&w - t_.units.data());
      WordLexicon::Match m;
      if (yen_sign_ && t_.yen_as_jpy_after.match_at(text_, word_begin, &m)) code = t_.jpy_unit;
      b_.dimension = "currency";
      b_.unit = t_.units[code].unit;
      b_.end = word_end;
      return true;
    }
    case UnitKind::duration:
      return apply_duration(w, word_begin, word_end);
    case UnitKind::percent:
    case UnitKind::percentage_point:
    case UnitKind::multiple:
      b_.dimension = w.dimension;
      b_.unit = w.unit;
      b_.end = word_end;
      return true;
    case UnitKind::physical: {
      // 3267.19点, 700点: index points only from a size up or with a fraction (两点建议 is two items)
      if (w.min_whole > 0 && e_.value < w.min_whole && e_.value == std::floor(e_.value)) return false;
      const UnitCue* cue = w.cue_group >= 0 ? unit_cue(w, word_end) : nullptr;
      if (w.cue_group >= 0 && cue == nullptr) return false;  // 倾斜30度, 二度夺冠, 三级响应
      b_.dimension = cue != nullptr ? std::string_view(cue->dimension) : std::string_view(w.dimension);
      b_.unit = cue != nullptr ? std::string_view(cue->unit) : std::string_view(w.unit);
      b_.end = word_end;
      read_decimal_after(word_begin, word_end);  // 1米85
      const double offset = cue != nullptr ? cue->offset : w.offset;
      if (offset != 0) shift(offset);  // 104°F is (104 − 32) × 5/9 = 40 °C
      scale(cue != nullptr ? cue->scale : w.scale);
      if (std::string_view(w.dimension) == "length" && after_speed_word()) to_speed(1, 1);  // 时速350公里: 350 km/h
      return true;
    }
    case UnitKind::classifier: {
      if (starts_other_word(w, word_end)) return false;  // 两位数: double digits, not two people
      if (w.not_after_range && e_.qualifier == Qualifier::range) return false;  // 10与20间: between
      // 2024款: a model year (but 1500款 is 1500 models)
      if (w.not_after_year && is_year_like(e_, text_) && e_.value >= 1900 && e_.value <= 2100) return false;
      const std::string_view word = text_.substr(word_begin, word_end - word_begin);
      b_.end = word_end;
      const bool counted = apply_count(w.unit, word_end, kClassifierPhraseBudget, true,
                                       word == "\xE5\x9D\x97" || word == "\xE5\xA1\x8A");  // 块 塊
      // 1.1万户居民 counts households: the noun after 户 only says whose
      if (counted && w.keeps_object && b_.dimension == "count") b_.object = w.unit;
      return counted;
    }
    case UnitKind::object:
    case UnitKind::counted_noun:
      return apply_count({}, word_begin, 0, false, false);
    case UnitKind::maker:
      break;
  }
  return false;
}

bool Binder::apply_duration(const UnitWord& w, std::size_t word_begin, std::size_t word_end) {
  WordLexicon::Match m;
  // 10年期国债, 一年期LPR, the 10-year Treasury, a 30-year mortgage: a term, no claim
  if (t_.term_after_unit.match_at(text_, word_end, &m) && m.payload == 1) return false;
  if (word_begin > 0 && text_[word_begin - 1] == '-' &&
      t_.term_nouns.match_at(text_, blanks_after(word_end), &m))
    return false;
  const bool cue_after = t_.duration_cues_after.match_at(text_, word_end, &m);
  const bool date_suffix = t_.date_suffixes.match_at(text_, word_end, &m);
  const bool hedged = hedged_before_ || b_.hedge.has_value() || e_.qualifier != Qualifier::exact;
  if (w.bare_year && is_year_like(e_, text_) && ((!hedged && !cue_after) || date_suffix)) return false;
  // 2024-2025年度, 1990至2000年间: a span of calendar years, not 2024.5 years
  if (std::string_view(w.unit) == "year" && e_.qualifier == Qualifier::range && e_.low && e_.high && *e_.low >= 1000 && *e_.high <= 2200 &&
      *e_.low < *e_.high && *e_.low == std::floor(*e_.low) && *e_.high == std::floor(*e_.high))
    return false;
  // The grammar's dates (2024年, 1月, 20日) are lengths of time only after a hedge (近30日).
  if (e_.kind == NumberKind::date && (!hedged_before_ || (!w.bare_year && !w.bare_month_or_day)))
    return false;
  if (w.bare_month_or_day) {
    // 一个半月, 两个月 when the grammar kept 个 or 半: a length, not a month of the year.
    const bool counted = word_begin >= 3 && (holds(text_, word_begin - 3, "\xE4\xB8\xAA") ||
                                             holds(text_, word_begin - 3, "\xE5\x80\x8B") ||
                                             holds(text_, word_begin - 3, "\xE5\x8D\x8A"));  // 个 個 半
    const double last_day = text_.substr(word_begin, 3) == "\xE6\x9C\x88" ? 12 : 31;  // 月
    if (date_suffix || (e_.value <= last_day && !hedged && !cue_after && !counted)) return false;
    // 1至9月, 1-9月: the months of the year from January to September, no length of time (but
    // 两三月, a vague pair with no word between, is two or three months)
    if (last_day == 12 && !counted && e_.qualifier == Qualifier::range && e_.low && e_.high && *e_.low >= 1 &&
        *e_.high <= last_day && *e_.low < *e_.high && *e_.low == std::floor(*e_.low) &&
        *e_.high == std::floor(*e_.high)) {
      const std::string_view span = text_.substr(e_.begin, word_begin - e_.begin);
      for (const std::string_view connector : {"-", "~", "\xE8\x87\xB3", "\xE5\x88\xB0", "\xEF\xBD\x9E"})  // 至 到 ～
        if (span.find(connector) != std::string_view::npos) return false;
    }
    // 少于9月的预期, 低于3月的水平: a comparison with a month of the year. Only an
    // approximation makes a lone month a length (近3月, 约6月).
    if (last_day == 12 && e_.value <= last_day && !cue_after && !counted && hedged_before_ && b_.hedge &&
        *b_.hedge != Qualifier::approx)
      return false;
  }
  // 惊心动魄的一天, 同一天, 每一年: a lone 一 after these names a day, not a length of time.
  if (holds(text_, e_.begin, "\xE4\xB8\x80") && e_.end - e_.begin == 3 && e_.begin >= 3) {  // 一
    static constexpr const char* kDeterminers[] = {"的", "这", "這", "那", "同", "当", "當", "每", "上", "下"};
    for (const char* d : kDeterminers)
      if (holds(text_, e_.begin - 3, d)) return false;
  }
  b_.dimension = "duration";
  b_.unit = w.unit;
  b_.end = word_end;
  // 三年半: half a unit more.
  if (holds(text_, word_end, "\xE5\x8D\x8A")) {  // 半
    b_.value += 0.5;
    if (b_.low) *b_.low += 0.5;
    if (b_.high) *b_.high += 0.5;
    b_.end += 3;
  }
  read_decimal_after(word_begin, word_end);
  return true;
}

// 46秒40, 1米85: one or two ASCII digits right after a unit word of decimal_after (the whole
// word) are its decimal part, unless more digits, a point, a letter or a unit word follow them
// (46秒40次). Adds them to the value in the word's unit and takes them into the span.
void Binder::read_decimal_after(std::size_t word_begin, std::size_t word_end) {
  WordLexicon::Match m;
  if (!t_.decimal_after.match_before(text_, word_end, &m) || m.length != word_end - word_begin) return;
  const std::size_t p = digits_end(text_, word_end, 2);
  double fraction = 0;
  double place = 1;
  int digit = 0;
  for (std::size_t d = word_end; d < p;) {
    d += digit_at(text_, d, &digit);
    place /= 10;
    fraction += digit * place;
  }
  if (p == word_end || (p < text_.size() && (digit_at(text_, p, &digit) != 0 || scan::is_ascii_letter(text_[p]) ||
                                             text_[p] == '.' || holds(text_, p, "\xEF\xBC\x8E") ||  // ．
                                             t_.units_after.match_at(text_, p, &m))))
    return;
  shift(fraction);
  b_.end = p;
}

Phrase Binder::read_phrase(std::size_t p, std::size_t budget) const {
  Phrase phrase;
  std::size_t spent = 0;
  WordLexicon::Match m;
  while (p < text_.size()) {
    const std::size_t q = scan::skip_blanks(text_, p, 8);
    if (scan::is_clause_break(text_, q)) break;
    if (t_.objects_in_phrase.match_at(text_, q, &m, true)) {
      const UnitWord& w = t_.units[m.payload];
      const std::size_t after = q + m.length;
      if (w.kind == UnitKind::physical) {
        if (std::string_view(w.unit) == "GPU_hour") {
          phrase.compound = &w;
          phrase.end = after;
        }
        break;
      }
      if (w.kind == UnitKind::maker || (w.kind == UnitKind::object && w.is_model)) {
        if (w.kind == UnitKind::maker) {
          if (!phrase.maker) phrase.maker = &w;
        } else if (phrase.model) {
          break;
        } else {
          phrase.model = &w;
        }
        phrase.end = after;
        p = after;
        // Nvidia's H800: a possessive stays inside the phrase.
        if (holds(text_, p, "'s")) p += 2;
        else if (holds(text_, p, "\xE2\x80\x99s")) p += 4;
        continue;
      }
      phrase.head = &w;
      phrase.end = after;
      break;
    }
    // After a model name only more object words may follow: H800英伟达GPU, H100 chips.
    if (phrase.model || scan::is_ascii_digit(text_[q])) break;
    const text::DecodedChar c = text::decode_at(text_, q);
    if (c.code_point == text::kInvalidCodePoint) break;  // a claim's text is always valid UTF-8
    // Nor does it hold a control character: NUL would cut it short for a C reader.
    if (text::is_control(c.code_point)) break;
    std::size_t length = c.length;
    if (scan::is_ascii_letter(text_[q])) {
      length = 0;
      while (q + length < text_.size() &&
             (is_ascii_alnum(text_[q + length]) || text_[q + length] == '-' || text_[q + length] == '\''))
        ++length;
    }
    spent += (q - p) + length;
    if (spent > budget) break;
    p = q + length;
  }
  return phrase;
}

// The clause around the number, at most kClauseLookaround bytes to either side.
std::string_view Binder::clause() const {
  const std::size_t from = scan::clause_start(text_, e_.begin, kClauseLookaround);
  const std::size_t to = scan::clause_end(text_, e_.end, kClauseLookaround);
  return text_.substr(from, to - from);
}

bool Binder::price_context() const {
  const std::string_view clause = this->clause();
  for (const auto& cue : t_.money_cues)
    if (clause.find(cue) != std::string_view::npos) return true;
  return false;
}

// Whether the unit word ending at `end` starts one of its not_before words (股 of 股价, 位 of 两位数).
bool Binder::starts_other_word(const UnitWord& w, std::size_t end) const {
  for (const std::string& other : w.not_before)
    if (holds(text_, end, other)) return true;
  return false;
}

// A counted noun that starts another word (3000股价) or that numerals alone count only from a
// size up (2200万股 and 五亿股 count shares, 两股力量 does not).
bool Binder::refused_noun(const UnitWord& noun, std::size_t noun_end) const {
  if (starts_other_word(noun, noun_end)) return true;
  return noun.numerals_from > 0 && b_.value < noun.numerals_from && !written_with_digits();
}

bool Binder::apply_count(std::string_view default_object, std::size_t from, std::size_t budget,
                         bool after_classifier, bool classifier_is_kuai) {
  const Phrase phrase = read_phrase(from, budget);
  if (phrase.compound) {
    b_.dimension = phrase.compound->dimension;
    b_.unit = phrase.compound->unit;
    scale(phrase.compound->scale);
    b_.end = phrase.end;
    return true;
  }
  // A counted noun heads the phrase (8台H800服务器 counts servers); else a model name beats
  // its class (2000块H800 GPU counts H800); a maker alone names its products only after a
  // classifier (5万张英伟达).
  const bool noun_head = phrase.head && phrase.head->kind == UnitKind::counted_noun;
  const UnitWord* object = noun_head ? phrase.head : phrase.model ? phrase.model : phrase.head;
  if (object && refused_noun(*object, phrase.end)) return false;
  std::string_view name;
  if (object) name = object->unit;
  else if (phrase.maker && after_classifier) name = phrase.maker->unit;
  // 一座, 单一公司: a lone 一 is an article or part of a word, not a count.
  if (text_.substr(e_.begin, e_.end - e_.begin) == "\xE4\xB8\x80") return false;  // 一
  // A noun right after a number that is not whole counts nothing: 7.2地震 is a magnitude.
  if (!after_classifier && !whole_amount(b_.value, b_.low, b_.high)) return false;
  if (!name.empty()) {
    b_.end = phrase.end;
  } else if (classifier_is_kuai && price_context()) {
    b_.dimension = "currency";
    b_.unit = t_.units[t_.cny_unit].unit;
    return true;
  } else if (!after_classifier) {
    return false;
  } else {
    name = default_object;
    // GPU可能超過5萬顆: no object after a classifier that ends the clause, the one named before
    if (name.empty() && scan::is_clause_break(text_, blanks_after(from)))
      if (const UnitWord* noun = noun_before()) name = noun->unit;
  }
  b_.dimension = "count";
  b_.unit = "count";
  b_.object = name;
  return true;
}

void Binder::read_hedge_after() {
  const std::size_t p = blanks_after(b_.end);
  WordLexicon::Match m;
  if (!t_.hedges_after.match_at(text_, p, &m)) return;
  const HedgeWord& h = t_.hedges[m.payload];
  if (!h.is_hedge) return;
  const std::string_view word = text_.substr(p, m.length);
  const bool step = word == "\xE5\xA4\x9A" || word == "\xE4\xBD\x99" || word == "\xE9\xA4\x98";
  // 多 or 余 right after a bare count or currency word belongs to the next word (5万元多家…):
  // only take it after a unit of time, a classifier phrase end or 倍 (一倍多).
  if (step && b_.dimension != "duration" && b_.dimension != "count" && b_.dimension != "multiple") return;
  // $5 million or more than $6 million: "more than" is the next number's hedge.
  WordLexicon::Match next;
  if (t_.after_not_before.match_at(text_, blanks_after(p + m.length), &next)) return;
  b_.end = p + m.length;
  if (h.qualifier != Qualifier::exact) set_hedge(h.qualifier, step);
}

// $37.5 billion, plus or minus 2%; 营收约375亿美元，上下浮动2%: a percentage margin after an exact
// amount bounds it on both sides and joins its span.
void Binder::read_margin() {
  if (b_.qualifier != Qualifier::exact || b_.dimension == "percent" || b_.dimension == "percentage_point") return;
  std::size_t p = blanks_after(b_.end);
  // A comma, then a full-width one (, ，), each tested by its bytes where it may stand: most
  // claims have neither, and a loop over the two costs more than the tests.
  if (p < text_.size() && text_[p] == ',') p = blanks_after(p + 1);
  if (holds(text_, p, "\xEF\xBC\x8C")) p = blanks_after(p + 3);
  WordLexicon::Match m;
  if (!t_.margins.match_at(text_, p, &m)) return;
  p = blanks_after(p + m.length);
  // The percentage: digits and a decimal point, then % or (per cent|percent).
  double percent = 0;
  const char* first = text_.data() + p;
  const auto [last, error] = std::from_chars(first, text_.data() + text_.size(), percent, std::chars_format::fixed);
  if (error != std::errc() || p >= text_.size() || !scan::is_ascii_digit(text_[p])) return;
  const std::size_t q = p + static_cast<std::size_t>(last - first);
  std::size_t end = 0;
  for (const char* sign : {"%", "\xEF\xBC\x85", " percent", " per cent"})  // % ％
    if (end == 0 && holds(text_, q, sign)) end = q + std::char_traits<char>::length(sign);
  if (end == 0 || !(percent > 0 && percent < 100)) return;
  const double a = b_.value * (1 - percent / 100), b = b_.value * (1 + percent / 100);  // a > b below zero
  if (!std::isfinite(a) || !std::isfinite(b)) return;
  b_.qualifier = Qualifier::range;
  b_.low = std::min(a, b);
  b_.high = std::max(a, b);
  b_.end = end;
}

// $2 per hour, 2美元/小时, 每股派息1元: money per something is a rate, its unit the currency and
// the denominator (USD/hour, CNY/share); a count in the denominator divides the value ($0.14 per
// million tokens is 1.4e-7 USD/token). So is a count per a unit of time (90,000 vehicles a day,
// 每天新增病例3000例: count/day), which a total is never compared with; a count per anything
// else (37B parameters per token) stays a count. A length per hour, minute or second is a speed
// (每小时150公里, 每秒45米, 150 kilometres an hour: km/h). The words are data (data/units.json:
// rates, durations.in_hour).
void Binder::read_rate() {
  const bool count = b_.dimension == "count";
  const bool length = b_.dimension == "length";
  if (b_.dimension != "currency" && !count && !length) return;
  Denominator d;
  std::size_t per = 0;
  const auto kept = [&] { return count ? d.time : !length || d.in_hour > 0; };
  if (rate_after(&d)) {
    if (!kept()) return;
    b_.end = d.end;
  } else if (rate_before_number(&d, &per)) {
    if (!kept()) return;
    if (blanks_before(b_.begin) == d.end) b_.begin = per;  // 每小时2美元: one expression
  } else {
    return;
  }
  if (length) {
    to_speed(d.in_hour, d.divisor);
    return;
  }
  rate_unit_.assign(b_.unit).append("/").append(d.unit);
  b_.unit = rate_unit_;
  scale(1, d.divisor);
}

// The denominator at `p` (after blanks): a count (百万, million) and its classifier (个) if any,
// then a unit of time, a physical unit or a word of the rates table.
bool Binder::read_denominator(std::size_t p, Denominator* d) const {
  WordLexicon::Match m;
  p = blanks_after(p);
  double count = 1;
  if (t_.rate_counts.match_at(text_, p, &m)) {
    count = t_.rate_count_values[static_cast<std::size_t>(m.payload)];
    p = blanks_after(p + m.length);
    if (t_.rate_count_classifiers.match_at(text_, p, &m)) p = blanks_after(p + m.length);
  }
  // (The table's words end words of the text: GPU hours, not GPU hourly.)
  if (!t_.rate_denominators.match_at(text_, p, &m)) return false;
  const ClaimTables::RateUnit& unit = t_.rate_units[static_cast<std::size_t>(m.payload)];
  d->end = p + m.length;
  d->unit = unit.unit;
  d->divisor = count * unit.scale;
  d->time = unit.time;
  d->in_hour = unit.in_hour;
  return true;
}

// Whether the English word [begin, end) stands between blanks or a text edge before and a blank,
// then a word in ASCII after: "$2 per hour", not "$2per hour" or "人民币 a月".
bool Binder::english_words_around(std::size_t begin, std::size_t end) const {
  if (begin > 0 && blanks_before(begin) == begin) return false;
  const std::size_t next = blanks_after(end);
  return next > end && next < text_.size() && static_cast<unsigned char>(text_[next]) < 0x80;
}

// A denominator after the amount: $2 per hour, $87,072 a day (not a year ago), 2美元/小时,
// 2美元每小时 (每 only at the end of a clause).
bool Binder::rate_after(Denominator* d) const {
  const std::size_t p = blanks_after(b_.end);
  WordLexicon::Match m;
  if (!t_.rate_after.match_at(text_, p, &m)) return false;
  const std::string_view word = text_.substr(p, m.length);
  const bool letters = scan::is_ascii_letter(word.front());
  if (letters && !english_words_around(p, p + m.length)) return false;  // $2per, 人民币 a月
  if (!read_denominator(p + m.length, d)) return false;
  const std::size_t next = blanks_after(d->end);
  if (word == "\xE6\xAF\x8F" && next < text_.size() && !scan::is_clause_break(text_, next)) return false;  // 每
  if (letters && word != "per") {
    WordLexicon::Match ago;
    if (t_.rate_not_after.match_at(text_, next, &ago) || (d->end < text_.size() && text_[d->end] == '-'))
      return false;  // a year ago, a year-earlier figure
  }
  return true;
}

// A denominator before the number, at most rate_before_gap bytes before it in its clause with no
// digit between: 每小时2美元, 每股收益为20.5元, earnings per share of $2.40. *per: where 每 or
// per starts.
bool Binder::rate_before_number(Denominator* d, std::size_t* per) const {
  constexpr std::size_t kLookBack = 48;  // 每, a count, 个, a unit and the gap
  const std::size_t from = b_.begin > kLookBack ? b_.begin - kLookBack : 0;
  bool found = false;
  // Where a word of the table may start: its first byte (few, and rare in the window).
  const std::string_view before = text_.substr(0, b_.begin);
  for (const char first : t_.rate_before_first) {
    for (std::size_t p = before.find(first, from); p != std::string_view::npos; p = before.find(first, p + 1)) {
      if (found && p < *per) continue;  // the last one before the number wins
      WordLexicon::Match m;
      if (!t_.rate_before.match_at(text_, p, &m)) continue;
      if (scan::clause_start(text_, b_.begin, b_.begin - p) > p) continue;  // another clause
      if (scan::is_ascii_letter(text_[p]) && !english_words_around(p, p + m.length)) continue;  // super, per股
      Denominator here;
      if (!read_denominator(p + m.length, &here) || here.end > b_.begin || b_.begin - here.end > t_.rate_before_gap)
        continue;
      bool digit = false;
      for (std::size_t i = here.end; i < b_.begin && !digit; ++i) digit = scan::is_ascii_digit(text_[i]);
      if (digit) continue;
      *d = here;
      *per = p;
      found = true;
    }
  }
  return found;
}

void Binder::finish_bounds() {
  if (e_.qualifier != Qualifier::exact || !b_.hedge) return;
  b_.qualifier = *b_.hedge;
  const double v = b_.value;
  switch (b_.qualifier) {
    case Qualifier::more_than:
    case Qualifier::at_least:
      b_.low = v;
      b_.high.reset();
      if (b_.step_open) {
        // 3年多 → (3, 4), stated as its midpoint like the grammar's 六十多 → 65.
        b_.high = v + last_digit_step(v);
        b_.value = (v + *b_.high) / 2;
      }
      break;
    case Qualifier::less_than:
    case Qualifier::at_most:
      b_.low.reset();
      b_.high = v;
      break;
    default:
      break;
  }
}

// × factor ÷ divisor. A divisor is divided by, not multiplied in as its inverse: $60 per million
// tokens is 6e-05, not 5.9999999999999995e-05.
// A result that is no whole number keeps 15 significant digits, so that a unit's factor leaves no
// binary noise: 150 mph is 241.4016 km/h, not 241.40160000000003.
double without_noise(double x) {
  if (x == std::floor(x) || !std::isfinite(x)) return x;
  char buf[32];
  const auto printed = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::general, 15);
  double rounded = x;
  std::from_chars(buf, printed.ptr, rounded);
  return rounded;
}

void Binder::scale(double factor, double divisor) {
  b_.value = without_noise(b_.value * factor / divisor);
  if (b_.low) *b_.low = without_noise(*b_.low * factor / divisor);
  if (b_.high) *b_.high = without_noise(*b_.high * factor / divisor);
}

// The length in metres becomes a speed in km/h: it was per (divisor / in_hour) of an hour.
void Binder::to_speed(double in_hour, double divisor) {
  b_.dimension = "speed";
  b_.unit = "km/h";
  scale(in_hour, 1000 * divisor);
}

void Binder::shift(double offset) {
  b_.value = without_noise(b_.value + offset);
  if (b_.low) *b_.low = without_noise(*b_.low + offset);
  if (b_.high) *b_.high = without_noise(*b_.high + offset);
}

}  // namespace

ClaimBinder::ClaimBinder(const std::vector<ObjectKind>& objects) : tables_(ClaimTables::for_objects(objects)) {}

bool ClaimBinder::bind(std::string_view text, const NumberExpr& expr, Claim* out) const {
  Binder binder(*tables_, text, expr);
  return binder.run(out);
}

}  // namespace claimcheck
