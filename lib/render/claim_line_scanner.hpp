// A fast path for reading one claim line of JSON Lines: a flat object of the claim's fields with
// plain strings (no escapes), numbers and nulls, as `claimcheck extract` writes them. Anything
// else — escapes, nesting, an unknown field, a malformed line — is left to the full JSON reader,
// which also gives the error messages; for the lines it accepts the fast path gives exactly the
// same claim.
#ifndef CLAIMCHECK_LIB_RENDER_CLAIM_LINE_SCANNER_HPP
#define CLAIMCHECK_LIB_RENDER_CLAIM_LINE_SCANNER_HPP

#include <string_view>

#include "claimcheck/claim.hpp"

namespace claimcheck {

// Reads `line` into `claim` and returns true, or returns false (claim unspecified) when the line
// needs the full reader.
bool scan_claim_line(std::string_view line, Claim* claim);

}  // namespace claimcheck

#endif
