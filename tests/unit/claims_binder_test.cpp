// The binder on its own: number expressions made by hand ([...] marks the grammar's span), so
// each row shows what the words around a number make of it.
#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <vector>

#include "claims/claim_binder.hpp"

namespace {

using claimcheck::Claim;
using claimcheck::NumberExpr;
using claimcheck::NumberKind;
using claimcheck::Qualifier;

struct Row {
  std::string marked;            // input with the grammar's span in [ ]
  double value;                  // the grammar's value
  std::string claim;             // expected claim text; "" when no claim
  double expected_value;
  std::string unit;
  std::string object;            // "" for null
  Qualifier qualifier;
  NumberKind kind = NumberKind::number;
};

const claimcheck::ClaimBinder& binder() {
  static const claimcheck::ClaimBinder b({});
  return b;
}

}  // namespace

TEST_CASE("claims binder: hand-made expressions", "[claims][binder]") {
  const Qualifier ex = Qualifier::exact;
  const std::vector<Row> table = {
      {"花了约[600万]美元", 6e6, "约600万美元", 6e6, "USD", "", Qualifier::approx},
      {"不到[600万]美元", 6e6, "不到600万美元", 6e6, "USD", "", Qualifier::less_than},
      {"人民币[72亿]元", 72e8, "人民币72亿元", 72e8, "CNY", "", ex},
      {"[2000]块落后的H800英伟达GPU", 2000, "2000块落后的H800英伟达GPU", 2000, "count", "H800", ex},
      {"[50,000]颗辉达H100晶片", 50000, "50,000颗辉达H100晶片", 50000, "count", "H100", ex},
      {"[5万]张英伟达。", 50000, "5万张英伟达", 50000, "count", "GPU", ex},
      {"used [2,048] Nvidia H800 GPUs.", 2048, "2,048 Nvidia H800 GPUs", 2048, "count", "H800", ex},
      {"[50,000] H100s", 50000, "50,000 H100s", 50000, "count", "H100", ex},
      {"[5]%左右", 5, "5%左右", 5, "percent", "", Qualifier::approx},
      {"[三]年半", 3, "三年半", 3.5, "year", "", ex},
      {"[两]个月", 2, "两个月", 2, "month", "", ex},
      {"[2000]年,IBM", 2000, "", 0, "", "", ex},
      {"在[2024]年", 2024, "", 0, "", "", ex},
      {"超过[1800]年", 1800, "超过1800年", 1800, "year", "", Qualifier::more_than},
      {"[30]年前", 30, "30年", 30, "year", "", ex},
      {"[278.8万]GPU小时", 2788000, "278.8万GPU小时", 2788000, "GPU_hour", "", ex},
      {"[6710亿]参数", 6.71e11, "6710亿参数", 6.71e11, "count", "parameter", ex},
      {"[2000]块钱", 2000, "2000块钱", 2000, "CNY", "", ex},
      {"[38114] 阅读", 38114, "", 0, "", "", ex},
      {"GPT-[4]o", 4, "", 0, "", "", ex},
      {"[3]x faster", 3, "3x", 3, "times", "", ex},
      {"a [3]x speed-up", 3, "3x", 3, "times", "", ex},
      {"功耗[700]W", 700, "700W", 700, "W", "", ex},
      {"[80]GB显存", 80, "80GB", 80, "GB", "", ex},
      {"[14.8万亿]token", 1.48e13, "14.8万亿token", 1.48e13, "count", "token", ex},
      {"up [2] percentage points", 2, "2 percentage points", 2, "percentage_point", "", ex},
      {"用了[一个半]月", 1.5, "一个半月", 1.5, "month", "", ex},
      {"用了一[个半]月", 1.5, "个半月", 1.5, "month", "", ex},
      {"[一]个半月", 1, "一个半月", 1.5, "month", "", ex},
      {"[500]名员工", 500, "500名员工", 500, "count", "person", ex},
      {"[3]家公司", 3, "3家公司", 3, "count", "company", ex},
      {"[3]月", 3, "", 0, "", "", ex},
      {"[3]个多月", 3, "3个多月", 3.5, "month", "", Qualifier::more_than},
      {"US$[100 million]", 1e8, "US$100 million", 1e8, "USD", "", ex},
      {"¥[100]日元", 100, "¥100日元", 100, "JPY", "", ex},
      {"售价¥[100]", 100, "¥100", 100, "CNY", "", ex},  // ¥ among Chinese characters is the yuan
      {"It lost ¥[100]", 100, "¥100", 100, "JPY", "", ex},  // ¥ in a clause without them, the yen
      {"售价￥[100]", 100, "￥100", 100, "CNY", "", ex},
      {"[5] kW", 5, "5 kW", 5000, "W", "", ex},
      {"[20] companies", 20, "20 companies", 20, "count", "company", ex},
      {"in [2020] Nvidia GPUs", 2020, "", 0, "", "", ex},
      {"最近[3]年", 3, "3年", 3, "year", "", ex},
      {"第[3]名", 3, "", 0, "", "", ex},
      {"从[0到1]", 0.5, "", 0, "", "", ex},
  };
  for (const auto& row : table) {
    INFO(row.marked);
    std::string text = row.marked;
    const std::size_t open = text.find('[');
    text.erase(open, 1);
    const std::size_t close = text.find(']');
    text.erase(close, 1);
    NumberExpr e;
    e.begin = open;
    e.end = close;
    e.value = row.value;
    e.low = e.high = row.value;
    e.kind = row.kind;
    Claim claim;
    const bool bound = binder().bind(text, e, &claim);
    if (row.claim.empty()) {
      CHECK_FALSE(bound);
      continue;
    }
    REQUIRE(bound);
    CHECK(claim.text == row.claim);
    CHECK(claim.text == text.substr(claim.begin, claim.end - claim.begin));
    CHECK(claim.value == Approx(row.expected_value));
    CHECK(claim.unit == row.unit);
    CHECK(claim.object.value_or("") == row.object);
    CHECK(claim.qualifier == row.qualifier);
  }
}
