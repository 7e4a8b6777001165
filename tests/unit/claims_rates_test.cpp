// Money per something is a rate: its unit is the currency, '/', and the denominator (USD/hour,
// CNY/share); a count in the denominator divides the value. A rate is never compared with an
// amount: 每天87072美元 does not contradict a training cost of 557万美元.
#include <algorithm>
#include <string>
#include <vector>

#include "check/cross_checker.hpp"
#include "claim_builder.hpp"
#include "claims_table.hpp"

using namespace claims_table;

TEST_CASE("claims: money per something is a rate", "[claims][money][rates]") {
  const std::vector<Row> table = {
      // the denominator after the amount: /, 每 at the end of a clause, per, a, an
      {"H800的租金按2美元/小时计算", "2美元/小时", 2, "USD/hour", "", exact},
      {"租金为2美元／小時", "2美元／小時", 2, "USD/hour", "", exact},
      {"租金是2美元每小时，不算贵", "2美元每小时", 2, "USD/hour", "", exact},
      {"the GPUs rent for $2 per hour", "$2 per hour", 2, "USD/hour", "", exact},
      {"priced at $2 an hour", "$2 an hour", 2, "USD/hour", "", exact},
      {"it costs $87,072 a day", "$87,072 a day", 87072, "USD/day", "", exact},
      {"revenue of about $10 billion a year", "about $10 billion a year", 1e10, "USD/year", "", approx},
      {"Apple earned $2.40 per share", "$2.40 per share", 2.4, "USD/share", "", exact},
      {"oil fell to $80 a barrel", "$80 a barrel", 80, "USD/barrel", "", exact},
      {"gold at $2,650 an ounce", "$2,650 an ounce", 2650, "USD/ounce", "", exact},
      // a tonne is 1,000 kg; a ton may be a short ton and stays its own denominator
      {"铁矿石价格为每吨80美元", "每吨80美元", 0.08, "USD/kg", "", exact},
      {"Iron ore fell to $80 per tonne.", "$80 per tonne", 0.08, "USD/kg", "", exact},
      {"Coal costs $60 per ton.", "$60 per ton", 60, "USD/ton", "", exact},
      {"$2 per GPU hour", "$2 per GPU hour", 2, "USD/GPU_hour", "", exact},
      {"电价为0.5元/度电", "0.5元/度电", 0.5, "CNY/kWh", "", exact},
      {"storage at $20 per TB", "$20 per TB", 0.02, "USD/GB", "", exact},  // TB is 1,000 GB
      {"外卖均价约30元/人", "约30元/人", 30, "CNY/person", "", approx},
      // a count in the denominator divides the value
      {"API costs $0.14 per million tokens", "$0.14 per million tokens", 1.4e-7, "USD/token", "", exact},
      {"API costs $2 per 1,000 tokens", "$2 per 1,000 tokens", 0.002, "USD/token", "", exact},
      {"输出价格为2元/百万tokens", "2元/百万tokens", 2e-6, "CNY/token", "", exact},
      // input and output tokens are priced apart
      {"$0.14 per million input tokens", "$0.14 per million input tokens", 1.4e-7, "USD/input_token", "", exact},
      {"$0.28 per million output tokens", "$0.28 per million output tokens", 2.8e-7, "USD/output_token", "", exact},
      {"每百万输入tokens 1元", "每百万输入tokens 1元", 1e-6, "CNY/input_token", "", exact},
      {"价格为2元/百万输出tokens", "2元/百万输出tokens", 2e-6, "CNY/output_token", "", exact},
      // the denominator before the number: next to it (one expression), or a few words before
      {"每小时2美元", "每小时2美元", 2, "USD/hour", "", exact},
      {"按每GPU小时2美元计算", "每GPU小时2美元", 2, "USD/GPU_hour", "", exact},
      {"每小时约2美元", "每小时约2美元", 2, "USD/hour", "", approx},
      {"每天成本87072美元", "87072美元", 87072, "USD/day", "", exact},
      {"每天的理论收入可达562027美元", "562027美元", 562027, "USD/day", "", exact},  // seven characters between
      {"每股收益为20.5元", "20.5元", 20.5, "CNY/share", "", exact},
      {"公司拟每股派息4.5港元", "4.5港元", 4.5, "HKD/share", "", exact},
      {"每百万个token输入价格为1元", "1元", 1e-6, "CNY/token", "", exact},
      {"earnings per share of $2.40", "$2.40", 2.4, "USD/share", "", exact},
      {"per capita income of $12,000", "$12,000", 12000, "USD/person", "", exact},
      // not rates
      {"revenue was $5 billion a year ago", "$5 billion", 5e9, "USD", "", exact},
      {"up from $5 billion a year earlier", "$5 billion", 5e9, "USD", "", exact},
      {"against $5 billion a year-earlier", "$5 billion", 5e9, "USD", "", exact},
      {"it lost $1 billion a day after the launch", "$1 billion", 1e9, "USD", "", exact},
      {"每人可获得补贴2000元", "2000元", 2000, "CNY/person", "", exact},
      {"每月工资8000元", "8000元", 8000, "CNY/month", "", exact},
      {"据每日经济新闻报道称DeepSeek的训练成本为557万美元", "557万美元", 5.57e6, "USD", "", exact},  // far
      {"投资100亿元每年可节省成本", "100亿元", 1e10, "CNY", "", exact},  // 每 opens the next clause
      {"每日经济新闻报道，成本为557万美元", "557万美元", 5.57e6, "USD", "", exact},  // another clause
      {"每股收益的增幅高于市场预期的成本为557万美元", "557万美元", 5.57e6, "USD", "", exact},  // too far
      {"2美元/次", "2美元", 2, "USD", "", exact},  // 次 names no denominator
      {"a $2 fee", "$2", 2, "USD", "", exact},
  };
  for (const auto& row : table) check_row(row);
}

TEST_CASE("claims: a count in a denominator divides the value exactly", "[claims][money][rates]") {
  const auto claims = extract("$60 per million output tokens");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].value == 60 / 1e6);  // not 60 × 1e-6 = 5.9999999999999995e-05
  CHECK(claims[0].low.value_or(0) == 60 / 1e6);
  CHECK(claims[0].high.value_or(0) == 60 / 1e6);
}

TEST_CASE("claims: a rate in a Traditional Chinese document takes the local dollar", "[claims][money][rates]") {
  check_row({"台積電每股純益17.44元，以新台幣計。", "17.44元", 17.44, "TWD/share", "", exact});
}

TEST_CASE("cross-check: a rate is compared with rates per the same thing, never with an amount", "[check][rates]") {
  using claimcheck::testing::make_claim;
  const claimcheck::CrossChecker checker(claimcheck::default_config());
  const claimcheck::Report r = checker.check({
      make_claim("a.txt", "557万美元", 5.57e6, "currency", "USD", "DeepSeek", "training_cost"),
      make_claim("a.txt", "87072美元", 87072, "currency", "USD/day", "DeepSeek", "training_cost"),
      make_claim("b.txt", "$5.6 million", 5.6e6, "currency", "USD", "DeepSeek", "training_cost"),
      make_claim("b.txt", "$3,628 an hour", 3628, "currency", "USD/hour", "DeepSeek", "training_cost"),
      make_claim("c.txt", "$1 per share", 1, "currency", "USD/share", "DeepSeek", "training_cost"),
  });
  // three groups: the amounts, the rates per unit of time (in one unit), the rate per share
  REQUIRE(r.groups.size() == 3);
  CHECK(r.findings.empty());  // $3,628 an hour is $87,072 a day
  std::vector<std::string> units;
  for (const auto& g : r.groups) units.push_back(g.unit);
  std::sort(units.begin(), units.end());
  CHECK(units == std::vector<std::string>{"USD", "USD/hour", "USD/share"});
}

TEST_CASE("cross-check: rates per different units of time meet in one, without an exchange rate", "[check][rates]") {
  using claimcheck::testing::make_claim;
  const claimcheck::CrossChecker checker(claimcheck::default_config());
  const claimcheck::Report r = checker.check({
      make_claim("a.txt", "每天87072美元", 87072, "currency", "USD/day", "DeepSeek", "rental_cost"),
      make_claim("b.txt", "$2,000 an hour", 2000, "currency", "USD/hour", "DeepSeek", "rental_cost"),
  });
  REQUIRE(r.groups.size() == 1);
  CHECK(r.groups[0].unit == "USD/hour");
  REQUIRE(r.findings.size() == 1);  // 87072 a day is 3628 an hour: far more than 2,000
  CHECK(r.findings[0].verdict == claimcheck::Verdict::contradiction);
  CHECK(r.findings[0].reason.find("converted to USD/hour") != std::string::npos);
  CHECK(r.findings[0].reason.find("rates") == std::string::npos);  // no exchange rate was used
}

TEST_CASE("cross-check: rates in one currency per different units of time are not widened by an exchange rate",
          "[check][rates]") {
  using claimcheck::testing::make_claim;
  const claimcheck::CrossChecker checker(claimcheck::default_config());
  // 24,000 CNY a day is 1,000 CNY an hour; 1,031 CNY an hour lies 3.1 % above it. Widened by the
  // table's 3 % uncertainty the two would overlap; as one currency they stand apart.
  const claimcheck::Report r = checker.check({
      make_claim("a.txt", "每天24000元", 24000, "currency", "CNY/day", "DeepSeek", "rental_cost"),
      make_claim("b.txt", "每小时1031元", 1031, "currency", "CNY/hour", "DeepSeek", "rental_cost"),
  });
  REQUIRE(r.groups.size() == 1);
  CHECK(r.groups[0].unit == "CNY/hour");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].verdict == claimcheck::Verdict::discrepancy);
  CHECK(r.findings[0].reason.find("; converted to CNY/hour") != std::string::npos);
  CHECK(r.findings[0].reason.find(" rates") == std::string::npos);  // no "at … rates": none was used
}

TEST_CASE("claims: an exchange rate is one rate of the quoted currency per the base one", "[claims][money][rates]") {
  const std::vector<Row> table = {
      {"中间价为1美元兑7.1884元人民币", "1美元兑7.1884元人民币", 7.1884, "CNY/USD", "", exact},
      {"1美元兌換約7.3元人民幣", "1美元兌換約7.3元人民幣", 7.3, "CNY/USD", "", approx},
      {"100日元兑4.8元人民币", "100日元兑4.8元人民币", 0.048, "CNY/JPY", "", exact},
      {"The yuan ended near 7.30 yuan per dollar.", "7.30 yuan per dollar", 7.3, "CNY/USD", "", exact},
  };
  for (const auto& row : table) check_row(row);
  // two amounts of one currency make no exchange rate, nor does a hedged base amount
  CHECK(extract("1美元兑7.3美元").size() == 2);
  CHECK(extract("约1美元兑7.3元人民币").size() == 2);
}

TEST_CASE("cross-check: exchange rates are compared with each other in one currency", "[check][rates]") {
  using claimcheck::testing::make_claim;
  const claimcheck::CrossChecker checker(claimcheck::default_config());
  const claimcheck::Report r = checker.check({
      make_claim("a.txt", "1美元兑7.1884元人民币", 7.1884, "currency", "CNY/USD", "PBOC", "exchange_rate"),
      make_claim("b.txt", "7.30 yuan per dollar", 7.30, "currency", "CNY/USD", "PBOC", "exchange_rate"),
      make_claim("c.txt", "$5 million", 5e6, "currency", "USD", "PBOC", "exchange_rate"),
  });
  REQUIRE(r.groups.size() == 2);  // the exchange rates, and the amount apart
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].verdict == claimcheck::Verdict::discrepancy);  // 7.1884 vs 7.30: 1.5 % apart
}

TEST_CASE("claims: a count per a unit of time is a rate, a count per anything else is not", "[claims][count][rates]") {
  const std::vector<Row> table = {
      {"每天新增病例3000例", "3000例", 3000, "count/day", "case", exact},
      {"The bridge carries 90,000 vehicles a day.", "90,000 vehicles a day", 90000, "count/day", "vehicle", exact},
      {"Output was 1.2m barrels a day.", "1.2m barrels a day", 1.2e6, "count/day", "barrel", exact},
      {"每秒处理1000次请求", "1000次", 1000, "count/second", "", exact},
      {"about 1,000 jobs a month", "about 1,000 jobs a month", 1000, "count/month", "job", approx},
      {"It activates 37B activated parameters per token.", "37B activated parameters", 37e9, "count", "parameter",
       exact},
      {"hired 2,000 engineers a year ago", "2,000 engineers", 2000, "count", "person", exact},
  };
  for (const auto& row : table) check_row(row);
}

TEST_CASE("cross-check: a daily count is never compared with a total, and counts per hour and per day meet",
          "[check][rates]") {
  using claimcheck::testing::make_claim;
  const claimcheck::CrossChecker checker(claimcheck::default_config());
  const auto cases = [](const char* source, const char* text, double value, const char* unit) {
    claimcheck::Claim c = make_claim(source, text, value, "count", unit, "Hilltown", "cases");
    c.object = "case";
    return c;
  };
  const claimcheck::Report r = checker.check({
      cases("a.txt", "每天新增病例3000例", 3000, "count/day"),
      cases("b.txt", "累计确诊30万例", 300000, "count"),
      cases("c.txt", "125 cases an hour", 125, "count/hour"),
  });
  REQUIRE(r.groups.size() == 2);  // the total, and the rates (125 an hour is 3,000 a day)
  CHECK(r.findings.empty());
}
