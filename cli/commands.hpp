// The CLI's subcommands. Each lives in its own cmd_*.cpp and is listed once in commands.cpp.
#ifndef CLAIMCHECK_CLI_COMMANDS_HPP
#define CLAIMCHECK_CLI_COMMANDS_HPP

#include <vector>

namespace claimcheck::cli {

struct Command {
  const char* name;
  const char* summary;
  // argv[0] is the command's name; returns the process exit status.
  int (*run)(int argc, char** argv);
};

const std::vector<Command>& commands();

// The subcommands, one per cmd_<name>.cpp.
int run_numbers(int argc, char** argv);
int run_config(int argc, char** argv);
int run_extract(int argc, char** argv);
int run_check(int argc, char** argv);

}  // namespace claimcheck::cli

#endif
