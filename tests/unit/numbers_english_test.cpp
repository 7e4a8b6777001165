// English number words, scale words and English fractions.
#include "numbers_table.hpp"

using claimcheck::testing::check_row;
using claimcheck::testing::exact;
using claimcheck::testing::Row;

TEST_CASE("numbers: English number words", "[numbers]") {
  const std::vector<Row> rows = {
      exact("two months", "two", 2),
      exact("threefold", "three", 3),  // the number word of a multiple written as one word
      exact("a Twentyfold gain", "Twenty", 20),
      exact("fifty thousand", "fifty thousand", 50000),
      exact("ninety-nine", "ninety-nine", 99),
      exact("Ninety nine", "Ninety nine", 99),
      exact("seventeen", "seventeen", 17),
      exact("one hundred and sixty-one", "one hundred and sixty-one", 161),
      exact("two hundred and two thousand", "two hundred and two thousand", 202000),
      exact("two  thousand  and  two hundred", "two  thousand  and  two hundred", 2200),
      exact("twenty-one trillion three hundred", "twenty-one trillion three hundred", 21000000000300),
      exact("a hundred people", "a hundred", 100),
      exact("hundred thousand dollars", "hundred thousand dollars", 100000, "currency", "USD"),
      exact("zero", "zero", 0),
      exact("two hundred point zero three", "two hundred point zero three", 200.03),
      exact("minus five point five", "minus five point five", -5.5),
      // plus or minus: a margin, not a negative number
      exact("revenue of $43 billion, plus or minus 2%", "2%", 2, "percent"),
      exact("Plus or Minus 3 percentage points", "3 percentage points", 3, "percentage_point"),
      exact("a surplus or minus 2", "minus 2", -2),
      exact("The answer is negative one", "negative one", -1),
      exact("4 thousand 3 hundred and 21", "4 thousand 3 hundred and 21", 4321),
      exact("322 hundred", "322 hundred", 32200),
      exact("13 lakh", "13 lakh", 1300000),
      exact("10 bln", "10 bln", 1e10),
      exact("Let's try one last time", "one", 1),
      exact("three dozens", "three dozens", 36),
      exact("half a dozen", "half a dozen", 6),
      exact("about a dozen eggs", "a dozen", 12),
      exact("about A Dozen eggs", "A Dozen", 12),
      exact("A$5 million", "A$5 million", 5000000, "currency", "AUD"),
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("numbers: English fractions and mixed numbers", "[numbers]") {
  const std::vector<Row> rows = {
      exact("two thirds", "two thirds", 2.0 / 3, "fraction"),
      exact("a half", "a half", 0.5, "fraction"),
      exact("an eighth", "an eighth", 0.125, "fraction"),
      exact("a-third of it", "a-third", 1.0 / 3, "fraction"),
      exact("a - third", "a - third", 1.0 / 3, "fraction"),
      exact("one eighth", "one eighth", 0.125, "fraction"),
      exact("three quarters", "three quarters", 0.75, "fraction"),
      exact("one-eighth", "one-eighth", 0.125, "fraction"),
      exact("a trillionth", "a trillionth", 1e-12, "fraction"),
      exact("one twenty-fifth", "one twenty-fifth", 0.04, "fraction"),
      exact("one and a half", "one and a half", 1.5),
      exact("five and a quarter", "five and a quarter", 5.25),
      exact("one hundred and three quarters", "one hundred and three quarters", 100.75),
      exact("3 million and a half", "3 million and a half", 3500000),
      exact("five and a half million", "five and a half million", 5500000),
      exact("half million", "half million", 500000),
      exact("half a million users", "half a million", 500000),  // was "half" and "a million"
      exact("half a billion dollars", "half a billion dollars", 5e8, "currency", "USD"),
      exact("Half a trillion", "Half a trillion", 5e11),
      exact("a quarter million", "a quarter million", 250000),
      exact("three quarters billion", "three quarters billion", 750000000),
      exact("the result is ¾", "¾", 0.75, "fraction"),
      exact("1/17 of them", "1/17", 1.0 / 17, "fraction"),
      exact("3/4", "3/4", 0.75, "fraction"),
      exact("one out of three", "one out of three", 1.0 / 3, "fraction"),
      exact("1 in 5 adults", "1 in 5", 0.2, "fraction"),
      exact("three in ten Americans", "three in ten", 0.3, "fraction"),
      exact("two out of five hundred", "two out of five hundred", 0.004, "fraction"),
      // not a share: a span of time, a year, a larger first number
      exact("rose 5 in 12 months", "12", 12),
      exact("more than 30000 in 2009", "30000", 30000),
      exact("10 in 5", "10", 10),
      exact("1 3/5", "1 3/5", 1.6, "fraction"),
      exact("a 2  1/4 inch pipe", "2  1/4", 2.25, "fraction"),
      exact("４ ６／３", "４ ６／３", 6, "fraction"),
      exact("in 2024 1/3 of them", "1/3", 1.0 / 3, "fraction"),
  };
  for (const auto& row : rows) check_row(row);
}
