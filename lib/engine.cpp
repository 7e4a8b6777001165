// The engine: one immutable bundle of configuration and compiled stages, shared read-only by
// every call and every thread.
#include "claimcheck/engine.hpp"

#include <utility>

#include "numbers/number_grammar.hpp"

namespace claimcheck {

struct Engine::Impl {
  explicit Impl(Config c) : config(std::move(c)) {}

  Config config;
  NumberGrammar grammar;
};

Engine::Engine() : impl_(std::make_shared<const Impl>(Config{})) {}

Engine Engine::from_config(Config config) {
  Engine engine;
  engine.impl_ = std::make_shared<const Impl>(std::move(config));
  return engine;
}

const Config& Engine::config() const { return impl_->config; }

std::vector<NumberExpr> Engine::numbers(std::string_view text) const {
  std::vector<Note> notes;
  return numbers(text, &notes);
}

std::vector<NumberExpr> Engine::numbers(std::string_view text, std::vector<Note>* notes) const {
  std::vector<NumberExpr> out;
  impl_->grammar.scan(text, &out, notes);
  return out;
}

}  // namespace claimcheck
