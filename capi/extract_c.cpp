// Extraction through the C ABI: one document's bytes in, a claims handle out.
#include <memory>
#include <string_view>

#include "handles.hpp"
#include "status.hpp"

extern "C" {

int claimcheck_extract(const claimcheck_engine* engine, const char* source, const char* text,
                       size_t len, claimcheck_claims** out) {
  CLAIMCHECK_C_BEGIN("claimcheck_extract")
  claimcheck::capi::require_out(out, "out");
  claimcheck::capi::require(engine, "engine");
  const std::string_view document = claimcheck::capi::require_bytes(text, len, "text");
  auto claims = std::make_unique<claimcheck_claims>();
  claims->extraction = engine->engine.extract(document, source == nullptr ? "" : source);
  if (!claims->extraction.ok()) throw claimcheck::capi::Failure{CLAIMCHECK_EINPUT, claims->extraction.error};
  *out = claims.release();
  CLAIMCHECK_C_END
}

}  // extern "C"
