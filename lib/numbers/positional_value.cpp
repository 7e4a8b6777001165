// The positional accumulator (see positional_value.hpp).
#include "numbers/positional_value.hpp"

namespace claimcheck::numbers {

bool PositionalValue::atom(Decimal value, bool colloquial) {
  if (has_pending_ || after_point_) return false;
  pending_ = value;
  has_pending_ = true;
  pending_colloquial_ = colloquial && !after_zero_ && last_was_unit_;
  last_was_unit_ = false;
  last_was_big_ = false;
  started_ = true;
  return true;
}

bool PositionalValue::small_unit(int power, bool implied_one_allowed) {
  if (after_point_) return false;
  if (last_small_power_ >= 0 && power >= last_small_power_) return false;
  if (last_big_power_ >= 0 && power >= last_big_power_) return false;
  if (!has_pending_ && !implied_one_allowed) return false;
  // 零十 is ten: a pending zero is no multiplier.
  const Decimal multiplier = has_pending_ && !pending_.is_zero() ? pending_ : Decimal::of(1);
  section_ = section_ + multiplier.scaled(power);
  has_pending_ = false;
  pending_colloquial_ = false;
  after_zero_ = false;
  last_small_power_ = power;
  last_unit_power_ = power;
  last_was_unit_ = true;
  last_was_big_ = false;
  started_ = true;
  return true;
}

bool PositionalValue::big_unit(int power) {
  Decimal chunk = section_;
  if (has_pending_) chunk = chunk + pending_;
  if (chunk.is_zero() && !chunk.overflow) {
    // 万万, 万亿: the big unit multiplies the section just closed.
    if (!last_was_big_ || segment_count_ == 0) return false;
    Segment& last = segments_[static_cast<std::size_t>(segment_count_ - 1)];
    last.value = last.value.scaled(power);
    last.power += power;
    last_big_power_ = last.power;
  } else {
    Decimal lower;
    while (segment_count_ > 0 && segments_[static_cast<std::size_t>(segment_count_ - 1)].power < power) {
      lower = lower + segments_[static_cast<std::size_t>(segment_count_ - 1)].value;
      --segment_count_;
    }
    if (segment_count_ == static_cast<int>(segments_.size())) return false;
    segments_[static_cast<std::size_t>(segment_count_++)] = Segment{(lower + chunk).scaled(power), power};
    last_big_power_ = power;
    const int chunk_place = chunk.last_digit_power();
    big_place_offset_ = chunk_place < 0 ? chunk_place : 0;
  }
  section_ = Decimal{};
  has_pending_ = false;
  pending_colloquial_ = false;
  after_zero_ = false;
  after_point_ = false;
  last_small_power_ = -1;
  last_unit_power_ = power;
  last_was_unit_ = true;
  last_was_big_ = true;
  started_ = true;
  return true;
}

bool PositionalValue::fraction(Decimal frac) {
  if (after_point_ || !started_) return false;
  Decimal whole = has_pending_ ? pending_ : Decimal{};
  if (has_pending_ && pending_colloquial_ && last_unit_power_ > 0) whole = pending_.scaled(last_unit_power_ - 1);
  pending_ = whole + frac;
  has_pending_ = true;
  pending_colloquial_ = false;
  after_point_ = true;
  last_was_unit_ = false;
  last_was_big_ = false;
  return true;
}

int PositionalValue::last_place_power() const {
  if (has_pending_) {
    if (pending_colloquial_ && last_unit_power_ > 0) return last_unit_power_ - 1;
    return pending_.last_digit_power();
  }
  if (last_unit_power_ < 0) return 0;
  // 1.1万: the last digit written stands one place below 万
  return last_was_big_ ? last_unit_power_ + big_place_offset_ : last_unit_power_;
}

Decimal PositionalValue::value_slow(bool colloquial_ok) const {
  Decimal total = section_;
  if (has_pending_) {
    if (pending_colloquial_ && colloquial_ok && last_unit_power_ > 0)
      total = total + pending_.scaled(last_unit_power_ - 1);
    else
      total = total + pending_;
  }
  for (int i = 0; i < segment_count_; ++i) total = total + segments_[static_cast<std::size_t>(i)].value;
  return total;
}

}  // namespace claimcheck::numbers
