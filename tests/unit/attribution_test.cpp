// Attribution: each claim's subject (the owner or actor, not the maker of the counted object)
// and measure, over sentences and paragraphs marked by hand.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "attribution/attributor.hpp"
#include "claimcheck/engine.hpp"
#include "claimcheck/json.hpp"

using namespace claimcheck;

namespace {

// Sentences ending at 。 or ". ", paragraphs at line breaks: enough for these tables.
std::vector<Sentence> sentences_of(const std::string& text) {
  std::vector<Sentence> out;
  std::size_t begin = 0, paragraph = 0;
  auto close = [&](std::size_t end, std::size_t next) {
    while (begin < end && text[begin] == ' ') ++begin;
    if (end > begin) out.push_back({begin, end, paragraph});
    begin = next;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 3, "。") == 0) {
      close(i + 3, i + 3);
    } else if (text[i] == '.' && (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n')) {
      close(i + 1, i + 1);
    } else if (text[i] == '\n') {
      close(i, i + 1);
      ++paragraph;
    }
  }
  close(text.size(), text.size());
  return out;
}

struct Row {
  const char* text;
  const char* number;  // the claim's text, found in `text`
  const char* dimension;
  const char* unit;
  const char* object;
  const char* subject;  // "" for none
  const char* measure;
};

// The claim with text `claim` (the last, should there be several) that the engine extracts from
// `text`, or none.
std::optional<Claim> extracted_claim(const Engine& engine, const char* text, const char* claim) {
  std::optional<Claim> found;
  for (Claim& c : engine.extract(text, "a.txt").claims)
    if (c.text == claim) found = std::move(c);
  return found;
}

}  // namespace

TEST_CASE("subject and measure of each claim") {
  const Row rows[] = {
      {"DeepSeek应该拥有50,000颗辉达H100晶片。", "50,000颗", "count", "count", "H100", "DeepSeek", "gpu_count"},
      {"DeepSeek使用了2000块英伟达H800芯片。", "2000块", "count", "count", "H800", "DeepSeek", "gpu_count"},
      {"英伟达股价暴跌16.97%，市值蒸发5926.58亿美元。", "16.97%", "percent", "percent", "", "Nvidia",
       "share_price_change"},
      {"英伟达股价暴跌16.97%，市值蒸发5926.58亿美元。", "5926.58亿美元", "currency", "USD", "", "Nvidia",
       "market_value_change"},
      {"輝達股價重挫17%。", "17%", "percent", "percent", "", "Nvidia", "share_price_change"},
      {"DeepSeek表示，其V3模型的训练成本仅为558万美元。", "558万美元", "currency", "USD", "", "DeepSeek",
       "training_cost"},
      {"深度求索发布了V3模型。该模型只用了两个月训练，成本约600万美元。", "两个月", "duration", "month", "",
       "DeepSeek", "training_time"},
      {"深度求索发布了V3模型。该模型只用了两个月训练，成本约600万美元。", "约600万美元", "currency", "USD", "",
       "DeepSeek", "training_cost"},
      {"DeepSeek震动硅谷\n报道称，训练花费了550万美元。", "550万美元", "currency", "USD", "", "DeepSeek",
       "training_cost"},
      {"Zhipu的估值达到200亿元。", "200亿元", "currency", "CNY", "", "Zhipu", "valuation"},
      // funding rounds and losses are measures of their own
      {"OpenAI完成新一轮66亿美元融资。", "66亿美元", "currency", "USD", "", "OpenAI", "funding"},
      {"OpenAI said it had raised $6.6 billion in new funding.", "$6.6 billion", "currency", "USD", "", "OpenAI",
       "funding"},
      {"OpenAI今年预计亏损约50亿美元。", "约50亿美元", "currency", "USD", "", "OpenAI", "net_loss"},
      // a share price and earnings per share
      {"小米集团股价周三一度上涨逾5%，报每股43.6港元。", "每股43.6港元", "currency", "HKD/share", "", "Xiaomi",
       "share_price"},
      {"小米每股收益为0.45元。", "0.45元", "currency", "CNY/share", "", "Xiaomi", "earnings_per_share"},
      {"Xiaomi reported earnings per share of 0.45 yuan.", "0.45 yuan", "currency", "CNY/share", "", "Xiaomi",
       "earnings_per_share"},
      {"Analysts had expected Xiaomi's EPS of 0.40 yuan.", "0.40 yuan", "currency", "CNY", "", "Xiaomi", ""},
      {"某券商预计小米每股收益为0.35元。", "0.35元", "currency", "CNY/share", "", "Xiaomi", ""},  // a forecast
      {"台積電稅後純益4,523億元，每股純益17.44元。", "17.44元", "currency", "TWD/share", "", "TSMC",
       "earnings_per_share"},
      {"台積電稅後純益4,523億元，每股純益17.44元。", "4,523億元", "currency", "TWD", "", "TSMC", "net_profit"},
      // a revenue forecast is no revenue
      {"台積電預估第四季營收介於322億至334億美元之間。", "322億至334億美元", "currency", "USD", "", "TSMC", ""},
      {"Nvidia's outlook calls for revenue of $37.5 billion.", "$37.5 billion", "currency", "USD", "", "Nvidia", ""},
      // a market is no owner of a share price
      {"台積電ADR上漲3%，台股股價收在1,450元。", "1,450元", "currency", "TWD", "", "TSMC", "share_price"},
      // net profit, and the adjusted figure apart from it
      {"小米第三季度净利润为123亿元。", "123亿元", "currency", "CNY", "", "Xiaomi", "net_profit"},
      {"Tencent's net income rose to 50 billion yuan.", "50 billion yuan", "currency", "CNY", "", "Tencent",
       "net_profit"},
      {"小米经调整净利润达到113.1亿元。", "113.1亿元", "currency", "CNY", "", "Xiaomi", "adjusted_net_profit"},
      {"Xiaomi's adjusted net profit jumped to 11.3 billion yuan.", "11.3 billion yuan", "currency", "CNY", "",
       "Xiaomi", "adjusted_net_profit"},
      {"腾讯毛利为900亿元。", "900亿元", "currency", "CNY", "", "Tencent", ""},
      {"Alibaba's operating profit was 35 billion yuan.", "35 billion yuan", "currency", "CNY", "", "Alibaba", ""},
      // a coming period is no time taken to train or build
      {"小米未来五年将投入2000亿元用于研发。", "五年", "duration", "year", "", "Xiaomi", ""},
      {"深度求索用了两个月训练V3。", "两个月", "duration", "month", "", "DeepSeek", "training_time"},
      {"OpenAI expects a net loss of $5 billion.", "$5 billion", "currency", "USD", "", "OpenAI", "net_loss"},
      {"OpenAI was valued at $157 billion.", "$157 billion", "currency", "USD", "", "OpenAI", "valuation"},
      // deliveries and sales of vehicles; a target, an expectation or an estimate is no actual figure
      {"特斯拉第三季度交付46.29万辆汽车，略低于市场预期的46.3万辆。", "46.29万辆汽车", "count", "count", "vehicle",
       "Tesla", "deliveries"},
      {"特斯拉第三季度交付46.29万辆汽车，略低于市场预期的46.3万辆。", "46.3万辆", "count", "count", "vehicle", "Tesla",
       ""},
      {"小米SU7累计交付量超过10万辆，第四季度交付目标上调至13万辆。", "13万辆", "count", "count", "vehicle", "Xiaomi",
       ""},
      {"比亚迪9月销量41.94万辆。", "41.94万辆", "count", "count", "vehicle", "BYD", "vehicle_sales"},
      {"Tesla delivered 462,890 vehicles, short of estimates of 463,310 vehicles.", "463,310 vehicles", "count",
       "count", "vehicle", "Tesla", ""},
      {"Goldman Sachs estimates revenue of $5 billion.", "$5 billion", "currency", "USD", "", "Goldman Sachs", ""},
      // layoffs are no headcount, even when the people cut are employees
      {"华为宣布裁员约1.2万人，占员工总数的6%左右。", "约1.2万人", "count", "count", "person", "Huawei", "layoffs"},
      {"Microsoft laid off 1,900 employees at its gaming division.", "1,900 employees", "count", "count", "person",
       "Microsoft", "layoffs"},
      {"Intel said it would cut about 15,000 jobs.", "about 15,000 jobs", "count", "count", "job", "Intel", "layoffs"},
      {"Intel has 125,000 employees.", "125,000 employees", "count", "count", "person", "Intel", "headcount"},
      // statistics name no owner; constant prices and disposable income are no price and no revenue
      {"前三季度国内生产总值949746亿元，按不变价格计算，同比增长4.8%。", "949746亿元", "currency", "CNY", "", "", ""},
      {"三季度GDP同比增长4.6%。居民人均可支配收入30941元。", "30941元", "currency", "CNY", "", "", ""},
      {"DeepSeek的团队只有150名员工。", "150名", "count", "count", "person", "DeepSeek", "headcount"},
      {"Nvidia shares fell 17% on Monday.", "17%", "percent", "percent", "", "Nvidia", "share_price_change"},
      // no-break spaces (from &nbsp;) read as spaces
      {"The selloff wiped $593\xC2\xA0" "billion off\xC2\xA0" "Nvidia.", "$593\xC2\xA0" "billion", "currency", "USD",
       "", "Nvidia", "market_value_change"},
      {"DeepSeek owns 50,000\xC2\xA0" "Nvidia\xC2\xA0" "H100 chips.", "50,000\xC2\xA0" "Nvidia\xC2\xA0" "H100 chips",
       "count", "count", "H100", "DeepSeek", "gpu_count"},
      {"DeepSeek released V3. The company spent $5.6 million to train it.", "$5.6 million", "currency", "USD", "",
       "DeepSeek", "training_cost"},
      {"DeepSeek owns 50,000 Nvidia H100 chips, analysts say.", "50,000", "count", "count", "H100", "DeepSeek",
       "gpu_count"},
      {"Analysts put Kuaishou's valuation at $3 billion.", "$3 billion", "currency", "USD", "", "Kuaishou",
       "valuation"},
      {"Kuaishou's valuation reached $3 billion.", "$3 billion", "currency", "USD", "", "", "valuation"},
      {"公司有3个办公室。", "3个", "count", "count", "", "", ""},
      {"DeepSeek-V3有6710亿参数。", "6710亿参数", "count", "count", "parameter", "DeepSeek", "parameter_count"},
      {"DeepSeek trained V3 on 14.8T tokens.", "14.8T tokens", "count", "count", "token", "DeepSeek",
       "training_tokens"},
      {"英伟达的芯片。\n报道称，训练花费了550万美元。", "550万美元", "currency", "USD", "", "", "training_cost"},
      {"英伟达股价收盘报118.42美元。", "118.42美元", "currency", "USD", "", "Nvidia", "share_price"},
      // capital expenditure is an investment
      {"Microsoft plans capital expenditure of $80 billion.", "$80 billion", "currency", "USD", "", "Microsoft",
       "investment"},
      {"阿里巴巴未来三年资本开支超过3800亿元。", "超过3800亿元", "currency", "CNY", "", "Alibaba", "investment"},
      {"腾讯投入500亿元建设数据中心。", "500亿元", "currency", "CNY", "", "Tencent", "investment"},
      {"GPT-4o的训练投入高达数亿美元。", "高达数亿美元", "currency", "USD", "", "OpenAI", "training_cost"},
      {"台積電ADR同日下跌13%。", "13%", "percent", "percent", "", "TSMC", "share_price_change"},  // ADR names no one
      // capitalised words in a row are one name, also opening the sentence
      {"Goldman Sachs reported revenue of $5 billion.", "$5 billion", "currency", "USD", "", "Goldman Sachs",
       "revenue"},
      {"Revenue at Morgan Stanley rose 20%.", "20%", "percent", "percent", "", "Morgan Stanley", ""},
      {"Sales on the US App Store rose 20%.", "20%", "percent", "percent", "", "App Store", ""},
      {"Sam Altman said training cost more than $100 million.", "more than $100 million", "currency", "USD", "",
       "Sam Altman", "training_cost"},
      {"Nvidia said chief executive Jensen Huang sold 2 million GPUs.", "2 million GPUs", "count", "count", "GPU",
       "Nvidia", "gpu_count"},  // a name after a title is a person's, no subject
      {"Analyst Dan Ives expects Nvidia to gain 20%.", "20%", "percent", "percent", "", "Nvidia", ""},
      {"Analysts at Wall Street expect $5 billion in revenue.", "$5 billion", "currency", "USD", "", "",
       "revenue"},  // words that name no one stay out of a name
      // a name after 向/对/给 is acted on: the subject only when the sentence and paragraph name no other
      {"微软此前已向OpenAI投资约130亿美元。", "约130亿美元", "currency", "USD", "", "Microsoft", "investment"},
      {"软银计划对OpenAI投资400亿美元。", "400亿美元", "currency", "USD", "", "SoftBank", "investment"},
      {"微软周二表示。此前已向OpenAI投资约130亿美元。", "约130亿美元", "currency", "USD", "", "Microsoft",
       "investment"},
      {"据报道，此前已向OpenAI投资约130亿美元。", "约130亿美元", "currency", "USD", "", "OpenAI", "investment"},
      // what a number is compared with after it is not what it is about
      {"深度求索发布R1。\nR1的价格为16元，约为OpenAI o1的3%。", "16元", "currency", "CNY", "", "DeepSeek", "price"},
      {"R1的价格为16元，比OpenAI便宜。", "16元", "currency", "CNY", "", "", "price"},
      {"The R1 price is $2.19, less than OpenAI charges.", "$2.19", "currency", "USD", "", "", "price"},
      {"The R1 price is $2.19, compared with OpenAI's $60.", "$2.19", "currency", "USD", "", "", "price"},
      {"The price is $2.19, Ethan Mollick said.", "$2.19", "currency", "USD", "", "Ethan Mollick", "price"},
      {"R1的价格为16元，DeepSeek表示。", "16元", "currency", "CNY", "", "DeepSeek", "price"},
      // a Chinese name the table lacks, opening a clause before its market data, is the subject
      // (not the company of an earlier sentence)
      {"英伟达股价暴跌17%。国产芯片股逆势上涨。摩尔线程股价上涨10%。", "10%", "percent", "percent", "", "摩尔线程",
       "share_price_change"},
      {"英伟达股价暴跌17%，华虹半导体收报98.5港元。", "98.5港元", "currency", "HKD", "", "华虹半导体", "share_price"},
      {"英伟达股价暴跌17%。而摩尔线程的股价上涨10%。", "10%", "percent", "percent", "", "摩尔线程", "share_price_change"},
      {"英伟达股价暴跌17%。蔚来集团港股股价上涨8%。", "8%", "percent", "percent", "", "蔚来集团", "share_price_change"},
      // ... and a name the table has is its entity
      {"英伟达股价暴跌17%。寒武纪股价上涨10%。", "10%", "percent", "percent", "", "Cambricon", "share_price_change"},
      {"英伟达股价暴跌17%。小米集团港股股价上涨8%。", "8%", "percent", "percent", "", "Xiaomi", "share_price_change"},
      {"恒生指數收報26,572點，升1.2%。", "1.2%", "percent", "percent", "", "Hang Seng Index", ""},
      // the market indices are entities of the built-in configuration: the Dow's fall is its own
      {"标普500指数下跌2.9%。道指下跌1123点，跌幅2.6%。", "2.6%", "percent", "percent", "", "Dow Jones",
       "share_price_change"},
      {"The S&P 500 fell 2.9%. The Dow lost 1,123 points.", "1,123 points", "points", "point", "", "Dow Jones", ""},
      // a segment's sales are no company's revenue
      {"Apple reported revenue of $94.9 billion. iPhone sales rose to $46.2 billion.", "$46.2 billion", "currency",
       "USD", "", "Apple", ""},
      {"苹果公司公布季度营收949亿美元。iPhone销售额增至462亿美元。", "462亿美元", "currency", "USD", "", "Apple", ""},
      {"Nvidia's data center revenue rose 93% to $35.6 billion.", "$35.6 billion", "currency", "USD", "", "Nvidia", ""},
      {"Apple reported revenue of $94.9 billion.", "$94.9 billion", "currency", "USD", "", "Apple", "revenue"},
      // ... but not a word that names no one, a time, or a run opened by a verb
      {"英伟达发布财报。该公司股价上涨10%。", "10%", "percent", "percent", "", "Nvidia", "share_price_change"},
      {"英伟达发布财报。今年股价上涨10%。", "10%", "percent", "percent", "", "Nvidia", "share_price_change"},
      {"英伟达发布财报。该公司此前市值蒸发5930亿美元。", "5930亿美元", "currency", "USD", "", "Nvidia",
       "market_value_change"},
      {"英伟达发布财报，但未有市值数据，股价上涨10%。", "10%", "percent", "percent", "", "Nvidia", "share_price_change"},
      {"台積電表示，佔台股市值逾四成。", "逾四成", "percent", "percent", "", "TSMC", ""},
      {"英伟达发布财报。两家公司市值合计蒸发1万亿美元。", "1万亿美元", "currency", "USD", "", "Nvidia",
       "market_value_change"},
      // such a name in the lead is not the title's subject
      {"蔚来股价上涨5%。\n理想汽车公布业绩，营收7771亿元。", "7771亿元", "currency", "CNY", "", "", "revenue"},
  };
  const Attributor attributor(default_config());
  for (const Row& row : rows) {
    const std::string text = row.text;
    INFO(text << " / " << row.number);
    Claim c;
    c.source = "a.txt";
    c.begin = text.find(row.number);
    REQUIRE(c.begin != std::string::npos);
    c.end = c.begin + std::string(row.number).size();
    c.text = row.number;
    c.dimension = row.dimension;
    c.unit = row.unit;
    if (*row.object) c.object = row.object;
    std::vector<Claim> claims = {c};
    attributor.attribute(text, sentences_of(text), &claims);
    CHECK(claims[0].subject.value_or("") == row.subject);
    CHECK(claims[0].measure.value_or("") == row.measure);
  }
}

TEST_CASE("a user configuration's entities and measures drive attribution") {
  Config config;
  std::string error;
  REQUIRE(config_from_json(R"({"defaults": "replace",
    "entities": {"Hilltown": {"aliases": ["山城县", "Hilltown"]}},
    "measures": {"death_toll": {"dimensions": ["count"], "triggers": ["遇难", "死亡", "dead"],
                                "object_classes": ["person"]}},
    "objects": {"person": {"aliases": ["人"], "class": "person"}}})",
                           &config, &error));
  const Attributor attributor(config);
  const std::string text = "山城县山体滑坡已造成23人遇难。";
  Claim c;
  c.begin = text.find("23人");
  c.end = c.begin + 5;
  c.dimension = "count";
  c.unit = "count";
  c.object = "person";
  std::vector<Claim> claims = {c};
  attributor.attribute(text, sentences_of(text), &claims);
  CHECK(claims[0].subject.value_or("") == "Hilltown");
  CHECK(claims[0].measure.value_or("") == "death_toll");
}

// Through the whole extraction, where every number of the sentence is a claim: a measure word
// belongs to the claims on its side of another number only when that number can take it, and an
// amount restating the one before it takes its measure.
TEST_CASE("measures of the claims of a whole sentence") {
  struct MeasureRow {
    const char* text;
    const char* claim;
    const char* measure;  // "" for none
  };
  const std::vector<MeasureRow> rows = {
      {"Revenue rose 93% to $35.6 billion.", "$35.6 billion", "revenue"},
      {"Revenue rose 93% to $35.6 billion.", "93%", ""},
      // a segment's revenue is not the company's (excluded_by)
      {"Data center revenue rose 93% to $35.6 billion.", "$35.6 billion", ""},
      {"Revenue of $39.3 billion, up 78%, beat estimates of $38.05 billion.", "$39.3 billion", "revenue"},
      {"Revenue of $39.3 billion, up 78%, beat estimates of $38.05 billion.", "$38.05 billion", ""},
      {"輝達股價急跌近17%，市值蒸發約5930億美元。", "近17%", "share_price_change"},
      {"輝達股價急跌近17%，市值蒸發約5930億美元。", "約5930億美元", "market_value_change"},
      {"阿里巴巴收報138.1港元，市值重上2.6萬億港元。", "2.6萬億港元", "market_value"},  // 市值重上: a level
      {"阿里巴巴收報138.1港元，市值重上2.6萬億港元。", "138.1港元", "share_price"},
      // an amount restating the one before it (约合, 折合, or) measures the same
      {"英伟达市值蒸发近6000亿美元，约合人民币4.3万亿元。", "约合人民币4.3万亿元", "market_value_change"},
      {"英伟达市值蒸发约5926亿美元，折合人民币4.3万亿元。", "人民币4.3万亿元", "market_value_change"},
      {"Nvidia lost $593 billion in market value, or about 4.3 trillion yuan.", "about 4.3 trillion yuan",
       "market_value_change"},
      {"英伟达市值蒸发约5926亿美元，公司另需4.3万亿元。", "4.3万亿元", ""},
      // a measure word in another clause stays with the number of its own clause that can take it
      {"台積電股價今日收在1,465元，上漲15元，成交量約3.2萬張，市值達新台幣38兆元。", "15元", ""},
      {"台積電股價今日收在1,465元，上漲15元，成交量約3.2萬張，市值達新台幣38兆元。", "新台幣38兆元",
       "market_value"},
      {"台積電股價今日收在1,465元，上漲15元，成交量約3.2萬張，市值達新台幣38兆元。", "1,465元", "share_price"},
      // the comma of 2,000 ends no clause: "Revenue" is in the $5 billion's clause
      {"Revenue from 2,000 stores hit $5 billion, above the cost estimate.", "$5 billion", "revenue"},
  };
  const Engine engine;
  for (const MeasureRow& row : rows) {
    INFO(row.text << " / " << row.claim);
    const std::optional<Claim> found = extracted_claim(engine, row.text, row.claim);
    REQUIRE(found);
    CHECK(found->measure.value_or("") == row.measure);
  }
}

// Through the whole extraction: subjects and measures of claims in the style of a wire story.
TEST_CASE("subject and measure of claims in whole sentences") {
  struct SubjectRow {
    const char* text;
    const char* claim;
    const char* subject;  // "" for none
    const char* measure;  // "" for none
  };
  const std::vector<SubjectRow> rows = {
      // an amount in brackets restates the one before it, whatever measure word stands nearer
      {"Alibaba will invest at least 380 billion yuan ($52.4 billion) in AI, more than it spent in a decade.",
       "$52.4 billion", "Alibaba", "investment"},
      {"英伟达市值蒸发约5926亿美元（约4.3万亿元人民币），训练成本另计。", "约4.3万亿元人民币", "Nvidia",
       "market_value_change"},
      {"Microsoft plans to spend $80 billion on data centers.", "$80 billion", "Microsoft", "investment"},
      // a market value stated is no change of it: 市值蒸发 and 市值达 are never compared
      {"英伟达市值蒸发5926亿美元，总市值约2.9万亿美元。", "5926亿美元", "Nvidia", "market_value_change"},
      {"英伟达市值蒸发5926亿美元，总市值约2.9万亿美元。", "约2.9万亿美元", "Nvidia", "market_value"},
      {"Nvidia lost $593 billion in market value.", "$593 billion", "Nvidia", "market_value_change"},
      {"Nvidia is now worth about $3.6 trillion.", "about $3.6 trillion", "Nvidia", "market_value"},
      {"Nvidia has a market value of $3.6 trillion.", "$3.6 trillion", "Nvidia", "market_value"},
      // a place, a currency's letters and a data provider name no one: the title's subject stands
      {"Alibaba results\n\nHong Kong-listed shares jumped 8.2%. The stock has gained nearly 70% this year.",
       "nearly 70%", "Alibaba", "share_price_change"},
      {"Alibaba results\n\nThe shares jumped 8.2% to HK$128.5, adding roughly $25 billion to its market value.",
       "roughly $25 billion", "Alibaba", "market_value_change"},
      {"Alibaba results\n\nRevenue rose 13% to 31.7 billion yuan, according to LSEG data.", "31.7 billion yuan",
       "Alibaba", "revenue"},
      // a segment's revenue is not the company's: no measure, so not the title's subject either
      {"Alibaba results\n\nRevenue at its cloud unit rose 13% to 31.7 billion yuan, according to LSEG data.",
       "31.7 billion yuan", "", ""},
      // a count of people is a headcount only by a word of the measure, not by counting people:
      // the hires are no headcount (else they contradict the staff), nor are the dead
      {"英伟达全球员工约3万人，新厂将再招聘约1500人。", "约3万人", "Nvidia", "headcount"},
      {"英伟达全球员工约3万人，新厂将再招聘约1500人。", "约1500人", "Nvidia", ""},
      {"Nvidia said the fire killed 12 people.", "12 people", "Nvidia", ""},
      // a word of another quantity in the clause rules out a share price change (excluded_by)
      {"Nvidia said its gaming revenue fell 11% in the quarter.", "11%", "Nvidia", ""},
      {"英伟达游戏业务营收下跌11%。", "11%", "Nvidia", ""},
      {"Nvidia shares fell 17% on Monday.", "17%", "Nvidia", "share_price_change"},
      {"英伟达股价下跌17%，营收增长94%。", "17%", "Nvidia", "share_price_change"},  // 营收 is in another clause
      // a unit's capitalised word names no one
      {"Temperatures dropped to minus 6 degrees Celsius, and crews trucked in 650 tonnes of food.",
       "650 tonnes", "", ""},
  };
  const Engine engine;
  for (const SubjectRow& row : rows) {
    INFO(row.text << " / " << row.claim);
    const std::optional<Claim> found = extracted_claim(engine, row.text, row.claim);
    REQUIRE(found);
    CHECK(found->subject.value_or("") == row.subject);
    CHECK(found->measure.value_or("") == row.measure);
  }
}
