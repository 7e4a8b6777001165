// Claims as JSON Lines through the C ABI: written out, and read back for a later cross-check.
#include <memory>
#include <string>
#include <string_view>

#include "handles.hpp"
#include "status.hpp"

extern "C" {

int claimcheck_claims_from_jsonl(claimcheck_claims** out, const char* jsonl, size_t len) {
  CLAIMCHECK_C_BEGIN("claimcheck_claims_from_jsonl")
  claimcheck::capi::require_out(out, "out");
  const std::string_view text = claimcheck::capi::require_bytes(jsonl, len, "jsonl");
  auto claims = std::make_unique<claimcheck_claims>();
  std::string error;
  if (!claimcheck::claims_from_jsonl(text, "jsonl", &claims->extraction.claims, &error))
    throw claimcheck::capi::Failure{CLAIMCHECK_EINPUT, error};
  *out = claims.release();
  CLAIMCHECK_C_END
}

int claimcheck_claims_to_json(const claimcheck_claims* claims, char** out_json) {
  CLAIMCHECK_C_BEGIN("claimcheck_claims_to_json")
  claimcheck::capi::require_out(out_json, "out_json");
  claimcheck::capi::require(claims, "claims");
  *out_json = claimcheck::capi::copy_for_caller(claimcheck::claims_to_jsonl(claims->extraction.claims));
  CLAIMCHECK_C_END
}

}  // extern "C"
