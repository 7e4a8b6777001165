// A report read back from its JSON: the same report, written again byte for byte, and a clear
// error naming the field for anything the writer would not have written.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "check/cross_checker.hpp"
#include "claim_builder.hpp"
#include "claimcheck/engine.hpp"
#include "claimcheck/json.hpp"
#include "sample_report.hpp"

using namespace claimcheck;
using claimcheck::testing::make_claim;
using claimcheck::testing::sample_report_claims;

namespace {

// The sample report's claims and numbers that need every digit to read back.
Report sample_report() {
  std::vector<Claim> claims = sample_report_claims();
  claims.push_back(make_claim("e.txt", "约5576000.3美元", 5576000.3, "currency", "USD", "DeepSeek", "training_cost",
                              "", Qualifier::approx));
  claims.push_back(make_claim("d.txt", "三分之一", 1.0 / 3, "fraction", "fraction", "Nvidia", "market_share"));
  claims.push_back(make_claim("e.txt", "0.1+0.2", 0.1 + 0.2, "fraction", "fraction", "Nvidia", "market_share"));
  return CrossChecker(default_config()).check(std::move(claims));
}

Report read(const std::string& json) {
  Report report;
  std::string error;
  INFO(error);
  REQUIRE(report_from_json(json, &report, &error));
  CHECK(error.empty());
  return report;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The error report_from_json gives for the sample report's JSON changed by `edit`.
template <typename Edit>
std::string error_after(Edit edit) {
  auto j = nlohmann::ordered_json::parse(report_to_json(sample_report()));
  edit(j);
  Report report;
  std::string error;
  CHECK_FALSE(report_from_json(j.dump(), &report, &error));
  CHECK(report.claims.empty());  // left as it was
  return error;
}

}  // namespace

TEST_CASE("a report read back from its JSON is written again byte for byte") {
  const Report original = sample_report();
  for (const int indent : {-1, 2}) {
    const std::string json = report_to_json(original, indent);
    const Report back = read(json);
    CHECK(report_to_json(back, indent) == json);
  }
  const Report back = read(report_to_json(original));
  REQUIRE(back.claims.size() == 9);
  CHECK(back.claims[1].object == "H100");
  CHECK(back.claims[2].qualifier == Qualifier::less_than);
  CHECK_FALSE(back.claims[2].low.has_value());
  CHECK(back.claims[6].value == 5576000.3);
  CHECK(back.claims[7].value == 1.0 / 3);
  CHECK(back.claims[8].value == 0.1 + 0.2);
  REQUIRE(back.groups.size() == original.groups.size());
  for (std::size_t g = 0; g < back.groups.size(); ++g) {
    CHECK(back.groups[g].key.object_class == original.groups[g].key.object_class);
    CHECK(back.groups[g].claims == original.groups[g].claims);
    REQUIRE(back.groups[g].positions.size() == original.groups[g].positions.size());
    for (std::size_t p = 0; p < back.groups[g].positions.size(); ++p) {
      CHECK(back.groups[g].positions[p].low == original.groups[g].positions[p].low);
      CHECK(back.groups[g].positions[p].high == original.groups[g].positions[p].high);
    }
  }
  REQUIRE(back.findings.size() == original.findings.size());
  for (std::size_t f = 0; f < back.findings.size(); ++f) {
    CHECK(back.findings[f].verdict == original.findings[f].verdict);
    CHECK(back.findings[f].gap_ratio == original.findings[f].gap_ratio);  // exact, ∞ included
    CHECK(back.findings[f].a == original.findings[f].a);
    CHECK(back.findings[f].reason == original.findings[f].reason);
  }
  CHECK(back.findings[0].gap_ratio == std::numeric_limits<double>::infinity());
  CHECK(back.unattributed == std::vector<std::size_t>{5});
}

TEST_CASE("the sample articles' report reads back, and merging read-back parts gives the same report") {
  const Engine engine;
  std::vector<Claim> claims;
  std::vector<std::string> sources;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(CLAIMCHECK_EXAMPLES_DIR "/articles"))
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    sources.push_back(file.filename().string());
    for (Claim& c : engine.extract(read_file(file), sources.back()).claims) claims.push_back(std::move(c));
  }
  const Report whole = engine.check(claims);
  REQUIRE_FALSE(whole.findings.empty());
  REQUIRE(whole.groups.size() > 1);
  const std::string json = report_to_json(whole, 2);
  CHECK(report_to_json(read(json), 2) == json);

  // Two parts split by subject, each checked, written and read back, then merged.
  std::vector<Claim> parts[2];
  for (const Claim& c : claims) parts[c.subject.value_or("") < "M" ? 0 : 1].push_back(c);
  std::vector<Report> back;
  for (auto& part : parts) back.push_back(read(report_to_json(engine.check(part))));
  CHECK(report_to_json(merge_reports(std::move(back), sources), 2) == json);
}

TEST_CASE("a bad report is refused with the field path of the mistake") {
  CHECK(error_after([](auto& j) { j["findings"][0]["verdict"] = 3; }) == "findings[0].verdict: expected a string");
  CHECK(error_after([](auto& j) { j["findings"][1]["verdict"] = "mismatch"; }) ==
        "findings[1].verdict: expected \"contradiction\" or \"discrepancy\", got \"mismatch\"");
  CHECK(error_after([](auto& j) { j["findings"][0]["group"] = 99; }) ==
        "findings[0].group: expected a group id below 4, got 99");
  CHECK(error_after([](auto& j) { j["findings"][0]["a"] = nlohmann::ordered_json::array(); }) ==
        "findings[0].a: expected at least one claim id");
  CHECK(error_after([](auto& j) { j["findings"][0]["same_source"] = "no"; }) ==
        "findings[0].same_source: expected true or false");
  CHECK(error_after([](auto& j) { j["findings"][0].erase("reason"); }) == "findings[0].reason: missing");
  CHECK(error_after([](auto& j) { j["groups"][0]["claims"][1] = 12; }) ==
        "groups[0].claims[1]: expected a claim id below 9, got 12");
  CHECK(error_after([](auto& j) { j["groups"][0]["claims"][1] = -1; }) ==
        "groups[0].claims[1]: expected a claim id (a whole number ≥ 0)");
  CHECK(error_after([](auto& j) { j["groups"][0]["claims"] = {1, 0}; }) ==
        "groups[0].claims[1]: expected ids in increasing order, got 0 after 1");
  CHECK(error_after([](auto& j) { j["groups"][1]["positions"][0]["low"] = "6e6"; }) ==
        "groups[1].positions[0].low: expected a finite number or null");
  CHECK(error_after([](auto& j) { j["groups"][0]["key"]["colour"] = "red"; }) == "groups[0].key.colour: unknown key");
  CHECK(error_after([](auto& j) { j["groups"][0]["key"]["subject"] = nullptr; }) ==
        "groups[0].key.subject: expected a string");
  CHECK(error_after([](auto& j) { j["claims"][3]["value"] = "a lot"; }) ==
        "claims[3].value: expected a number, got a string");
  CHECK(error_after([](auto& j) { j["claims"][3].erase("unit"); }) == "claims[3].unit: missing");
  CHECK(error_after([](auto& j) { j["claims"][3]["id"] = 4; }) == "claims[3].id: expected 3 (the claim's index), got 4");
  CHECK(error_after([](auto& j) { j["claims"][2] = 7; }) == "claims[2]: expected an object");
  CHECK(error_after([](auto& j) { j["unattributed"] = {9}; }) == "unattributed[0]: expected a claim id below 9, got 9");
  CHECK(error_after([](auto& j) { j.erase("groups"); }) == "groups: missing");
  CHECK(error_after([](auto& j) { j = nlohmann::ordered_json::array(); }) == "(top level): expected an object");

  Report report;
  std::string error;
  CHECK_FALSE(report_from_json("{\"claims\": [\n  {\"source\": }", &report, &error));
  INFO(error);
  CHECK(error.rfind("line 2, column 14: syntax error", 0) == 0);
  // A number beyond a double: an error naming its place, never an exception.
  CHECK_FALSE(report_from_json("{\"claims\": [{\"value\": 2e400}]}", &report, &error));
  CHECK(error == "line 1, column 23: a number too large to represent: 2e400");
}
