// `claimcheck config --dump` prints the built-in configuration; `claimcheck config --check FILE`
// validates a configuration file and says what it holds.
#include <cstdio>
#include <string>

#include <fmt/format.h>

#include "claimcheck/json.hpp"
#include "commands.hpp"
#include "input_files.hpp"

namespace claimcheck::cli {

namespace {

constexpr const char* kConfigUsage =
    "usage: claimcheck config --dump\n"
    "       claimcheck config --check FILE\n";

int check_config_file(const std::string& path) {
  std::string text, error;
  if (!read_input(path, &text, &error)) {
    fmt::print(stderr, "claimcheck: {}: {}\n", path, error);
    return 1;
  }
  Config config;
  if (!config_from_json(text, &config, &error)) {
    fmt::print(stderr, "claimcheck: {}: {}\n", path, error);
    return 1;
  }
  fmt::print("{}: ok: {} entities, {} measures, {} objects, {} currency rates of {}\n", path,
             config.entities.size(), config.measures.size(), config.objects.size(),
             config.currency_rates.per_usd.size(),
             config.currency_rates.date.empty() ? "no stated date" : config.currency_rates.date);
  return 0;
}

}  // namespace

int run_config(int argc, char** argv) {
  const std::string option = argc > 1 ? argv[1] : "";
  if (argc == 2 && option == "--dump") {
    std::fputs(default_config_json().c_str(), stdout);
    return 0;
  }
  if (argc == 3 && option == "--check") return check_config_file(argv[2]);
  std::fputs(kConfigUsage, stderr);
  return 2;
}

}  // namespace claimcheck::cli
