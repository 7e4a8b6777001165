// Reads a configuration JSON text over the built-in defaults, validating every field.
//
// The rule for combining a file with the defaults: a file extends them unless its top-level
// "defaults" is "replace". Extending, an entity, measure or object with a name the defaults
// already have replaces that entry whole; a new name is added; each currency rate, threshold and
// limit given replaces the default one. Replacing, the file is the whole configuration
// (thresholds and limits it leaves out keep their built-in values).
#include <string>
#include <utility>

#include <fmt/format.h>

#include "claimcheck/json.hpp"
#include "config/config_reader.hpp"
#include "config/json_fields.hpp"

namespace claimcheck {

namespace {

using namespace json_fields;

template <typename T>
void put_named(std::vector<T>* list, T item) {
  for (auto& existing : *list) {
    if (existing.name == item.name) {
      existing = std::move(item);
      return;
    }
  }
  list->push_back(std::move(item));
}

void read_entities(const Json& j, const std::string& path, std::vector<Entity>* out) {
  expect_object(j, path);
  for (const auto& item : j.items()) {
    const std::string p = child_path(path, item.key());
    if (item.key().empty()) fail(p, "an entity needs a non-empty name");
    expect_object(item.value(), p);
    expect_keys(item.value(), p, {"aliases"});
    Entity e{item.key(), {}};
    if (item.value().contains("aliases")) e.aliases = read_strings(item.value()["aliases"], p + ".aliases");
    put_named(out, std::move(e));
  }
}

void read_measures(const Json& j, const std::string& path, std::vector<Measure>* out) {
  expect_object(j, path);
  for (const auto& item : j.items()) {
    const std::string p = child_path(path, item.key());
    if (item.key().empty()) fail(p, "a measure needs a non-empty name");
    const Json& m = item.value();
    expect_object(m, p);
    expect_keys(m, p, {"dimensions", "triggers", "object_classes", "excluded_by", "per"});
    if (!m.contains("dimensions")) fail(p + ".dimensions", "missing (the dimensions the measure applies to)");
    Measure measure{item.key(), read_strings(m["dimensions"], p + ".dimensions"), {}, {}, {}, {}};
    if (measure.dimensions.empty()) fail(p + ".dimensions", "expected at least one dimension");
    if (m.contains("triggers")) measure.triggers = read_strings(m["triggers"], p + ".triggers");
    if (m.contains("object_classes"))
      measure.object_classes = read_strings(m["object_classes"], p + ".object_classes");
    if (m.contains("excluded_by")) measure.excluded_by = read_strings(m["excluded_by"], p + ".excluded_by");
    if (m.contains("per")) measure.per = read_string(m["per"], p + ".per");
    if (measure.triggers.empty() && measure.object_classes.empty())
      fail(p, "a measure needs triggers or object_classes, or nothing can name it");
    put_named(out, std::move(measure));
  }
}

void read_objects(const Json& j, const std::string& path, std::vector<ObjectKind>* out) {
  expect_object(j, path);
  for (const auto& item : j.items()) {
    const std::string p = child_path(path, item.key());
    if (item.key().empty()) fail(p, "an object needs a non-empty name");
    const Json& o = item.value();
    expect_object(o, p);
    expect_keys(o, p, {"aliases", "class"});
    if (!o.contains("class")) fail(p + ".class", "missing (the class the object is compared within)");
    ObjectKind kind{item.key(), {}, read_string(o["class"], p + ".class")};
    if (o.contains("aliases")) kind.aliases = read_strings(o["aliases"], p + ".aliases");
    put_named(out, std::move(kind));
  }
}

bool is_currency_code(const std::string& code) {
  if (code.size() != 3) return false;
  for (char c : code)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

void read_currency_rates(const Json& j, const std::string& path, CurrencyRates* out) {
  expect_object(j, path);
  expect_keys(j, path, {"date", "uncertainty", "per_usd"});
  if (j.contains("date")) out->date = read_string(j["date"], path + ".date");
  if (j.contains("uncertainty"))
    out->uncertainty = read_number(j["uncertainty"], path + ".uncertainty", 0, 0.5, "from 0 to 0.5");
  if (j.contains("per_usd")) {
    const std::string p = path + ".per_usd";
    expect_object(j["per_usd"], p);
    for (const auto& item : j["per_usd"].items()) {
      const std::string rp = child_path(p, item.key());
      if (!is_currency_code(item.key())) fail(rp, "expected an ISO 4217 code (three capital letters)");
      const double rate = read_number(item.value(), rp, 0, 1e12, "above 0");
      if (rate <= 0) fail(rp, "expected a number above 0, got 0");
      out->per_usd[item.key()] = rate;
    }
  }
}

void read_thresholds(const Json& j, const std::string& path, Thresholds* out) {
  expect_object(j, path);
  expect_keys(j, path, {"approx_tolerance", "precision_cap", "contradiction_ratio"});
  if (j.contains("approx_tolerance"))
    out->approx_tolerance = read_number(j["approx_tolerance"], path + ".approx_tolerance", 0, 0.9, "from 0 to 0.9");
  if (j.contains("precision_cap"))
    out->precision_cap = read_number(j["precision_cap"], path + ".precision_cap", 0, 0.9, "from 0 to 0.9");
  if (j.contains("contradiction_ratio"))
    out->contradiction_ratio =
        read_number(j["contradiction_ratio"], path + ".contradiction_ratio", 1, 1e9, "of at least 1");
}

void read_limits(const Json& j, const std::string& path, Limits* out) {
  expect_object(j, path);
  expect_keys(j, path, {"max_document_bytes", "strict_utf8"});
  if (j.contains("max_document_bytes")) {
    const Json& v = j["max_document_bytes"];
    if (!v.is_number_unsigned() || v.get<std::uint64_t>() == 0)
      fail(path + ".max_document_bytes", "expected a whole number of bytes above 0");
    out->max_document_bytes = static_cast<std::size_t>(v.get<std::uint64_t>());
  }
  if (j.contains("strict_utf8")) {
    out->strict_utf8 = read_bool(j["strict_utf8"], path + ".strict_utf8");
  }
}

void read_config(const Json& root, Config* config) {
  expect_object(root, "");
  expect_keys(root, "",
              {"defaults", "entities", "measures", "objects", "currency_rates", "thresholds", "limits"});
  if (root.contains("defaults")) {
    const std::string rule = read_string(root["defaults"], "defaults");
    if (rule == "replace") {
      *config = Config{};
    } else if (rule != "extend") {
      fail("defaults", fmt::format("expected \"extend\" or \"replace\", got \"{}\"", rule));
    }
  }
  if (root.contains("entities")) read_entities(root["entities"], "entities", &config->entities);
  if (root.contains("measures")) read_measures(root["measures"], "measures", &config->measures);
  if (root.contains("objects")) read_objects(root["objects"], "objects", &config->objects);
  if (root.contains("currency_rates"))
    read_currency_rates(root["currency_rates"], "currency_rates", &config->currency_rates);
  if (root.contains("thresholds")) read_thresholds(root["thresholds"], "thresholds", &config->thresholds);
  if (root.contains("limits")) read_limits(root["limits"], "limits", &config->limits);
}

}  // namespace

bool read_config_over(std::string_view json, Config base, Config* out, std::string* error) {
  try {
    read_config(json_fields::parse(json), &base);
  } catch (const json_fields::FieldError& e) {
    if (error) *error = e.message;
    return false;
  }
  *out = std::move(base);
  return true;
}

bool config_from_json(std::string_view json, Config* out, std::string* error) {
  return read_config_over(json, default_config(), out, error);
}

}  // namespace claimcheck
