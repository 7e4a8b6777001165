// English fractions and mixed numbers (see english_fractions.hpp).
#include "numbers/english_fractions.hpp"

#include <string>

namespace claimcheck::numbers {

namespace {

double pow10(int k) {
  double v = 1;
  for (int i = 0; i < k; ++i) v *= 10;
  return v;
}

// Spaces and one hyphen between words: "one-eighth", "five - eighths".
std::size_t skip_joiners(std::string_view text, std::size_t pos) {
  std::size_t p = skip_spaces(text, pos);
  if (p < text.size() && text[p] == '-') p = skip_spaces(text, p + 1);
  return p;
}

}  // namespace

bool EnglishFractions::denominator_at(std::size_t pos, double* den, std::size_t* end) const {
  const auto& t = quantities_.tables();
  const std::string_view text = quantities_.text();
  char buf[24];
  const std::size_t n = lower_ascii_word(text, pos, buf, sizeof buf);
  if (n == 0) return false;
  const EnglishWord* w = t.english.find(std::string_view(buf, n));
  if (w == nullptr) return false;
  if (w->denominator > 0) {
    *den = static_cast<double>(w->denominator);
    *end = pos + n;
    return true;
  }
  // twenty-first, twenty firsts
  if (w->tens > 0) {
    const std::size_t s = skip_joiners(text, pos + n);
    const std::size_t m = lower_ascii_word(text, s, buf, sizeof buf);
    const EnglishWord* unit = m == 0 ? nullptr : t.english.find(std::string_view(buf, m));
    if (unit == nullptr || unit->ordinal_unit == 0) return false;
    *den = w->tens + unit->ordinal_unit;
    *end = s + m;
    return true;
  }
  return false;
}

bool EnglishFractions::scale_at(std::size_t pos, int* power, std::size_t* end) const {
  char buf[24];
  const std::size_t n = lower_ascii_word(quantities_.text(), pos, buf, sizeof buf);
  if (n == 0) return false;
  const EnglishWord* w = quantities_.tables().english.find(std::string_view(buf, n));
  if (w == nullptr || w->scale < 0) return false;
  *power = w->scale;
  *end = pos + n;
  return true;
}

bool EnglishFractions::dozen_at(std::size_t pos, std::size_t* end) const {
  char buf[24];
  const std::size_t n = lower_ascii_word(quantities_.text(), pos, buf, sizeof buf);
  if (n == 0) return false;
  for (const auto& d : quantities_.tables().english_dozens) {
    if (d == std::string_view(buf, n)) {
      *end = pos + n;
      return true;
    }
  }
  return false;
}

bool EnglishFractions::simple_fraction_at(std::size_t pos, double* value, std::size_t* end) const {
  const std::string_view text = quantities_.text();
  char buf[24];
  const std::size_t n = lower_ascii_word(text, pos, buf, sizeof buf);
  double numerator = 0;
  std::size_t after = 0;
  if (n > 0 && (std::string_view(buf, n) == "a" || std::string_view(buf, n) == "an")) {
    numerator = 1;
    after = pos + n;
  } else {
    Quantity q;
    if (!quantities_.read(pos, &q) || q.script != Script::english || q.qualifier != Qualifier::exact ||
        !q.low.to_double(&numerator))
      return false;
    after = q.end;
  }
  double den = 0;
  std::size_t e = 0;
  if (!denominator_at(skip_joiners(text, after), &den, &e)) return false;
  *value = numerator / den;
  *end = e;
  return true;
}

bool EnglishFractions::apply_scale(FractionValue* f) const {
  const std::string_view text = quantities_.text();
  std::size_t s = skip_spaces(text, f->end);
  // "two thirds of a million"
  char buf[24];
  std::size_t n = lower_ascii_word(text, s, buf, sizeof buf);
  std::size_t probe = s;
  if (n == 2 && std::string_view(buf, n) == "of") {
    probe = skip_spaces(text, s + n);
    n = lower_ascii_word(text, probe, buf, sizeof buf);
    if (n == 1 && buf[0] == 'a') probe = skip_spaces(text, probe + n);
    else probe = s;
  }
  int power = 0;
  std::size_t e = 0;
  if (scale_at(probe, &power, &e)) {
    f->value *= pow10(power);
    f->end = e;
    f->whole = true;
    return true;
  }
  if (dozen_at(probe, &e)) {
    f->value *= 12;
    f->end = e;
    f->whole = true;
    return true;
  }
  return false;
}

bool EnglishFractions::after_quantity(const Quantity& q, FractionValue* out) const {
  const std::string_view text = quantities_.text();
  if (q.qualifier != Qualifier::exact || !q.integer) return false;
  double whole = 0;
  if (!q.low.to_double(&whole)) return false;
  double den = 0;
  std::size_t e = 0;
  FractionValue f;
  if (q.script == Script::english && !q.has_multiplier && denominator_at(skip_joiners(text, q.end), &den, &e)) {
    f.value = whole / den;
    f.end = e;
    apply_scale(&f);
    *out = f;
    return true;
  }
  // one and a half, 3 million and a quarter, five and a half million
  const std::size_t s = skip_spaces(text, q.end);
  char buf[8];
  if (lower_ascii_word(text, s, buf, sizeof buf) != 3 || std::string_view(buf, 3) != "and") return false;
  double part = 0;
  if (!simple_fraction_at(skip_spaces(text, s + 3), &part, &e)) return false;
  if (q.negative) part = -part;
  f.end = e;
  f.whole = true;
  int power = 0;
  std::size_t se = 0;
  if (scale_at(skip_spaces(text, e), &power, &se)) {
    // one billion and a half million: a smaller scale adds; five and a half million multiplies
    f.value = q.has_multiplier && q.multiplier_power > power ? whole + part * pow10(power)
                                                             : (whole + part) * pow10(power);
    f.end = se;
  } else {
    f.value = q.has_multiplier ? whole + part * pow10(q.multiplier_power) : whole + part;
  }
  *out = f;
  return true;
}

bool EnglishFractions::at_word(std::size_t pos, FractionValue* out) const {
  const std::string_view text = quantities_.text();
  char buf[24];
  const std::size_t n = lower_ascii_word(text, pos, buf, sizeof buf);
  if (n == 0) return false;
  const std::string_view w(buf, n);
  FractionValue f;
  std::size_t start = pos;
  if (w == "a" || w == "an") {
    double v = 0;
    std::size_t e = 0;
    if (simple_fraction_at(pos, &v, &e)) {
      f.value = v;
      f.end = e;
      apply_scale(&f);
      *out = f;
      return true;
    }
    start = skip_spaces(text, pos + n);  // a quarter million
  }
  const std::size_t m = start == pos ? n : lower_ascii_word(text, start, buf, sizeof buf);
  const std::string_view hw(buf, m);
  if (hw != "half" && hw != "quarter") return false;
  f.value = hw == "half" ? 0.5 : 0.25;
  f.end = start + m;
  // half a dozen, half a million
  std::size_t s = skip_spaces(text, f.end);
  char abuf[4];
  if (lower_ascii_word(text, s, abuf, sizeof abuf) == 1 && abuf[0] == 'a') {
    const std::size_t after_a = skip_spaces(text, s + 1);
    std::size_t e = 0;
    int power = 0;
    if (dozen_at(after_a, &e)) f.value *= 12;
    else if (scale_at(after_a, &power, &e)) f.value *= pow10(power);
    if (e != 0) {
      f.end = e;
      f.whole = true;
      *out = f;
      return true;
    }
  }
  if (!apply_scale(&f) && start != pos) return false;  // "a quarter" alone is read by simple_fraction_at
  *out = f;
  return true;
}

}  // namespace claimcheck::numbers
