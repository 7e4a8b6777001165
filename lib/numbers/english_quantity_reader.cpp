// English number words: "two hundred and two thousand", "twenty-one", "five point five",
// and digits continued by words ("4 thousand 3 hundred and 21").
#include <string>

#include "numbers/positional_value.hpp"
#include "numbers/quantity.hpp"
#include "numbers/text_walk.hpp"

namespace claimcheck::numbers {

namespace {

using text::folded_at;

// The value of entry `w` in one role (unit, tens, scale), or nullptr when it has none.
const int* role_of(const EnglishWord* w, int EnglishWord::*role) {
  return (w != nullptr && w->*role >= 0) ? &(w->*role) : nullptr;
}

// The value of `word` in one role of the lexicon, or nullptr.
const int* find_word(const EnglishLexicon& lexicon, std::string_view word, int EnglishWord::*role) {
  return role_of(lexicon.find(word), role);
}

}  // namespace

bool QuantityReader::fraction_follows(std::size_t pos) const {
  // "one hundred and three quarters" is 100 + 3/4: number words then a denominator.
  std::size_t p = pos;
  char buf[24];
  for (int words = 0; words < 4; ++words) {
    p = skip_spaces_and_hyphens(text_, p);
    const std::size_t n = lower_ascii_word(text_, p, buf, sizeof buf);
    if (n == 0) return false;
    const std::string_view w(buf, n);
    const EnglishWord* e = tables_.english.find(w);
    if (e != nullptr && (e->denominator > 0 || (words > 0 && e->ordinal_unit > 0))) return true;
    if ((e == nullptr || (e->unit < 0 && e->tens < 0)) && w != "a" && w != "an") return false;
    p += n;
  }
  return false;
}

bool QuantityReader::read_english(std::size_t pos, Quantity* out) const {
  Bounds b;
  std::size_t p = pos;
  std::size_t end = pos;
  int words = 0;
  bool only_one = false;
  bool expect_number_after_and = false;
  char buf[16];
  Quantity q;
  q.script = Script::english;
  while (p < text_.size()) {
    std::size_t t = p;
    if (b.lo.started() || expect_number_after_and) {
      const std::size_t s = skip_spaces_and_hyphens(text_, t);
      if (s == t && t != pos) break;
      t = s;
    }
    if (t >= text_.size()) break;
    const auto c = folded_at(text_, t);
    if (is_ascii_digit(c.code_point)) {
      // 4 thousand 3 hundred: digits continue an English number only after a scale word.
      if (!b.lo.after_unit() && !(t == pos)) break;
      Decimal v;
      int digits = 0;
      bool grouped = false;
      bool point = false;
      const std::size_t e = read_arabic(text_, t, &v, &digits, &grouped, &point);
      if (e == t || !b.atom(v, false)) break;
      q.digit_count += digits;
      q.integer = q.integer && !point;
      p = end = e;
      expect_number_after_and = false;
      continue;
    }
    const std::size_t n = lower_ascii_word(text_, t, buf, sizeof buf);
    if (n == 0) break;
    // a word must end at a word boundary
    if (t + n < text_.size() && is_ascii_digit(static_cast<unsigned char>(text_[t + n]))) break;
    const std::string_view w(buf, n);
    // One look-up for the word's roles (unit, tens, scale).
    const EnglishWord* entry = tables_.english.find(w);
    // several hundred, (a) few thousand: two to nine of the scale word that follows
    if (entry != nullptr && entry->vague_count && !b.lo.started()) {
      const std::size_t s = skip_spaces(text_, t + n);
      char sbuf[16];
      const std::size_t sn = lower_ascii_word(text_, s, sbuf, sizeof sbuf);
      if (s == t + n || sn == 0 || !find_word(tables_.english, std::string_view(sbuf, sn), &EnglishWord::scale)) break;
      b.lo.atom(Decimal::of(2), false);
      b.hi.atom(Decimal::of(9), false);
      q.qualifier = Qualifier::approx;
      p = t + n;
      continue;
    }
    // tens of thousands, hundreds of millions: two to nine of each scale, multiplied; what they
    // count follows "of" (tens of thousands of GPUs).
    if (entry != nullptr && entry->vague_scale >= 0 && !b.lo.started()) {
      b.lo.atom(Decimal::of(2), false);
      b.hi.atom(Decimal::of(9), false);
      int power = entry->vague_scale;
      std::size_t e = t + n;
      for (;;) {
        if (!(power <= 2 ? b.small_unit(power, false) : b.big_unit(power))) return false;
        const std::size_t o = skip_spaces(text_, e);
        if (o == e || !ascii_word_is(text_, o, "of")) break;
        const std::size_t s = skip_spaces(text_, o + 2);
        char sbuf[16];
        const std::size_t sn = s == o + 2 ? 0 : lower_ascii_word(text_, s, sbuf, sizeof sbuf);
        const int* next = sn > 0 ? find_word(tables_.english, std::string_view(sbuf, sn), &EnglishWord::vague_scale)
                                 : nullptr;
        if (next == nullptr || *next <= power) break;
        power = *next;
        e = s + sn;
      }
      q.qualifier = Qualifier::approx;
      q.plural = true;
      q.has_multiplier = power > 2;
      if (q.has_multiplier) q.multiplier_power = power;
      end = e;
      ++words;
      break;
    }
    // threefold, tenfold: the number word alone; the claim reads "fold" as its unit.
    if (entry == nullptr && words == 0) {
      std::size_t prefix = 0;
      const EnglishWord* number = tables_.number_before_multiple_suffix(w, &prefix);
      if (number == nullptr) break;
      if (!b.atom(Decimal::of(number->unit >= 0 ? number->unit : number->tens), false)) break;
      end = t + prefix;
      ++words;
      break;
    }
    if (const int* u = role_of(entry, &EnglishWord::unit)) {
      if (!b.atom(Decimal::of(*u), false)) break;
      only_one = words == 0 && *u == 1;
      p = end = t + n;
      ++words;
      expect_number_after_and = false;
      continue;
    }
    if (const int* tens = role_of(entry, &EnglishWord::tens)) {
      int value = *tens;
      std::size_t e = t + n;
      // twenty-one, twenty one
      const std::size_t s = skip_spaces_and_hyphens(text_, e);
      char ubuf[16];
      const std::size_t un = lower_ascii_word(text_, s, ubuf, sizeof ubuf);
      if (un > 0 && s > e) {
        const int* u = find_word(tables_.english, std::string_view(ubuf, un), &EnglishWord::unit);
        if (u && *u >= 1 && *u <= 9) {
          value += *u;
          e = s + un;
        }
      }
      if (!b.atom(Decimal::of(value), false)) break;
      p = end = e;
      ++words;
      expect_number_after_and = false;
      continue;
    }
    if (const int* scale = role_of(entry, &EnglishWord::scale)) {
      const bool ok = *scale == 2 ? b.small_unit(2, !b.lo.started()) : b.big_unit(*scale);
      if (!ok) break;
      if (*scale != 2) {
        q.has_multiplier = true;
        q.multiplier_power = *scale;
      }
      p = end = t + n;
      ++words;
      only_one = false;
      expect_number_after_and = false;
      continue;
    }
    if ((w == "a" || w == "an") && !b.lo.started()) {
      const std::size_t s = skip_spaces(text_, t + n);
      char sbuf[16];
      const std::size_t sn = lower_ascii_word(text_, s, sbuf, sizeof sbuf);
      if (sn > 0 && std::string_view(sbuf, sn) == "dozen" && words == 0) {
        // a dozen
        b.atom(Decimal::of(12), false);
        p = end = s + sn;
        ++words;
        break;
      }
      const EnglishWord* after_article = sn > 0 ? tables_.english.find(std::string_view(sbuf, sn)) : nullptr;
      if (after_article != nullptr && after_article->vague_count && words == 0) {  // a few thousand
        p = s;
        continue;
      }
      if (!role_of(after_article, &EnglishWord::scale)) break;
      b.atom(Decimal::of(1), false);
      p = t + n;
      continue;
    }
    if (w == "and" && b.lo.after_unit() && !expect_number_after_and && !fraction_follows(t + n)) {
      expect_number_after_and = true;
      p = t + n;
      continue;
    }
    if (w == "point" && b.lo.started() && !b.lo.after_point()) {
      // two hundred point zero three: the words after "point" are digits.
      Decimal frac;
      int scale = 0;
      std::size_t s = t + n;
      std::size_t fe = s;
      while (true) {
        const std::size_t k = skip_spaces_and_hyphens(text_, fe);
        char dbuf[16];
        const std::size_t dn = lower_ascii_word(text_, k, dbuf, sizeof dbuf);
        if (dn == 0) break;
        const std::string_view dw(dbuf, dn);
        int v = -1;
        if (const int* u = find_word(tables_.english, dw, &EnglishWord::unit)) v = *u;
        if (const int* tn = find_word(tables_.english, dw, &EnglishWord::tens)) v = *tn;
        if (v < 0) break;
        if (v >= 10) {
          frac.push_digit(v / 10);
          ++scale;
        }
        if (v < 10 || v % 10 != 0) {
          frac.push_digit(v % 10);
          ++scale;
        }
        fe = k + dn;
      }
      if (scale == 0) break;
      frac.exponent = -scale;
      if (!b.fraction(frac)) break;
      q.integer = false;
      p = end = fe;
      continue;
    }
    break;
  }
  if (!b.lo.started() || end == pos) return false;
  if (only_one && words == 1 && pos > 0) {
    // "the one you mentioned": a pronoun, not a number.
    const std::size_t k = text::skip_spaces_back(text_, pos);
    std::size_t w0 = k;
    while (w0 > 0 && is_ascii_letter(static_cast<unsigned char>(text_[w0 - 1]))) --w0;
    if (w0 < k) {
      std::string prev(text_.substr(w0, k - w0));
      for (auto& ch : prev) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
      for (const auto& stop : tables_.english_one_not_a_number_after)
        if (prev == stop) return false;
    }
  }
  q.low = b.lo.value(false);
  q.high = b.hi.value(false);
  q.begin = pos;
  q.end = end;
  *out = q;
  return true;
}

}  // namespace claimcheck::numbers
