// The engine: one immutable bundle of configuration and compiled stages, shared read-only by
// every call and every thread.
#include "claimcheck/engine.hpp"

#include <fmt/format.h>

#include <fstream>
#include <sstream>
#include <utility>

#include "attribution/attributor.hpp"
#include "check/cross_checker.hpp"
#include "claimcheck/json.hpp"
#include "claims/claim_extractor.hpp"
#include "numbers/number_grammar.hpp"
#include "text/sentences.hpp"
#include "text/utf8.hpp"

namespace claimcheck {

struct Engine::Impl {
  explicit Impl(Config c)
      : config(std::move(c)), extractor(grammar, config.objects), attributor(config), checker(config) {}

  Config config;
  NumberGrammar grammar;
  ClaimExtractor extractor;  // after grammar: it holds a reference to it
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

std::vector<NumberExpr> Engine::numbers(std::string_view text) const {
  std::vector<Note> notes;
  return numbers(text, &notes);
}

std::vector<NumberExpr> Engine::numbers(std::string_view text, std::vector<Note>* notes) const {
  std::vector<NumberExpr> out;
  impl_->grammar.scan(text, &out, notes);
  return out;
}

Extraction Engine::extract(std::string_view text, std::string_view source) const {
  Extraction out;
  const Limits& limits = impl_->config.limits;
  if (text.size() > limits.max_document_bytes) {
    out.error = fmt::format("{}: the document has {} bytes, more than the limit of {}", source, text.size(),
                            limits.max_document_bytes);
    return out;
  }
  if (limits.strict_utf8) {
    const std::size_t bad = text::first_invalid_utf8(text);
    if (bad < text.size()) {
      out.error = fmt::format("{}: byte {}: invalid UTF-8", source, bad);
      return out;
    }
  }
  const std::vector<Sentence> sentences = split_sentences(text);
  impl_->extractor.extract(text, source, sentences, &out);
  impl_->attributor.attribute(text, sentences, &out.claims);
  return out;
}

Report Engine::check(std::vector<Claim> claims) const { return impl_->checker.check(std::move(claims)); }

}  // namespace claimcheck
