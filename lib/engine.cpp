// The engine: one immutable bundle of configuration and compiled stages, shared read-only by
// every call and every thread.
#include "claimcheck/engine.hpp"

#include <utility>

namespace claimcheck {

struct Engine::Impl {
  Config config;
};

Engine::Engine() : impl_(std::make_shared<const Impl>()) {}

Engine Engine::from_config(Config config) {
  Engine engine;
  engine.impl_ = std::make_shared<const Impl>(Impl{std::move(config)});
  return engine;
}

const Config& Engine::config() const { return impl_->config; }

}  // namespace claimcheck
