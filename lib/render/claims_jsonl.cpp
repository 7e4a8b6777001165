// Claims as JSON Lines: one object per claim with exactly the design's fields, in the design's
// order; null for absent bounds, object, subject and measure. A number that is a whole number
// below 2^53 in magnitude is written without a fraction (6000000, not 6000000.0); any other is
// written in the shortest form that reads back to the same double (0.058823529411764705).
#include <cmath>
#include <nlohmann/json.hpp>

#include "claimcheck/json.hpp"
#include "render/claim_object.hpp"

namespace claimcheck {

namespace {

using ordered_json = nlohmann::ordered_json;

constexpr double kExactIntegerLimit = 9007199254740992.0;  // 2^53

ordered_json number(double v) {
  if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < kExactIntegerLimit)
    return static_cast<std::int64_t>(v);
  if (!std::isfinite(v)) return nullptr;  // JSON has no infinity; never produced by extraction
  return v;
}

ordered_json optional_number(const std::optional<double>& v) { return v ? number(*v) : ordered_json(nullptr); }

ordered_json optional_string(const std::optional<std::string>& s) {
  return s ? ordered_json(*s) : ordered_json(nullptr);
}

}  // namespace

ordered_json claim_to_json_object(const Claim& claim) {
  ordered_json j;
  j["source"] = claim.source;
  j["begin"] = claim.begin;
  j["end"] = claim.end;
  j["text"] = claim.text;
  j["value"] = number(claim.value);
  j["low"] = optional_number(claim.low);
  j["high"] = optional_number(claim.high);
  j["qualifier"] = to_string(claim.qualifier);
  j["dimension"] = claim.dimension;
  j["unit"] = claim.unit;
  j["object"] = optional_string(claim.object);
  j["subject"] = optional_string(claim.subject);
  j["measure"] = optional_string(claim.measure);
  j["sentence_begin"] = claim.sentence_begin;
  j["sentence_end"] = claim.sentence_end;
  return j;
}

std::string claim_to_json(const Claim& claim) {
  // Invalid UTF-8 in a claim's text becomes U+FFFD rather than an exception.
  return claim_to_json_object(claim).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string claims_to_jsonl(const std::vector<Claim>& claims) {
  std::string out;
  for (const Claim& claim : claims) {
    out += claim_to_json(claim);
    out += '\n';
  }
  return out;
}

}  // namespace claimcheck
