// Claims read back from JSON Lines, and every kind of bad line named by origin, line and field.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "claimcheck/json.hpp"

using namespace claimcheck;

namespace {

const char* kGoodLine =
    R"({"source":"a.txt","begin":12,"end":24,"text":"约600万美元","value":6000000,"low":6000000,)"
    R"("high":6000000,"qualifier":"approx","dimension":"currency","unit":"USD","object":null,)"
    R"("subject":"DeepSeek","measure":"training_cost","sentence_begin":0,"sentence_end":40})";

}  // namespace

TEST_CASE("claims read back from JSON Lines keep every field") {
  const std::string text = std::string(kGoodLine) + "\n\n" +
                           R"({"source":"b.txt","begin":0,"end":9,"text":"不到600万","value":6e6,"low":null,)"
                           R"("high":6e6,"qualifier":"less_than","dimension":"count","unit":"count","object":"H800",)"
                           R"("subject":null,"measure":null,"sentence_begin":0,"sentence_end":9,"id":7})" "\r\n";
  std::vector<Claim> claims;
  std::string error;
  REQUIRE(claims_from_jsonl(text, "claims.jsonl", &claims, &error));
  CHECK(error.empty());
  REQUIRE(claims.size() == 2);
  const Claim& a = claims[0];
  CHECK(a.source == "a.txt");
  CHECK(a.begin == 12);
  CHECK(a.end == 24);
  CHECK(a.text == "约600万美元");
  CHECK(a.value == 6e6);
  CHECK(a.low == 6e6);
  CHECK(a.high == 6e6);
  CHECK(a.qualifier == Qualifier::approx);
  CHECK(a.dimension == "currency");
  CHECK(a.unit == "USD");
  CHECK_FALSE(a.object);
  CHECK(a.subject == std::optional<std::string>("DeepSeek"));
  CHECK(a.measure == std::optional<std::string>("training_cost"));
  CHECK(a.sentence_end == 40);
  const Claim& b = claims[1];
  CHECK_FALSE(b.low);
  CHECK(b.high == 6e6);
  CHECK(b.qualifier == Qualifier::less_than);
  CHECK(b.object == std::optional<std::string>("H800"));
  CHECK_FALSE(b.subject);
}

TEST_CASE("a bad claims line is named by origin, line and field, and nothing is appended") {
  const std::string good = kGoodLine;
  auto with = [&](const std::string& from, const std::string& to) {
    std::string line = good;
    line.replace(line.find(from), from.size(), to);
    return line;
  };
  const std::pair<std::string, std::string> cases[] = {
      {with(R"("begin":12)", R"("begin":-1)"), "x.jsonl:2: begin: expected a byte offset (a whole number ≥ 0)"},
      {with(R"("begin":12)", R"("begin":1.5)"), "x.jsonl:2: begin: expected a byte offset (a whole number ≥ 0)"},
      {with(R"("value":6000000)", R"("value":"6e6")"), "x.jsonl:2: value: expected a number, got a string"},
      {with(R"("unit":"USD")", R"("unit":7)"), "x.jsonl:2: unit: expected a string, got a number"},
      {with(R"("qualifier":"approx")", R"("qualifier":"roughly")"), R"(x.jsonl:2: qualifier: unknown qualifier "roughly")"},
      {with(R"("source":"a.txt",)", ""), "x.jsonl:2: source: missing"},
      {with(R"("text":"约600万美元")", R"("text":["x"])"), "x.jsonl:2: text: expected a plain value, got an array"},
      {with(R"("unit":"USD")", R"("units":"USD")"), "x.jsonl:2: units: unknown field"},
      {with(R"("end":24)", R"("end":2)"), "x.jsonl:2: end: 2 is before begin 12"},
      {with(R"("value":6000000)", R"("value":null)"), "x.jsonl:2: value: expected a value, got null"},
      {"[1, 2]", "x.jsonl:2: expected a JSON object (one claim per line)"},
      {"42", "x.jsonl:2: expected a JSON object (one claim per line)"},
      {R"({"source": "a.txt",)", "x.jsonl:2: column 20: syntax error while parsing object key - unexpected end of "
                                "input; expected string literal"},
  };
  for (const auto& [line, expected] : cases) {
    INFO(line);
    std::vector<Claim> claims(1);
    std::string error;
    CHECK_FALSE(claims_from_jsonl(good + "\n" + line + "\n", "x.jsonl", &claims, &error));
    CHECK(error == expected);
    CHECK(claims.size() == 1);
  }
}

TEST_CASE("the fast path and the full JSON reader read a claim line the same way") {
  // Each line is read twice: as written (fast path) and with its source spelt with an escape,
  // which only the full reader takes.
  const char* lines[] = {
      kGoodLine,
      R"({"source":"a.txt","begin":0,"end":9,"text":"1.5e3","value":-1.5e-3,"low":-0.1,"high":1E-7,)"
      R"("qualifier":"range","dimension":"number","unit":"number","object":null,"subject":null,"measure":null,)"
      R"("sentence_begin":0,"sentence_end":9})",
      R"({ "source" : "a.txt" , "begin" : 3 , "end" : 3 , "text" : "" , "value" : 0.1 , "dimension" : "x" , "unit" : "y" })",
      R"({"source":"a.txt","begin":1,"end":2,"text":"x","value":12345678901234567890,"dimension":"count",)"
      R"("unit":"count","object":"H800","id":4})",
  };
  for (const char* line : lines) {
    INFO(line);
    std::string escaped = line;
    escaped.replace(escaped.find("\"a.txt\""), 7, R"("a\u002etxt")");
    std::vector<Claim> fast, full;
    std::string error;
    REQUIRE(claims_from_jsonl(line, "x.jsonl", &fast, &error));
    REQUIRE(claims_from_jsonl(escaped, "x.jsonl", &full, &error));
    REQUIRE(fast.size() == 1);
    REQUIRE(full.size() == 1);
    CHECK(claim_to_json(fast[0]) == claim_to_json(full[0]));
    CHECK(fast[0].source == "a.txt");
  }
}
