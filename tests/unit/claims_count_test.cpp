// Counts: a classifier or a counted noun after the number, and the counted object found across
// the modifiers of the clause.
#include "claims_table.hpp"

using namespace claims_table;

TEST_CASE("claims: counts and their objects", "[claims][count]") {
  const std::vector<Row> table = {
      {"使用了2000块H800", "2000块H800", 2000, "count", "H800", exact},
      {"2000块落后的H800英伟达GPU", "2000块落后的H800英伟达GPU", 2000, "count", "H800", exact},
      {"用了2000块H800芯片组成的集群", "2000块H800芯片", 2000, "count", "H800", exact},
      {"50,000颗辉达H100晶片", "50,000颗辉达H100晶片", 50000, "count", "H100", exact},
      {"50000颗H100", "50000颗H100", 50000, "count", "H100", exact},
      {"5萬顆H100", "5萬顆H100", 50000, "count", "H100", exact},
      {"5万张英伟达", "5万张英伟达", 50000, "count", "GPU", exact},
      {"至少5万张GPU", "至少5万张GPU", 50000, "count", "GPU", at_least},
      {"手中至少有5万张GPU", "至少有5万张GPU", 50000, "count", "GPU", at_least},
      {"约有3000人", "约有3000人", 3000, "count", "person", approx},
      {"2000塊H800晶片", "2000塊H800晶片", 2000, "count", "H800", exact},
      {"一万块A100显卡", "一万块A100显卡", 10000, "count", "A100", exact},
      {"1万张A100", "1万张A100", 10000, "count", "A100", exact},
      {"上万块显卡", "上万块显卡", 55000, "count", "GPU", approx},
      {"It bought tens of thousands of GPUs", "tens of thousands of GPUs", 55000, "count", "GPU", approx},
      {"Thousands of engineers were hired", "Thousands of engineers", 5500, "count", "person", approx},
      {"several hundred employees", "several hundred employees", 550, "count", "person", approx},
      {"近万块GPU", "近万块GPU", 10000, "count", "GPU", approx},
      // the object named before the number when none follows its classifier
      {"幻方实际拥有的GPU可能超过5万颗", "超过5万颗", 50000, "count", "GPU", more_than},
      {"GPU超過五萬顆", "超過五萬顆", 50000, "count", "GPU", more_than},
      {"公司可能超过5万家", "超过5万家", 50000, "count", "company", more_than},
      {"芯片订单2000笔", "2000笔", 2000, "count", "", exact},
      {"公司有3个办公室", "3个", 3, "count", "", exact},  // a word after the classifier: it counts that
      {"逾万人参加", "逾万人", 10000, "count", "person", more_than},
      {"超万块A100", "超万块A100", 10000, "count", "A100", more_than},
      {"3000张卡", "3000张卡", 3000, "count", "GPU", exact},
      {"1.5万枚芯片", "1.5万枚芯片", 15000, "count", "GPU", exact},
      {"8台服务器", "8台服务器", 8, "count", "server", exact},
      {"256台H800服务器", "256台H800服务器", 256, "count", "server", exact},
      {"2万块昇腾910B", "2万块昇腾910B", 20000, "count", "910B", exact},
      {"1万块910B", "1万块910B", 10000, "count", "910B", exact},
      {"计划生产约10万颗910C", "约10万颗910C", 1e5, "count", "910C", approx},
      {"5000颗H20", "5000颗H20", 5000, "count", "H20", exact},
      {"100张H200", "100张H200", 100, "count", "H200", exact},
      {"2048块H800 GPU", "2048块H800 GPU", 2048, "count", "H800", exact},
      {"2000块英伟达的H800", "2000块英伟达的H800", 2000, "count", "H800", exact},
      {"1万块图形处理器", "1万块图形处理器", 10000, "count", "GPU", exact},
      {"DeepSeek used 2,048 Nvidia H800 GPUs.", "2,048 Nvidia H800 GPUs", 2048, "count", "H800", exact},
      {"It ran on 2,048 H800 GPUs.", "2,048 H800 GPUs", 2048, "count", "H800", exact},
      {"about 50,000 H100s", "about 50,000 H100s", 50000, "count", "H100", approx},
      {"10,000 A100 chips", "10,000 A100 chips", 10000, "count", "A100", exact},
      {"50,000 H100 chips", "50,000 H100 chips", 50000, "count", "H100", exact},
      {"at least 50,000 GPUs", "at least 50,000 GPUs", 50000, "count", "GPU", at_least},
      {"10,000 Nvidia chips", "10,000 Nvidia chips", 10000, "count", "GPU", exact},
      {"16 graphics cards", "16 graphics cards", 16, "count", "GPU", exact},
      {"5,000 accelerators", "5,000 accelerators", 5000, "count", "GPU", exact},
      {"V3有6710亿参数", "6710亿参数", 6.71e11, "count", "parameter", exact},
      {"V3有6710億參數", "6710億參數", 6.71e11, "count", "parameter", exact},
      {"671 billion parameters", "671 billion parameters", 6.71e11, "count", "parameter", exact},
      {"trained on 14.8 trillion tokens", "14.8 trillion tokens", 1.48e13, "count", "token", exact},
      {"团队有139名工程师", "139名工程师", 139, "count", "person", exact},
      {"500名员工", "500名员工", 500, "count", "person", exact},
      {"裁员1.2万人", "1.2万人", 12000, "count", "person", exact},
      {"约100人", "约100人", 100, "count", "person", approx},
      {"3位研究员", "3位研究员", 3, "count", "person", exact},
      {"20家公司", "20家公司", 20, "count", "company", exact},
      {"超过20家", "超过20家", 20, "count", "company", more_than},
      {"20 companies", "20 companies", 20, "count", "company", exact},
      {"200 employees", "200 employees", 200, "count", "person", exact},
      {"He hit 54 home runs", "54 home runs", 54, "count", "home_run", exact},  // not 54 homes
      {"PS5 sales hit 65 million units", "65 million units", 65000000, "count", "unit", exact},
      {"推出1500款产品", "1500款", 1500, "count", "", exact},  // no model year
      {"150 researchers", "150 researchers", 150, "count", "person", exact},
      {"1亿用户", "1亿用户", 1e8, "count", "user", exact},
      {"100 million users", "100 million users", 1e8, "count", "user", exact},
      {"3个数据中心", "3个数据中心", 3, "count", "data_center", exact},
      {"两个数据中心", "两个数据中心", 2, "count", "data_center", exact},
      {"发布了5款模型", "5款", 5, "count", "", exact},
      {"30项专利", "30项", 30, "count", "", exact},
      {"有2000块", "2000块", 2000, "count", "", exact},
      {"1600万次下载", "1600万次下载", 1.6e7, "count", "download", exact},
      {"12 data centers", "12 data centers", 12, "count", "data_center", exact},
      {"2000多块GPU", "2000多块GPU", 2500, "count", "GPU", more_than},
      {"100余家企业", "100余家企业", 150, "count", "company", more_than},
      {"20 startups", "20 startups", 20, "count", "company", exact},
      {"300台伺服器", "300台伺服器", 300, "count", "server", exact},
      // 辆 counts vehicles and 艘 ships when no noun follows; stores are no companies
      {"本季度交付新车39790辆", "39790辆", 39790, "count", "vehicle", exact},
      {"累计交付已突破10万辆", "10万辆", 1e5, "count", "vehicle", exact},
      {"年销量超1000萬輛", "超1000萬輛", 1e7, "count", "vehicle", more_than},
      {"交付了3艘", "3艘", 3, "count", "ship", exact},
      {"在全国开设了145家门店", "145家门店", 145, "count", "store", exact},
      {"門市增至320家門店", "320家門店", 320, "count", "store", exact},
      {"It opened 145 stores in China.", "145 stores", 145, "count", "store", exact},
      {"平均占用226.75个节点", "226.75个节点", 226.75, "count", "node", exact},
      {"a cluster of 2,048 nodes", "2,048 nodes", 2048, "count", "node", exact},
      {"It will cut more than 1,000 jobs.", "more than 1,000 jobs", 1000, "count", "job", more_than},
      {"创造了3万个就业岗位", "3万个就业岗位", 30000, "count", "job", exact},
      {"新增就业岗位3万个", "3万个", 30000, "count", "job", exact},  // the noun before a clause-final classifier
  };
  for (const auto& row : table) check_row(row);
}

TEST_CASE("claims: 股 counts shares after a number with digits or from 万 up", "[claims][count]") {
  const std::vector<Row> table = {
      {"本季回購約2,200萬股。", "約2,200萬股", 2.2e7, "count", "share", approx},
      {"公司拟发行五亿股新股", "五亿股", 5e8, "count", "share", exact},
      {"大股东增持300股股票", "300股", 300, "count", "share", exact},
      {"每10股转增3股", "3股", 3, "count", "share", exact},  // 每10股: a rate's denominator
      {"肆万股", "肆万股", 40000, "count", "share", exact},
  };
  for (const auto& row : table) check_row(row);
  // numerals alone below 万 (两股力量), 股 starting another word (股价, 股东), 股 before the number
  for (const std::string input : {"两股力量交织", "三股资金涌入", "3000股价", "5股东", "美股3000", "港股1.5万"})
    check_no_claim(input);
  // (美股3000点 is an index level in points, no count of shares)
  check_row({"美股3000点", "3000点", 3000, "point", "", exact});
}

TEST_CASE("claims: B, T and m multiply only before the nouns they count", "[claims][count]") {
  const std::vector<Row> table = {
      {"DeepSeek-V3 has 671B parameters.", "671B parameters", 671e9, "count", "parameter", exact},
      {"V3模型有671B参数。", "671B参数", 671e9, "count", "parameter", exact},
      {"It activates 37B activated parameters per token.", "37B activated parameters", 37e9, "count", "parameter",
       exact},
      {"It was trained on 14.8T tokens.", "14.8T tokens", 14.8e12, "count", "token", exact},
      {"The app had 2.6m downloads.", "2.6m downloads", 2.6e6, "count", "download", exact},
      {"The storm left 2.1m customers without power.", "2.1m customers", 2.1e6, "count", "customer", exact},
      {"The plan would cut 1.5m jobs.", "1.5m jobs", 1.5e6, "count", "job", exact},
      {"The reserve holds 400 million barrels.", "400 million barrels", 4e8, "count", "barrel", exact},
      {"It has 5m users.", "5m users", 5e6, "count", "user", exact},
  };
  for (const auto& row : table) check_row(row);
  // Elsewhere they name a model or a length: 910B chips, the 7B model, 600m tall.
  for (const std::string input : {"It uses 910B chips.", "Huawei's Ascend 910B.", "The 7B model is small.",
                                  "The tower is 600m tall.", "It has 671B parametersX."})
    check_no_claim(input);
}

TEST_CASE("claims: English compound adjectives count what they name", "[claims][count]") {
  const std::vector<Row> table = {
      {"It built a 2,000-GPU cluster.", "2,000-GPU", 2000, "count", "GPU", exact},
      {"It placed a 10,000-chip order.", "10,000-chip", 10000, "count", "GPU", exact},
      {"A 2,048-H800 cluster.", "2,048-H800", 2048, "count", "H800", exact},
      {"It is a 671-billion-parameter model.", "671-billion-parameter", 671e9, "count", "parameter", exact},
      {"It is a 100-million-user app.", "100-million-user", 1e8, "count", "user", exact},
      {"It is a 500-employee firm.", "500-employee", 500, "count", "person", exact},
      {"It unveiled a 5-year plan.", "5-year", 5, "year", "", exact},
      {"It signed a $5-million deal.", "$5-million", 5e6, "USD", "", exact},
      {"It set up a 5-billion-dollar fund.", "5-billion-dollar", 5e9, "USD", "", exact},
  };
  for (const auto& row : table) check_row(row);
  // A hyphen before a word that counts nothing: no claim.
  for (const std::string input : {"A 3-D model.", "COVID-19 cases rose.", "A 50,000-strong workforce.",
                                  "the biggest one-day loss", "a three-year-old"})
    check_no_claim(input);
}

TEST_CASE("claims: a Chinese count may name what it counts before the number", "[claims][count]") {
  const std::vector<Row> table = {
      {"V3参数量达6710亿。", "6710亿", 671e9, "count", "parameter", exact},
      {"日活用户一度达到3000万。", "3000万", 3e7, "count", "user", exact},  // 一度: at one point
      {"The chip has 208 billion transistors.", "208 billion transistors", 208e9, "count", "transistor", exact},
      {"人员流动量达90.2亿人次。", "90.2亿人次", 9.02e9, "count", "person_trip", exact},  // trips, not people
      {"观影人次超过1.8亿。", "超过1.8亿", 1.8e8, "count", "person_trip", more_than},
      {"The film drew over 200 million admissions.", "over 200 million admissions", 2e8, "count", "person_trip",
       more_than},
      {"Officials reported 87 deaths.", "87 deaths", 87, "count", "person", exact},
      {"Police arrested 120 suspects.", "120 suspects", 120, "count", "person", exact},
      {"The storm left 2.1 million customers without power.", "2.1 million customers", 2.1e6, "count", "customer",
       exact},
      {"服务超过1亿客户", "超过1亿客户", 1e8, "count", "customer", more_than},
      {"特朗普赢得312张选举人票", "312张选举人票", 312, "count", "vote", exact},  // not 选举人 (people)
      {"全年航班起降1200万架次。", "1200万架次", 1.2e7, "count", "flight", exact},
      {"B200集成了2080亿个晶体管。", "2080亿个晶体管", 208e9, "count", "transistor", exact},
      {"用户一度突破1亿。", "1亿", 1e8, "count", "user", exact},
      {"激活参数370亿。", "370亿", 37e9, "count", "parameter", exact},
      {"Kimi月活用户超过2000万。", "超过2000万", 2e7, "count", "user", more_than},
      {"DeepSeek日活跃用户数突破3000万。", "3000万", 3e7, "count", "user", exact},
      {"预训练token总数为14.8万亿。", "14.8万亿", 1.48e13, "count", "token", exact},  // 总数 after the noun
      {"用户数量超过1亿。", "超过1亿", 1e8, "count", "user", more_than},
      {"公司员工约500。", "约500", 500, "count", "person", approx},
      {"DeepSeek App的日活突破2000万。", "2000万", 2e7, "count", "user", exact},  // 日活: daily active users
      {"It has 20m DAU.", "20m DAU", 2e7, "count", "user", exact},
      {"It reached 20m monthly active users.", "20m monthly active users", 2e7, "count", "user", exact},
      {"共记录到余震近500次。", "近500次", 500, "count", "aftershock", approx},
  };
  for (const auto& row : table) check_row(row);
  // Only numbers written with digits, and not after a maker: no claim.
  for (const std::string input : {"《2025年AI芯片十大趋势》", "英伟达2000"}) check_no_claim(input);
  // Only whole numbers count: 用户2.5 is no count of users (余震4.4级 is a magnitude).
  check_no_claim("用户2.5");
}

TEST_CASE("claims: what a disaster report counts", "[claims][count]") {
  const std::vector<Row> table = {
      {"3609间房屋倒塌", "3609间房屋", 3609, "count", "home", exact},
      {"More than 3,600 homes collapsed", "More than 3,600 homes", 3600, "count", "home", more_than},
      {"12 houses were destroyed", "12 houses", 12, "count", "home", exact},
      {"5栋居民楼受损", "5栋居民楼", 5, "count", "building", exact},  // not 居民 (residents)
      {"200 buildings were damaged", "200 buildings", 200, "count", "building", exact},
      {"转移群众3万户", "3万户", 3e4, "count", "household", exact},
      {"1.1万余户居民住房受损", "1.1万余户居民", 11500, "count", "household", more_than},  // 户 keeps its object
      {"about 8,000 households lost power", "about 8,000 households", 8000, "count", "household", approx},
      {"about 30,000 residents were relocated", "about 30,000 residents", 3e4, "count", "person", approx},
      {"安置受灾居民1.2万人", "1.2万人", 1.2e4, "count", "person", exact},
      {"2000名游客滞留", "2000名游客", 2000, "count", "person", exact},
      {"nearly 1,500 aftershocks", "nearly 1,500 aftershocks", 1500, "count", "aftershock", approx},
      {"新增确诊病例3000例", "3000例", 3000, "count", "case", exact},
      {"reported 120 new cases", "120 new cases", 120, "count", "case", exact},
      {"医院已腾出3400张床位", "3400张床位", 3400, "count", "bed", exact},  // not 位 (people)
      {"覆盖二十余个国家", "二十余个国家", 25, "count", "country", more_than},
      {"in more than 40 countries", "more than 40 countries", 40, "count", "country", more_than},
      {"全国300多个城市", "300多个城市", 350, "count", "city", more_than},
      {"Hospitals set aside 3,400 beds.", "3,400 beds", 3400, "count", "bed", exact},
      {"won a majority with 212 seats", "212 seats", 212, "count", "seat", exact},
      {"获得74,223,975张选票", "74,223,975张选票", 74223975, "count", "vote", exact},
      {"本月全国发生3场地震", "3场地震", 3, "count", "earthquake", exact},
  };
  for (const auto& row : table) check_row(row);
}

TEST_CASE("claims: what sports and election reports count", "[claims][count]") {
  const std::vector<Row> table = {
      {"in front of 53,000 fans", "53,000 fans", 53000, "count", "person", exact},
      {"本场比赛吸引了3.5万名观众", "3.5万名观众", 3.5e4, "count", "person", exact},
      {"共举行了64场比赛", "64场比赛", 64, "count", "match", exact},
      {"his 20th goal of the season, 105 goals in all", "105 goals", 105, "count", "goal", exact},
      {"他本赛季已打进20个进球", "20个进球", 20, "count", "goal", exact},
      {"with more than 32 million ballots cast", "more than 32 million ballots", 3.2e7, "count", "vote", more_than},
      {"Some 4.6 million voters backed the party", "Some 4.6 million voters", 4.6e6, "count", "person", approx},
      {"losing 251 MPs", "251 MPs", 251, "count", "person", exact},
      {"12名学生受伤", "12名学生", 12, "count", "person", exact},
      {"举办了两场发布会", "两场", 2, "count", "", exact},
      {"中国队获得40枚金牌", "40枚金牌", 40, "count", "gold_medal", exact},
      {"奖牌总数91枚", "91枚", 91, "count", "medal", exact},
      {"won 40 gold medals", "40 gold medals", 40, "count", "gold_medal", exact},
      {"获得27枚银牌", "27枚银牌", 27, "count", "silver_medal", exact},
      {"24枚銅牌", "24枚銅牌", 24, "count", "bronze_medal", exact},
      {"126 medals in all", "126 medals", 126, "count", "medal", exact},
  };
  for (const auto& row : table) check_row(row);
}
