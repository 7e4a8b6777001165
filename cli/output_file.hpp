// Writing a command's output: to standard output, or to a file named with -o.
#ifndef CLAIMCHECK_CLI_OUTPUT_FILE_HPP
#define CLAIMCHECK_CLI_OUTPUT_FILE_HPP

#include <string>
#include <string_view>

namespace claimcheck::cli {

// Writes `data` to the file `path` (replacing it), or to standard output when `path` is empty
// or "-". On failure returns false with `error` naming the file and the reason.
bool write_output(const std::string& path, std::string_view data, std::string* error);

}  // namespace claimcheck::cli

#endif
