// The pre-test of the words that hold a numeral (一些, 统一): which positions may lie inside one.
#include <catch2/catch.hpp>

#include <string_view>

#include "numbers/numeral_tables.hpp"

using claimcheck::numbers::NumeralWords;

TEST_CASE("numbers: numeral words, the bytes around the numeral", "[numbers]") {
  NumeralWords words;
  words.add("一些", 0, 3);  // 一 opens it: tested by the bytes after
  words.add("统一", 3, 3);  // 一 closes it: tested by the bytes before
  REQUIRE(words.words().size() == 2);
  CHECK(words.words()[1].word == "统一");
  CHECK(words.words()[1].offset == 3);

  CHECK(words.may_hold("一些人", 0, 3));
  CHECK(words.may_hold("统一", 3, 3));
  CHECK(words.may_hold("系统一百", 6, 3));  // 统 before it: a word may hold it (the caller compares)
  CHECK_FALSE(words.may_hold("一个", 0, 3));
  CHECK_FALSE(words.may_hold("第一", 3, 3));
  CHECK_FALSE(words.may_hold("一", 0, 3));     // nothing before or after
  CHECK_FALSE(words.may_hold("一些", 0, 2));   // (a numeral of another length: 些 not right after)
  CHECK_FALSE(words.may_hold("a一", 1, 3));    // one byte before is no pair
  CHECK_FALSE(words.may_hold("一x", 0, 3));    // one byte after is no pair
}

TEST_CASE("numbers: numeral words too short to pre-test are always compared", "[numbers]") {
  NumeralWords words;
  words.add("x一", 1, 3);  // one byte before the numeral
  CHECK(words.may_hold("一个", 0, 3));
  CHECK(words.may_hold("一", 0, 3));
}
