// What is not a claim: dates, times, ordinals, names and identifiers, numerals inside words,
// idioms, section numbers, page furniture and bare numbers.
#include "claims_table.hpp"

using namespace claims_table;

TEST_CASE("claims: what is not a claim", "[claims][rejection]") {
  const std::vector<std::string> table = {
      // dates and times
      "2025年1月27日", "2025年1月28日发布", "1月20日", "在2024年", "2000年,IBM推出了新产品",
      "2000年，IBM", "于2023年成立", "2024年12月底", "2025.2.10", "2025-01-28 09:59:57",
      "18点42分", "09:15", "14:05 GMT", "on January 27", "29 Jan 2025", "in 2020 Nvidia GPUs sold out",
      "3月", "今年3月份", "27日", "1月20日前", "截至3月31日", "2024年1月以来", "2024年底", "since 2019", "二〇二四年",
      // a comparison with a month of the year (only an approximation makes a lone month a length)
      "少于9月的预期", "低于3月的水平", "超过10月的纪录",
      "2024款车型", "推出了2025款",  // a model year
      "三季度营收下滑", "第三季度",  // the third quarter (个季度 is a length of time)
      // a span of months of the year
      "1至9月，全国房地产开发投资下降", "1-9月累计", "今年1～11月销量", "3-5月是雨季", "一至九月",
      // ordinals and ranks
      "第三", "第3名", "排名第一", "No. 1", "#1", "四十七任总统", "Top 10",
      // names, versions and identifiers
      "DeepSeek-V3", "GPT-4o", "Llama 3.1", "R1模型", "o1", "H800", "910B", "iPhone 15",
      "ZGBD01", "ajaychen_2024", "Windows 95", "5G网络", "Qwen2.5", "Claude 3.5 Sonnet",
      "Fortune 500 companies", "FTSE 100 firms", "S&P 500 companies", "Russell 2000 stocks", "沪深300家公司",
      // numerals inside words
      "單一公司最大的損失", "经历了惊心动魄的一天", "同一天", "每一年", "建一座工厂", "一家美国公司", "一些", "一样", "一直", "统一", "唯一", "万一", "千万别", "三国", "安倍晋三", "一步步",
      "翻译了三本书", "the doubledecker bus", "a double-digit gain", "a triple play", "增速达两位数", "五位数的收入",
      // idioms
      "从0到1", "從0到1", "从零到一", "0-1", "1-10",
      // page furniture and section numbers
      "38114 阅读", "21 评论", "1 楼", "阅读 12906", "1,024 comments", "312 shares",
      "瀏覽 5,207", "留言 17", "第 2 页 / 共 3 页", "Page 1 of 1", "3.2 节",
      // a span of calendar years is no length of time; 24/7 is around the clock
      "2024-2025年度预算", "1990至2000年间", "a 24/7 service",
      // 点 after a small whole number: items or a clock
      "有两点建议", "下午3点开会", "提出了三点意见",
      // 度 with no temperature cue in its clause, or after one Han numeral (a second time)
      "斜坡倾斜30度", "转了180度", "他二度夺冠", "气温下降，他再度夺冠", "气温很高，转了180度",
      // 间 after a range is "between", no classifier
      "数值在10000与20000间", "介于3至5间",
      // 级 with no magnitude or wind cue, or after one Han numeral: a grade or a level
      "启动三级应急响应", "共有5级台阶", "地震后启动二级响应", "这家景区是5A级景区",
      // a number that is not whole counts no noun right after it: 7.2地震 (规模 alone is a size)
      "台湾发生规模7.2地震",
      // without "of" or an article a fraction in words takes only a percentage point or a percent
      "half-year results", "half year profit", "By half-time the score was level",
      // word fractions that name a period or a part
      "in the last quarter, sales", "the second half of the year", "a third-quarter loss",
      // bare numbers
      "数字2000", "The answer is 42.",
      // digits after a leading zero: a code, or a piece of a number split by blanks
      "007 agents", "00 votes", "around 80 , 000 spectators", "得了3分", "编号09秒",
      // the term of a loan or a bond; 百公里 in a car's figures
      "10年期国债收益率上升", "一年期贷款", "五年期以上", "the 10-year Treasury", "a 30-year mortgage",
      "百公里加速成绩", "百公里油耗很低",
      // a Chinese noun that counts only after a classifier: a number right before it names
      "台北101大楼", "2号楼", "电话 13800138000", "编号 12345", "It has 17pcs.", "He bought 10 pcs.",
      // the denominator of a rate (the rate itself is the claim, when it is one)
      "每百萬個token", "每100人", "per 1,000 tokens", "per million tokens",
  };
  for (const auto& input : table) check_no_claim(input);
}
