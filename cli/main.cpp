// The claimcheck command-line program: a thin layer over the C++ API.
#include <cstdio>
#include <string>

#include "claimcheck/claimcheck.hpp"
#include "commands.hpp"

namespace {

void print_usage(std::FILE* out) {
  std::fputs("usage: claimcheck COMMAND [OPTIONS] [FILE...]\n\ncommands:\n", out);
  for (const auto& c : claimcheck::cli::commands()) std::fprintf(out, "  %-10s %s\n", c.name, c.summary);
  std::fputs("  version    print the library version\n"
             "  help       print this text\n"
             "\nFILE '-' reads standard input. Exit status: 0 success, 1 an input failed, 2 usage error.\n",
             out);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    print_usage(stderr);
    return 2;
  }
  const std::string command = argv[1];
  if (command == "help" || command == "--help" || command == "-h") {
    print_usage(stdout);
    return 0;
  }
  if (command == "version" || command == "--version") {
    std::printf("claimcheck %s\n", claimcheck::version_string());
    return 0;
  }
  for (const auto& c : claimcheck::cli::commands()) {
    if (command == c.name) return c.run(argc - 1, argv + 1);
  }
  std::fprintf(stderr, "claimcheck: unknown command '%s'\n\n", command.c_str());
  print_usage(stderr);
  return 2;
}
