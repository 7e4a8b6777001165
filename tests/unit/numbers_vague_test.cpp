// Vague quantities read as bounds: 数万, 几百万, 上亿, 六十多, 百余, 两三百.
#include "numbers_table.hpp"

using claimcheck::NumberKind;
using claimcheck::Qualifier;
using claimcheck::testing::check_row;
using claimcheck::testing::Row;

namespace {

// value is the midpoint of [low, high].
Row bounds(std::string input, std::string expression, double low, double high, Qualifier q,
           const char* dimension = "number", const char* unit = nullptr) {
  return Row{std::move(input), std::move(expression), (low + high) / 2, low, high, dimension, q, NumberKind::number, unit};
}

}  // namespace

TEST_CASE("numbers: vague quantities", "[numbers]") {
  const auto approx = Qualifier::approx;
  const auto more = Qualifier::more_than;
  const auto range = Qualifier::range;
  const std::vector<Row> rows = {
      bounds("数万", "数万", 20000, 90000, approx),
      bounds("几百万", "几百万", 2e6, 9e6, approx),
      bounds("上亿", "上亿", 1e8, 1e9, approx),
      bounds("数十亿美元", "数十亿美元", 2e9, 9e9, approx, "currency", "USD"),
      bounds("几十万", "几十万", 2e5, 9e5, approx),
      bounds("六十多", "六十多", 60, 70, more),
      bounds("百余", "百余", 100, 200, more),
      bounds("十多倍", "十多倍", 10, 20, more, "multiple", "times"),
      bounds("500多亿", "500多亿", 5e10, 6e10, more),
      bounds("10多", "10多", 10, 20, more),
      bounds("一千多万", "一千多万", 1e7, 2e7, more),
      // Deliberately unlike the peer suite's range files, which leave 十几万 and 500多亿 open
      // above ((1e5, ∞)): the next unit of the last place written is the upper bound.
      bounds("十几万", "十几万", 1e5, 2e5, more),
      bounds("二十几万", "二十几万", 2e5, 3e5, more),
      bounds("二百三十余万", "二百三十余万", 2.3e6, 2.4e6, more),
      bounds("500余萬", "500余萬", 5e6, 6e6, more),
      bounds("十 余 万", "十 余 万", 1e5, 2e5, more),
      bounds("两千多块H800", "两千多", 2000, 3000, more),
      bounds("两三百", "两三百", 200, 300, range),
      bounds("三四百年", "三四百", 300, 400, range),
      bounds("两三个月", "两三", 2, 3, range),
      bounds("二三十个百分点", "二三十个百分点", 20, 30, range, "percentage_point"),
      // tenths on both sides: 成 and 折 scale the left side of a range too
      bounds("两三成", "两三成", 20, 30, range, "percent"),
      bounds("利润下降两到三成", "两到三成", 20, 30, range, "percent"),
      bounds("3到5成", "3到5成", 30, 50, range, "percent"),
      bounds("五到六折", "五到六折", 50, 60, range, "percent"),
      bounds("七八折", "七八折", 70, 80, range, "percent"),
      bounds("四~陸 點 五 折", "四~陸 點 五 折", 40, 65, range, "percent"),
      // English plural scales and several/few: two to nine of each scale
      bounds("tens of thousands of GPUs", "tens of thousands", 2e4, 9e4, approx),
      bounds("hundreds of millions of dollars", "hundreds of millions of dollars", 2e8, 9e8, approx, "currency",
             "USD"),
      bounds("tens of billions of yuan", "tens of billions of yuan", 2e10, 9e10, approx, "currency", "CNY"),
      bounds("Thousands of engineers", "Thousands", 2000, 9000, approx),
      bounds("several hundred employees", "several hundred", 200, 900, approx),
      bounds("a few thousand GPUs", "a few thousand", 2000, 9000, approx),
      bounds("several hundred thousand", "several hundred thousand", 2e5, 9e5, approx),
      bounds("several million dollars", "several million dollars", 2e6, 9e6, approx, "currency", "USD"),
      // 数倍, 几倍: several times
      bounds("高出数倍", "数倍", 2, 9, approx, "multiple", "times"),
      bounds("增长几倍", "几倍", 2, 9, approx, "multiple", "times"),
      // After 多/余/几 a larger big unit multiplies the whole; one no larger ends the number
      // (fuzz_numbers found 3万几万 read with its upper bound below its lower).
      bounds("5万多亿", "5万多亿", 5e12, 6e12, more),
      bounds("十几万亿", "十几万亿", 1e13, 2e13, more),
      bounds("3万几万", "3万几", 30000, 40000, more),
      bounds("3万余万", "3万余", 30000, 40000, more),
      // after a decimal and a big unit, 余 and 多 step by the last digit written
      bounds("1.1万余户", "1.1万余", 11000, 12000, more),
      bounds("1.15万多", "1.15万多", 11500, 11600, more),
      bounds("2.5亿余元", "2.5亿余元", 2.5e8, 2.6e8, more, "currency", "CNY"),
      bounds("10万余人", "10万余", 1e5, 1.1e5, more),
      bounds("3亿多万", "3亿多", 3e8, 4e8, more),
  };
  for (const auto& row : rows) check_row(row);
}
