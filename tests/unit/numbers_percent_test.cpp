// Percentages, percentage points, 成 and 折, multiples and Chinese fractions.
#include "numbers_table.hpp"

using claimcheck::testing::check_row;
using claimcheck::testing::exact;
using claimcheck::testing::Row;

TEST_CASE("numbers: percentages", "[numbers]") {
  const std::vector<Row> rows = {
      exact("股价暴跌16.97%", "16.97%", 16.97, "percent"),
      exact("１６．９７％", "１６．９７％", 16.97, "percent"),
      exact("-3.2%", "-3.2%", -3.2, "percent"),
      exact("−3.2%", "−3.2%", -3.2, "percent"),
      exact("负3.9%", "负3.9%", -3.9, "percent"),
      exact("百分之十五", "百分之十五", 15, "percent"),
      exact("百分之五十五点五七九", "百分之五十五点五七九", 55.579, "percent"),
      exact("百分之百", "百分之百", 100, "percent"),
      exact("百分之１２０", "百分之１２０", 120, "percent"),
      exact("百 分 之 2.4", "百 分 之 2.4", 2.4, "percent"),
      exact("千分之２．４", "千分之２．４", 0.24, "percent"),
      exact("万分之三", "万分之三", 0.03, "percent"),
      exact("百万分之五", "百万分之五", 0.0005, "percent"),
      exact("27 % of sales", "27 %", 27, "percent"),
      exact("100 percent", "100 percent", 100, "percent"),
      exact("twenty percent", "twenty percent", 20, "percent"),
      exact("10 per cent", "10 per cent", 10, "percent"),
      exact("a 17-per-cent fall", "17-per-cent", 17, "percent"),
      exact("a 5-percent stake", "5-percent", 5, "percent"),
      exact("fell 17 per-cent", "17 per-cent", 17, "percent"),
      exact("六成", "六成", 60, "percent"),
      exact("三成半", "三成半", 35, "percent"),
      exact("9.5成", "9.5成", 95, "percent"),
      exact("半成", "半成", 5, "percent"),
      exact("打七折", "打七折", 70, "percent"),
      exact("打对折", "打对折", 50, "percent"),
      exact("75折", "75折", 75, "percent"),
      exact("三八折", "三八折", 38, "percent"),
      exact("9.9折", "9.9折", 99, "percent"),
      exact("七成六的受访者", "七成六", 76, "percent"),
      exact("约三成五。", "三成五", 35, "percent"),
      exact("七成六十岁以上", "七成", 70, "percent"),
      exact("十 成", "十 成", 100, "percent"),
      exact("六 点 五 成", "六 点 五 成", 65, "percent"),
      exact("九五折", "九五折", 95, "percent"),
      exact("七成 六", "七成 六", 76, "percent"),
      exact("陆点五折", "陆点五折", 65, "percent"),
      exact("陸 點 五 折", "陸 點 五 折", 65, "percent"),
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("numbers: percentage points are their own dimension and unit", "[numbers]") {
  // A reading that deliberately differs from the peer suite, which calls 6个百分点 "6 %": a
  // change of 6 percentage points is not a change of 6 %, and the checker must not compare them.
  const std::vector<Row> rows = {
      exact("提高1.3个百分点", "1.3个百分点", 1.3, "percentage_point"),
      exact("六個百分點", "六個百分點", 6, "percentage_point"),
      exact("２．４   个百分 点", "２．４   个百分 点", 2.4, "percentage_point"),
      exact("12k个百分点", "12k个百分点", 12000, "percentage_point"),
      exact("下降3百分点", "3百分点", 3, "percentage_point"),
      exact("rose 2 percentage points", "2 percentage points", 2, "percentage_point"),
      exact("a 0.5 percentage-point rise", "0.5 percentage-point", 0.5, "percentage_point"),
      exact("two percentage points", "two percentage points", 2, "percentage_point"),
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("numbers: multiples and fractions", "[numbers]") {
  const std::vector<Row> rows = {
      exact("近百倍", "百倍", 100, "multiple", "times"),
      exact("2.5倍", "2.5倍", 2.5, "multiple", "times"),
      exact("3x faster", "3x", 3, "multiple", "times"),
      exact("提升10×。", "10×", 10, "multiple", "times"),
      exact("1.5X the cost", "1.5X", 1.5, "multiple", "times"),
      exact("三分之一", "三分之一", 1.0 / 3, "fraction"),
      exact("二分之一", "二分之一", 0.5, "fraction"),
      exact("五 分之 一", "五 分之 一", 0.2, "fraction"),
      exact("一百分之二", "一百分之二", 0.02, "fraction"),
      exact("一千万分之六", "一千万分之六", 6e-7, "fraction"),
      exact("１６分之5", "１６分之5", 0.3125, "fraction"),
      exact("三百五十又3分之1", "三百五十又3分之1", 350 + 1.0 / 3, "fraction"),
      exact("负一又二分之一", "负一又二分之一", -1.5, "fraction"),
      exact("十分之一", "十分之一", 0.1, "fraction"),
      exact("-2分之三", "-2分之三", -1.5, "fraction"),
      // A vague numerator over a negative denominator: bounds still low ≤ high (found by fuzz_numbers).
      Row{"-2分之上万", "-2分之上万", -27500, -50000, -5000, "fraction"},
  };
  for (const auto& row : rows) check_row(row);
}
