// Reading a command's input files whole; '-' is standard input.
#ifndef CLAIMCHECK_CLI_INPUT_FILES_HPP
#define CLAIMCHECK_CLI_INPUT_FILES_HPP

#include <string>

namespace claimcheck::cli {

// Reads all of `name` into `out`; on failure returns false with `error` saying why.
bool read_input(const std::string& name, std::string* out, std::string* error);

}  // namespace claimcheck::cli

#endif
