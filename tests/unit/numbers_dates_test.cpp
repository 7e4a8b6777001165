// Dates, clock times and ordinals: recognised with their kind, one item per component.
#include "numbers_table.hpp"

using claimcheck::NumberKind;
using claimcheck::Qualifier;
using claimcheck::testing::check_row;
using claimcheck::testing::Row;

namespace {

Row part(std::string input, std::string expression, double v, NumberKind kind, const char* unit) {
  const char* dimension = kind == NumberKind::date ? "date" : kind == NumberKind::time ? "time" : "ordinal";
  return Row{std::move(input), std::move(expression), v, v, v, dimension, Qualifier::exact, kind, unit};
}

}  // namespace

TEST_CASE("numbers: dates, clock times and ordinals", "[numbers]") {
  const auto date = NumberKind::date;
  const auto time = NumberKind::time;
  const auto ordinal = NumberKind::ordinal;
  const std::vector<Row> rows = {
      part("2025年1月28日", "2025年", 2025, date, "year"),
      part("2025年1月28日", "1月", 1, date, "month"),
      part("2025年1月28日", "28日", 28, date, "day"),
      part("1月20日", "1月", 1, date, "month"),
      part("1月20日", "20日", 20, date, "day"),
      part("２０２５年", "２０２５年", 2025, date, "year"),
      part("二〇二五年", "二〇二五年", 2025, date, "year"),
      part("发布于2025.3.10", "2025", 2025, date, "year"),
      part("发布于2025.3.10", "3", 3, date, "month"),
      part("发布于2025.3.10", "10", 10, date, "day"),
      part("2025-01-28 09:59:57", "2025", 2025, date, "year"),
      part("2025-01-28 09:59:57", "01", 1, date, "month"),
      part("2025-01-28 09:59:57", "28", 28, date, "day"),
      part("2025-01-28 09:59:57", "09", 9, time, "hour"),
      part("2025-01-28 09:59:57", "59", 59, time, "minute"),
      part("2025-01-28 09:59:57", "57", 57, time, "second"),
      part("5/17/2018", "2018", 2018, date, "year"),
      part("18:42", "18", 18, time, "hour"),
      part("18点42分", "18点", 18, time, "hour"),
      part("18点42分", "42分", 42, time, "minute"),
      part("晚上八点半", "八点", 8, time, "hour"),
      // 时 alone reads a clock after a day or a part of the day, or before 许
      part("截至7日19时，", "19时", 19, time, "hour"),
      part("晚8时发布", "8时", 8, time, "hour"),
      part("凌晨3时", "3时", 3, time, "hour"),
      part("19时许", "19时", 19, time, "hour"),
      part("第三", "第三", 3, ordinal, "ordinal"),
      part("第一百", "第一百", 100, ordinal, "ordinal"),
      part("第47任总统", "第47", 47, ordinal, "ordinal"),
      part("四十七任", "四十七任", 47, ordinal, "ordinal"),
      part("the 15th", "15th", 15, ordinal, "ordinal"),
      part("the 2nd", "2nd", 2, ordinal, "ordinal"),
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("numbers: a duration is a number, not a date", "[numbers]") {
  check_row(claimcheck::testing::exact("耗时3年", "3", 3));
  check_row(claimcheck::testing::exact("3个月", "3", 3));
  check_row(claimcheck::testing::exact("13月", "13", 13));
}
