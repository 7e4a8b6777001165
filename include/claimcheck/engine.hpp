// The engine: built once from a configuration, then immutable and safe to share across threads.
//
//   claimcheck::Engine engine;                        // built-in defaults
//   auto doc = engine.extract(text, "a.txt");         // claims with byte spans into `text`
//   auto report = engine.check(all_claims);           // groups, positions, findings
//
// Construction never throws: a bad configuration gives an engine whose ok() is false and whose
// error() names the field.
#ifndef CLAIMCHECK_ENGINE_HPP
#define CLAIMCHECK_ENGINE_HPP

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/claim.hpp"
#include "claimcheck/config.hpp"
#include "claimcheck/report.hpp"

namespace claimcheck {

class Engine {
 public:
  // An engine with the built-in defaults.
  Engine();
  // An engine from a configuration JSON text (see config_json.hpp); check ok().
  static Engine from_json(std::string_view json);
  // An engine from a configuration file; check ok(). Errors name the file.
  static Engine from_file(const std::string& path);
  // An engine from a configuration already in memory.
  static Engine from_config(Config config);

  bool ok() const noexcept { return error_.empty(); }
  const std::string& error() const noexcept { return error_; }
  const Config& config() const;

  // Every number expression in `text`, claims or not, dates and ordinals included, with units
  // where attached: what `claimcheck numbers` lists.
  std::vector<NumberExpr> numbers(std::string_view text) const;
  // The same, with a note for each expression that could not be read exactly (a value beyond
  // 2^53, a 30-digit number) appended to `notes`.
  std::vector<NumberExpr> numbers(std::string_view text, std::vector<Note>* notes) const;

  // The claims of one document. `source` is copied into every claim.
  Extraction extract(std::string_view text, std::string_view source) const;

  // Cross-checks claims from any number of documents (ids are indices into `claims`).
  Report check(std::vector<Claim> claims) const;

 private:
  struct Impl;
  std::shared_ptr<const Impl> impl_;
  std::string error_;
};

}  // namespace claimcheck

#endif
