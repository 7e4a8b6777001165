// Arabic numerals: grouping, decimals, full-width forms, signs and multiplier suffixes.
#include "numbers_table.hpp"

using claimcheck::testing::check_row;
using claimcheck::testing::exact;
using claimcheck::testing::Row;

TEST_CASE("numbers: Arabic numerals", "[numbers]") {
  const std::vector<Row> rows = {
      exact("2000", "2000", 2000),
      exact("共50,000颗", "50,000", 50000),
      exact("共50，000颗", "50，000", 50000),
      exact("1,234.5", "1,234.5", 1234.5),
      exact("市值5926.58亿", "5926.58亿", 592658000000),
      exact("0.55", "0.55", 0.55),
      exact("２０４８块", "２０４８", 2048),
      exact("１６．９７", "１６．９７", 16.97),
      exact("卖了800, 又", "800", 800),
      exact("It was 800.", "800", 800),
      exact("1,050,000,000", "1,050,000,000", 1050000000),
      exact(".5", ".5", 0.5),
      exact("4.800", "4.800", 4.8),
      exact("-10000", "-10000", -10000),
      exact("跌幅−3.2", "−3.2", -3.2),
      exact("123456789101231", "123456789101231", 123456789101231),
      exact("9007199254740992", "9007199254740992", 9007199254740992.0),
      exact("-9007199254740992", "-9007199254740992", -9007199254740992.0),
      exact("9007199254740990", "9007199254740990", 9007199254740990.0),
      exact("50k", "50k", 50000),
      exact("2bn", "2bn", 2e9),
      exact("10M.", "10M", 1e7),
      exact("5.6 million", "5.6 million", 5.6e6),
      exact("593 billion", "593 billion", 593e9),
      exact("1.2 trillion", "1.2 trillion", 1.2e12),
      exact("1,674.5 million", "1,674.5 million", 1674.5e6),
      exact("1,100万", "1,100万", 11000000),
      exact("1,100.9亿", "1,100.9亿", 110090000000),
      // a dotted run is whole numbers, not a decimal and another: 192.168.1.2
      exact("192.168.1.2", "192", 192),
      exact("at 192.168.1.2 now", "168", 168),
      exact("10.20.30.40", "30", 30),
      exact("2222.2222.22222.222", "22222", 22222),
      // powers of ten
      exact("2e5", "2e5", 2e5),
      exact("12.32e+14", "12.32e+14", 12.32e14),
      exact("2.7890e-1", "2.7890e-1", 0.2789),
      exact("1.3x10^6", "1.3x10^6", 1.3e6),
      exact("6.23x10^-4 m", "6.23x10^-4", 6.23e-4),
      exact("约1.3 × 10^6个", "1.3 × 10^6", 1.3e6),
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("numbers: a value beyond 2^53 is a note over the whole expression, never a wrong number", "[numbers]") {
  const std::string text = "编号123456789012345678901234567890结束";
  std::vector<claimcheck::Note> notes;
  const auto items = claimcheck::testing::scan(text, &notes);
  CHECK(items.empty());
  REQUIRE(notes.size() == 1);
  CHECK(text.substr(notes[0].begin, notes[0].end - notes[0].begin) == "123456789012345678901234567890");
  CHECK(notes[0].message.find("2^53") != std::string::npos);
  // just past 2^53, and 2^53 times ten: notes too
  for (const std::string past : {"9007199254740993", "90071992547409920"}) {
    std::vector<claimcheck::Note> past_notes;
    CHECK(claimcheck::testing::scan(past, &past_notes).empty());
    CHECK(past_notes.size() == 1);
  }
}

TEST_CASE("numbers: space-grouped thousands and fractions with 'over'", "[numbers]") {
  const std::vector<Row> rows = {
      exact("1 234 567", "1 234 567", 1234567),
      exact("40\u202f000 people", "40\u202f000", 40000),
      exact("one over three", "one over three", 1.0 / 3, "fraction"),
      exact("2000 over 3", "2000 over 3", 2000.0 / 3, "fraction"),
  };
  for (const auto& row : rows) check_row(row);
  // "423 0000" is two numbers; "$2000 over 3 years" is no fraction
  CHECK(claimcheck::testing::scan("423 0000").size() == 2);
  for (const auto& x : claimcheck::testing::scan("earn $2000 over 3 years")) CHECK(x.dimension != "fraction");
}
