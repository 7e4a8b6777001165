// A report read back from the JSON document report_to_json writes (see report_json.cpp for its
// shape): how the parts of a distributed run travel. Claims are read by the rules of the JSON
// Lines reader; every claim id and group index is checked against the report's lists, so a
// report read back is as safe to use as one the checker made. A null bound is an open end, a
// null gap ratio is infinite, as the writer writes them.
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <utility>

#include <fmt/format.h>

#include "claimcheck/json.hpp"
#include "config/json_fields.hpp"
#include "render/claim_object.hpp"

namespace claimcheck {

namespace {

using namespace json_fields;

std::vector<Claim> read_claims(const Json& j, const std::string& path) {
  expect_array(j, path);
  std::vector<Claim> claims(j.size());
  for (std::size_t id = 0; id < j.size(); ++id) {
    const std::string p = element_path(path, id);
    expect_object(j[id], p);
    const std::string problem = claim_from_json_object(j[id], &claims[id]);
    if (!problem.empty()) throw FieldError{fmt::format("{}.{}", p, problem)};
    const auto it = j[id].find("id");
    if (it != j[id].end() && !(it->is_number_unsigned() && it->get<std::uint64_t>() == id))
      fail(p + ".id", fmt::format("expected {} (the claim's index), got {}", id, it->dump()));
  }
  return claims;
}

std::optional<double> read_bound(const Json& j, const std::string& path) {
  if (j.is_null()) return std::nullopt;
  if (!j.is_number() || !std::isfinite(j.get<double>())) fail(path, "expected a finite number or null");
  return j.get<double>();
}

// Group members must be claim ids of the report: ids may not repeat and come in increasing
// order, as the checker writes them; finding sides may not be empty.
std::vector<std::size_t> read_ids(const Json& j, const std::string& path, std::size_t claims,
                                  bool allow_empty = true) {
  std::vector<std::size_t> ids = read_indices(j, path, claims, "claim");
  if (ids.empty() && !allow_empty) fail(path, "expected at least one claim id");
  for (std::size_t k = 1; k < ids.size(); ++k)
    if (ids[k] <= ids[k - 1])
      fail(element_path(path, k), fmt::format("expected ids in increasing order, got {} after {}", ids[k], ids[k - 1]));
  return ids;
}

GroupKey read_key(const Json& j, const std::string& path) {
  expect_object(j, path);
  expect_keys(j, path, {"subject", "measure", "dimension", "object_class"});
  GroupKey key;
  key.subject = read_string(member(j, path, "subject"), path + ".subject");
  key.measure = read_string(member(j, path, "measure"), path + ".measure");
  key.dimension = read_string(member(j, path, "dimension"), path + ".dimension");
  const Json& object_class = member(j, path, "object_class");
  if (!object_class.is_null()) key.object_class = read_string(object_class, path + ".object_class");
  return key;
}

Position read_position(const Json& j, const std::string& path, std::size_t claims) {
  expect_object(j, path);
  expect_keys(j, path, {"claims", "low", "high"});
  Position position;
  position.claims = read_ids(member(j, path, "claims"), path + ".claims", claims);
  position.low = read_bound(member(j, path, "low"), path + ".low");
  position.high = read_bound(member(j, path, "high"), path + ".high");
  return position;
}

Group read_group(const Json& j, const std::string& path, std::size_t claims) {
  expect_object(j, path);
  expect_keys(j, path, {"key", "unit", "claims", "positions"});
  Group group;
  group.key = read_key(member(j, path, "key"), path + ".key");
  group.unit = read_string(member(j, path, "unit"), path + ".unit", true);
  group.claims = read_ids(member(j, path, "claims"), path + ".claims", claims);
  const std::string positions_path = path + ".positions";
  const Json& positions = member(j, path, "positions");
  expect_array(positions, positions_path);
  for (std::size_t p = 0; p < positions.size(); ++p)
    group.positions.push_back(read_position(positions[p], element_path(positions_path, p), claims));
  return group;
}

Finding read_finding(const Json& j, const std::string& path, std::size_t claims, std::size_t groups) {
  expect_object(j, path);
  expect_keys(j, path, {"verdict", "group", "a", "b", "gap_ratio", "same_source", "reason"});
  Finding finding;
  const std::string verdict = read_string(member(j, path, "verdict"), path + ".verdict");
  if (!parse_verdict(verdict, &finding.verdict))
    fail(path + ".verdict", fmt::format("expected \"contradiction\" or \"discrepancy\", got \"{}\"", verdict));
  finding.group = read_index(member(j, path, "group"), path + ".group", groups, "group");
  finding.a = read_ids(member(j, path, "a"), path + ".a", claims, false);
  finding.b = read_ids(member(j, path, "b"), path + ".b", claims, false);
  finding.gap_ratio = read_bound(member(j, path, "gap_ratio"), path + ".gap_ratio")
                          .value_or(std::numeric_limits<double>::infinity());
  finding.same_source = read_bool(member(j, path, "same_source"), path + ".same_source");
  finding.reason = read_string(member(j, path, "reason"), path + ".reason", true);
  return finding;
}

Report read_report(const Json& root) {
  expect_object(root, "");
  expect_keys(root, "", {"claims", "groups", "findings", "unattributed"});
  Report report;
  report.claims = read_claims(member(root, "", "claims"), "claims");
  const std::size_t claims = report.claims.size();
  const Json& groups = member(root, "", "groups");
  expect_array(groups, "groups");
  for (std::size_t g = 0; g < groups.size(); ++g)
    report.groups.push_back(read_group(groups[g], element_path("groups", g), claims));
  const Json& findings = member(root, "", "findings");
  expect_array(findings, "findings");
  for (std::size_t f = 0; f < findings.size(); ++f)
    report.findings.push_back(read_finding(findings[f], element_path("findings", f), claims, groups.size()));
  report.unattributed = read_ids(member(root, "", "unattributed"), "unattributed", claims);
  return report;
}

}  // namespace

bool report_from_json(std::string_view json, Report* out, std::string* error) {
  try {
    *out = read_report(parse(json));
  } catch (const FieldError& e) {
    if (error) *error = e.message;
    return false;
  }
  return true;
}

}  // namespace claimcheck
