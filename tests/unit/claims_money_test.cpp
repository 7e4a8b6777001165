// Money: currency words and signs before or after the number, ISO 4217 codes.
#include <algorithm>

#include "claims_table.hpp"

using namespace claims_table;

TEST_CASE("claims: money", "[claims][money]") {
  const std::vector<Row> table = {
      {"训练成本为557万美元。", "557万美元", 5570000, "USD", "", exact},
      {"训练成本为558万美元", "558万美元", 5580000, "USD", "", exact},
      {"花费约600万美元", "约600万美元", 6000000, "USD", "", approx},
      {"融资近亿元", "近亿元", 1e8, "CNY", "", approx},
      {"不到600万美元", "不到600万美元", 6000000, "USD", "", less_than},
      {"不到600萬美元", "不到600萬美元", 6000000, "USD", "", less_than},
      {"市值蒸发5926.58亿美元", "5926.58亿美元", 592658000000, "USD", "", exact},
      {"市值蒸發5926.58億美元", "5926.58億美元", 592658000000, "USD", "", exact},
      {"约5930億美元", "约5930億美元", 593000000000, "USD", "", approx},
      {"损失约4.2万亿元人民币", "约4.2万亿元人民币", 4.2e12, "CNY", "", approx},
      {"投资人民币72亿元", "人民币72亿元", 7.2e9, "CNY", "", exact},
      {"融资新台币一亿元", "新台币一亿元", 1e8, "TWD", "", exact},
      {"新台幣一億", "新台幣一億", 1e8, "TWD", "", exact},
      {"售价3000元", "3000元", 3000, "CNY", "", exact},
      {"月薪两万元", "两万元", 20000, "CNY", "", exact},
      {"花了2000块钱", "2000块钱", 2000, "CNY", "", exact},
      {"每台卖2000块", "2000块", 2000, "CNY", "", exact},
      {"价格是5000塊", "5000塊", 5000, "CNY", "", exact},
      {"It cost $5.6 million.", "$5.6 million", 5600000, "USD", "", exact},
      {"It cost $5.58 million to train.", "$5.58 million", 5580000, "USD", "", exact},
      {"less than $6 million", "less than $6 million", 6000000, "USD", "", less_than},
      {"Nvidia lost $593 billion in value", "$593 billion", 593e9, "USD", "", exact},
      {"well over $500 million", "over $500 million", 5e8, "USD", "", more_than},
      {"a US$100 million deal", "US$100 million", 1e8, "USD", "", exact},
      {"priced at $2 an hour", "$2 an hour", 2, "USD/hour", "", exact},
      {"about $1.2 trillion", "about $1.2 trillion", 1.2e12, "USD", "", approx},
      {"spent 5 million dollars", "5 million dollars", 5e6, "USD", "", exact},
      {"raised 300 million yuan", "300 million yuan", 3e8, "CNY", "", exact},
      {"RMB 50 million", "RMB 50 million", 5e7, "CNY", "", exact},
      {"NT$30 billion", "NT$30 billion", 3e10, "TWD", "", exact},
      {"HK$1.5 billion", "HK$1.5 billion", 1.5e9, "HKD", "", exact},
      {"募资港元20亿", "港元20亿", 2e9, "HKD", "", exact},
      {"收购价50亿港币", "50亿港币", 5e9, "HKD", "", exact},
      {"罰款3億港幣", "3億港幣", 3e8, "HKD", "", exact},
      {"收入1,928.7億元人民幣。", "1,928.7億元人民幣", 1.9287e11, "CNY", "", exact},
      {"資本開支或超過900億元人民幣，", "超過900億元人民幣", 9e10, "CNY", "", more_than},
      {"出資1000億日圓", "1000億日圓", 1e11, "JPY", "", exact},
      {"罰款43億歐元", "43億歐元", 4.3e9, "EUR", "", exact},
      {"投資20億英鎊", "20億英鎊", 2e9, "GBP", "", exact},
      {"三星投資300萬億韓元", "300萬億韓元", 3e14, "KRW", "", exact},
      {"罚款43亿欧元", "43亿欧元", 4.3e9, "EUR", "", exact},
      {"€2.5 billion fine", "€2.5 billion", 2.5e9, "EUR", "", exact},
      {"a fine of 4 billion euros", "4 billion euros", 4e9, "EUR", "", exact},
      {"出资1000亿日元", "1000亿日元", 1e11, "JPY", "", exact},
      {"¥100日元", "¥100日元", 100, "JPY", "", exact},
      {"SoftBank lost ¥500 billion.", "¥500 billion", 5e11, "JPY", "", exact},
      {"手机售价¥3999。", "¥3999", 3999, "CNY", "", exact},
      {"售价￥4999", "￥4999", 4999, "CNY", "", exact},
      {"a 500 billion yen package", "500 billion yen", 5e11, "JPY", "", exact},
      {"£3 million", "£3 million", 3e6, "GBP", "", exact},
      {"投资20亿英镑", "20亿英镑", 2e9, "GBP", "", exact},
      {"三星投资300万亿韩元", "300万亿韩元", 3e14, "KRW", "", exact},
      {"約新台幣300億元", "約新台幣300億元", 3e10, "TWD", "", approx},
      {"高达数亿美元", "高达数亿美元", 5.5e8, "USD", "", approx},
      {"成本仅557万美元", "仅557万美元", 5570000, "USD", "", exact},
      {"超过5000亿美元", "超过5000亿美元", 5e11, "USD", "", more_than},
      {"至少10亿美元", "至少10亿美元", 1e9, "USD", "", at_least},
      {"最多3000万元", "最多3000万元", 3e7, "CNY", "", at_most},
      {"营收100亿美金", "100亿美金", 1e10, "USD", "", exact},
      {"an investment of USD 20 million", "USD 20 million", 2e7, "USD", "", exact},
      {"costs 80 US dollars", "80 US dollars", 80, "USD", "", exact},
      {"逾百亿元", "逾百亿元", 1e10, "CNY", "", more_than},
      {"市值近3万亿美元", "近3万亿美元", 3e12, "USD", "", approx},
      // Taiwan's official spelling 新臺幣, before or after the number, also after 元
      {"約新臺幣19兆元", "約新臺幣19兆元", 19e12, "TWD", "", approx},
      {"約合新臺幣1.8億元", "約合新臺幣1.8億元", 1.8e8, "TWD", "", approx},
      {"營收達1.8億新臺幣", "1.8億新臺幣", 1.8e8, "TWD", "", exact},
      {"營收達1.8億元新臺幣", "1.8億元新臺幣", 1.8e8, "TWD", "", exact},
      {"營收達1.8億元新台幣", "1.8億元新台幣", 1.8e8, "TWD", "", exact},
  };
  for (const auto& row : table) check_row(row);
}

TEST_CASE("claims: millions written m after a currency, and the article a before one", "[claims][money]") {
  const std::vector<Row> table = {
      // the style of the financial press: a lone m glued to the digits after a currency
      {"DeepSeek trained V3 for $6m.", "$6m", 6e6, "USD", "", exact},
      {"It cost €5.6m.", "€5.6m", 5.6e6, "EUR", "", exact},
      {"It raised £300m.", "£300m", 3e8, "GBP", "", exact},
      {"It raised RMB 600m.", "RMB 600m", 6e8, "CNY", "", exact},
      {"It spent US$5.6m on training.", "US$5.6m", 5.6e6, "USD", "", exact},
      // "a" is an article, not the A of A$ (Australian dollars), whatever its case
      {"It signed a $6m deal.", "$6m", 6e6, "USD", "", exact},
      {"It is a $5 billion deal.", "$5 billion", 5e9, "USD", "", exact},
      {"A $500 fine was paid.", "$500", 500, "USD", "", exact},
      {"It raised A$5 million.", "A$5 million", 5e6, "AUD", "", exact},
  };
  for (const auto& row : table) check_row(row);
  // Without a currency 600m is metres, not a claim; m is no multiplier before other letters.
  for (const std::string input : {"A 600m race.", "The tower is 600m tall.", "It spent $6min there."})
    check_no_claim(input);
}

TEST_CASE("claims: a range after a currency takes the right side's multiplier", "[claims][money]") {
  struct RangeRow {
    std::string input, text;
    double low, high;
  };
  const std::vector<RangeRow> table = {
      {"It cost $5-6 million.", "$5-6 million", 5e6, 6e6},
      {"It cost $5 - 6 million.", "$5 - 6 million", 5e6, 6e6},
      {"It cost $5-6bn.", "$5-6bn", 5e9, 6e9},
      {"It cost $5-6m.", "$5-6m", 5e6, 6e6},
      {"Shares traded at $20-25 each.", "$20-25", 20, 25},
      {"It cost $5.6m-6m.", "$5.6m-6m", 5.6e6, 6e6},
  };
  for (const RangeRow& row : table) {
    INFO(row.input);
    const auto claims = extract(row.input);
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].text == row.text);
    CHECK(claims[0].begin == row.input.find(row.text));
    CHECK(claims[0].unit == "USD");
    CHECK(claims[0].qualifier == range);
    CHECK(claims[0].low.value_or(-1) == Approx(row.low));
    CHECK(claims[0].high.value_or(-1) == Approx(row.high));
  }
}

// A claim of a document and the currency it must have.
struct DocumentCase {
  std::string document;
  std::string text;  // the claim
  std::string unit;
};

void check_documents(const std::vector<DocumentCase>& table) {
  for (const auto& c : table) {
    INFO("document: " << c.document << "; claim: " << c.text);
    const auto claims = extract(c.document);
    const auto it = std::find_if(claims.begin(), claims.end(), [&](const auto& k) { return k.text == c.text; });
    REQUIRE(it != claims.end());
    CHECK(it->begin == c.document.find(c.text));
    CHECK(it->unit == c.unit);
  }
}

// 元 alone: the renminbi, unless the document is in Traditional characters, never names the
// renminbi and names one local dollar only (Taiwan's 新台幣, Hong Kong's 港元) or, naming none,
// one local dollar's places only (台股, 恒指).
TEST_CASE("claims: 元 alone takes the document's local dollar", "[claims][money]") {
  check_documents({
      // Taiwan's press: a share price in 元, the new Taiwan dollar named elsewhere
      {"台積電今日報收1060元，市值達新台幣27.5兆元。", "1060元", "TWD"},
      {"台積電今日報收1060元，市值達新台幣27.5兆元。", "新台幣27.5兆元", "TWD"},
      {"股價漲至1,100元左右。外資賣超新台幣300億元。", "1,100元左右", "TWD"},
      {"鴻海每股配發5.4元現金股利，NT$ 計價。", "5.4元", "TWD/share"},  // a rate per share
      {"票價每張800塊錢。新台幣計價。", "800塊錢", "TWD"},
      // Hong Kong's press: 港元 named elsewhere
      {"騰訊收報380元，市值3.5萬億港元。", "380元", "HKD"},
      // Simplified text names 港元 as a foreign currency: 元 stays the renminbi
      {"腾讯收报380港元，全年营收6090亿元。", "6090亿元", "CNY"},
      // the renminbi named anywhere: 元 alone is the renminbi, but for a share price right after a
      // quote word (報收, 收報), which is quoted in the local dollar
      {"台積電今日報收1060元，折合人民幣約240元。新台幣升值。", "1060元", "TWD"},
      {"台積電今日報收1060元，折合人民幣約240元。新台幣升值。", "約240元", "CNY"},
      {"台積電今日報收1060元，新台幣升值，大陸售價￥4999。", "1060元", "TWD"},
      {"騰訊第三季營收1,670億元人民幣，股價收報645元，市值約6萬億港元。", "645元", "HKD"},
      {"騰訊第三季營收1,670億元人民幣，另一筆交易為30億元，市值約6萬億港元。", "30億元", "CNY"},
      // both local dollars named in one paragraph: 元 alone says not which
      {"港股收報380元，台股收報1060元，新台幣與港元齊升。", "380元", "CNY"},
      // ... in different paragraphs: each paragraph names its own
      {"台股加權指數上漲312點，成交金額4,215億元，新台幣升值。\n恒指升435點，騰訊收報418.6元，成交額1,532億港元。",
       "4,215億元", "TWD"},
      {"台股加權指數上漲312點，成交金額4,215億元，新台幣升值。\n恒指升435點，騰訊收報418.6元，成交額1,532億港元。",
       "418.6元", "HKD"},
      {"台股加權指數上漲312點，成交金額4,215億元。\n恒指升435點，騰訊收報418.6元。\n兩地成交共5,000億元。",
       "5,000億元", "CNY"},  // a paragraph naming neither
      // naming no local dollar, the one place named: 台股 and 加權指數 are Taiwan's, 恒指 Hong Kong's
      {"台股加權指數終場下跌312點，成交金額3,820億元。", "3,820億元", "TWD"},
      {"恒指收市跌396點，全日成交額約2,350億元。", "約2,350億元", "HKD"},
      {"港股收報128.5元，騰訊營收1,671億元人民幣，另一筆交易30億元。", "128.5元", "HKD"},
      {"港股收報128.5元，騰訊營收1,671億元人民幣，另一筆交易30億元。", "30億元", "CNY"},
      {"香港與台灣股市齊升，成交額3,000億元。", "3,000億元", "CNY"},  // two places
      {"香港恒指成交额约2350亿元。", "约2350亿元", "CNY"},            // Simplified
      // Traditional text naming no local dollar nor its place, and Simplified text naming the
      // Taiwan dollar
      {"台積電今日報收1060元。", "1060元", "CNY"},
      {"台积电今日报收1060元，市值达新台币27.5兆元。", "1060元", "CNY"},
      // a currency named with the number is kept
      {"營收達新台幣8,685億元，股價報收1060元。", "新台幣8,685億元", "TWD"},
      {"新台幣升值，國泰金以人民幣5億元入股。", "人民幣5億元", "CNY"},
  });
}
