// The built-in configuration: lib/data/default_config.json, compiled into the library and parsed
// once, on first use.
#include <stdexcept>
#include <string_view>

#include "claimcheck/json.hpp"
#include "config/config_reader.hpp"

namespace claimcheck {

namespace data {
std::string_view default_config_json();
}

namespace {

Config parse_default_config() {
  Config config;
  std::string error;
  if (!read_config_over(data::default_config_json(), Config{}, &config, &error))
    throw std::logic_error("the built-in configuration is invalid: " + error);
  return config;
}

}  // namespace

const Config& default_config() {
  static const Config config = parse_default_config();
  return config;
}

std::string default_config_json() { return std::string(data::default_config_json()); }

}  // namespace claimcheck
