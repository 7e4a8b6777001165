// Reading one quantity: Arabic digits, Chinese numerals, their mixes, multipliers (万 亿 k
// million), vague forms (六十多 数万 两三百) and English number words.
#include <algorithm>
#include <new>
#include <type_traits>
#include <string>

#include "numbers/positional_value.hpp"
#include "numbers/quantity.hpp"
#include "numbers/text_walk.hpp"
#include "text/fold.hpp"

namespace claimcheck::numbers {

namespace {

// True when the ASCII word ending right before `end` (spaces between allowed) is `word`.
bool word_before_is(std::string_view text, std::size_t end, const char* word) {
  const std::size_t e = text::skip_spaces_back(text, end);
  const std::size_t n = std::char_traits<char>::length(word);
  if (e < n) return false;
  const std::size_t b = e - n;
  return (b == 0 || !is_ascii_letter(static_cast<unsigned char>(text[b - 1]))) && ascii_word_is(text, b, word);
}

using text::folded_at;

// A copy of a state to roll back to, left unbuilt until it is first saved: a Bounds is large,
// and most readings never save one.
template <class T>
class Saved {
  static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);

 public:
  Saved() {}
  Saved& operator=(const T& v) {
    new (&value_) T(v);
    return *this;
  }
  const T& operator*() const { return value_; }

 private:
  union {
    T value_;
  };
};

bool is_han(char32_t c) { return c >= NumeralTables::kHanFirst && c <= NumeralTables::kHanLast; }

// True when a digit and a point come right before pos (the 168 of 192.168.1.2).
bool after_dotted_digits(std::string_view text, std::size_t pos) {
  if (pos < 2) return false;
  const std::size_t dot = text::previous_char_begin(text, pos);
  if (dot == 0 || folded_at(text, dot).code_point != U'.') return false;
  return is_ascii_digit(folded_at(text, text::previous_char_begin(text, dot)).code_point);
}



// The signed exponent of at most three digits at pos ("-4", "+14", "6"); returns its end, or pos.
std::size_t read_exponent(std::string_view text, std::size_t pos, int* exponent) {
  std::size_t k = pos;
  bool minus = false;
  if (k < text.size()) {
    const auto sign = folded_at(text, k);
    if (sign.code_point == U'-' || sign.code_point == U'+') {
      minus = sign.code_point == U'-';
      k += sign.length;
    }
  }
  int value = 0;
  int n = 0;
  while (k < text.size() && n < 3) {
    const auto d = folded_at(text, k);
    if (!is_ascii_digit(d.code_point)) break;
    value = value * 10 + static_cast<int>(d.code_point - U'0');
    ++n;
    k += d.length;
  }
  if (n == 0 || (k < text.size() && (is_ascii_letter(static_cast<unsigned char>(text[k])) ||
                                     is_ascii_digit(folded_at(text, k).code_point))))
    return pos;
  *exponent = minus ? -value : value;
  return k;
}

// A power of ten right after a number's digits: e5, E-1, x10^6, ×10^-4, * 10^3 (spaces around
// the sign allowed). Returns its end, or pos when there is none.
std::size_t read_power_of_ten(std::string_view text, std::size_t pos, int* exponent) {
  if (pos + 1 >= text.size()) return pos;
  const char first = text[pos];
  if (first == 'e' || first == 'E') {
    const std::size_t k = read_exponent(text, pos + 1, exponent);
    return k == pos + 1 ? pos : k;
  }
  // cheap byte test first: x, X, *, a space, or the lead byte of ×
  if (first != 'x' && first != 'X' && first != '*' && first != ' ' && first != '\xC3') return pos;
  std::size_t k = first == ' ' ? pos + 1 : pos;
  const char32_t times = k < text.size() ? folded_at(text, k).code_point : U'\0';
  if (times != U'x' && times != U'X' && times != U'×' && times != U'*') return pos;
  k += folded_at(text, k).length;
  if (k < text.size() && text[k] == ' ') ++k;
  if (text.compare(k, 3, "10^") != 0) return pos;
  const std::size_t end = read_exponent(text, k + 3, exponent);
  return end == k + 3 ? pos : end;
}

}  // namespace

std::size_t read_arabic(std::string_view text, std::size_t pos, Decimal* value, int* digits, bool* grouped,
                        bool* has_point, text::DecodedChar* after) {
  Decimal v;
  int count = 0;
  std::size_t p = pos;
  auto digit_at = [&](std::size_t q, int* d) {
    if (q >= text.size()) return std::uint32_t{0};
    const auto c = folded_at(text, q);
    if (!is_ascii_digit(c.code_point)) return std::uint32_t{0};
    *d = static_cast<int>(c.code_point - U'0');
    return c.length;
  };
  int d = 0;
  int first_group = 0;
  // ASCII digits (most of them) need no decoding; full-width ones are read after them.
  while (p < text.size() && is_ascii_digit(static_cast<unsigned char>(text[p]))) {
    v.push_digit(text[p] - '0');
    ++count;
    ++first_group;
    ++p;
  }
  // The character after the digits read so far, decoded once for the tests below (none when
  // past the end: a zero code point).
  text::DecodedChar next = p < text.size() ? folded_at(text, p) : text::DecodedChar{};
  while (is_ascii_digit(next.code_point)) {
    v.push_digit(static_cast<int>(next.code_point - U'0'));
    ++count;
    ++first_group;
    p += next.length;
    next = p < text.size() ? folded_at(text, p) : text::DecodedChar{};
  }
  // Thousands groups: ",ddd" or " ddd" (1 234 567, 40 000), exactly three digits each, one
  // separator throughout.
  char32_t separator = 0;
  while (first_group > 0 && first_group <= 3 && p < text.size()) {
    const auto sep = next;
    if ((sep.code_point != U',' && sep.code_point != U' ') || (separator != 0 && sep.code_point != separator)) break;
    std::size_t q = p + sep.length;
    int group[3] = {0, 0, 0};
    int n = 0;
    while (n < 4) {
      const auto len = digit_at(q, &d);
      if (!len) break;
      if (n < 3) group[n] = d;
      ++n;
      q += len;
    }
    if (n != 3) break;
    separator = sep.code_point;
    for (int g : group) v.push_digit(g);
    count += 3;
    p = q;
    next = p < text.size() ? folded_at(text, p) : text::DecodedChar{};
    *grouped = true;
  }
  // Decimal part, unless the digits are one part of a dotted run (192.168.1.2, 1.2.3): then
  // each part is a whole number.
  if (p < text.size() && count > 0) {
    const auto dot = next;
    if (dot.code_point == U'.' && digit_at(p + dot.length, &d) && !after_dotted_digits(text, pos)) {
      std::size_t q = p + dot.length;
      int scale = 0;
      Decimal frac = v;
      while (const auto len = digit_at(q, &d)) {
        frac.push_digit(d);
        ++scale;
        q += len;
      }
      const text::DecodedChar at_q = q < text.size() ? folded_at(text, q) : text::DecodedChar{};
      const bool dotted_run = at_q.code_point == U'.' && digit_at(q + at_q.length, &d);
      if (!dotted_run) {
        v = frac;
        v.exponent -= scale;
        *has_point = true;
        p = q;
        next = at_q;
      }
    }
  }
  *value = v;
  *digits = count;
  if (after != nullptr) *after = next;
  return p;
}

std::size_t QuantityReader::read_fraction_digits(std::size_t pos, Decimal* frac) const {
  Decimal v;
  int scale = 0;
  std::size_t p = pos;
  while (p < text_.size()) {
    const auto c = folded_at(text_, p);
    int d = -1;
    if (is_ascii_digit(c.code_point)) {
      d = static_cast<int>(c.code_point - U'0');
    } else {
      const HanInfo& h = tables_.info(c.code_point);
      if (h.role == HanRole::digit && !h.needs_formal_neighbour && c.code_point != U'两') d = h.value;
    }
    if (d < 0) break;
    v.push_digit(d);
    ++scale;
    p += c.length;
  }
  v.exponent = -scale;
  *frac = v;
  return p;
}

bool QuantityReader::read(std::size_t pos, Quantity* out) const {
  if (pos >= text_.size()) return false;
  // Most quantities open with an ASCII digit: no sign, no word before them.
  if (is_ascii_digit(static_cast<unsigned char>(text_[pos]))) {
    if (!read_positional(pos, out)) return false;
    out->begin = pos;
    return true;
  }
  std::size_t p = pos;
  bool negative = false;
  const auto c = folded_at(text_, p);
  if (c.code_point == U'-' || c.code_point == U'+') {
    const std::size_t q = p + c.length;
    if (q >= text_.size()) return false;
    const auto n = folded_at(text_, q);
    const bool dot_digit = n.code_point == U'.' && q + n.length < text_.size() &&
                           is_ascii_digit(folded_at(text_, q + n.length).code_point);
    if (!is_ascii_digit(n.code_point) && !dot_digit) return false;
    negative = c.code_point == U'-';
    p = q;
  } else if (c.code_point == U'负') {
    const std::size_t q = p + c.length;
    if (q >= text_.size()) return false;
    const auto n = folded_at(text_, q);
    const auto role = tables_.info(n.code_point).role;
    if (!is_ascii_digit(n.code_point) && role != HanRole::digit && role != HanRole::small_unit) return false;
    negative = true;
    p = q;
  } else if (c.code_point == U'零' && p + c.length < text_.size() &&
             folded_at(text_, p + c.length).code_point == U'下') {
    // 零下18摄氏度, 零下十八度: below zero. (零下 before anything else is a zero, then 下.)
    const std::size_t q = p + c.length + folded_at(text_, p + c.length).length;
    if (q < text_.size()) {
      const auto n = folded_at(text_, q);
      const auto role = tables_.info(n.code_point).role;
      if (is_ascii_digit(n.code_point) || role == HanRole::digit || role == HanRole::small_unit) {
        negative = true;
        p = q;
      }
    }
  } else if (is_ascii_letter(c.code_point)) {
    // minus five, negative one
    char buf[12];
    const std::size_t n = lower_ascii_word(text_, p, buf, sizeof buf);
    const std::string_view w(buf, n);
    if (w == "minus" || w == "negative") {
      const std::size_t q = skip_spaces(text_, p + n);
      if (q == p + n || q >= text_.size()) return false;
      // plus or minus 2%: a margin, the number after it is no negative one
      if (w == "minus" && word_before_is(text_, p, "or") &&
          word_before_is(text_, text::skip_spaces_back(text_, p) - 2, "plus"))
        return false;
      negative = true;
      p = q;
    }
  }
  // Read straight into *out (a Quantity is large to copy): both readers write it only when
  // they succeed, so a failed read leaves it as it was.
  const auto first = folded_at(text_, p);
  const bool ok = is_ascii_letter(first.code_point) ? read_english(p, out) : read_positional(p, out);
  if (!ok) return false;
  out->begin = pos;
  if (negative) {
    // −(60, 70) is (−70, −60)
    const Decimal low = out->high.negated();
    out->high = out->low.negated();
    out->low = low;
    out->negative = true;
  }
  return true;
}

const WordSet::Entry* QuantityReader::multiplier_letter_before_noun(std::size_t pos) const {
  const WordSet::Entry* letter = tables_.multiplier_letters_before_nouns.longest_at(text_, pos);
  if (letter == nullptr) return nullptr;
  const std::size_t s = skip_spaces(text_, pos + letter->word.size());
  const WordSet::Entry* noun = tables_.nouns_after_multiplier_letters.longest_at(text_, s);
  if (noun == nullptr) return nullptr;
  const std::size_t end = s + noun->word.size();
  const bool ascii_noun = is_ascii_letter(static_cast<unsigned char>(noun->word.back()));
  if (ascii_noun && end < text_.size() && is_ascii_letter(static_cast<unsigned char>(text_[end]))) return nullptr;
  return letter;
}

bool QuantityReader::bare_big_unit_opens(std::size_t pos) const {
  if (pos == 0 || pos >= text_.size()) return false;
  const auto c = folded_at(text_, pos);
  if (tables_.info(c.code_point).role != HanRole::big_unit) return false;
  const char32_t before = folded_at(text_, text::previous_char_begin(text_, pos)).code_point;
  const auto& after = tables_.bare_big_unit_after;
  return std::find(after.begin(), after.end(), before) != after.end() &&
         !tables_.bare_big_unit_not_before.matches_at(text_, pos + c.length);
}

bool QuantityReader::scale_word_at(std::size_t pos) const {
  char buf[16];
  const std::size_t n = lower_ascii_word(text_, pos, buf, sizeof buf);
  const EnglishWord* word = n > 0 ? tables_.english.find(std::string_view(buf, n)) : nullptr;
  return word != nullptr && word->scale >= 0;
}

const WordSet::Entry* QuantityReader::spaced_multiplier_at(std::size_t pos) const {
  const std::size_t space = space_length_at(text_, pos);
  if (space == 0) return nullptr;
  const WordSet::Entry* m = tables_.suffix_multipliers.longest_at(text_, pos + space);
  return m != nullptr && m->word.size() >= 2 ? m : nullptr;
}

bool QuantityReader::word_runs_on_at(std::size_t pos) const {
  return pos < text_.size() &&
         (is_ascii_letter(static_cast<unsigned char>(text_[pos])) || is_ascii_digit(static_cast<unsigned char>(text_[pos])));
}

bool QuantityReader::read_english_with_digits(std::size_t pos, int digits, bool grouped, bool integer,
                                              Quantity* out) const {
  Quantity english;
  english.begin = pos;
  if (!read_english(pos, &english)) return false;
  english.digit_count = digits;
  english.grouped = grouped;
  english.integer = integer;
  *out = english;
  return true;
}

QuantityReader::AfterDigits QuantityReader::after_digits(std::size_t end, text::DecodedChar at_end) const {
  // (A character that folds to no space is none: then `at_end` is the character to test.)
  const std::size_t s = at_end.code_point == U' ' ? skip_spaces(text_, end) : end;
  if (s >= text_.size()) return AfterDigits::nothing;
  const auto byte = static_cast<unsigned char>(text_[s]);
  // A word after a space goes on with the digits only as a power of ten (1.3 x10^6), a
  // multiplier (10 bln) or a scale word (5.6 million), which the English reader reads with them;
  // not as the word that says what is counted (2,048 Nvidia GPUs).
  // (A multiplier counts there after one space, of two letters or more, and not glued to more
  // letters or digits: "2.5 mn", not "5 million", whose "mil" is no multiplier. Should a table
  // word start with the space itself, the walk would take it glued: then it decides.)
  if (s != end && is_ascii_letter(byte) && !tables_.suffix_multipliers.may_start_with(static_cast<unsigned char>(text_[end]))) {
    if ((byte | 0x20) == 'x') return AfterDigits::more;
    if (const WordSet::Entry* m = spaced_multiplier_at(end);
        m != nullptr && !word_runs_on_at(end + space_length_at(text_, end) + m->word.size()))
      return AfterDigits::more;
    return scale_word_at(s) ? AfterDigits::scale_word : AfterDigits::nothing;
  }
  // a multiplier (50k, 671B parameters) or a word of the tables
  if (tables_.suffix_multipliers.may_start_with(byte) || tables_.multiplier_letters_before_nouns.may_start_with(byte))
    return AfterDigits::more;
  if (byte < 0x80) {
    // letters glued to the digits: a multiplier, a power of ten (2e5), a unit or a name; a power
    // of ten (6 * 10^3); a hyphened scale word (a $5-million deal), not a "5-year" plan
    if (is_ascii_letter(byte) || byte == '*') return AfterDigits::more;
    return byte == '-' && s == end && s + 1 < text_.size() &&
                   is_ascii_letter(static_cast<unsigned char>(text_[s + 1])) && scale_word_at(s + 1)
               ? AfterDigits::more
               : AfterDigits::nothing;
  }
  // a full-width letter, sign or hyphen (as above, though the walk would stop at them); a Chinese
  // unit (557万, 1000 万), a decimal point or vague ending (3点5, 20多, 500余万), ×10^6
  const char32_t cp = s == end ? at_end.code_point : folded_at(text_, s).code_point;
  if (cp < 0x80) return is_ascii_letter(cp) || cp == U'*' || cp == U'-' ? AfterDigits::more : AfterDigits::nothing;
  if (cp == U'×' || cp == U'点' || cp == U'多' || cp == U'余' || cp == U'几') return AfterDigits::more;
  const HanRole role = tables_.info(cp).role;
  return role == HanRole::small_unit || role == HanRole::big_unit ? AfterDigits::more : AfterDigits::nothing;
}

bool QuantityReader::number_ends_at(std::size_t pos) const {
  if (pos >= text_.size()) return true;
  if (space_length_at(text_, pos) != 0) return false;
  const char32_t cp = folded_at(text_, pos).code_point;
  if (is_ascii_digit(cp) || cp == U'点' || cp == U'多' || cp == U'余' || cp == U'几') return false;
  return tables_.info(cp).role == HanRole::none;
}

bool QuantityReader::read_plain_arabic(std::size_t pos, Quantity* out) const {
  Decimal v;
  int digits = 0;
  bool grouped = false;
  bool point = false;
  text::DecodedChar after;
  const std::size_t e = read_arabic(text_, pos, &v, &digits, &grouped, &point, &after);
  if (e == pos || v.overflow) return false;
  // (*out is written field by field, only once the quantity is known: a Quantity is large.)
  const auto write = [&](std::size_t end, Decimal value, int multiplier_power) {
    out->begin = pos;
    out->end = end;
    out->low = out->high = value;
    out->qualifier = Qualifier::exact;
    out->script = multiplier_power != 0 ? Script::mixed : Script::arabic;
    out->multiplier_power = multiplier_power;
    out->has_multiplier = multiplier_power != 0;
    out->integer = !point;
    out->digit_count = digits;
    out->numeral_chars = multiplier_power != 0 ? 1 : 0;
    out->negative = false;
    out->grouped = grouped;
    out->plural = false;
  };
  const AfterDigits next = after_digits(e, after);
  if (next == AfterDigits::nothing) {
    write(e, v, 0);
    return true;
  }
  // 5.6 million, $593 billion: as the walk would hand them over (when the English reader reads
  // nothing, the walk decides)
  if (next == AfterDigits::scale_word) return read_english_with_digits(pos, digits, grouped, !point, out);
  // 557万, 5926.58亿美元: one big unit right after the digits (not 兆, which may be mega; nor the
  // start of a word such as those in unit_words_starting_with_a_numeral), and nothing after it
  // that continues the number. The walk would close the section with it: the digits times it.
  if (v.mantissa == 0 || e >= text_.size() || static_cast<unsigned char>(text_[e]) < 0x80) return false;
  const auto unit = after;
  const HanInfo& h = tables_.info(unit.code_point);
  if (h.role != HanRole::big_unit || h.needs_neighbour || unit.code_point == U'兆' ||
      tables_.unit_words_starting_with_a_numeral.matches_at(text_, e) || !number_ends_at(e + unit.length))
    return false;
  const Decimal scaled = v.scaled(h.value);
  if (scaled.overflow || h.value == 0) return false;
  write(e + unit.length, scaled, h.value);
  return true;
}

bool QuantityReader::read_positional(std::size_t pos, Quantity* out) const {
  // ASCII digits that nothing continues (2000块, 16.97%, 2,048 Nvidia; most quantities) are the
  // quantity: the walk below would read them and stop, as it does when a character does not
  // continue them.
  if (pos < text_.size() && is_ascii_digit(static_cast<unsigned char>(text_[pos])) && read_plain_arabic(pos, out))
    return true;
  Bounds b;
  // The states to roll back to are filled only where a rollback becomes possible: most
  // quantities never need them, and a Bounds is large to build.
  Saved<Bounds> before_atom;  // state before the last Chinese digit atom (colloquial rollback)
  std::size_t end_before_atom = pos;
  bool last_atom_chinese = false;
  std::size_t p = pos;
  std::size_t end = pos;
  bool chinese = false;
  bool arabic = false;
  bool english = false;
  Quantity q;

  // Leading vague words: 数万 几百万 [2, 9] × unit; 上亿 [1, 10) × unit; 数倍 [2, 9] alone.
  {
    const auto c = folded_at(text_, p);
    if (c.code_point == U'数' || c.code_point == U'几' || c.code_point == U'上') {
      if (p + c.length >= text_.size()) return false;
      const auto n = folded_at(text_, p + c.length);
      const auto role = tables_.info(n.code_point).role;
      if (n.code_point == U'倍' && c.code_point != U'上') {  // the suffix reader takes 倍
        q.low = Decimal::of(2);
        q.high = Decimal::of(9);
        q.qualifier = Qualifier::approx;
        q.begin = pos;
        q.end = p + c.length;
        q.script = Script::chinese;
        *out = q;
        return true;
      }
      const bool unit_next = role == HanRole::big_unit || (role == HanRole::small_unit && n.code_point != U'十' &&
                                                            c.code_point == U'上') ||
                             (role == HanRole::small_unit && c.code_point != U'上');
      // 上拾取: 拾 is a numeral only next to another one
      if (!unit_next || tables_.info(n.code_point).needs_neighbour ||
          tables_.unit_words_starting_with_a_numeral.matches_at(text_, p + c.length))
        return false;
      const bool up = c.code_point == U'上';
      b.lo.atom(Decimal::of(up ? 1 : 2), false);
      b.hi.atom(Decimal::of(up ? 10 : 9), false);
      q.qualifier = Qualifier::approx;
      p += c.length;
      chinese = true;
    }
  }

  // A big unit with no numeral before it, after a hedge: 近万块, 逾万人, 近亿元 (one of it).
  // (A big unit is a Han character: a number opening with an ASCII byte, most of them, needs
  // no look.)
  if (!chinese && p < text_.size() && static_cast<unsigned char>(text_[p]) >= 0x80 && bare_big_unit_opens(p)) {
    b.atom(Decimal::of(1), false);
    chinese = true;
  }

  // Spaces inside a numeral run (一百 五 十 二, 1000 万, 三千 八百 九十六 万) are read through,
  // but a big unit reached after such a space multiplies only what follows a space directly:
  // "两千 二十万" is two numbers.
  Saved<Bounds> before_space;
  Saved<Quantity> q_before_space;
  std::size_t end_before_space = pos;
  bool spaced_section = false;
  bool at_space_join = false;
  bool carry_join = false;
  bool lower_pending = false;  // in a section after "万 " that has not yet written 千/百/十
  while (p < text_.size()) {
    std::size_t t = p;
    // 五百 余万: the join stays open over 余/多 up to the big unit
    at_space_join = carry_join;
    carry_join = false;
    if (b.lo.started()) {
      const std::size_t s = skip_spaces(text_, p);
      if (s != p) {
        if (s >= text_.size()) break;
        const auto n = folded_at(text_, s);
        const auto role = tables_.info(n.code_point).role;
        const bool unit = role == HanRole::small_unit || role == HanRole::big_unit;
        const bool numeral = role == HanRole::digit || unit || n.code_point == U'点' || n.code_point == U'余';
        const bool after_big = b.lo.after_unit() && b.lo.last_unit_power() == b.lo.last_big_power();
        const bool vague_then_big = q.qualifier == Qualifier::more_than && role == HanRole::big_unit;
        // 7万 5千, 三千 八百 九十六 万 四千 九百 六十五: after a big unit a space continues the
        // number only into a lower section that writes a unit (checked when the walk ends, which
        // goes back to the space when none came).
        const bool lower_section = (after_big && role == HanRole::digit) ||
                                   (is_ascii_digit(n.code_point) && chinese && b.lo.after_unit());
        if ((!numeral && !lower_section) || (q.qualifier != Qualifier::exact && !vague_then_big) ||
            (after_big && !lower_section) || (arabic && !unit && !chinese))
          break;
        lower_pending = lower_pending || lower_section;
        if (!spaced_section || lower_section) {
          before_space = b;
          q_before_space = q;
          end_before_space = end;
        }
        spaced_section = true;
        at_space_join = true;
        t = s;
      }
    }
    const auto c = folded_at(text_, t);
    const char32_t cp = c.code_point;
    const HanInfo& h = tables_.info(cp);

    if (is_ascii_digit(cp) || (cp == U'.' && !b.lo.started())) {
      if (t != p && !chinese) break;  // "1 234": two numbers
      Decimal v;
      int digits = 0;
      bool grouped = false;
      bool point = false;
      const std::size_t e = read_arabic(text_, t, &v, &digits, &grouped, &point);
      if (e == t) {
        // a lone '.' with a digit after it: ".5"
        if (cp != U'.') break;
        Decimal frac;
        const std::size_t fe = read_fraction_digits(t + c.length, &frac);
        if (fe == t + c.length || !b.atom(frac, false)) break;
        q.integer = false;
        p = end = fe;
        arabic = true;
        continue;
      }
      // 2e5, 12.32e+14, 2.7890e-1, 1.3x10^6, 6.23 × 10^-4
      std::size_t x = e;
      if (!grouped) {
        int exponent = 0;
        x = read_power_of_ten(text_, e, &exponent);
        if (x != e) v = v.scaled(exponent);
      }
      if (!b.atom(v, false)) break;
      if (x != e) {
        q.integer = false;
        p = end = x;
        arabic = true;
        break;
      }
      q.digit_count += digits;
      q.grouped = q.grouped || grouped;
      q.integer = q.integer && !point;
      arabic = true;
      last_atom_chinese = false;
      p = end = e;
      // Multiplier letters right after the digits: 50k, 2bn, $5.6M.
      // 50k glued; "10 bln", "2.5 mn" after one space when the word has two letters or more
      const WordSet::Entry* m = tables_.suffix_multipliers.longest_at(text_, p);
      std::size_t at = p;
      if (m == nullptr && space_length_at(text_, p) != 0) {
        m = spaced_multiplier_at(p);
        at = p + space_length_at(text_, p);
      }
      if (m == nullptr) m = multiplier_letter_before_noun(p);
      if (m != nullptr) {
        const std::size_t after = at + m->word.size();
        if (!word_runs_on_at(after) && b.big_unit(m->number)) {
          q.has_multiplier = true;
          q.multiplier_power = m->number;
          p = end = after;
          english = true;
        }
      }
      // English scale words after digits: 5.6 million, 4 thousand 3 hundred; glued by a hyphen
      // in a compound adjective (a $5-million deal).
      if (!english) {
        std::size_t s = skip_spaces(text_, p);
        if (s == p && s < text_.size() && text_[s] == '-') ++s;
        if (scale_word_at(s) && read_english_with_digits(pos, q.digit_count, q.grouped, q.integer, out)) return true;
      }
      if (english) break;
      continue;
    }

    if (h.role == HanRole::digit) {
      // 陆 伍 拾 肆 are numerals only next to another numeral; 参 only next to a formal one.
      if (h.needs_neighbour || h.needs_formal_neighbour) {
        bool ok = false;
        auto neighbour_ok = [&](char32_t n) {
          const HanInfo& nh = tables_.info(n);
          const bool numeral = nh.role == HanRole::digit || nh.role == HanRole::small_unit ||
                               (nh.role == HanRole::big_unit && !h.needs_formal_neighbour);
          return numeral && (!h.needs_formal_neighbour || nh.formal) && !nh.needs_formal_neighbour;
        };
        if (t > 0) {
          const char32_t prev = folded_at(text_, text::previous_char_begin(text_, t)).code_point;
          ok = neighbour_ok(prev) || (prev == U'之' && !h.needs_formal_neighbour);
        }
        if (!ok && t + c.length < text_.size()) ok = neighbour_ok(folded_at(text_, t + c.length).code_point);
        const char32_t before = t > 0 ? folded_at(text_, text::previous_char_begin(text_, t)).code_point : U' ';
        if (!ok && !h.needs_formal_neighbour && !(is_han(before) && tables_.info(before).role == HanRole::none)) {
          // 陆点五, 陆 点 五 (not 大陆点五): a decimal point with a digit after it is a neighbour too
          const std::size_t d = skip_spaces(text_, t + c.length);
          if (d < text_.size() && folded_at(text_, d).code_point == U'点') {
            const std::size_t f = skip_spaces(text_, d + folded_at(text_, d).length);
            const HanInfo& fh = tables_.info(f < text_.size() ? folded_at(text_, f).code_point : U'\0');
            ok = f < text_.size() && fh.role == HanRole::digit && !fh.needs_neighbour;
          }
        }
        if (!ok) break;
      }
      if (arabic && !b.lo.after_unit()) break;
      if (h.value == 0 && b.lo.started()) {
        b.zero();
        q.numeral_chars += 1;
        p = end = t + c.length;
        continue;
      }
      // A run of digits without units: 二〇二五 (digit by digit) or 两三 (a vague pair).
      std::size_t r = t + c.length;
      int run[24];
      int run_len = 0;
      run[run_len++] = h.value;
      while (r < text_.size() && run_len < 24) {
        const auto n = folded_at(text_, r);
        const HanInfo& nh = tables_.info(n.code_point);
        if (nh.role != HanRole::digit || nh.needs_neighbour || nh.needs_formal_neighbour) break;
        run[run_len++] = nh.value;
        r += n.length;
      }
      if (run_len == 2 && run[1] == run[0] + 1 && run[0] > 0 && !b.lo.has_pending()) {
        before_atom = b;
        end_before_atom = end;
        if (!b.lo.atom(Decimal::of(run[0]), false) || !b.hi.atom(Decimal::of(run[1]), false)) break;
        q.qualifier = Qualifier::range;
        q.numeral_chars += 2;
        chinese = true;
        last_atom_chinese = false;
        p = end = r;
        continue;
      }
      if (run_len >= 2) {
        if (b.lo.started()) break;
        Decimal v;
        for (int i = 0; i < run_len; ++i) v.push_digit(run[i]);
        if (!b.atom(v, false)) break;
        q.numeral_chars += run_len;
        chinese = true;
        last_atom_chinese = false;
        p = end = r;
        continue;
      }
      before_atom = b;
      end_before_atom = end;
      if (!b.atom(Decimal::of(h.value), h.value != 0)) break;
      last_atom_chinese = true;
      q.numeral_chars += 1;
      chinese = true;
      p = end = t + c.length;
      continue;
    }

    if (h.role == HanRole::small_unit || h.role == HanRole::big_unit) {
      if (tables_.unit_words_starting_with_a_numeral.matches_at(text_, t)) break;
      if (h.needs_neighbour && !b.lo.started()) {
        // 拾 opening a run needs a numeral after it (拾万), not 拾取.
        if (t + c.length >= text_.size()) break;
        const auto role = tables_.info(folded_at(text_, t + c.length).code_point).role;
        if (role != HanRole::digit && role != HanRole::big_unit && role != HanRole::small_unit) break;
      }
      if (h.role == HanRole::small_unit) {
        const bool implied = h.value == 1 || !b.lo.started();
        if (!b.small_unit(h.value, implied)) break;
        lower_pending = false;
      } else {
        if (cp == U'兆' && tables_.zhao_as_mega_before.matches_at(text_, t + c.length)) break;
        if (spaced_section && !at_space_join) {
          b = *before_space;
          q = *q_before_space;
          end = end_before_space;
          break;
        }
        spaced_section = false;
        // After 多/余/几 only a larger big unit multiplies the whole (5万多亿, 十几万亿); 3万多万
        // ends at 多, or its upper bound would fall below its lower.
        if (q.qualifier == Qualifier::more_than && h.value <= b.lo.last_big_power()) break;
        if (!b.big_unit(h.value)) break;
        q.has_multiplier = true;
        q.multiplier_power = b.lo.last_big_power();
      }
      last_atom_chinese = false;
      q.numeral_chars += 1;
      chinese = true;
      p = end = t + c.length;
      continue;
    }

    if (cp == U'点' && b.lo.started() && !b.lo.after_point()) {
      const std::size_t s = skip_spaces(text_, t + c.length);
      Decimal frac;
      const std::size_t fe = read_fraction_digits(s, &frac);
      if (fe == s) break;
      // 18点42分 is a clock time, not 18.42.
      if (fe < text_.size() && folded_at(text_, fe).code_point == U'分' && b.lo.value(true) <= Decimal::of(24)) {
        const auto after = fe + 3 < text_.size() ? folded_at(text_, fe + 3).code_point : U' ';
        if (after != U'之') break;
      }
      if (!b.fraction(frac)) break;
      q.integer = false;
      last_atom_chinese = false;
      chinese = true;
      p = end = fe;
      continue;
    }

    if ((cp == U'多' || cp == U'余' || cp == U'几') && b.lo.started() && !b.lo.after_point() &&
        q.qualifier == Qualifier::exact) {
      const int step = b.lo.last_place_power();
      b.hi.add_to_section(Decimal::of(1, step));
      q.qualifier = Qualifier::more_than;
      last_atom_chinese = false;
      chinese = true;
      carry_join = at_space_join || t != p;
      p = end = t + c.length;
      continue;
    }
    break;
  }

  if (lower_pending) {
    b = *before_space;
    q = *q_before_space;
    end = end_before_space;
    last_atom_chinese = false;
  }
  if (!b.lo.started()) return false;
  // A lone Chinese digit after 百/千/万/亿 means one place below only at the end of the
  // number (一万二, 三千五); before a word (五百万一年) it is not part of the number.
  if (last_atom_chinese && b.lo.pending_colloquial() && b.lo.last_unit_power() >= 2 && end < text_.size()) {
    const auto n = folded_at(text_, end).code_point;
    const bool word_follows = is_han(n) && tables_.info(n).role == HanRole::none && n != U'元' && n != U'块' &&
                              n != U'多' && n != U'余' && n != U'左';
    if (word_follows) {
      b = *before_atom;
      end = end_before_atom;
    }
  }
  if (end == pos) return false;
  q.low = b.lo.value(true);
  q.high = b.hi.value(true);
  q.begin = pos;
  q.end = end;
  q.script = chinese ? (arabic ? Script::mixed : Script::chinese) : Script::arabic;
  *out = q;
  return true;
}

}  // namespace claimcheck::numbers
