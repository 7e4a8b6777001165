// Dates, clock times and ordinals: recognised so that the claim layer can drop them.
#include <cstdint>
#include <string>

#include "numbers/expression_names.hpp"
#include "numbers/expression_reader.hpp"
#include "numbers/text_walk.hpp"
#include "text/utf8.hpp"

namespace claimcheck::numbers {

namespace {

using text::folded_at;

// Appends a date or time part, built in place.
void add_date_part(std::vector<NumberExpr>* out, std::size_t b, std::size_t e, std::int64_t v, NumberKind kind,
                   const std::string& unit) {
  NumberExpr& x = out->emplace_back();
  x.begin = b;
  x.end = e;
  x.value = static_cast<double>(v);
  x.low = x.high = x.value;
  x.kind = kind;
  x.dimension = kind == NumberKind::date ? names::kDate : names::kTime;
  x.unit = unit;
}

// Appends an ordinal, built in place.
void add_ordinal(std::vector<NumberExpr>* out, std::size_t b, std::size_t e, double v) {
  NumberExpr& x = out->emplace_back();
  x.begin = b;
  x.end = e;
  x.value = v;
  x.low = x.high = v;
  x.kind = NumberKind::ordinal;
  x.dimension = names::kOrdinal;
  x.unit = names::kOrdinal;
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

bool integer_in(const Quantity& q, std::int64_t lo, std::int64_t hi) {
  if (!q.integer || q.qualifier != Qualifier::exact || q.negative) return false;
  return Decimal::of(lo) <= q.low && q.low <= Decimal::of(hi);
}

std::size_t ExpressionReader::read_date_or_time(std::size_t pos, std::vector<NumberExpr>* out) const {
  const std::string_view text = quantities_.text();
  std::int64_t a = 0;
  std::int64_t b = 0;
  std::int64_t c = 0;
  std::size_t ea = 0;
  std::size_t eb = 0;
  std::size_t ec = 0;
  // Most numbers are ASCII digits followed by a character that separates no date or time (or by
  // nothing, or by too many digits): seen with one decoding.
  {
    std::size_t k = pos;
    while (k < text.size() && k - pos < 5 && is_ascii_digit(static_cast<unsigned char>(text[k]))) ++k;
    if (k - pos == 5) return pos;
    if (k > pos) {
      const char32_t next = cp_at(text, k);
      if (!is_ascii_digit(next) && next != U'-' && next != U'.' && next != U'/' && next != U':') return pos;
    }
  }
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
        add_date_part(out, pos, ea, a, NumberKind::date, names::kYear);
        add_date_part(out, pb, eb, b, NumberKind::date, names::kMonth);
        add_date_part(out, pc, ec, c, NumberKind::date, names::kDay);
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
      add_date_part(out, pos, ea, a, NumberKind::time, names::kHour);
      add_date_part(out, pb, eb, b, NumberKind::time, names::kMinute);
      if (cp_at(text, eb) == U':') {
        const std::size_t pc = after_char(text, eb);
        if (small_digits(text, pc, &c, &ec) == 2 && c < 60) {
          add_date_part(out, pc, ec, c, NumberKind::time, names::kSecond);
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
        add_date_part(out, pos, ea, a, NumberKind::date, names::kMonth);
        add_date_part(out, pb, eb, b, NumberKind::date, names::kDay);
        add_date_part(out, pc, ec, c, NumberKind::date, names::kYear);
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
  add_ordinal(out, pos, q.end, v);
  return q.end;
}

// After a plain quantity: 2025年, 1月, 28日, 18点42分 (Chinese dates and clock times) and
// 四十七任, 15th (ordinals). Returns the end, or a.begin when the quantity is none of these.
std::size_t ExpressionReader::read_date_or_ordinal_after(const Reading& a, std::vector<NumberExpr>* out) const {
  const std::string_view text = quantities_.text();
  // Chinese dates and clock times: 2025年1月28日, 1月20日, 18点42分.
  // (Most quantities are followed by none of the characters below: no other test is made then.)
  const char32_t n = a.kind == Reading::Kind::plain && a.q.integer && !a.q.negative ? cp_after(a, a.q.end) : U'\0';
  if (n == U'年' || n == U'月' || n == U'日' || n == U'号' || n == U'点' || n == U'时') {
    const bool year_like = (a.q.digit_count == 4 || a.q.numeral_chars == 4) && integer_in(a.q, 1000, 2100);
    double v = 0;
    a.q.low.to_double(&v);
    // Only small values are used below (years, months, days, hours); a huge one must not be
    // converted (found by fuzzing: the conversion of 3.3e19 is undefined).
    const std::int64_t iv = v >= 0 && v < 1e15 ? static_cast<std::int64_t>(v) : -1;
    if (n == U'年' && year_like) {
      add_date_part(out, a.begin, after_char(text, a.q.end), iv, NumberKind::date, names::kYear);
      return after_char(text, a.q.end);
    }
    if (n == U'月' && integer_in(a.q, 1, 12)) {
      add_date_part(out, a.begin, after_char(text, a.q.end), iv, NumberKind::date, names::kMonth);
      return after_char(text, a.q.end);
    }
    if ((n == U'日' || n == U'号') && integer_in(a.q, 1, 31)) {
      add_date_part(out, a.begin, after_char(text, a.q.end), iv, NumberKind::date, names::kDay);
      return after_char(text, a.q.end);
    }
    if ((n == U'点' || n == U'时') && integer_in(a.q, 0, 24)) {
      const std::size_t e = after_char(text, a.q.end);
      Quantity m;
      const bool minutes = quantities_.read(e, &m) && cp_at(text, m.end) == U'分' && integer_in(m, 0, 59);
      const char32_t after = cp_at(text, e);
      // 19时 alone is a clock reading after a day or a part of the day (7日19时, 晚8时, 凌晨3时)
      // and before 许 (19时许, about 7 pm).
      const char32_t before = a.begin > 0 ? cp_at(text, text::previous_char_begin(text, a.begin)) : U' ';
      const bool clock_context = n == U'时' && (after == U'许' || after == U'許' || before == U'日' || before == U'号' ||
                                                before == U'號' || before == U'晚' || before == U'早' ||
                                                before == U'午' || before == U'晨');
      if (minutes || clock_context || after == U'钟' || after == U'半' || after == U'整') {
        add_date_part(out, a.begin, e, iv, NumberKind::time, names::kHour);
        if (!minutes) return e;
        double mv = 0;
        m.low.to_double(&mv);
        const std::size_t me = after_char(text, m.end);
        add_date_part(out, m.begin, me, static_cast<std::int64_t>(mv), NumberKind::time, names::kMinute);
        return me;
      }
    }
  }

  // 四十七任, 15th
  if (a.kind == Reading::Kind::plain && a.q.integer && a.q.qualifier == Qualifier::exact) {
    std::size_t e = a.q.end;
    if (quantities_.tables().ordinal_suffixes.matches_at(text, e)) {
      e = after_char(text, e);
    } else if (a.q.script == Script::arabic && (ascii_word_is(text, e, "st") || ascii_word_is(text, e, "nd") ||
                                                ascii_word_is(text, e, "rd") || ascii_word_is(text, e, "th"))) {
      e += 2;
    }
    double v = 0;
    if (e != a.q.end && a.q.low.to_double(&v)) {
      add_ordinal(out, a.begin, e, v);
      return e;
    }
  }

  return a.begin;
}

}  // namespace claimcheck::numbers
