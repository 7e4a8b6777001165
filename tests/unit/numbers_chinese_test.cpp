// Chinese numerals: Simplified, Traditional and formal characters, colloquial forms, mixes
// with Arabic digits and the 万/亿 multipliers.
#include "numbers_table.hpp"

using claimcheck::testing::check_row;
using claimcheck::testing::exact;
using claimcheck::testing::Row;

TEST_CASE("numbers: Chinese numerals", "[numbers]") {
  const std::vector<Row> rows = {
      exact("十五", "十五", 15),
      exact("两千", "两千", 2000),
      exact("二十万", "二十万", 200000),
      exact("一亿零五百万", "一亿零五百万", 105000000),
      exact("三千五", "三千五", 3500),
      exact("一万二", "一万二", 12000),
      exact("十五点八万", "十五点八万", 158000),
      exact("零", "零", 0),
      exact("〇点五", "〇点五", 0.5),
      exact("一百五十二", "一百五十二", 152),
      exact("一千零一", "一千零一", 1001),
      exact("一千零五十", "一千零五十", 1050),
      exact("一万零二百五十", "一万零二百五十", 10250),
      exact("九十二万四", "九十二万四", 924000),
      exact("四亿五千六百四十二万零一十五", "四亿五千六百四十二万零一十五", 456420015),
      exact("一万五千亿", "一万五千亿", 1500000000000),
      exact("四万万", "四万万", 400000000),
      exact("四千五百六十九万八千三百一十一亿四千八百七十二万五千三百八十二",
            "四千五百六十九万八千三百一十一亿四千八百七十二万五千三百八十二", 4569831148725382),
      exact("百三", "百三", 130),
      exact("千三", "千三", 1300),
      exact("零十", "零十", 10),
      exact("负三十二", "负三十二", -32),
      exact("負四十五億零四百零四萬", "負四十五億零四百零四萬", -4504040000),
      exact("零下18", "零下18", -18),  // below zero
      exact("气温零下十八度", "零下十八", -18),
      exact("零下2.5", "零下2.5", -2.5),
      exact("二〇二五", "二〇二五", 2025),
      exact("年过半百", "半百", 50),
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("numbers: Traditional and formal numerals", "[numbers]") {
  const std::vector<Row> rows = {
      exact("兩千四百五", "兩千四百五", 2450),
      exact("一千兩百三十四萬", "一千兩百三十四萬", 12340000),
      exact("肆佰陸拾", "肆佰陸拾", 460),
      exact("壹佰伍拾", "壹佰伍拾", 150),
      exact("十万柒仟捌佰伍拾肆", "十万柒仟捌佰伍拾肆", 107854),
      exact("拾万零五十六", "拾万零五十六", 100056),
      exact("贰仟參佰", "贰仟參佰", 2300),
      exact("叁", "叁", 3),
      exact("一千陆", "一千陆", 1600),
      exact("五億零六", "五億零六", 500000006),
      exact("七十八萬五佰零六", "七十八萬五佰零六", 780506),
      exact("五兆六十二億四萬五千二", "五兆六十二億四萬五千二", 5006200045200),
      exact("兩個月", "兩", 2),
      exact("两个月", "两", 2),
      exact("6710億參數", "6710億", 671000000000),
      exact("裝機2兆瓦", "2", 2),
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("numbers: Chinese and Arabic mixed, multipliers", "[numbers]") {
  const std::vector<Row> rows = {
      exact("558万", "558万", 5580000),
      exact("4.2万亿", "4.2万亿", 4200000000000),
      exact("5926.58亿", "5926.58亿", 592658000000),
      exact("1.2万", "1.2万", 12000),
      exact("１１.92亿", "１１.92亿", 1192000000),
      exact("３万4000", "３万4000", 34000),
      exact("5万4千6百", "5万4千6百", 54600),
      exact("1千零1", "1千零1", 1001),
      exact("2千零30万", "2千零30万", 20300000),
      exact("25万6千", "25万6千", 256000),
      exact("1000  万", "1000  万", 10000000),
      // spaces between sections: after 万 only into a lower section that writes a unit
      exact("7万 5千 4百", "7万 5千 4百", 75400),
      exact("三千 八百 九十六 万 四千 九百 六十五", "三千 八百 九十六 万 四千 九百 六十五", 38964965),
      exact("八千 三百 八十五 萬 二千 三百 二十六 點三三", "八千 三百 八十五 萬 二千 三百 二十六 點三三", 83852326.33),
      exact("7万 5人", "7万", 70000),
      exact("3万 2万", "2万", 20000),
      exact("10萬萬", "10萬萬", 1000000000),
      exact("20万亿", "20万亿", 20000000000000),
      exact("350万亿", "350万亿", 350000000000000),
      exact("２．２亿", "２．２亿", 220000000),
      exact("五百万一年", "五百万", 5000000),
      exact("十打苹果", "十打", 120),
      // a unit word that starts with a multiplier ends the number: 百帕 (hPa), 千瓦
      exact("气压970百帕", "970", 970),
      exact("5千瓦", "5", 5),
  };
  for (const auto& row : rows) check_row(row);
}

// A big unit with no numeral before it is one of it after a hedge character (近万块, 逾万人,
// 近亿元, 过万台), never at the start of a word (万达, 万一, 万岁) nor without the hedge.
TEST_CASE("numbers: a bare 万 or 亿 after a hedge", "[numbers]") {
  const std::vector<Row> rows = {
      exact("近万块GPU", "万", 10000),
      exact("逾万人参加", "万", 10000),
      exact("将近万名员工", "万", 10000),
      exact("超万块GPU", "万", 10000),
      exact("销量过万台", "万", 10000),
      exact("銷量過萬台", "萬", 10000),
      exact("用户破亿", "亿", 1e8),
      exact("融资近亿元", "亿元", 1e8, "currency", "CNY"),
      exact("市值蒸发近万亿", "万亿", 1e12),
      exact("约万人", "万", 10000),
      exact("近万千瓦", "万", 10000),  // 千瓦 is the unit
      exact("近千万美元", "千万美元", 1e7, "currency", "USD"),
  };
  for (const auto& row : rows) check_row(row);
  for (const char* text : {"万达集团", "超万达广场", "通过万科", "经过万里长城", "万一失败", "千万不要买", "近万岁",
                           "万块GPU", "他的万人迷"})
    claimcheck::testing::check_no_quantity(text);
}
