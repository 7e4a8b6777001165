// Engines through the C ABI: from the defaults, a configuration text or a configuration file.
#include <utility>

#include "handles.hpp"
#include "status.hpp"

namespace {

using claimcheck::capi::Failure;

void store_engine(claimcheck::Engine engine, claimcheck_engine** out) {
  if (!engine.ok()) throw Failure{CLAIMCHECK_ECONFIG, engine.error()};
  *out = new claimcheck_engine{std::move(engine)};
}

}  // namespace

extern "C" {

int claimcheck_default_config_json(char** out_json) {
  CLAIMCHECK_C_BEGIN("claimcheck_default_config_json")
  claimcheck::capi::require_out(out_json, "out_json");
  *out_json = claimcheck::capi::copy_for_caller(claimcheck::default_config_json());
  CLAIMCHECK_C_END
}

int claimcheck_engine_new(claimcheck_engine** out, const char* config_json) {
  CLAIMCHECK_C_BEGIN("claimcheck_engine_new")
  claimcheck::capi::require_out(out, "out");
  store_engine(config_json == nullptr ? claimcheck::Engine()
                                      : claimcheck::Engine::from_json(config_json),
               out);
  CLAIMCHECK_C_END
}

int claimcheck_engine_from_file(claimcheck_engine** out, const char* path) {
  CLAIMCHECK_C_BEGIN("claimcheck_engine_from_file")
  claimcheck::capi::require_out(out, "out");
  claimcheck::capi::require(path, "path");
  store_engine(claimcheck::Engine::from_file(path), out);
  CLAIMCHECK_C_END
}

void claimcheck_engine_free(claimcheck_engine* engine) { delete engine; }

}  // extern "C"
