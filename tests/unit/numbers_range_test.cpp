// Ranges: one expression with low and high, each side's multiplier applied.
#include "numbers_table.hpp"

using claimcheck::NumberKind;
using claimcheck::Qualifier;
using claimcheck::testing::check_row;
using claimcheck::testing::Row;

namespace {

Row range(std::string input, std::string expression, double low, double high, const char* dimension = "number",
          const char* unit = nullptr) {
  return Row{std::move(input), std::move(expression), (low + high) / 2, low, high,
             dimension, Qualifier::range, NumberKind::number, unit};
}

}  // namespace

TEST_CASE("numbers: ranges", "[numbers]") {
  const std::vector<Row> rows = {
      range("20至40", "20至40", 20, 40),
      range("300万至500万", "300万至500万", 3e6, 5e6),
      range("2.5万至3万", "2.5万至3万", 25000, 30000),
      range("300至500万", "300至500万", 3e6, 5e6),
      // the right side of a sum of money may repeat its sign; the left takes its multiplier
      range("It cost $5-$6 million.", "$5-$6 million", 5e6, 6e6, "currency", "USD"),
      range("It cost $5 to $6 million.", "$5 to $6 million", 5e6, 6e6, "currency", "USD"),
      range("It cost $5 - $6 million.", "$5 - $6 million", 5e6, 6e6, "currency", "USD"),
      range("priced at $20-$25", "$20-$25", 20, 25, "currency", "USD"),
      range("1%~5%", "1%~5%", 1, 5, "percent"),
      range("1~5%", "1~5%", 1, 5, "percent"),
      range("3-5", "3-5", 3, 5),
      range("1000 - 5000", "1000 - 5000", 1000, 5000),
      range("1000–5000", "1000–5000", 1000, 5000),
      range("一万到五万", "一万到五万", 10000, 50000),
      range("一到五", "一到五", 1, 5),
      range("between 20 and 30", "between 20 and 30", 20, 30),
      range("20 to 30", "20 to 30", 20, 30),
      range("20 through 100", "20 through 100", 20, 100),
      range("from 200 to 3000000", "from 200 to 3000000", 200, 3000000),
      range("5k-20k", "5k-20k", 5000, 20000),
      range("20~100个", "20~100", 20, 100),
      range("1万至5万颗", "1万至5万", 10000, 50000),
      range("5亿至8亿美元", "5亿至8亿美元", 5e8, 8e8, "currency", "USD"),
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("numbers: what is not a range", "[numbers]") {
  using claimcheck::testing::scan;
  // a descending pair, a date, a signed second number
  for (const std::string text : {"10-3", "2025-01", "-3.2% −3.2%"}) {
    INFO(text);
    for (const auto& x : scan(text)) CHECK(x.qualifier != Qualifier::range);
  }
}

TEST_CASE("numbers: 和…之间 ranges", "[numbers]") {
  check_row(range("位于20和30之间", "20和30", 20, 30));
  check_row(range("10000与20000之间", "10000与20000", 10000, 20000));
  // without 之间 the two numbers stay apart
  CHECK(claimcheck::testing::scan("20和30个").size() == 2);
}
