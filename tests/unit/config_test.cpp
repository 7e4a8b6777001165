// The configuration: built-in defaults, extending and replacing them, and every kind of mistake
// giving a message that names the field.
#include <string>

#include <algorithm>

#include <catch2/catch.hpp>

#include "claimcheck/engine.hpp"
#include "claimcheck/json.hpp"

using namespace claimcheck;

namespace {

const Entity* find_entity(const Config& c, const std::string& name) {
  for (const auto& e : c.entities)
    if (e.name == name) return &e;
  return nullptr;
}

const Measure* find_measure(const Config& c, const std::string& name) {
  for (const auto& m : c.measures)
    if (m.name == name) return &m;
  return nullptr;
}

}  // namespace

TEST_CASE("the built-in configuration covers the AI and chip news vocabulary") {
  const Config& c = default_config();
  REQUIRE(find_entity(c, "Nvidia") != nullptr);
  CHECK(find_entity(c, "Nvidia")->aliases ==
        std::vector<std::string>{"Nvidia", "NVIDIA", "英伟达", "辉达", "輝達", "英偉達"});
  REQUIRE(find_measure(c, "gpu_count") != nullptr);
  CHECK(find_measure(c, "gpu_count")->object_classes == std::vector<std::string>{"GPU"});
  REQUIRE(find_measure(c, "share_price_change") != nullptr);  // revenue that fell is no share price
  const auto& excluded = find_measure(c, "share_price_change")->excluded_by;
  CHECK(std::find(excluded.begin(), excluded.end(), "revenue") != excluded.end());
  CHECK(std::find(excluded.begin(), excluded.end(), "营收") != excluded.end());
  REQUIRE(find_measure(c, "share_price") != nullptr);  // a share price is per share, said or not
  CHECK(find_measure(c, "share_price")->per == "share");
  CHECK(find_measure(c, "share_price_change")->per.empty());
  CHECK(c.currency_rates.per_usd.at("CNY") == Approx(7.3));
  CHECK(c.currency_rates.date == "2025-01-31");
  CHECK(c.currency_rates.uncertainty == Approx(0.03));
  CHECK(c.thresholds.contradiction_ratio == Approx(1.2));
  CHECK(c.thresholds.approx_tolerance == Approx(0.10));
}

TEST_CASE("the dumped defaults read back as the defaults") {
  Config c;
  std::string error;
  REQUIRE(config_from_json(default_config_json(), &c, &error));
  CHECK(c.entities.size() == default_config().entities.size());
  CHECK(c.measures.size() == default_config().measures.size());
  CHECK(c.objects.size() == default_config().objects.size());
  CHECK(c.currency_rates.per_usd == default_config().currency_rates.per_usd);
}

TEST_CASE("a user file extends the defaults: same names replace, new names add") {
  Config c;
  std::string error;
  REQUIRE(config_from_json(R"({
    "entities": {"Nvidia": {"aliases": ["NV"]}, "Acme": {"aliases": ["艾克米"]}},
    "currency_rates": {"per_usd": {"CNY": 7.1}},
    "thresholds": {"contradiction_ratio": 1.5}})",
                           &c, &error));
  CHECK(error.empty());
  CHECK(c.entities.size() == default_config().entities.size() + 1);
  CHECK(find_entity(c, "Nvidia")->aliases == std::vector<std::string>{"NV"});
  CHECK(find_entity(c, "Acme")->aliases == std::vector<std::string>{"艾克米"});
  CHECK(c.currency_rates.per_usd.at("CNY") == Approx(7.1));
  CHECK(c.currency_rates.per_usd.at("TWD") == Approx(32.8));
  CHECK(c.thresholds.contradiction_ratio == Approx(1.5));
  CHECK(c.thresholds.approx_tolerance == Approx(0.10));
}

TEST_CASE("a user file with \"defaults\": \"replace\" is the whole configuration") {
  Config c;
  std::string error;
  REQUIRE(config_from_json(R"({"defaults": "replace",
    "entities": {"Acme": {"aliases": ["艾克米"]}},
    "measures": {"death_toll": {"dimensions": ["count"], "triggers": ["死亡"]}}})",
                           &c, &error));
  CHECK(c.entities.size() == 1);
  CHECK(c.measures.size() == 1);
  CHECK(c.objects.empty());
  CHECK(c.currency_rates.per_usd.empty());
  CHECK(c.thresholds.contradiction_ratio == Approx(1.2));
}

TEST_CASE("each kind of configuration mistake names the field") {
  const std::pair<const char*, const char*> cases[] = {
      {R"({"measures": {"training_cost": {"dimensions": ["currency"], "triggers": ["a", "b", "c", 4]}}})",
       "measures.training_cost.triggers[3]: expected a string"},
      {R"({"measures": {"cost": {"dimensions": ["currency"], "triggers": ["x"], "excluded_by": "y"}}})",
       "measures.cost.excluded_by: expected an array of strings"},
      {R"({"measures": {"price": {"dimensions": ["currency"], "triggers": ["x"], "per": ["share"]}}})",
       "measures.price.per: expected a string"},
      {R"({"measures": {"price": {"dimensions": ["currency"], "triggers": ["x"], "per": ""}}})",
       "measures.price.per: expected a non-empty string"},
      {R"({"entites": {}})", "entites: unknown key"},
      {R"({"entities": {"Nvidia": {"aliases": ["x"], "alias": []}}})", "entities.Nvidia.alias: unknown key"},
      {R"({"entities": {"Nvidia": ["英伟达"]}})", "entities.Nvidia: expected an object"},
      {R"({"entities": {"Nvidia": {"aliases": "英伟达"}}})", "entities.Nvidia.aliases: expected an array of strings"},
      {R"({"entities": {"Nvidia": {"aliases": [""]}}})", "entities.Nvidia.aliases[0]: expected a non-empty string"},
      {R"({"measures": {"cost": {"triggers": ["成本"]}}})",
       "measures.cost.dimensions: missing (the dimensions the measure applies to)"},
      {R"({"measures": {"cost": {"dimensions": []}}})", "measures.cost.dimensions: expected at least one dimension"},
      {R"({"measures": {"cost": {"dimensions": ["currency"]}}})",
       "measures.cost: a measure needs triggers or object_classes, or nothing can name it"},
      {R"({"objects": {"H100": {"aliases": ["H100"]}}})",
       "objects.H100.class: missing (the class the object is compared within)"},
      {R"({"currency_rates": {"per_usd": {"yuan": 7.3}}})",
       "currency_rates.per_usd.yuan: expected an ISO 4217 code (three capital letters)"},
      {R"({"currency_rates": {"per_usd": {"CNY": "7.3"}}})", "currency_rates.per_usd.CNY: expected a number"},
      {R"({"currency_rates": {"per_usd": {"CNY": -7.3}}})",
       "currency_rates.per_usd.CNY: expected a number above 0, got -7.3"},
      {R"({"currency_rates": {"uncertainty": 3}})",
       "currency_rates.uncertainty: expected a number from 0 to 0.5, got 3"},
      {R"({"thresholds": {"contradiction_ratio": 0.5}})",
       "thresholds.contradiction_ratio: expected a number of at least 1, got 0.5"},
      {R"({"thresholds": {"approx": 0.1}})", "thresholds.approx: unknown key"},
      {R"({"limits": {"max_document_bytes": -1}})",
       "limits.max_document_bytes: expected a whole number of bytes above 0"},
      {R"({"limits": {"strict_utf8": "yes"}})", "limits.strict_utf8: expected true or false"},
      {R"({"defaults": "merge"})", R"(defaults: expected "extend" or "replace", got "merge")"},
      {R"([1, 2])", "(top level): expected an object"},
      {"{\n  \"entities\": {,\n}", "line 2, column 16: syntax error while parsing object key - unexpected ','; "
                                   "expected string literal"},
      {"", "line 1, column 1: syntax error while parsing value - unexpected end of input; expected '[', '{', or a "
           "literal"},
      // A number beyond a double is an error at its first byte, not an exception (found by fuzz_config).
      {"{\n  \"thresholds\": {\"contradiction_ratio\": 1e999}}",
       "line 2, column 41: a number too large to represent: 1e999"},
      {"[-55555555555555555555555555555555555555555555e55555]",
       "line 1, column 2: a number too large to represent: -555555555555555555555555555555555555555…"},
  };
  for (const auto& [json, expected] : cases) {
    INFO(json);
    Config c = default_config();
    std::string error;
    CHECK_FALSE(config_from_json(json, &c, &error));
    CHECK(error == expected);
    CHECK(c.entities.size() == default_config().entities.size());  // untouched on failure
  }
}

TEST_CASE("an engine from a bad configuration says why and is not ok") {
  const Engine good = Engine::from_json(R"({"thresholds": {"contradiction_ratio": 2}})");
  CHECK(good.ok());
  CHECK(good.config().thresholds.contradiction_ratio == Approx(2));
  const Engine bad = Engine::from_json(R"({"thresholds": {"contradiction_ratio": "2"}})");
  CHECK_FALSE(bad.ok());
  CHECK(bad.error() == "thresholds.contradiction_ratio: expected a number");
  const Engine missing = Engine::from_file(CLAIMCHECK_TEST_DATA "/no-such-config.json");
  CHECK_FALSE(missing.ok());
  CHECK(missing.error() == CLAIMCHECK_TEST_DATA "/no-such-config.json: cannot read the file");
  CHECK(Engine().config().entities.size() == default_config().entities.size());
}

TEST_CASE("engines with other objects, entities or measures keep their own tables") {
  // Engines with the built-in vocabulary share one copy of its tables; an engine configured
  // otherwise must neither see nor leak into them, in whatever order they are built.
  const std::string_view text = "艾克米用2000块Gaudi3训练模型。";
  const Engine before;
  const Engine custom = Engine::from_json(R"({
    "entities": {"Acme": {"aliases": ["艾克米"]}},
    "objects": {"Gaudi3": {"aliases": ["Gaudi 3"], "class": "GPU"}}})");
  REQUIRE(custom.ok());
  const Engine after;
  const auto custom_claims = custom.extract(text, "s").claims;
  REQUIRE(custom_claims.size() == 1);
  CHECK(custom_claims[0].object == "Gaudi3");
  CHECK(custom_claims[0].subject == "Acme");
  CHECK(custom_claims[0].measure == "gpu_count");
  for (const Engine* plain : {&before, &after}) {
    const auto claims = plain->extract(text, "s").claims;
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].value == 2000);
    CHECK(claims[0].object != "Gaudi3");
    CHECK(!claims[0].subject.has_value());
  }
  CHECK(Engine().config().objects == default_config().objects);
  CHECK(custom.config().objects != default_config().objects);
}
