// Reading the program's inputs: a file by name, or standard input for "-".
#ifndef CLAIMCHECK_CLI_INPUT_FILES_HPP
#define CLAIMCHECK_CLI_INPUT_FILES_HPP

#include <string>

namespace claimcheck::cli {

// Reads all of `path` ("-" is standard input) into `out`; on failure returns false and sets
// `error` to the reason (the caller names the file).
bool read_input(const std::string& path, std::string* out, std::string* error);

}  // namespace claimcheck::cli

#endif
