// JSON in and out: claims as JSON Lines (what `claimcheck extract` writes and `check --claims`
// reads), reports as one JSON document, configurations.
#ifndef CLAIMCHECK_JSON_HPP
#define CLAIMCHECK_JSON_HPP

#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/claim.hpp"
#include "claimcheck/config.hpp"
#include "claimcheck/report.hpp"

namespace claimcheck {

// One claim as a one-line JSON object with exactly the design's fields, in their order.
std::string claim_to_json(const Claim& claim);
// Claims as JSON Lines, one object and one '\n' per claim.
std::string claims_to_jsonl(const std::vector<Claim>& claims);
// Appends the claims in JSON Lines `text` to `out`. On a bad line returns false, leaves `out`
// as it was, and sets `error` to "<origin>:<line>: <field>: <what is wrong>".
bool claims_from_jsonl(std::string_view text, std::string_view origin, std::vector<Claim>* out,
                       std::string* error);

// The report as one JSON document: {"claims", "groups", "findings"}; indent < 0 is compact.
std::string report_to_json(const Report& report, int indent = -1);
// Reads back a report that report_to_json wrote (at any indent): report_to_json of the result,
// at the same indent, is the same text byte for byte. Every claim id and group index is checked
// against the report's lists. On error returns false, leaves `out` as it was, and sets `error` to
// a message naming the field path ("findings[3].verdict: expected a string") or, for a syntax
// error, the line and column.
bool report_from_json(std::string_view json, Report* out, std::string* error);

// Reads a configuration over the built-in defaults. On error returns false and sets `error` to
// a message naming the field path ("measures.training_cost.triggers[3]: expected a string") or,
// for a syntax error, the line and column.
bool config_from_json(std::string_view json, Config* out, std::string* error);
// The built-in defaults as a configuration JSON text (what `claimcheck config --dump` prints).
std::string default_config_json();
// The built-in defaults.
const Config& default_config();

}  // namespace claimcheck

#endif
