// Reading a whole input file or standard input in binary mode.
#include "input_files.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace claimcheck::cli {

bool read_input(const std::string& path, std::string* out, std::string* error) {
  const bool from_stdin = path == "-";
  std::FILE* in = from_stdin ? stdin : std::fopen(path.c_str(), "rb");
  if (!in) {
    *error = std::strerror(errno);
    return false;
  }
  out->clear();
  char buffer[1 << 16];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, in)) > 0) out->append(buffer, n);
  const bool failed = std::ferror(in) != 0;
  if (failed) *error = std::strerror(errno);
  if (!from_stdin) std::fclose(in);
  return !failed;
}

}  // namespace claimcheck::cli
