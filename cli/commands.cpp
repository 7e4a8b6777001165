#include "commands.hpp"

namespace claimcheck::cli {

const std::vector<Command>& commands() {
  static const std::vector<Command> list = {
      {"numbers", "list every number expression of each FILE (JSON Lines or text)", run_numbers},
      {"config", "print the built-in configuration (--dump) or validate a file (--check FILE)", run_config},
  };
  return list;
}

}  // namespace claimcheck::cli
