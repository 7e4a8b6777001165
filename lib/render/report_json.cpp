// The report as one JSON document:
//   {"claims": [{…claim fields…, "id": N}],
//    "groups": [{"key": {"subject", "measure", "dimension", "object_class"}, "unit", "claims": [ids],
//                "positions": [{"claims": [ids], "low": x, "high": y}]}],
//    "findings": [{"verdict", "group", "a": [ids], "b": [ids], "gap_ratio", "same_source", "reason"}],
//    "unattributed": [ids]}
// Open bounds and an infinite gap ratio (sides of opposite sign) are null.
#include <cmath>

#include <nlohmann/json.hpp>

#include "claimcheck/json.hpp"
#include "render/claim_object.hpp"

namespace claimcheck {

namespace {

using Json = nlohmann::ordered_json;

Json number_or_null(std::optional<double> v) {
  return v && std::isfinite(*v) ? Json(*v) : Json(nullptr);
}

}  // namespace

std::string report_to_json(const Report& report, int indent) {
  Json root;
  Json& claims = root["claims"] = Json::array();
  for (std::size_t id = 0; id < report.claims.size(); ++id) {
    Json claim = claim_to_json_object(report.claims[id]);  // the claim fields, in their order
    claim["id"] = id;
    claims.push_back(std::move(claim));
  }
  Json& groups = root["groups"] = Json::array();
  for (const Group& group : report.groups) {
    Json positions = Json::array();
    for (const Position& p : group.positions)
      positions.push_back({{"claims", p.claims}, {"low", number_or_null(p.low)}, {"high", number_or_null(p.high)}});
    groups.push_back({{"key",
                       {{"subject", group.key.subject},
                        {"measure", group.key.measure},
                        {"dimension", group.key.dimension},
                        {"object_class", group.key.object_class.empty() ? Json(nullptr) : Json(group.key.object_class)}}},
                      {"unit", group.unit},
                      {"claims", group.claims},
                      {"positions", std::move(positions)}});
  }
  Json& findings = root["findings"] = Json::array();
  for (const Finding& f : report.findings)
    findings.push_back({{"verdict", to_string(f.verdict)},
                        {"group", f.group},
                        {"a", f.a},
                        {"b", f.b},
                        {"gap_ratio", number_or_null(f.gap_ratio)},
                        {"same_source", f.same_source},
                        {"reason", f.reason}});
  root["unattributed"] = report.unattributed;
  return root.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace claimcheck
