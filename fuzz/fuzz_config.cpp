// Configuration JSON from arbitrary bytes: either an error message or a configuration an engine
// can be built from and run with.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "claimcheck/engine.hpp"
#include "claimcheck/json.hpp"
#include "invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view json(reinterpret_cast<const char*>(data), size);
  claimcheck::Config config;
  std::string error;
  const bool ok = claimcheck::config_from_json(json, &config, &error);
  claimcheck::fuzz::require(ok == error.empty(), "an error message exactly when reading fails");
  const claimcheck::Engine engine = claimcheck::Engine::from_json(json);
  claimcheck::fuzz::require(engine.ok() == ok, "the engine agrees with config_from_json");
  if (engine.ok()) {
    static const std::string_view text = "DeepSeek用2000块H800训练,花费约558万美元,英伟达股价下跌16.97%。";
    const auto claims = engine.extract(text, "config").claims;
    engine.check(claims);
  }
  return 0;
}
