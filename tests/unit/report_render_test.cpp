// The report rendered as one JSON document and as text.
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "check/cross_checker.hpp"
#include "claimcheck/json.hpp"
#include "sample_report.hpp"

using namespace claimcheck;
using claimcheck::testing::sample_report_claims;

namespace {

Report sample_report() { return CrossChecker(default_config()).check(sample_report_claims()); }

}  // namespace

TEST_CASE("the report as JSON has the documented shape") {
  const auto j = nlohmann::json::parse(report_to_json(sample_report()));
  REQUIRE(j["claims"].size() == 6);
  CHECK(j["claims"][1]["id"] == 1);
  CHECK(j["claims"][1]["text"] == "50,000颗");
  CHECK(j["claims"][1]["object"] == "H100");
  REQUIRE(j["groups"].size() == 3);
  const auto& gpus = j["groups"][0];
  CHECK(gpus["key"] == nlohmann::json{{"subject", "DeepSeek"}, {"measure", "gpu_count"}, {"dimension", "count"},
                                      {"object_class", "GPU"}});
  CHECK(gpus["unit"] == "count");
  CHECK(gpus["claims"] == nlohmann::json{0, 1});
  CHECK(gpus["positions"][0] == nlohmann::json{{"claims", {0}}, {"low", 1800.0}, {"high", 2200.0}});
  const auto& cost = j["groups"][1];
  CHECK(cost["key"]["object_class"].is_null());
  CHECK(cost["positions"][0]["low"].is_null());
  CHECK(cost["positions"][0]["high"] == 6e6);
  REQUIRE(j["findings"].size() == 2);
  CHECK(j["findings"][0]["verdict"] == "contradiction");
  CHECK(j["findings"][0]["group"] == 2);  // opposite signs: an infinite gap ratio, written null
  CHECK(j["findings"][0]["gap_ratio"].is_null());
  CHECK(j["findings"][0]["reason"] == "-5% (d.txt) vs 5% (b.txt): opposite signs");
  CHECK(j["findings"][1]["a"] == nlohmann::json{0});
  CHECK(j["findings"][1]["b"] == nlohmann::json{1});
  CHECK(j["findings"][1]["gap_ratio"].get<double>() == Approx(45000.0 / 2200));
  CHECK(j["findings"][1]["same_source"] == false);
  CHECK(j["unattributed"] == nlohmann::json{5});
  CHECK(report_to_json(sample_report(), 2).find("\n  \"groups\": [") != std::string::npos);
}

TEST_CASE("the report as text: groups with findings worst first, then a summary line") {
  CHECK(report_to_text(sample_report(), false) ==
        "Nvidia · share_price_change · percent\n"
        "  [1]  -5.5 – -4.5 percent   d.txt «下跌5%»\n"
        "  [2]  4.5 – 5.5 percent   b.txt «增长5%»\n"
        "  contradiction [1] vs [2], gap ratio ∞: -5% (d.txt) vs 5% (b.txt): opposite signs\n"
        "\n"
        "DeepSeek · gpu_count · count · GPU\n"
        "  [1]  1,800 – 2,200 count   a.txt «2000块»\n"
        "  [2]  45,000 – 55,000 count   c.txt «50,000颗»\n"
        "  contradiction [1] vs [2], gap ratio 20.5: 2,000 H800 (a.txt) vs 50,000 H100 (c.txt): 25× apart; models "
        "differ\n"
        "\n"
        "4 sources, 6 claims, 3 groups, 2 contradictions, 0 discrepancies, 1 not attributed\n");
  const std::string coloured = report_to_text(sample_report(), true);
  CHECK(coloured.find("\x1b[31mcontradiction\x1b[0m") != std::string::npos);
}

TEST_CASE("an empty report renders as an empty document and a summary") {
  CHECK(report_to_json(Report{}) == R"({"claims":[],"groups":[],"findings":[],"unattributed":[]})");
  CHECK(report_to_text(Report{}, false) == "0 sources, 0 claims, 0 groups, 0 contradictions, 0 discrepancies, 0 not attributed\n");
}
