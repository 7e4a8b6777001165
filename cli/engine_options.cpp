#include "engine_options.hpp"

#include <utility>

#include <fmt/format.h>

namespace claimcheck::cli {

bool take_engine_option(int argc, char** argv, int* i, EngineOptions* options) {
  const std::string arg = argv[*i];
  if (arg == "--strict-utf8") {
    options->strict_utf8 = true;
    return true;
  }
  if (arg.rfind("--config=", 0) == 0) {
    options->config = arg.substr(9);
    return true;
  }
  if (arg == "--config" && *i + 1 < argc) {
    options->config = argv[++*i];
    return true;
  }
  return false;
}

std::optional<Engine> make_engine(const EngineOptions& options, const char* command) {
  Engine engine = options.config.empty() ? Engine() : Engine::from_file(options.config);
  if (!engine.ok()) {
    fmt::print(stderr, "claimcheck {}: {}\n", command, engine.error());
    return std::nullopt;
  }
  if (options.strict_utf8 && !engine.config().limits.strict_utf8) {
    Config config = engine.config();
    config.limits.strict_utf8 = true;
    engine = Engine::from_config(std::move(config));
  }
  return engine;
}

}  // namespace claimcheck::cli
