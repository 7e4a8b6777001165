// Hedges: the qualifier and the stated bounds they give, the hedge's bytes inside the span.
#include <optional>

#include "claims_table.hpp"

using namespace claims_table;

namespace {

struct BoundsRow {
  std::string input;
  std::string text;
  Qualifier qualifier;
  std::optional<double> low;
  std::optional<double> high;
};

}  // namespace

TEST_CASE("claims: hedges and the bounds they state", "[claims][hedge]") {
  const std::optional<double> open;
  const std::vector<BoundsRow> table = {
      {"约600万美元", "约600万美元", approx, 6e6, 6e6},
      {"英伟达股价跌超16%", "超16%", more_than, 16, open},  // 涨超, 跌超: the 超 of 超过
      {"市值超3万亿美元", "超3万亿美元", more_than, 3e12, open},
      {"大约600万美元", "大约600万美元", approx, 6e6, 6e6},
      {"約合600萬美元", "約合600萬美元", approx, 6e6, 6e6},
      {"将近600万美元", "将近600万美元", approx, 6e6, 6e6},
      {"接近600万美元", "接近600万美元", approx, 6e6, 6e6},
      {"近600万美元", "近600万美元", approx, 6e6, 6e6},
      {"600万美元左右", "600万美元左右", approx, 6e6, 6e6},
      {"600万美元上下", "600万美元上下", approx, 6e6, 6e6},
      {"about $6 million", "about $6 million", approx, 6e6, 6e6},
      {"around $6 million", "around $6 million", approx, 6e6, 6e6},
      {"roughly $6 million", "roughly $6 million", approx, 6e6, 6e6},
      {"nearly $6 million", "nearly $6 million", approx, 6e6, 6e6},
      {"almost $6 million", "almost $6 million", approx, 6e6, 6e6},
      {"approximately $6 million", "approximately $6 million", approx, 6e6, 6e6},
      {"超过600万美元", "超过600万美元", more_than, 6e6, open},
      {"超過600萬美元", "超過600萬美元", more_than, 6e6, open},
      {"逾600万美元", "逾600万美元", more_than, 6e6, open},
      {"600万美元以上", "600万美元以上", more_than, 6e6, open},
      {"over $6 million", "over $6 million", more_than, 6e6, open},
      {"more than $6 million", "more than $6 million", more_than, 6e6, open},
      {"a deal worth north of $1 billion", "north of $1 billion", more_than, 1e9, open},
      {"just shy of $2 billion", "just shy of $2 billion", less_than, open, 2e9},
      {"more or less $6 million", "more or less $6 million", approx, 6e6, 6e6},
      {"约莫600万美元", "约莫600万美元", approx, 6e6, 6e6},
      {"約莫600萬美元", "約莫600萬美元", approx, 6e6, 6e6},
      {"花费不止600万美元", "不止600万美元", more_than, 6e6, open},
      {"不下2000块H800", "不下2000块H800", at_least, 2000, open},
      {"起码2000块H800", "起码2000块H800", at_least, 2000, open},
      {"起碼2000塊H800", "起碼2000塊H800", at_least, 2000, open},
      {"最少2000块H800", "最少2000块H800", at_least, 2000, open},
      {"票价最低200元", "最低200元", at_least, 200, open},
      {"顶多600万美元", "顶多600万美元", at_most, open, 6e6},
      {"頂多600萬美元", "頂多600萬美元", at_most, open, 6e6},
      {"罚款最高100万元", "最高100万元", at_most, open, 1e6},
      {"补贴最高可达5000元", "最高可达5000元", at_most, open, 5000},
      {"补贴最高可達5000元", "最高可達5000元", at_most, open, 5000},
      {"观众3000人开外", "3000人开外", more_than, 3000, open},
      {"interest payments exceeded $1 trillion", "exceeded $1 trillion", more_than, 1e12, open},
      {"sales are expected to exceed $6 million", "exceed $6 million", more_than, 6e6, open},
      {"至少600万美元", "至少600万美元", at_least, 6e6, open},
      {"不少于600万美元", "不少于600万美元", at_least, 6e6, open},
      {"at least $6 million", "at least $6 million", at_least, 6e6, open},
      {"不到600万美元", "不到600万美元", less_than, open, 6e6},
      {"不足600万美元", "不足600万美元", less_than, open, 6e6},
      {"少于600万美元", "少于600万美元", less_than, open, 6e6},
      {"未满600万美元", "未满600万美元", less_than, open, 6e6},
      {"under $6 million", "under $6 million", less_than, open, 6e6},
      {"less than $6 million", "less than $6 million", less_than, open, 6e6},
      {"最多600万美元", "最多600万美元", at_most, open, 6e6},
      {"不超过600万美元", "不超过600万美元", at_most, open, 6e6},
      {"up to $6 million", "up to $6 million", at_most, open, 6e6},
      {"at most $6 million", "at most $6 million", at_most, open, 6e6},
      {"高达600万美元", "高达600万美元", exact, 6e6, 6e6},
      {"多达600万美元", "多达600万美元", exact, 6e6, 6e6},
      {"仅600万美元", "仅600万美元", exact, 6e6, 6e6},
      {"only $6 million", "only $6 million", exact, 6e6, 6e6},
      {"600万美元之多", "600万美元之多", exact, 6e6, 6e6},
      {"3年多", "3年多", more_than, 3, 4},
      {"500余家企业", "500余家企业", more_than, 500, 600},
      {"300万至500万美元", "300万至500万美元", range, 3e6, 5e6},
      {"2.5万至3万块GPU", "2.5万至3万块GPU", range, 25000, 30000},
      {"六十多家公司", "六十多家公司", more_than, 60, 70},
      {"数万块GPU", "数万块GPU", approx, 20000, 90000},
      {"最近3年", "3年", exact, 3, 3},
      {"赶超20家公司", "20家公司", exact, 20, 20},  // 赶超 (to overtake) is no 超
      {"投信買超12億元", "12億元", exact, 1.2e9, 1.2e9},  // 買超 (a net purchase) is no 超
      {"外资卖超50亿元", "50亿元", exact, 5e9, 5e9},
      // a link word (了, 有, 拥有, 达到) between the hedge and the number
      {"DeepSeek至少拥有5万块H100芯片", "至少拥有5万块H100芯片", at_least, 50000, open},
      {"成本约达到600万美元", "约达到600万美元", approx, 6e6, 6e6},
      {"超过了1800年", "超过了1800年", more_than, 1800, open},
      {"他拥有5万块", "5万块", exact, 50000, 50000},
      {"The project took over five years", "over five years", more_than, 5, open},
      {"It used 4,000-plus GPUs", "4,000-plus GPUs", more_than, 4000, open},  // -plus: more than
      {"the 50-plus engineers", "50-plus engineers", more_than, 50, open},
      {"The company has 3,000-odd employees.", "3,000-odd employees", more_than, 3000, open},  // -odd: a little more
      // after an amount with a currency sign before it as well (it was read exact, without them)
      {"It raised a $100 million-plus round.", "$100 million-plus", more_than, 1e8, open},
      {"It spent US$5 billion-odd on chips.", "US$5 billion-odd", more_than, 5e9, open},
      {"He worked there for over 10 years", "over 10 years", more_than, 10, open},
      // a verb may be the link: the hedge before it bounds the amount after it
      {"DeepSeek约花费600万美元训练模型", "约花费600万美元", approx, 6e6, 6e6},
      {"训练约花了558万美元", "约花了558万美元", approx, 5.58e6, 5.58e6},
      {"約耗資600萬美元", "約耗資600萬美元", approx, 6e6, 6e6},
      {"至少需要2000块GPU", "至少需要2000块GPU", at_least, 2000, open},
      {"最多使用了2048块H800", "最多使用了2048块H800", at_most, open, 2048},
      {"约占全球市场的30%", "30%", exact, 30, 30},  // the hedge must stand next to the link
      {"约占30%的份额", "约占30%", approx, 30, 30},
      {"仅耗费557.6万美元", "仅耗费557.6万美元", exact, 5.576e6, 5.576e6},
      {"他花费600万美元", "600万美元", exact, 6e6, 6e6},  // a verb without a hedge adds nothing
      {"模型在2个月内训练完成", "2个月内", at_most, open, 2},  // 内: within
  };
  for (const auto& row : table) {
    INFO("input: " << row.input);
    const auto claims = extract(row.input);
    REQUIRE(claims.size() == 1);
    const auto& c = claims[0];
    CHECK(c.text == row.text);
    CHECK(c.begin == row.input.find(row.text));
    CHECK(c.qualifier == row.qualifier);
    CHECK(c.low.has_value() == row.low.has_value());
    CHECK(c.high.has_value() == row.high.has_value());
    if (c.low && row.low) CHECK(*c.low == Approx(*row.low));
    if (c.high && row.high) CHECK(*c.high == Approx(*row.high));
  }
}

TEST_CASE("claims: \"over\" right after an amount spans the time, it bounds nothing", "[claims][hedge]") {
  const std::vector<std::pair<std::string, std::string>> table = {
      // input, the claim of time with its exact span
      {"It will invest $5 billion over five years", "five years"},
      {"Revenue rose 20% over three years", "three years"},
      {"Microsoft will spend $80bn over 4 years", "4 years"},
      {"It gained 2 million users over six months", "six months"},
      {"It trained on 2,048 GPUs over two months", "two months"},
  };
  for (const auto& [input, text] : table) {
    INFO("input: " << input);
    const auto claims = extract(input);
    REQUIRE(claims.size() == 2);
    CHECK(claims[1].text == text);
    CHECK(claims[1].begin == input.find(text));
    CHECK(claims[1].qualifier == exact);
  }
}

TEST_CASE("claims: an after hedge that opens the next number's hedge is the next number's", "[claims][hedge]") {
  // "or more than": more than $6 million, and $5 million stays exact
  const std::string input = "It cost $5 million or more than $6 million.";
  const auto claims = extract(input);
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].text == "$5 million");
  CHECK(claims[0].qualifier == exact);
  CHECK(claims[1].text == "more than $6 million");
  CHECK(claims[1].begin == input.find("more than"));
  CHECK(claims[1].qualifier == more_than);
  CHECK(claims[1].low == Approx(6e6));
  // "or more" before anything else stays the number's own
  const auto alone = extract("It cost $5 million or more, analysts said.");
  REQUIRE(alone.size() == 1);
  CHECK(alone[0].text == "$5 million or more");
  CHECK(alone[0].qualifier == at_least);
}

TEST_CASE("claims: words the number before took leave the next number its own words", "[claims][hedge]") {
  // USD after a billion is also a currency word before .2: bound again without it, .2 percent
  const std::string input = "It cost a billion USD .2 percent";
  const auto claims = extract(input);
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].text == "a billion USD");
  CHECK(claims[1].text == ".2 percent");
  CHECK(claims[1].begin == input.find(".2"));
  CHECK(claims[1].unit == "percent");
  // a sign or a currency symbol the number before took still leaves no claim
  CHECK(extract("48 1$205 元").size() == 1);
}

// A percentage margin after an exact amount bounds it on both sides and joins its span.
TEST_CASE("claims: plus or minus a percentage bounds the amount before it", "[claims][hedge]") {
  struct MarginRow {
    std::string input;
    std::string text;
    double value, low, high;
  };
  const std::vector<MarginRow> table = {
      {"Nvidia expects revenue of $37.5 billion, plus or minus 2%, for the quarter.",
       "$37.5 billion, plus or minus 2%", 37.5e9, 36.75e9, 38.25e9},
      {"revenue of $43 billion ± 2%", "$43 billion ± 2%", 43e9, 42.14e9, 43.86e9},
      {"it had 2 million users, give or take 5 percent", "2 million users, give or take 5 percent", 2e6, 1.9e6,
       2.1e6},
      {"预计营收375亿美元，上下浮动2%。", "375亿美元，上下浮动2%", 37.5e9, 36.75e9, 38.25e9},
      {"净利润为-20亿元，上下浮动10%", "-20亿元，上下浮动10%", -2e9, -2.2e9, -1.8e9},  // low below high
  };
  for (const auto& row : table) {
    INFO("input: " << row.input);
    const auto claims = extract(row.input);
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].text == row.text);
    CHECK(claims[0].begin == row.input.find(row.text));
    CHECK(claims[0].qualifier == range);
    CHECK(claims[0].value == Approx(row.value));
    REQUIRE(claims[0].low);
    REQUIRE(claims[0].high);
    CHECK(*claims[0].low == Approx(row.low));
    CHECK(*claims[0].high == Approx(row.high));
  }
  // A hedged amount keeps its hedge and the margin stays a claim of its own; a percentage takes
  // no margin (percentage points or per cent of it?).
  const auto hedged = extract("about $37.5 billion, plus or minus 2%");
  REQUIRE(hedged.size() == 2);
  CHECK(hedged[0].qualifier == approx);
  CHECK(hedged[1].text == "2%");
  const auto percent = extract("a gross margin of 73%, plus or minus 0.5%");
  REQUIRE(percent.size() == 2);
  CHECK(percent[0].qualifier == exact);
}
