// Writing a command's output whole.
#include "output_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace claimcheck::cli {

bool write_output(const std::string& path, std::string_view data, std::string* error) {
  const bool to_stdout = path.empty() || path == "-";
  std::FILE* f = to_stdout ? stdout : std::fopen(path.c_str(), "wb");
  if (!f) {
    *error = path + ": cannot create the file: " + std::strerror(errno);
    return false;
  }
  bool ok = std::fwrite(data.data(), 1, data.size(), f) == data.size();
  ok = (std::fflush(f) == 0) && ok;
  const int write_errno = errno;
  if (!to_stdout) ok = (std::fclose(f) == 0) && ok;
  if (!ok) *error = (to_stdout ? std::string("standard output") : path) + ": write error: " + std::strerror(write_errno);
  return ok;
}

}  // namespace claimcheck::cli
