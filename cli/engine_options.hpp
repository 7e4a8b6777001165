// The options every command that builds an engine shares: --config FILE and --strict-utf8.
#ifndef CLAIMCHECK_CLI_ENGINE_OPTIONS_HPP
#define CLAIMCHECK_CLI_ENGINE_OPTIONS_HPP

#include <optional>
#include <string>

#include "claimcheck/engine.hpp"

namespace claimcheck::cli {

struct EngineOptions {
  std::string config;        // a configuration file; empty: the built-in defaults
  bool strict_utf8 = false;  // refuse a document with invalid UTF-8, naming the byte offset
};

// When argv[*i] is --config FILE (or --config=FILE) or --strict-utf8, records it, moves *i past
// its value and returns true. A --config without a value is left for the caller to refuse.
bool take_engine_option(int argc, char** argv, int* i, EngineOptions* options);

// The engine the options ask for; on a bad configuration prints "claimcheck COMMAND: FILE: ..."
// naming the field (or the line and column of a syntax error) and returns nothing.
std::optional<Engine> make_engine(const EngineOptions& options, const char* command);

}  // namespace claimcheck::cli

#endif
