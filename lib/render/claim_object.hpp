// One claim as a JSON object, both ways: written with exactly the design's fields in their order
// (what claim_to_json dumps, and what a report holds for each claim), and read from an already
// parsed object by the rules of the JSON Lines reader (the same fields, checks and messages).
#ifndef CLAIMCHECK_LIB_RENDER_CLAIM_OBJECT_HPP
#define CLAIMCHECK_LIB_RENDER_CLAIM_OBJECT_HPP

#include <string>

#include <nlohmann/json.hpp>

#include "claimcheck/claim.hpp"

namespace claimcheck {

// The claim's JSON object; claim_to_json is its compact dump.
nlohmann::ordered_json claim_to_json_object(const Claim& claim);

// Fills `claim` from `object` and returns "", or returns "<field>: <what is wrong>". A field "id"
// (a whole number or null) is allowed and left to the caller.
std::string claim_from_json_object(const nlohmann::ordered_json& object, Claim* claim);

}  // namespace claimcheck

#endif
