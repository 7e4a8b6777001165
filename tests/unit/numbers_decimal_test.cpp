// Decimal to double: exact values only, the same double whichever way a value is written.
#include <catch2/catch.hpp>

#include "numbers/decimal.hpp"

using claimcheck::numbers::Decimal;

namespace {

// The double of `d`, or -1 as a marker when it is not exact (no case below has -1 as its value).
double as_double(Decimal d) {
  double v = 0;
  return d.to_double(&v) ? v : -1;
}

}  // namespace

TEST_CASE("numbers: decimal to double", "[numbers]") {
  CHECK(as_double(Decimal::of(2025)) == 2025);
  CHECK(as_double(Decimal::of(35, -1)) == 3.5);
  CHECK(as_double(Decimal::of(350, -2)) == 3.5);   // trailing zeros change nothing
  CHECK(as_double(Decimal::of(1697, -2)) == 16.97);
  CHECK(as_double(Decimal::of(-1697, -2)) == -16.97);
  CHECK(as_double(Decimal::of(0, -3)) == 0);
  CHECK(as_double(Decimal::of(56, 5)) == 5600000);  // 5.6 million
  CHECK(as_double(Decimal::of(-56, 5)) == -5600000);
  CHECK(as_double(Decimal::of(1, 22)) == 1e22);     // beyond 2^53, but 5^22 fits: exact
  CHECK(as_double(Decimal::of(4503599627370496, 1)) == -1);  // 2^52 × 10: 2^52 × 5 does not fit
  CHECK(as_double(Decimal::of(9007199254740993)) == -1);     // 2^53 + 1
  CHECK(as_double(Decimal::of(9007199254740992)) == 9007199254740992.0);
  CHECK(as_double(Decimal::of(3, -23)) == -1);      // no exact power of ten to divide by
  CHECK(as_double(Decimal{1, 0, true}) == -1);      // overflowed
}
