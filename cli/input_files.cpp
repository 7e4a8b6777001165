// Reading input files whole.
#include "input_files.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace claimcheck::cli {

bool read_input(const std::string& name, std::string* out, std::string* error) {
  std::FILE* f = name == "-" ? stdin : std::fopen(name.c_str(), "rb");
  if (!f) {
    *error = std::string("cannot open the file: ") + std::strerror(errno);
    return false;
  }
  out->clear();
  char block[1 << 16];
  std::size_t got;
  while ((got = std::fread(block, 1, sizeof block, f)) > 0) out->append(block, got);
  const bool failed = std::ferror(f) != 0;
  if (failed) *error = std::string("read error: ") + std::strerror(errno);
  if (f != stdin) std::fclose(f);
  return !failed;
}

}  // namespace claimcheck::cli
