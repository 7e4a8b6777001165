// One claim read from an already parsed JSON object, by the rules of the JSON Lines reader (the
// same fields, the same checks, the same messages): how a report's claims are read back.
#ifndef CLAIMCHECK_LIB_RENDER_CLAIM_OBJECT_HPP
#define CLAIMCHECK_LIB_RENDER_CLAIM_OBJECT_HPP

#include <string>

#include <nlohmann/json.hpp>

#include "claimcheck/claim.hpp"

namespace claimcheck {

// Fills `claim` from `object` and returns "", or returns "<field>: <what is wrong>". A field "id"
// (a whole number or null) is allowed and left to the caller.
std::string claim_from_json_object(const nlohmann::ordered_json& object, Claim* claim);

}  // namespace claimcheck

#endif
