// Whole articles (Simplified Chinese, Traditional Chinese, English, English as taken from a
// web page, two on capital spending, one of Taiwan's financial press, an English wire story, two
// on API prices and two disaster reports)
// with every claim in them, in order: nothing missed, nothing extra, each with its span, value,
// unit, object, qualifier.
#include <fstream>
#include <sstream>

#include "claims_table.hpp"

using namespace claims_table;

namespace {

std::string read_article(const std::string& name) {
  std::ifstream in(std::string(CLAIMCHECK_TEST_DATA) + "/" + name, std::ios::binary);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Each expected claim is looked for after the previous one; the extraction must list exactly
// these claims in this order.
void check_article(const std::string& name, const std::vector<Row>& expected) {
  const std::string text = read_article(name);
  const auto claims = extract(text);
  std::string found;
  for (const auto& c : claims) found += "[" + c.text + "] ";
  INFO(name << " claims: " << found);
  REQUIRE(claims.size() == expected.size());
  std::size_t from = 0;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const Row& row = expected[i];
    INFO("claim " << i << ": " << row.text);
    const std::size_t at = text.find(row.text, from);
    REQUIRE(at != std::string::npos);
    from = at + row.text.size();
    check_claim(claims[i], row, at);
  }
}

}  // namespace

TEST_CASE("claims: a Simplified Chinese article", "[claims][article]") {
  check_article("article_zh_hans.txt", {
      {"", "2万块GPU", 20000, "count", "GPU", exact},
      {"", "约120亿元", 1.2e10, "CNY", "", approx},
      {"", "100兆瓦", 1e8, "W", "", exact},
      {"", "约120亿元人民币", 1.2e10, "CNY", "", approx},
      {"", "两年半内", 2.5, "year", "", at_most},  // 内: within
      {"", "2万块英伟达H20芯片", 20000, "count", "H20", exact},
      {"", "5000块昇腾910B", 5000, "count", "910B", exact},
      {"", "38.6亿元", 3.86e9, "CNY", "", exact},
      {"", "超过60%", 60, "percent", "", more_than},
      {"", "约9亿元", 9e8, "CNY", "", approx},
      {"", "1200多名员工", 1250, "count", "person", more_than},
      {"", "近七成", 70, "percent", "", approx},
      {"", "约130万个GPU小时", 1.3e6, "GPU_hour", "", approx},
      {"", "不到三个月", 3, "month", "", less_than},
      {"", "三分之一", 1.0 / 3, "fraction", "", exact},
      {"", "超过300家企业", 300, "count", "company", more_than},
      {"", "4倍", 4, "times", "", exact},
      {"", "15%左右", 15, "percent", "", approx},
      {"", "约10万元", 1e5, "CNY", "", approx},
      {"", "20亿元以上", 2e9, "CNY", "", more_than},
  });
}

TEST_CASE("claims: a Traditional Chinese article", "[claims][article]") {
  check_article("article_zh_hant.txt", {
      {"", "上看3萬台", 30000, "count", "", exact},
      {"", "新台幣150億元", 1.5e10, "TWD", "", exact},
      {"", "上看3萬台", 30000, "count", "", exact},
      {"", "逾兩倍", 2, "times", "", more_than},
      {"", "8,000台H200伺服器", 8000, "count", "server", exact},
      {"", "8顆GPU", 8, "count", "GPU", exact},
      {"", "約新台幣900萬元", 9e6, "TWD", "", approx},
      {"", "新台幣4,250億元", 4.25e11, "TWD", "", exact},
      {"", "7.8%", 7.8, "percent", "", exact},
      {"", "0.6個百分點", 0.6, "percentage_point", "", exact},
      {"", "逾5萬名員工", 50000, "count", "person", more_than},
      {"", "約1,500人", 1500, "count", "person", approx},
      {"", "約2億千瓦時", 2e8, "kWh", "", approx},
      {"", "約為5年", 5, "year", "", approx},
  });
}

TEST_CASE("claims: an English article", "[claims][article]") {
  check_article("article_en.txt", {
      {"", "about $14 billion", 1.4e10, "USD", "", approx},
      {"", "40 companies", 40, "count", "company", exact},
      {"", "12,000 Nvidia H20 GPUs", 12000, "count", "H20", exact},
      {"", "at least 3,000 A100 chips", 3000, "count", "A100", at_least},
      {"", "more than six months", 6, "month", "", more_than},
      {"", "roughly 20%", 20, "percent", "", approx},
      {"", "4,096 GPUs", 4096, "count", "GPU", exact},
      {"", "54 days", 54, "day", "", exact},
      {"", "nearly three times", 3, "times", "", approx},
      {"", "two years", 2, "year", "", exact},
      {"", "150 MW", 1.5e8, "W", "", exact},
      {"", "up to $90 million a year", 9e7, "USD/year", "", at_most},  // a running cost per year
      {"", "35 percent", 35, "percent", "", exact},
      {"", "more than $60 billion", 6e10, "USD", "", more_than},
      {"", "Only 1 in 5", 0.2, "fraction", "", exact},
  });
}

TEST_CASE("claims: an English article in the financial press's style, taken from a web page", "[claims][article]") {
  // No-break, thin and narrow no-break spaces where the page had them; $6m, £12, 17pc, 671B
  // parameters. Not claims: the dateline, the 7B model, 910B chips, "per million tokens".
  const std::string nbsp = "\xC2\xA0", thin = "\xE2\x80\x89", narrow = "\xE2\x80\xAF";
  check_article("article_en_web.txt", {
      {"", "$6m", 6e6, "USD", "", exact},
      {"", "just $5.6" + nbsp + "million", 5.6e6, "USD", "", exact},
      {"", "$100m or more", 1e8, "USD", "", at_least},
      {"", "671B parameters", 671e9, "count", "parameter", exact},
      {"", "37B activated parameters", 37e9, "count", "parameter", exact},
      {"", "14.8T tokens", 14.8e12, "count", "token", exact},
      {"", "2,048" + nbsp + "Nvidia H800 GPUs", 2048, "count", "H800", exact},
      {"", "$5-6" + nbsp + "million", 5.5e6, "USD", "", range},
      {"", "as many as 50,000 H100 chips", 50000, "count", "H100", exact},
      {"", "17pc", 17, "percent", "", exact},
      {"", "almost $593bn", 593e9, "USD", "", approx},
      {"", "2.6m downloads", 2.6e6, "count", "download", exact},
      {"", "$0.14 per million tokens", 1.4e-7, "USD/token", "", exact},  // a rate: per token
      {"", "\xC2\xA3" "12", 12, "GBP", "", exact},  // £12
      {"", "$65bn", 65e9, "USD", "", exact},
      {"", "about" + narrow + "$80bn", 80e9, "USD", "", approx},
      {"", "$5" + thin + "billion", 5e9, "USD", "", exact},
  });
}

TEST_CASE("claims: a Simplified Chinese article on capital spending, with vague and converted amounts",
          "[claims][article]") {
  check_article("article_zh_capex.txt", {
      {"", "超过2000亿美元", 2e11, "USD", "", more_than},
      {"", "近六成", 60, "percent", "", approx},
      {"", "两到三成", 25, "percent", "", range},
      {"", "三年", 3, "year", "", exact},
      {"", "超过3800亿元", 3.8e11, "CNY", "", more_than},
      {"", "约合530亿美元", 5.3e10, "USD", "", approx},
      {"", "十年", 10, "year", "", exact},
      {"", "767.6亿元", 7.676e10, "CNY", "", exact},
      {"", "221%", 221, "percent", "", exact},
      {"", "数倍", 5.5, "times", "", approx},
      {"", "约花费557.6万美元", 5.576e6, "USD", "", approx},
      {"", "仅用了2048块H800", 2048, "count", "H800", exact},
      {"", "上万张A100", 55000, "count", "A100", approx},
      {"", "超过5万颗", 50000, "count", "GPU", more_than},
      {"", "逾5亿美元", 5e8, "USD", "", more_than},
      {"", "超17%", 17, "percent", "", more_than},
      {"", "118.42美元", 118.42, "USD", "", exact},
      {"", "近6000亿美元", 6e11, "USD", "", approx},
      {"", "近亿元", 1e8, "CNY", "", approx},
      {"", "逾万人", 10000, "count", "person", more_than},
  });
}

TEST_CASE("claims: an English article on capital spending, with vague quantities and ranges of money",
          "[claims][article]") {
  check_article("article_en_capex.txt", {
      {"", "more than $300bn", 3e11, "USD", "", more_than},
      {"", "roughly $230bn", 2.3e11, "USD", "", approx},
      {"", "$60-$65 billion", 6.25e10, "USD", "", range},
      {"", "about $80 billion", 8e10, "USD", "", approx},
      {"", "tens of thousands of Nvidia GPUs", 55000, "count", "GPU", approx},
      {"", "hundreds of millions of dollars", 5.5e8, "USD", "", approx},
      {"", "4,000-plus GPUs", 4000, "count", "GPU", more_than},
      {"", "$5 to $6 million a month", 5.5e6, "USD/month", "", range},
      {"", "roughly threefold", 3, "times", "", approx},
      {"", "two years", 2, "year", "", exact},
      {"", "about $43 billion", 4.3e10, "USD", "", approx},
      {"", "2%", 2, "percent", "", exact},
      {"", "300 basis points", 3, "percentage_point", "", exact},
      {"", "Several hundred employees", 550, "count", "person", approx},
  });
}

TEST_CASE("claims: a Taiwanese article on quarterly results, where 元 alone is the New Taiwan dollar",
          "[claims][article]") {
  check_article("article_zh_hant_tw.txt", {
      {"", "逾三成", 30, "percent", "", more_than},
      {"", "上看420億美元", 4.2e10, "USD", "", exact},
      {"", "新台幣9,899.2億元", 9.8992e11, "TWD", "", exact},
      {"", "30.3%", 30.3, "percent", "", exact},
      {"", "4,523億元", 4.523e11, "TWD", "", exact},  // 元 alone: the document's new Taiwan dollar
      {"", "17.44元", 17.44, "TWD/share", "", exact},  // 每股純益: earnings per share
      {"", "59.5%", 59.5, "percent", "", exact},
      {"", "0.7個百分點", 0.7, "percentage_point", "", exact},
      {"", "50.6%", 50.6, "percent", "", exact},
      {"", "331億美元", 3.31e10, "USD", "", exact},
      {"", "10.1%", 10.1, "percent", "", exact},
      {"", "322億至334億美元", 3.28e10, "USD", "", range},
      {"", "約59%至61%", 60, "percent", "", range},
      {"", "400億到420億美元", 4.1e10, "USD", "", range},
      {"", "約七成", 70, "percent", "", approx},
      {"", "1,465元", 1465, "TWD", "", exact},
      {"", "15元", 15, "TWD", "", exact},
      {"", "約3.2萬張", 32000, "count", "", approx},
      {"", "新台幣38兆元", 3.8e13, "TWD", "", exact},
      {"", "逾四成", 40, "percent", "", more_than},
      {"", "近1.5萬張", 15000, "count", "", approx},
      {"", "一倍", 1, "times", "", exact},
      {"", "五年", 5, "year", "", exact},
      {"", "約45%", 45, "percent", "", approx},
      {"", "超過8萬名員工", 80000, "count", "person", more_than},
      {"", "1650億美元", 1.65e11, "USD", "", exact},
  });
}

TEST_CASE("claims: an English wire story on quarterly results, with a forecast margin and a multiple in one word",
          "[claims][article]") {
  check_article("article_en_wire.txt", {
      {"", "2.5%", 2.5, "percent", "", exact},
      {"", "$37.5 billion, plus or minus 2%", 3.75e10, "USD", "", range},  // 36.75 to 38.25 billion
      {"", "$37.08 billion", 3.708e10, "USD", "", exact},
      {"", "94%", 94, "percent", "", exact},
      {"", "$35.08 billion", 3.508e10, "USD", "", exact},
      {"", "$33.16 billion", 3.316e10, "USD", "", exact},
      {"", "112%", 112, "percent", "", exact},
      {"", "$30.8 billion", 3.08e10, "USD", "", exact},
      {"", "74.6%", 74.6, "percent", "", exact},
      {"", "73% to 73.5%", 73.25, "percent", "", range},
      {"", "$11.2 billion", 1.12e10, "USD", "", exact},
      {"", "nine months", 9, "month", "", exact},
      {"", "nearly tripled", 3, "times", "", approx},
      {"", "about $3.6 trillion", 3.6e12, "USD", "", approx},
  });
}

TEST_CASE("claims: a Simplified Chinese article on API prices, with rates per token, per GPU hour, per day and per share",
          "[claims][article][rates]") {
  check_article("article_zh_pricing.txt", {
      {"", "每百万tokens仅0.5元", 5e-7, "CNY/token", "", exact},  // the headline
      {"", "50%", 50, "percent", "", exact},
      {"", "25%", 25, "percent", "", exact},
      {"", "每百万tokens 4元", 4e-6, "CNY/token", "", exact},
      {"", "1元/百万tokens", 1e-6, "CNY/token", "", exact},
      {"", "16元/百万tokens", 1.6e-5, "CNY/token", "", exact},
      {"", "3%", 3, "percent", "", exact},
      {"", "每GPU小时2美元", 2, "USD/GPU_hour", "", exact},
      {"", "约为87072美元", 87072, "USD/day", "", approx},  // 每天的推理成本
      {"", "562027美元", 562027, "USD/day", "", exact},     // 每天的理论收入
      {"", "高达545%", 545, "percent", "", exact},
      {"", "仅使用了2048块H800", 2048, "count", "H800", exact},
      {"", "557.6万美元", 5.576e6, "USD", "", exact},  // a total: no 每 in its clause
      {"", "超过6000万美元", 6e7, "USD", "", more_than},
      {"", "9.87港元", 9.87, "HKD", "", exact},
      {"", "超过12%", 12, "percent", "", more_than},
      {"", "0.35元", 0.35, "CNY/share", "", exact},  // 每股收益
  });
}

TEST_CASE("claims: an English article on API prices, with input and output tokens priced apart",
          "[claims][article][rates]") {
  check_article("article_en_pricing.txt", {
      {"", "up to 75%", 75, "percent", "", at_most},
      {"", "a quarter", 0.25, "fraction", "", exact},
      {"", "$0.035 per million input tokens", 3.5e-8, "USD/input_token", "", exact},
      {"", "$0.55 per million output tokens", 5.5e-7, "USD/output_token", "", exact},
      {"", "$60 per million output tokens", 6e-5, "USD/output_token", "", exact},
      {"", "$0.27 per million input tokens", 2.7e-7, "USD/input_token", "", exact},
      {"", "$2 per GPU hour", 2, "USD/GPU_hour", "", exact},
      {"", "226 nodes", 226, "count", "node", exact},
      {"", "eight H800 chips", 8, "count", "H800", exact},
      {"", "about $87,072 a day", 87072, "USD/day", "", approx},
      {"", "$562,027 a day", 562027, "USD/day", "", exact},
      {"", "545%", 545, "percent", "", exact},
      {"", "just $5.576 million", 5.576e6, "USD", "", exact},
      {"", "HK$9.87", 9.87, "HKD", "", exact},
      {"", "more than 12%", 12, "percent", "", more_than},
      {"", "35 cents per share", 0.35, "USD/share", "", exact},
  });
}

TEST_CASE("claims: a Simplified Chinese disaster report, with magnitudes, casualties, homes, distances, weights and a temperature",
          "[claims][article][physical]") {
  check_article("article_zh_quake.txt", {
      {"", "6.1级", 6.1, "magnitude", "", exact},  // the headline
      {"", "37人", 37, "count", "person", exact},
      {"", "6.1级", 6.1, "magnitude", "", exact},
      {"", "12千米", 1.2e4, "m", "", exact},
      {"", "37人", 37, "count", "person", exact},
      {"", "约420人", 420, "count", "person", approx},
      {"", "5人", 5, "count", "person", exact},
      {"", "2816间房屋", 2816, "count", "home", exact},
      {"", "1.1万余户居民", 11500, "count", "household", more_than},  // (11000, 12000)
      {"", "4.6万人", 4.6e4, "count", "person", exact},
      {"", "约28公里", 2.8e4, "m", "", approx},
      {"", "3栋居民楼", 3, "count", "building", exact},
      {"", "近800次", 800, "count", "aftershock", approx},
      {"", "4.7级", 4.7, "magnitude", "", exact},  // 最大余震4.7级: a magnitude, no count
      {"", "零下6摄氏度", -6, "degC", "", exact},
      {"", "650吨", 6.5e5, "kg", "", exact},
      {"", "2亿元", 2e8, "CNY", "", exact},
      {"", "20元", 20, "CNY/day", "", exact},  // 每人每天: the nearest denominator
      {"", "30天", 30, "day", "", exact},
      {"", "约1500公顷", 1.5e7, "m2", "", approx},
      {"", "超过18亿元", 1.8e9, "CNY", "", more_than},
  });
}

TEST_CASE("claims: an English disaster report, with magnitudes, casualties, homes, distances, weights and a temperature",
          "[claims][article][physical]") {
  check_article("article_en_quake.txt", {
      {"", "thousands of homes", 5500, "count", "home", approx},
      {"", "magnitude 6.1", 6.1, "magnitude", "", exact},
      {"", "at least 37 people", 37, "count", "person", at_least},
      {"", "Five people", 5, "count", "person", exact},
      {"", "some 28 km", 2.8e4, "m", "", approx},
      {"", "12 kilometres", 1.2e4, "m", "", exact},
      {"", "2,816 homes", 2816, "count", "home", exact},
      {"", "more than 11,000 houses", 11000, "count", "home", more_than},
      {"", "Nearly 46,000 residents", 46000, "count", "person", approx},
      {"", "almost 800 aftershocks", 800, "count", "aftershock", approx},
      {"", "36 hours", 36, "hour", "", exact},
      {"", "magnitude 4.7", 4.7, "magnitude", "", exact},
      {"", "minus 6 degrees Celsius", -6, "degC", "", exact},
      {"", "650 tonnes", 6.5e5, "kg", "", exact},
      {"", "200 million yuan", 2e8, "CNY", "", exact},
      {"", "$27.6 million", 2.76e7, "USD", "", exact},
      {"", "more than 1.8 billion yuan", 1.8e9, "CNY", "", more_than},
      {"", "about 1,500 hectares", 1.5e7, "m2", "", approx},
  });
}
