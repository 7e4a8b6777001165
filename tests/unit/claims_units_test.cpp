// Percentages, percentage points, fractions, multiples, durations and physical units.
#include "claims_table.hpp"

using namespace claims_table;

TEST_CASE("claims: percentages, fractions and multiples", "[claims][percent]") {
  const std::vector<Row> table = {
      {"股价下跌16.97%", "16.97%", 16.97, "percent", "", exact},
      {"股價重挫16.97%", "16.97%", 16.97, "percent", "", exact},
      {"下跌１６．９７％", "１６．９７％", 16.97, "percent", "", exact},
      {"shares dropped 17%", "17%", 17, "percent", "", exact},
      {"fell 3.1 percent", "3.1 percent", 3.1, "percent", "", exact},
      {"shares were down 17pc", "17pc", 17, "percent", "", exact},  // the British press's pc
      {"shares fell 4.5pc on Monday", "4.5pc", 4.5, "percent", "", exact},
      {"rose 12 per cent", "12 per cent", 12, "percent", "", exact},
      {"近17%", "近17%", 17, "percent", "", approx},
      {"跌幅5%左右", "5%左右", 5, "percent", "", approx},
      {"增长超过30%", "超过30%", 30, "percent", "", more_than},
      {"占比不到1%", "不到1%", 1, "percent", "", less_than},
      {"百分之十五", "百分之十五", 15, "percent", "", exact},
      {"下降了3个百分点", "3个百分点", 3, "percentage_point", "", exact},
      {"下降了3個百分點", "3個百分點", 3, "percentage_point", "", exact},
      {"只有三分之一", "只有三分之一", 1.0 / 3, "fraction", "", exact},
      {"a quarter of the market", "a quarter", 0.25, "fraction", "", exact},
      {"Sales fell by a third.", "a third", 1.0 / 3, "fraction", "", exact},  // after "by": a share, no period
      {"prices rose by half.", "half", 0.5, "fraction", "", exact},
      {"成本是对手的1/17", "1/17", 1.0 / 17, "fraction", "", exact},
      {"提升了三倍", "三倍", 3, "times", "", exact},
      {"快了3倍", "3倍", 3, "times", "", exact},
      {"营收增加了一倍多", "一倍多", 1.5, "times", "", more_than},  // 多 after 倍: (1, 2)
      {"快了3倍多", "3倍多", 3.5, "times", "", more_than},
      {"高出20至40倍", "20至40倍", 30, "times", "", range},
      {"cut rates by 25 basis points", "25 basis points", 0.25, "percentage_point", "", exact},
      {"Yields rose 10 bps", "10 bps", 0.1, "percentage_point", "", exact},
      {"a 25-basis-point cut", "25-basis-point", 0.25, "percentage_point", "", exact},
      {"利率下调25个基点", "25个基点", 0.25, "percentage_point", "", exact},
      {"three times faster", "three times", 3, "times", "", exact},
      {"10 times cheaper", "10 times", 10, "times", "", exact},
      {"revenue rose threefold", "threefold", 3, "times", "", exact},
      {"a Tenfold increase", "Tenfold", 10, "times", "", exact},
      {"a twentyfold gain", "twentyfold", 20, "times", "", exact},
      {"grew 3-fold", "3-fold", 3, "times", "", exact},
      // a multiple stated by one word: doubled, tripled, 翻番 (2), 翻两番 (doubled twice: 4)
      {"Its stock has nearly tripled this year.", "nearly tripled", 3, "times", "", approx},
      {"Revenue more than doubled.", "more than doubled", 2, "times", "", more_than},
      {"Profits Quadrupled", "Quadrupled", 4, "times", "", exact},
      {"a doubling of capacity", "doubling", 2, "times", "", exact},
      {"营收翻了一番", "翻了一番", 2, "times", "", exact},
      {"利润翻倍", "翻倍", 2, "times", "", exact},
      {"出口额翻两番", "翻两番", 4, "times", "", exact},
      {"出口額翻了兩番", "翻了兩番", 4, "times", "", exact},
      {"约10倍", "约10倍", 10, "times", "", approx},
      {"跌幅1%~5%", "1%~5%", 3, "percent", "", range},
      {"about 40 percent", "about 40 percent", 40, "percent", "", approx},
      {"nearly 17%", "nearly 17%", 17, "percent", "", approx},
      {"-3.2%", "-3.2%", -3.2, "percent", "", exact},
      {"up 2 percentage points", "2 percentage points", 2, "percentage_point", "", exact},
      // per mille, as population statistics write birth and death rates: a tenth of a percent
      {"人口出生率为6.77‰", "6.77‰", 0.677, "percent", "", exact},
      {"The birth rate was 6.77 per mille.", "6.77 per mille", 0.677, "percent", "", exact},
      // a fraction in words of a unit
      {"cut rates by half a percentage point", "half a percentage point", 0.5, "percentage_point", "", exact},
      {"a quarter of a percentage point", "a quarter of a percentage point", 0.25, "percentage_point", "", exact},
      // after a fraction in words, "point" is a percentage point, with or without "of" and an article
      {"The Fed cut rates by a quarter point.", "a quarter point", 0.25, "percentage_point", "", exact},
      {"A quarter-point cut is expected", "A quarter-point", 0.25, "percentage_point", "", exact},
      {"a half-point hike", "a half-point", 0.5, "percentage_point", "", exact},
      {"yields fell three quarters of a point", "three quarters of a point", 0.75, "percentage_point", "", exact},
      {"the yield rose a quarter percentage point", "a quarter percentage point", 0.25, "percentage_point", "", exact},
      {"rose half a percent", "half a percent", 0.5, "percent", "", exact},
      {"a 3x speed-up", "3x", 3, "times", "", exact},
      {"训练效率提升3x。", "3x", 3, "times", "", exact},
      {"one in five investors agreed", "one in five", 0.2, "fraction", "", exact},  // a share, no period
      {"One out of three analysts said so.", "One out of three", 1.0 / 3, "fraction", "", exact},
  };
  for (const auto& row : table) check_row(row);
}

TEST_CASE("claims: durations", "[claims][duration]") {
  const std::vector<Row> table = {
      {"训练用了不到两个月", "不到两个月", 2, "month", "", less_than},
      {"前后训练两个月", "两个月", 2, "month", "", exact},
      {"訓練兩個月便完成", "兩個月", 2, "month", "", exact},
      {"只用了2个月", "2个月", 2, "month", "", exact},
      {"about two months", "about two months", 2, "month", "", approx},
      {"研发了三年半", "三年半", 3.5, "year", "", exact},
      {"within half an hour", "half an hour", 0.5, "hour", "", exact},
      {"a quarter of an hour later", "a quarter of an hour", 0.25, "hour", "", exact},
      {"half a day", "half a day", 0.5, "day", "", exact},
      {"持续了3个多月", "3个多月", 3.5, "month", "", more_than},
      {"只用了一个半月", "一个半月", 1.5, "month", "", exact},
      {"持续了一个多月", "一个多月", 1.5, "month", "", more_than},
      {"超过1800年", "超过1800年", 1800, "year", "", more_than},
      {"已经超过了1800年", "超过了1800年", 1800, "year", "", more_than},
      {"突破了3300年", "3300年", 3300, "year", "", exact},
      {"3-5年", "3-5年", 4, "year", "", range},
      {"30年前", "30年", 30, "year", "", exact},
      {"历时10年", "10年", 10, "year", "", exact},
      {"10多年", "10多年", 15, "year", "", more_than},
      {"3年多", "3年多", 3.5, "year", "", more_than},
      {"两周", "两周", 2, "week", "", exact},
      {"3个星期", "3个星期", 3, "week", "", exact},
      {"45天", "45天", 45, "day", "", exact},
      {"用了一天", "一天", 1, "day", "", exact},
      {"耗时一年", "一年", 1, "year", "", exact},
      {"近30日", "近30日", 30, "day", "", approx},
      {"近3月收益率", "近3月", 3, "month", "", approx},
      {"72小时", "72小时", 72, "hour", "", exact},
      {"24小時", "24小時", 24, "hour", "", exact},
      {"30分钟", "30分钟", 30, "minute", "", exact},
      {"10秒", "10秒", 10, "second", "", exact},
      {"18个月", "18个月", 18, "month", "", exact},
      {"连续17个季度位居全球前三", "17个季度", 17, "quarter", "", exact},  // not 17 people (位)
      {"for 5 years", "5 years", 5, "year", "", exact},
      {"over 3 weeks", "over 3 weeks", 3, "week", "", more_than},
      {"in 48 hours", "48 hours", 48, "hour", "", exact},
      {"90 days", "90 days", 90, "day", "", exact},
      {"至少三年", "至少三年", 3, "year", "", at_least},
      {"两三个月", "两三个月", 2.5, "month", "", range},
      {"只用了两三月", "两三月", 2.5, "month", "", range},
      {"工期3至5个月", "3至5个月", 4, "month", "", range},
      // a length of time in two units is one claim in the larger
      {"全程用时2小时30分钟", "2小时30分钟", 2.5, "hour", "", exact},
      {"工期3年零2个月", "3年零2个月", 3 + 2.0 / 12, "year", "", exact},
      {"三年零两个月", "三年零两个月", 3 + 2.0 / 12, "year", "", exact},
      {"It took 2 hours and 30 minutes.", "2 hours and 30 minutes", 2.5, "hour", "", exact},
      {"1天又12小时", "1天又12小时", 1.5, "day", "", exact},
      {"5 minutes 30 seconds", "5 minutes 30 seconds", 5.5, "minute", "", exact},
      // sports times: hundredths right after 秒, 分 before seconds a minute, two-digit parts
      {"潘展乐以46秒40的成绩夺冠", "46秒40", 46.4, "second", "", exact},
      {"苏炳添跑出9秒83。", "9秒83", 9.83, "second", "", exact},
      {"潘展乐以４６秒４０夺冠", "４６秒４０", 46.4, "second", "", exact},  // full-width digits
      {"他以1分52秒69夺冠", "1分52秒69", 1 + (52 + 0.69) / 60, "minute", "", exact},
      {"成绩为2小时01分09秒", "2小时01分09秒", 2 + 1.0 / 60 + 9.0 / 3600, "hour", "", exact},
      // a duration before 期 is a term, no claim (see the rejection table), but not before 期间
      {"在这10年期间", "10年", 10, "year", "", exact},
  };
  for (const auto& row : table) check_row(row);
  // Digits after 秒 and before a unit are a claim of their own: 46 seconds, then 40 times.
  const std::string input = "用时46秒40次";
  const auto claims = extract(input);
  REQUIRE(claims.size() == 2);
  check_claim(claims[0], {input, "46秒", 46, "second", "", exact}, input.find("46秒"));
  check_claim(claims[1], {input, "40次", 40, "count", "", exact}, input.find("40次"));
}

TEST_CASE("claims: physical and compound units", "[claims][physical]") {
  const std::vector<Row> table = {
      {"约278.8万个H800 GPU小时", "约278.8万个H800 GPU小时", 2788000, "GPU_hour", "", approx},
      {"2.788 million H800 GPU hours", "2.788 million H800 GPU hours", 2788000, "GPU_hour", "", exact},
      {"2.788 million GPU hours", "2.788 million GPU hours", 2788000, "GPU_hour", "", exact},
      {"训练耗时278.8万GPU小时", "278.8万GPU小时", 2788000, "GPU_hour", "", exact},
      {"预训练使用14.8万亿token", "14.8万亿token", 1.48e13, "count", "token", exact},
      {"功耗700瓦", "700瓦", 700, "W", "", exact},
      {"10 kW per rack", "10 kW", 10000, "W", "", exact},
      {"一座100兆瓦的数据中心", "100兆瓦", 1e8, "W", "", exact},
      {"150 MW", "150 MW", 1.5e8, "W", "", exact},
      {"1 GW campus", "1 GW", 1e9, "W", "", exact},
      {"每年耗电10亿千瓦时", "10亿千瓦时", 1e9, "kWh", "", exact},
      {"2 TB", "2 TB", 2000, "GB", "", exact},
      // length, area, mass and temperature, in the base unit (m, m2, kg, degC)
      {"震源深度10千米", "10千米", 1e4, "m", "", exact},
      {"距离县城约40公里", "约40公里", 4e4, "m", "", approx},
      {"at a depth of 10 kilometres", "10 kilometres", 1e4, "m", "", exact},
      {"some 400 km to the south", "some 400 km", 4e5, "m", "", approx},
      {"a 5-mile stretch", "5-mile", 8046.72, "m", "", exact},
      {"水位上涨了1.5米", "1.5米", 1.5, "m", "", exact},
      {"降雨量达到250毫米", "250毫米", 0.25, "m", "", exact},
      {"受灾面积达3200平方公里", "3200平方公里", 3.2e9, "m2", "", exact},
      {"a plot of 500 square metres", "500 square metres", 500, "m2", "", exact},
      {"淹没农田1.2万公顷", "1.2万公顷", 1.2e8, "m2", "", exact},
      {"burned 20,000 acres", "20,000 acres", 80937128.448, "m2", "", exact},
      {"a campus of 500,000 sq ft", "500,000 sq ft", 46451.52, "m2", "", exact},
      {"an office of 20,000 square feet.", "20,000 square feet", 1858.0608, "m2", "", exact},
      {"占地1200平方英尺", "1200平方英尺", 111.483648, "m2", "", exact},
      {"burned 40 square miles", "40 square miles", 103599524.41344, "m2", "", exact},
      {"运送物资300吨", "300吨", 3e5, "kg", "", exact},
      {"12,000 tonnes of grain", "12,000 tonnes", 1.2e7, "kg", "", exact},
      {"每袋25公斤", "25公斤", 25, "kg", "", exact},
      {"采集月背样品1935.3克", "1935.3克", 1.9353, "kg", "", exact},
      {"每片含药50毫克", "50毫克", 5e-5, "kg", "", exact},
      {"20mg of the drug", "20mg", 2e-5, "kg", "", exact},
      {"一颗10克拉的钻石", "10克拉", 0.002, "kg", "", exact},  // not 10 grams
      {"500 grams of gold", "500 grams", 0.5, "kg", "", exact},
      {"比邻星距离地球约4.2光年", "约4.2光年", 4.2 * 9460730472580800.0, "m", "", approx},
      {"about 4.2 light-years away", "about 4.2 light-years", 4.2 * 9460730472580800.0, "m", "", approx},
      {"全国粮食总产量14130亿斤", "14130亿斤", 7.065e11, "kg", "", exact},  // a jin is half a kilogram
      {"最低气温零下18摄氏度", "零下18摄氏度", -18, "degC", "", exact},
      {"最高气温达40℃", "40℃", 40, "degC", "", exact},
      {"minus 18 degrees Celsius", "minus 18 degrees Celsius", -18, "degC", "", exact},
      // Fahrenheit: 32 off, then five ninths
      {"Temperatures hit 104 degrees Fahrenheit.", "104 degrees Fahrenheit", 40, "degC", "", exact},
      {"It was 32°F at dawn.", "32°F", 0, "degC", "", exact},
      {"minus 40 degrees F", "minus 40 degrees F", -40, "degC", "", exact},
      // 度 is a temperature only after a cue in its clause (气温, 体温, 摄氏, 华氏) or with 零下
      {"病人体温华氏98.6度", "98.6度", 37, "degC", "", exact},
      {"气温摄氏40度", "40度", 40, "degC", "", exact},
      {"今天最高气温将达到40度", "40度", 40, "degC", "", exact},
      {"气温高达约40度", "约40度", 40, "degC", "", approx},
      {"夜间零下十八度", "零下十八度", -18, "degC", "", exact},
      {"体温一度升至39.5度", "39.5度", 39.5, "degC", "", exact},  // 一度: once
      {"夜间气温５度", "５度", 5, "degC", "", exact},  // one full-width digit is no Han numeral
      // 级 is a magnitude or a wind force only with a cue: before it in the clause (余震, 震级,
      // 里氏, 风力, 阵风) or right after it (地震, 台风, 大风); a magnitude may be written before
      {"发生6.8级地震", "6.8级", 6.8, "magnitude", "", exact},
      {"最大余震4.4级。", "4.4级", 4.4, "magnitude", "", exact},
      {"美国地质调查局测得震级为7.1级", "7.1级", 7.1, "magnitude", "", exact},
      {"西藏发生里氏6.4级地震", "6.4级", 6.4, "magnitude", "", exact},
      {"花莲县海域发生芮氏规模7.2地震", "芮氏规模7.2", 7.2, "magnitude", "", exact},  // not 7.2 earthquakes
      {"A magnitude 7.1 earthquake struck Tibet", "magnitude 7.1", 7.1, "magnitude", "", exact},
      {"the strongest of magnitude 4.7", "magnitude 4.7", 4.7, "magnitude", "", exact},
      {"The quake had a magnitude of 7.1.", "magnitude of 7.1", 7.1, "magnitude", "", exact},
      {"The 7.8-magnitude quake", "7.8-magnitude", 7.8, "magnitude", "", exact},
      {"The quake measured 6.8 on the Richter scale.", "6.8 on the Richter scale", 6.8, "magnitude", "", exact},
      {"It registered 7.1 on the moment magnitude scale", "7.1 on the moment magnitude scale", 7.1, "magnitude", "", exact},
      {"a 6.2 magnitude quake", "6.2 magnitude", 6.2, "magnitude", "", exact},
      {"沿海风力达12级", "12级", 12, "beaufort", "", exact},
      {"阵风14级以上", "14级以上", 14, "beaufort", "", more_than},
      {"受12级台风影响", "12级", 12, "beaufort", "", exact},
      {"将出现8级以上大风", "8级以上", 8, "beaufort", "", more_than},
      {"up to 30 inches of rain", "up to 30 inches", 0.762, "m", "", at_most},
      // a unit glued to the digits (not 5G or 910B, which name things)
      {"HBM3E单颗容量达36GB", "36GB", 36, "GB", "", exact},
      {"配备16GB内存", "16GB", 16, "GB", "", exact},  // 内存 is memory, no 内 (within)
      {"带宽超过1.2TB/s", "超过1.2TB/s", 1200, "GB/s", "", more_than},
      {"a 100W charger", "100W", 100, "W", "", exact},
      {"a 5km run", "5km", 5000, "m", "", exact},
      {"winds of 150mph", "150mph", 241.4016, "km/h", "", exact},
      {"a 1,000-foot tower", "1,000-foot", 304.8, "m", "", exact},
      // index points: 点 from 100 up or with a fraction (两点建议 is two items, 3点 a clock)
      {"上证指数收报3267.19点", "3267.19点", 3267.19, "point", "", exact},
      {"道琼斯指数下跌700点", "700点", 700, "point", "", exact},
      {"恒指跌13.5點", "13.5點", 13.5, "point", "", exact},
      {"The Dow fell 512 points to 42,326.", "512 points", 512, "point", "", exact},
      // speeds in kilometres per hour, without binary noise from the factor
      {"winds reached 150 mph", "150 mph", 241.4016, "km/h", "", exact},
      {"时速350公里/小时", "350公里/小时", 350, "km/h", "", exact},
      {"最大风速50米/秒", "50米/秒", 180, "km/h", "", exact},
      // a length after 时速 is a speed per hour
      {"高铁时速350公里", "350公里", 350, "km/h", "", exact},
      {"最高时速达350公里", "350公里", 350, "km/h", "", exact},
      {"时速超过300公里", "超过300公里", 300, "km/h", "", more_than},
      {"全长350公里", "350公里", 3.5e5, "m", "", exact},
      {"台北101大樓高508公尺", "508公尺", 508, "m", "", exact},  // not 101 buildings
      {"他身高1米85", "1米85", 1.85, "m", "", exact},  // centimetres right after 米
      {"跳高成绩2米35。", "2米35", 2.35, "m", "", exact},
      {"中心最低气压970百帕", "970百帕", 970, "hPa", "", exact},
      {"a pressure of 915 hPa", "915 hPa", 915, "hPa", "", exact},
      // a length per hour, minute or second is a speed; per a day or a year it stays a length
      {"最大风力每小时150公里", "每小时150公里", 150, "km/h", "", exact},
      {"风速达到每秒45米", "每秒45米", 162, "km/h", "", exact},
      {"风速每秒约45米", "每秒约45米", 162, "km/h", "", approx},
      {"winds of 150 kilometres an hour", "150 kilometres an hour", 150, "km/h", "", exact},
      {"gusts of 90 miles an hour", "90 miles an hour", 144.84096, "km/h", "", exact},
      {"40 metres per second", "40 metres per second", 144, "km/h", "", exact},
      {"每分钟前进500米", "500米", 30, "km/h", "", exact},
      {"每年新建公路1000公里", "1000公里", 1e6, "m", "", exact},
      {"walked 20 miles a day", "20 miles", 32186.88, "m", "", exact},
  };
  for (const auto& row : table) check_row(row);
}

TEST_CASE("claims: an age is no length of time", "[claims][physical]") {
  const std::vector<Row> table = {
      {"A 45-year-old man was among the dead", "45-year-old", 45, "year", "", exact},
      {"The victim was 45 years old.", "45 years old", 45, "year", "", exact},
      {"他今年45岁", "45岁", 45, "year", "", exact},
      {"年僅24歲的潘展樂", "僅24歲", 24, "year", "", exact},
      {"18岁以下的青少年", "18岁以下", 18, "year", "", less_than},
  };
  for (const auto& row : table) {
    check_row(row);
    CHECK(extract(row.input)[0].dimension == "age");
  }
  // the age is the claim, the people a count of their own
  const auto claims = extract("3名5岁儿童受伤");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].dimension == "count");
  CHECK(claims[1].dimension == "age");
  CHECK(claims[1].value == 5);
}

TEST_CASE("claims: a unit's factor leaves no binary noise in the value", "[claims][physical]") {
  // 150 × 1.609344 is 241.40160000000003 in binary arithmetic; the claim holds 241.4016 exactly
  // as written in decimal (its nearest double), and whole products are left alone.
  CHECK(extract("winds reached 150 mph")[0].value == 241.4016);
  CHECK(extract("3 feet")[0].value == 0.9144);
  CHECK(extract("14130亿斤")[0].value == 706500000000.0);
  CHECK(extract("$60 per million output tokens")[0].value == 6e-05);
  CHECK(extract("98.6°F")[0].value == 37);
  CHECK(extract("32°F")[0].value == 0);
}

TEST_CASE("claims: lengths of time in two units stay apart across a clause or past a whole unit", "[claims][duration]") {
  for (const std::string input : {"用时2小时，30分钟后出发", "3 hours 90 minutes", "2个月3年"}) {
    INFO("input: " << input);
    CHECK(extract(input).size() == 2);
  }
}
