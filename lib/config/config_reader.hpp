// Reading a configuration JSON text over a given base configuration (the defaults for user files,
// an empty configuration for the built-in defaults themselves).
#ifndef CLAIMCHECK_LIB_CONFIG_CONFIG_READER_HPP
#define CLAIMCHECK_LIB_CONFIG_CONFIG_READER_HPP

#include <string>
#include <string_view>

#include "claimcheck/config.hpp"

namespace claimcheck {

// Reads `json` over `base`; on success stores the result in `out`. On failure leaves `out` as it
// was and sets `error` to a message naming the field path, or the line and column of a syntax
// error.
bool read_config_over(std::string_view json, Config base, Config* out, std::string* error);

}  // namespace claimcheck

#endif
