// The positional reading shared by Chinese numerals (一千两百三十四万), English number words
// (two hundred and two thousand) and their mixes with Arabic digits (3万4000, 4 thousand 3
// hundred): atoms, small units within a section and big units that close a section.
//
//   一万五千亿: atom 1, big 万 → 1e4; atom 5, small 千 → 5000; big 亿 → (1e4 + 5000) × 1e8
//   三千五:     atom 3, small 千; atom 5 left over → colloquial, one place below: 3500
#ifndef CLAIMCHECK_LIB_NUMBERS_POSITIONAL_VALUE_HPP
#define CLAIMCHECK_LIB_NUMBERS_POSITIONAL_VALUE_HPP

#include <array>

#include "numbers/decimal.hpp"

namespace claimcheck::numbers {

class PositionalValue {
 public:
  // A number written as digits or a digit word. `colloquial` marks a lone Chinese digit that,
  // left at the end right after a unit, means one place below it (三千五 = 3500). False when
  // an atom is already pending.
  bool atom(Decimal value, bool colloquial);
  // 十 百 千 / hundred: multiplies the pending atom (or an implied one). False when it does not
  // continue the section (五十千).
  bool small_unit(int power, bool implied_one_allowed);
  // 万 亿 兆 / thousand million: closes the section. False when nothing precedes it.
  bool big_unit(int power);
  // 零: the next atom is in the units place of what follows, not colloquial.
  void zero() { after_zero_ = true; }
  // 点 / point: adds a decimal fraction to the pending part; only big units may follow.
  bool fraction(Decimal frac);
  // Adds `value` to the open section (the upper bound of 六十多 is 六十 + 10).
  void add_to_section(Decimal value) { section_ = section_ + value; }

  bool started() const { return started_; }
  bool has_pending() const { return has_pending_; }
  bool pending_colloquial() const { return has_pending_ && pending_colloquial_; }
  bool after_point() const { return after_point_; }
  bool after_unit() const { return last_was_unit_; }
  int last_unit_power() const { return last_unit_power_; }
  int last_big_power() const { return last_big_power_; }
  // The place value of the last thing written: 六十 → 1, 500 → 2, 一千 → 3, 十五 → 0, 1.1万 → 3.
  int last_place_power() const;

  // The value so far, with a colloquial pending atom put in its place when `colloquial_ok`.
  // A lone pending part (most numbers: 2025, 3.5, 五) is returned inline.
  Decimal value(bool colloquial_ok) const {
    if (segment_count_ == 0 && section_.mantissa == 0 && !section_.overflow && has_pending_ && !pending_.overflow &&
        !(pending_colloquial_ && colloquial_ok && last_unit_power_ > 0))
      return pending_;
    return value_slow(colloquial_ok);
  }

 private:
  Decimal value_slow(bool colloquial_ok) const;

  struct Segment {
    Decimal value;
    int power = 0;
  };
  std::array<Segment, 4> segments_{};  // 兆, 亿, 万 and one more are plenty
  int segment_count_ = 0;
  Decimal section_;
  Decimal pending_;
  bool has_pending_ = false;
  bool pending_colloquial_ = false;
  bool after_zero_ = false;
  bool after_point_ = false;
  bool last_was_unit_ = false;
  bool last_was_big_ = false;
  bool started_ = false;
  int last_small_power_ = -1;   // in the open section
  int last_unit_power_ = -1;    // small or big, whichever came last
  int last_big_power_ = -1;
  int big_place_offset_ = 0;    // the last digit's place below the last big unit (1.1万: -1)
};

// The pair of readings: lower and upper bound. Most tokens go to both.
struct Bounds {
  PositionalValue lo;
  PositionalValue hi;
  bool atom(Decimal v, bool colloquial) { return lo.atom(v, colloquial) && hi.atom(v, colloquial); }
  bool small_unit(int p, bool implied) { return lo.small_unit(p, implied) && hi.small_unit(p, implied); }
  bool big_unit(int p) { return lo.big_unit(p) && hi.big_unit(p); }
  void zero() {
    lo.zero();
    hi.zero();
  }
  bool fraction(Decimal f) { return lo.fraction(f) && hi.fraction(f); }
};

}  // namespace claimcheck::numbers

#endif
