// Currencies attached to a number: symbols and codes before it, words after it.
#include "numbers_table.hpp"

using claimcheck::testing::check_row;
using claimcheck::testing::exact;
using claimcheck::testing::Row;

TEST_CASE("numbers: currencies", "[numbers]") {
  const std::vector<Row> rows = {
      exact("训练成本558万美元", "558万美元", 5580000, "currency", "USD"),
      exact("约600万美元", "600万美元", 6000000, "currency", "USD"),
      exact("$5.6M", "$5.6M", 5600000, "currency", "USD"),
      exact("$593 billion", "$593 billion", 593e9, "currency", "USD"),
      exact("US$ 150 million", "US$ 150 million", 150e6, "currency", "USD"),
      exact("HK$ 10.05 billion", "HK$ 10.05 billion", 10.05e9, "currency", "HKD"),
      exact("c $ 300 million", "c $ 300 million", 300e6, "currency", "CAD"),
      exact("€ 2 million", "€ 2 million", 2e6, "currency", "EUR"),
      exact("£ 8.10 million", "£ 8.10 million", 8.1e6, "currency", "GBP"),
      exact("￥300", "￥300", 300, "currency", "CNY"),
      exact("USD 200", "USD 200", 200, "currency", "USD"),
      exact("115USD", "115USD", 115, "currency", "USD"),
      exact("10 €", "10 €", 10, "currency", "EUR"),
      exact("1000万元", "1000万元", 1e7, "currency", "CNY"),
      exact("36.57亿元", "36.57亿元", 3.657e9, "currency", "CNY"),
      exact("8亿元人民币", "8亿元人民币", 8e8, "currency", "CNY"),
      exact("1.95港元", "1.95港元", 1.95, "currency", "HKD"),
      exact("5306亿台币", "5306亿台币", 530.6e9, "currency", "TWD"),
      exact("It costs half million usd.", "half million usd", 5e5, "currency", "USD"),
      exact("a quarter million us dollars", "a quarter million us dollars", 2.5e5, "currency", "USD"),
      exact("five and a half million dollars", "five and a half million dollars", 5.5e6, "currency", "USD"),
      exact("half million cents", "half million", 5e5),
      exact("50美分", "50美分", 0.5, "currency", "USD"),
      exact("losses in excess of 30 MUSD", "30 MUSD", 3e7, "currency", "USD"),
      exact("revenues of about MAUD 60", "MAUD 60", 6e7, "currency", "AUD"),
      exact("totalling twenty MEUR", "twenty MEUR", 2e7, "currency", "EUR"),
      // the rupee (and its crore of ten million), the real, the ruble
      exact("raised Rs 25,000 crore", "Rs 25,000 crore", 2.5e11, "currency", "INR"),
      exact("Rs. 500 crore", "Rs. 500 crore", 5e9, "currency", "INR"),
      exact("₹1,200 crore", "₹1,200 crore", 1.2e10, "currency", "INR"),
      exact("Petrobras paid 52 billion reais", "52 billion reais", 5.2e10, "currency", "BRL"),
      exact("R$ 10", "R$ 10", 10, "currency", "BRL"),
      exact("3 billion rubles", "3 billion rubles", 3e9, "currency", "RUB"),
      exact("Mrs 5", "5", 5),  // no rupee inside a word
      // a major unit and smaller ones of the same currency
      exact("这个手机壳五元三毛", "五元三毛", 5.3, "currency", "CNY"),
      exact("50元6角三分", "50元6角三分", 50.63, "currency", "CNY"),
      exact("两美元又三美分", "两美元又三美分", 2.03, "currency", "USD"),
      exact("it only cost 3 dollars 50 cents.", "3 dollars 50 cents", 3.5, "currency", "USD"),
      exact("thirteen dollars and forty-five cents", "thirteen dollars and forty-five cents", 13.45, "currency",
            "USD"),
      // not a smaller unit: minutes, a fraction, a triangle, more than one major unit
      exact("花了5元，3分钟后", "5元", 5, "currency", "CNY"),
      exact("5元3分之一", "5元", 5, "currency", "CNY"),
      exact("三元三角形", "三元", 3, "currency", "CNY"),
      exact("3 dollars 150 cents", "3 dollars", 3, "currency", "USD"),
      exact("1万亿日元", "1万亿日元", 1e12, "currency", "JPY"),
      exact("１欧元", "１欧元", 1, "currency", "EUR"),
      exact("十五美元", "十五美元", 15, "currency", "USD"),
      exact("2000块钱", "2000块钱", 2000, "currency", "CNY"),
      // Deliberately unlike the peer suite, which reads "50 cents" as 50 of a unit Cent: amounts
      // are in the currency's ISO unit, so 50 cents and $0.50 compare as equal.
      exact("50 cents", "50 cents", 0.5, "currency", "USD"),
      exact("197 pence", "197 pence", 1.97, "currency", "GBP"),
      exact("five million yen", "five million yen", 5e6, "currency", "JPY"),
      exact("323 million euros", "323 million euros", 323e6, "currency", "EUR"),
      exact("100 billion yuan", "100 billion yuan", 100e9, "currency", "CNY"),
  };
  for (const auto& row : rows) check_row(row);
}

TEST_CASE("numbers: a count with a classifier is not money", "[numbers]") {
  // 块 after a number is the classifier of 2000块H800; only 块钱 is money.
  check_row(exact("2000块H800", "2000", 2000));
  check_row(exact("50,000颗H100", "50,000", 50000));
  // the peer suite reads 一美元 as no number at all; a dollar amount is one to us
  check_row(exact("苹果折扣一美元", "一美元", 1, "currency", "USD"));
}
