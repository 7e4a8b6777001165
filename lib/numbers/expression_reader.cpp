// Number expressions around quantities (see expression_reader.hpp).
#include "numbers/expression_reader.hpp"

#include <cstring>

#include "text/fold.hpp"

namespace claimcheck::numbers {

namespace {

using text::folded_at;

char32_t cp_at(std::string_view text, std::size_t pos) {
  return pos < text.size() ? folded_at(text, pos).code_point : U'\0';
}

std::size_t after_char(std::string_view text, std::size_t pos) { return pos + folded_at(text, pos).length; }

// Matches `word` (folded Simplified, e.g. "个百分点") at `pos`, allowing ASCII spaces between
// its characters when `spaced`. Returns the end, or `pos` when it does not match.
std::size_t match_folded(std::string_view text, std::size_t pos, std::u32string_view word, bool spaced) {
  std::size_t p = pos;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (spaced && i > 0)
      while (p < text.size() && text[p] == ' ') ++p;
    if (p >= text.size()) return pos;
    const auto c = folded_at(text, p);
    if (c.code_point != word[i]) return pos;
    p += c.length;
  }
  return p;
}

std::size_t skip_spaces(std::string_view text, std::size_t pos) {
  while (pos < text.size() && cp_at(text, pos) == U' ') pos = after_char(text, pos);
  return pos;
}

bool ascii_word_is(std::string_view text, std::size_t pos, const char* word) {
  const std::size_t n = std::strlen(word);
  if (pos + n > text.size()) return false;
  for (std::size_t i = 0; i < n; ++i) {
    char c = text[pos + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != word[i]) return false;
  }
  return pos + n == text.size() || !is_ascii_letter(static_cast<unsigned char>(text[pos + n]));
}

bool integer_in(const Quantity& q, std::int64_t lo, std::int64_t hi) {
  if (!q.integer || q.qualifier != Qualifier::exact || q.negative) return false;
  return Decimal::of(lo) <= q.low && q.low <= Decimal::of(hi);
}

NumberExpr date_part(std::size_t b, std::size_t e, std::int64_t v, NumberKind kind, const char* unit) {
  NumberExpr x;
  x.begin = b;
  x.end = e;
  x.value = static_cast<double>(v);
  x.low = x.high = x.value;
  x.kind = kind;
  x.dimension = kind == NumberKind::date ? "date" : "time";
  x.unit = unit;
  return x;
}

NumberExpr ordinal(std::size_t b, std::size_t e, double v) {
  NumberExpr x;
  x.begin = b;
  x.end = e;
  x.value = v;
  x.low = x.high = v;
  x.kind = NumberKind::ordinal;
  x.dimension = "ordinal";
  x.unit = "ordinal";
  return x;
}

// Reads 1-4 ASCII digits at pos; returns their count (0 if none) and the value.
int small_digits(std::string_view text, std::size_t pos, std::int64_t* v, std::size_t* end) {
  int n = 0;
  std::int64_t value = 0;
  std::size_t p = pos;
  while (p < text.size() && n < 5) {
    const auto c = folded_at(text, p);
    if (!is_ascii_digit(c.code_point)) break;
    value = value * 10 + static_cast<std::int64_t>(c.code_point - U'0');
    ++n;
    p += c.length;
  }
  *v = value;
  *end = p;
  return n;
}

}  // namespace

std::size_t ExpressionReader::read_date_or_time(std::size_t pos, std::vector<NumberExpr>* out) const {
  const std::string_view text = quantities_.text();
  std::int64_t a = 0;
  std::int64_t b = 0;
  std::int64_t c = 0;
  std::size_t ea = 0;
  std::size_t eb = 0;
  std::size_t ec = 0;
  const int na = small_digits(text, pos, &a, &ea);
  if (na == 0 || na > 4) return pos;
  const char32_t s1 = cp_at(text, ea);
  // 2025-01-28, 2025.2.10, 2025/1/28, optionally followed by a clock time.
  if (na == 4 && a >= 1000 && a <= 2100 && (s1 == U'-' || s1 == U'.' || s1 == U'/')) {
    const std::size_t pb = after_char(text, ea);
    const int nb = small_digits(text, pb, &b, &eb);
    if (nb >= 1 && nb <= 2 && b >= 1 && b <= 12 && cp_at(text, eb) == s1) {
      const std::size_t pc = after_char(text, eb);
      const int nc = small_digits(text, pc, &c, &ec);
      if (nc >= 1 && nc <= 2 && c >= 1 && c <= 31 && !is_ascii_digit(cp_at(text, ec))) {
        out->push_back(date_part(pos, ea, a, NumberKind::date, "year"));
        out->push_back(date_part(pb, eb, b, NumberKind::date, "month"));
        out->push_back(date_part(pc, ec, c, NumberKind::date, "day"));
        const std::size_t t = skip_spaces(text, ec);
        if (t != ec || cp_at(text, ec) == U'T') {
          const std::size_t tp = t != ec ? t : ec + 1;
          const std::size_t te = read_date_or_time(tp, out);
          if (te != tp) return te;
        }
        return ec;
      }
    }
  }
  // 09:59:57, 18:42
  if (na <= 2 && a <= 24 && s1 == U':') {
    const std::size_t pb = after_char(text, ea);
    const int nb = small_digits(text, pb, &b, &eb);
    if (nb == 2 && b < 60) {
      out->push_back(date_part(pos, ea, a, NumberKind::time, "hour"));
      out->push_back(date_part(pb, eb, b, NumberKind::time, "minute"));
      if (cp_at(text, eb) == U':') {
        const std::size_t pc = after_char(text, eb);
        if (small_digits(text, pc, &c, &ec) == 2 && c < 60) {
          out->push_back(date_part(pc, ec, c, NumberKind::time, "second"));
          return ec;
        }
      }
      return eb;
    }
  }
  // 5/17/2018
  if (na <= 2 && a >= 1 && a <= 12 && s1 == U'/') {
    const std::size_t pb = after_char(text, ea);
    const int nb = small_digits(text, pb, &b, &eb);
    if (nb >= 1 && nb <= 2 && b >= 1 && b <= 31 && cp_at(text, eb) == U'/') {
      const std::size_t pc = after_char(text, eb);
      if (small_digits(text, pc, &c, &ec) == 4 && !is_ascii_digit(cp_at(text, ec))) {
        out->push_back(date_part(pos, ea, a, NumberKind::date, "month"));
        out->push_back(date_part(pb, eb, b, NumberKind::date, "day"));
        out->push_back(date_part(pc, ec, c, NumberKind::date, "year"));
        return ec;
      }
    }
  }
  return pos;
}

// 第三, 第一百: the ordinal with its 第.
std::size_t ExpressionReader::read_ordinal(std::size_t pos, std::vector<NumberExpr>* out) const {
  const std::string_view text = quantities_.text();
  Quantity q;
  if (cp_at(text, pos) != U'第' || !quantities_.read(after_char(text, pos), &q)) return pos;
  double v = 0;
  if (!q.low.to_double(&v) || q.qualifier != Qualifier::exact) return pos;
  out->push_back(ordinal(pos, q.end, v));
  return q.end;
}

bool ExpressionReader::read_prefixed(std::size_t pos, Reading* r) const {
  const std::string_view text = quantities_.text();
  const NumeralTables& tables = quantities_.tables();
  // 百分之十五, 千分之二, 万分之三 (spaces allowed: 百 分 之 2.4)
  struct PerPrefix {
    std::u32string_view word;
    int scale;
  };
  static constexpr PerPrefix kPer[] = {{U"百分之", 0}, {U"千分之", -1}, {U"万分之", -2}, {U"佰分之", 0}, {U"仟分之", -1}};
  for (const auto& per : kPer) {
    const std::size_t e = match_folded(text, pos, per.word, true);
    if (e == pos) continue;
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
    q.low = q.low.scaled(per.scale);
    q.high = q.high.scaled(per.scale);
    r->q = q;
    r->begin = pos;
    r->end = q.end;
    r->kind = Reading::Kind::percent;
    return true;
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
  for (const auto& [prefix, code] : tables.currency_prefixes) {
    if (text.size() - pos < prefix.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < prefix.size() && same; ++i) {
      char a = text[pos + i];
      char b = prefix[i];
      if (a >= 'a' && a <= 'z') a = static_cast<char>(a - 'a' + 'A');
      if (b >= 'a' && b <= 'z') b = static_cast<char>(b - 'a' + 'A');
      same = a == b;
    }
    if (!same) continue;
    if (pos > 0 && is_ascii_letter(static_cast<unsigned char>(prefix[0])) &&
        is_ascii_letter(static_cast<unsigned char>(text[pos - 1])))
      continue;
    const std::size_t s = skip_spaces(text, pos + prefix.size());
    Quantity q;
    if (!quantities_.read(s, &q)) continue;
    r->q = q;
    r->begin = pos;
    r->end = q.end;
    r->kind = Reading::Kind::currency;
    r->currency = code;
    return true;
  }
  return false;
}

void ExpressionReader::read_suffix(Reading* r) const {
  const std::string_view text = quantities_.text();
  const NumeralTables& tables = quantities_.tables();
  const std::size_t e = r->end;
  if (e >= text.size()) return;
  const char32_t c = cp_at(text, e);
  // 16.97%, 27 %, 100 percent
  {
    const std::size_t s = skip_spaces(text, e);
    if (cp_at(text, s) == U'%' && (s == e || r->q.script != Script::chinese)) {
      r->end = after_char(text, s);
      r->kind = Reading::Kind::percent;
      return;
    }
    if (s != e || r->q.script == Script::english) {
      for (const char* w : {"percent", "percents", "percentage", "per cent"}) {
        if (ascii_word_is(text, s, w)) {
          r->end = s + std::strlen(w);
          r->kind = Reading::Kind::percent;
          return;
        }
      }
    }
  }
  // 个百分点, 百分点
  for (const std::u32string_view w : {std::u32string_view(U"个百分点"), std::u32string_view(U"百分点")}) {
    const std::size_t m = match_folded(text, skip_spaces(text, e), w, true);
    if (m != skip_spaces(text, e)) {
      r->end = m;
      r->kind = Reading::Kind::percentage_point;
      return;
    }
  }
  if (c == U'倍') {
    r->end = after_char(text, e);
    r->kind = Reading::Kind::multiple;
    return;
  }
  // 六成 (60 %), 三成半 (35 %)
  if (c == U'成' && r->q.qualifier == Qualifier::exact && !r->q.negative &&
      r->q.low <= Decimal::of(10) && !starts_with_any(text, after_char(text, e), tables.percent_after_cheng_not_before)) {
    r->end = after_char(text, e);
    r->q.low = r->q.low.scaled(1);
    r->q.high = r->q.high.scaled(1);
    if (cp_at(text, r->end) == U'半') {
      r->q.low = r->q.low + Decimal::of(5);
      r->q.high = r->q.high + Decimal::of(5);
      r->end = after_char(text, r->end);
    }
    r->kind = Reading::Kind::percent;
    return;
  }
  // 七折 (70 %), 75折, 9.5折
  if (c == U'折' && r->q.qualifier == Qualifier::exact && !r->q.negative &&
      !starts_with_any(text, after_char(text, e), tables.discount_after_zhe_not_before) &&
      Decimal::of(0) < r->q.low && r->q.low < Decimal::of(100)) {
    const bool one_place = !r->q.integer || r->q.low < Decimal::of(10);
    if (one_place && !(r->q.low < Decimal::of(10))) return;
    r->end = after_char(text, e);
    if (one_place) {
      r->q.low = r->q.low.scaled(1);
      r->q.high = r->q.high.scaled(1);
    }
    r->kind = Reading::Kind::percent;
    return;
  }
  // Currencies after the number: 558万美元, 300 dollars, 115USD.
  const std::size_t s = skip_spaces(text, e);
  for (const auto& [suffix, code] : tables.currency_suffixes) {
    const bool ascii = is_ascii_letter(static_cast<unsigned char>(suffix[0]));
    const std::size_t at = ascii || suffix[0] == '$' || static_cast<unsigned char>(suffix[0]) == 0xE2 ? s : e;
    if (text.compare(at, suffix.size(), suffix) != 0) continue;
    const std::size_t after = at + suffix.size();
    if (ascii && after < text.size() && is_ascii_letter(static_cast<unsigned char>(text[after]))) continue;
    if (!ascii && suffix == "元" && after < text.size()) {
      const char32_t n = cp_at(text, after);
      if (n == U'素' || n == U'旦' || n == U'年' || n == U'宵' || n == U'首' || n == U'老' || n == U'件') continue;
    }
    r->end = after;
    r->kind = Reading::Kind::currency;
    r->currency = code;
    return;
  }
}

bool ExpressionReader::read_reading(std::size_t pos, Reading* r) const {
  const std::string_view text = quantities_.text();
  if (read_prefixed(pos, r)) {
    if (r->kind == Reading::Kind::currency) {
      // $5 million is read by the quantity; "$ 10 dollars" keeps one currency.
      Reading tail = *r;
      tail.kind = Reading::Kind::plain;
      read_suffix(&tail);
      if (tail.kind == Reading::Kind::currency) r->end = tail.end;
    }
    return true;
  }
  Quantity q;
  if (!quantities_.read(pos, &q)) return false;
  r->q = q;
  r->begin = pos;
  r->end = q.end;
  r->kind = Reading::Kind::plain;
  // X分之Y: Y / X
  const std::size_t f = match_folded(text, skip_spaces(text, q.end), U"分之", true);
  if (f != skip_spaces(text, q.end)) {
    Quantity y;
    if (quantities_.read(skip_spaces(text, f), &y)) {
      double x = 0;
      double ylo = 0;
      double yhi = 0;
      r->frac_exact = q.low.to_double(&x) && y.low.to_double(&ylo) && y.high.to_double(&yhi) && x != 0;
      if (r->frac_exact) {
        r->frac_low = ylo / x;
        r->frac_high = yhi / x;
      }
      r->end = y.end;
      r->kind = Reading::Kind::fraction;
      return true;
    }
  }
  // 1/17, 3/4 (ASCII digits both sides)
  if (q.script == Script::arabic && q.integer && cp_at(text, q.end) == U'/') {
    Quantity y;
    const std::size_t s = after_char(text, q.end);
    if (is_ascii_digit(cp_at(text, s)) && quantities_.read(s, &y) && y.script == Script::arabic && y.integer &&
        !y.has_multiplier) {
      double x = 0;
      double d = 0;
      r->frac_exact = q.low.to_double(&x) && y.low.to_double(&d) && d != 0;
      if (r->frac_exact) r->frac_low = r->frac_high = x / d;
      r->end = y.end;
      r->kind = Reading::Kind::fraction;
      return true;
    }
  }
  read_suffix(r);
  return true;
}

bool ExpressionReader::read_range(const Reading& a, Reading* b, std::size_t* connector_end) const {
  const std::string_view text = quantities_.text();
  if (a.kind == Reading::Kind::fraction || a.q.qualifier != Qualifier::exact) return false;
  std::size_t s = skip_spaces(text, a.end);
  const char32_t c = cp_at(text, s);
  std::size_t next = s;
  if (c == U'至' || c == U'到' || c == U'~') {
    next = after_char(text, s);
  } else if (c == U'-') {
    // 3-5, 1000 - 5000: digits on both sides, spaced on both sides or on neither
    if (a.q.script == Script::chinese) return false;
    next = after_char(text, s);
    if ((s != a.end) != (next < text.size() && cp_at(text, next) == U' ')) return false;
  } else if (ascii_word_is(text, s, "to") || ascii_word_is(text, s, "through")) {
    next = s + (ascii_word_is(text, s, "to") ? 2 : 7);
  } else {
    return false;
  }
  next = skip_spaces(text, next);
  if (next >= text.size()) return false;
  if (c == U'-' && !is_ascii_digit(cp_at(text, next))) return false;
  if (!read_reading(next, b)) return false;
  if (b->kind == Reading::Kind::fraction || b->q.qualifier != Qualifier::exact || b->q.negative) return false;
  // 2025-01 and phone numbers are not ranges.
  if (c == U'-' && cp_at(text, b->end) == U'-') return false;
  *connector_end = next;
  return true;
}

std::size_t ExpressionReader::emit(const Reading& r, std::vector<NumberExpr>* out, std::vector<Note>* notes) const {
  NumberExpr x;
  x.begin = r.begin;
  x.end = r.end;
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
  x.qualifier = r.q.qualifier;
  x.low = lo;
  x.high = hi;
  x.value = lo == hi ? lo : (lo + hi) / 2;
  switch (r.kind) {
    case Reading::Kind::plain: break;
    case Reading::Kind::percent: x.dimension = x.unit = "percent"; break;
    case Reading::Kind::percentage_point: x.dimension = x.unit = "percentage_point"; break;
    case Reading::Kind::multiple: x.dimension = "multiple"; x.unit = "times"; break;
    case Reading::Kind::fraction: x.dimension = x.unit = "fraction"; break;
    case Reading::Kind::currency: x.dimension = "currency"; x.unit = r.currency; break;
  }
  out->push_back(x);
  return r.end;
}

std::size_t ExpressionReader::emit_range(const Reading& a, const Reading& b, std::vector<NumberExpr>* out,
                                         std::vector<Note>* notes) const {
  Reading lo = a;
  // 300至500万: the bare left side takes the right side's multiplier; 1~5%: its unit.
  if (!a.q.has_multiplier && b.q.has_multiplier && a.kind == Reading::Kind::plain) {
    const Decimal scaled = a.q.low.scaled(b.q.multiplier_power);
    if (scaled <= b.q.low) {
      lo.q.low = scaled;
      lo.q.high = a.q.high.scaled(b.q.multiplier_power);
    }
  }
  if (a.kind == Reading::Kind::plain && b.kind != Reading::Kind::plain) {
    lo.kind = b.kind;
    lo.currency = b.currency;
  }
  if (lo.kind != b.kind || lo.currency != b.currency || !(lo.q.low <= b.q.high)) return a.begin;
  Reading whole = lo;
  whole.end = b.end;
  whole.q.high = b.q.high;
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

  // Chinese dates and clock times: 2025年1月28日, 1月20日, 18点42分.
  if (a.kind == Reading::Kind::plain && a.q.integer && !a.q.negative) {
    const char32_t n = cp_at(text, a.q.end);
    const bool year_like = (a.q.digit_count == 4 || a.q.numeral_chars == 4) && integer_in(a.q, 1000, 2100);
    double v = 0;
    a.q.low.to_double(&v);
    const auto iv = static_cast<std::int64_t>(v);
    if (n == U'年' && year_like) {
      out->push_back(date_part(a.begin, after_char(text, a.q.end), iv, NumberKind::date, "year"));
      return after_char(text, a.q.end);
    }
    if (n == U'月' && integer_in(a.q, 1, 12)) {
      out->push_back(date_part(a.begin, after_char(text, a.q.end), iv, NumberKind::date, "month"));
      return after_char(text, a.q.end);
    }
    if ((n == U'日' || n == U'号') && integer_in(a.q, 1, 31)) {
      out->push_back(date_part(a.begin, after_char(text, a.q.end), iv, NumberKind::date, "day"));
      return after_char(text, a.q.end);
    }
    if ((n == U'点' || n == U'时') && integer_in(a.q, 0, 24)) {
      const std::size_t e = after_char(text, a.q.end);
      Quantity m;
      const bool minutes = quantities_.read(e, &m) && cp_at(text, m.end) == U'分' && integer_in(m, 0, 59);
      const char32_t after = cp_at(text, e);
      if (minutes || after == U'钟' || after == U'半' || after == U'整') {
        out->push_back(date_part(a.begin, e, iv, NumberKind::time, "hour"));
        if (!minutes) return e;
        double mv = 0;
        m.low.to_double(&mv);
        const std::size_t me = after_char(text, m.end);
        out->push_back(date_part(m.begin, me, static_cast<std::int64_t>(mv), NumberKind::time, "minute"));
        return me;
      }
    }
  }

  // 四十七任, 15th
  if (a.kind == Reading::Kind::plain && a.q.integer && a.q.qualifier == Qualifier::exact) {
    std::size_t e = a.q.end;
    if (starts_with_any(text, e, quantities_.tables().ordinal_suffixes)) {
      e = after_char(text, e);
    } else if (a.q.script == Script::arabic && (ascii_word_is(text, e, "st") || ascii_word_is(text, e, "nd") ||
                                                ascii_word_is(text, e, "rd") || ascii_word_is(text, e, "th"))) {
      e += 2;
    }
    double v = 0;
    if (e != a.q.end && a.q.low.to_double(&v)) {
      out->push_back(ordinal(a.begin, e, v));
      return e;
    }
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
