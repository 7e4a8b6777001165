// The engine: one immutable bundle of configuration and compiled stages, shared read-only by
// every call and every thread.
#include "claimcheck/engine.hpp"

#include <fstream>
#include <sstream>
#include <utility>

#include "attribution/attributor.hpp"
#include "check/cross_checker.hpp"
#include "claimcheck/json.hpp"

namespace claimcheck {

struct Engine::Impl {
  explicit Impl(Config c) : config(std::move(c)), attributor(config), checker(config) {}
  Config config;
  Attributor attributor;
  CrossChecker checker;
};

Engine::Engine() : impl_(std::make_shared<const Impl>(default_config())) {}

Engine Engine::from_config(Config config) {
  Engine engine;
  engine.impl_ = std::make_shared<const Impl>(std::move(config));
  return engine;
}

Engine Engine::from_json(std::string_view json) {
  Config config;
  std::string error;
  if (!config_from_json(json, &config, &error)) {
    Engine engine;
    engine.error_ = std::move(error);
    return engine;
  }
  return from_config(std::move(config));
}

Engine Engine::from_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  if (in) text << in.rdbuf();
  if (!in || (in.bad())) {
    Engine engine;
    engine.error_ = path + ": cannot read the file";
    return engine;
  }
  Engine engine = from_json(text.str());
  if (!engine.ok()) engine.error_ = path + ": " + engine.error_;
  return engine;
}

const Config& Engine::config() const { return impl_->config; }

Report Engine::check(std::vector<Claim> claims) const { return impl_->checker.check(std::move(claims)); }

}  // namespace claimcheck
