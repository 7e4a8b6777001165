// The dimension and unit names of the number grammar are part of its output: each constant
// must keep the exact spelling the documentation and the claim layer use.
#include <catch2/catch.hpp>

#include "numbers/expression_names.hpp"

namespace names = claimcheck::numbers::names;

TEST_CASE("numbers: dimension and unit names", "[numbers]") {
  CHECK(names::kPercent == "percent");
  CHECK(names::kPercentagePoint == "percentage_point");
  CHECK(names::kMultiple == "multiple");
  CHECK(names::kTimes == "times");
  CHECK(names::kFraction == "fraction");
  CHECK(names::kCurrency == "currency");
  CHECK(names::kOrdinal == "ordinal");
  CHECK(names::kDate == "date");
  CHECK(names::kTime == "time");
  CHECK(names::kYear == "year");
  CHECK(names::kMonth == "month");
  CHECK(names::kDay == "day");
  CHECK(names::kHour == "hour");
  CHECK(names::kMinute == "minute");
  CHECK(names::kSecond == "second");
}
