#include "commands.hpp"

namespace claimcheck::cli {

const std::vector<Command>& commands() {
  static const std::vector<Command> list = {
      {"extract", "the numeric claims of each FILE (JSON Lines or an aligned table)", run_extract},
      {"numbers", "list every number expression of each FILE (JSON Lines or text)", run_numbers},
      {"check", "cross-check the claims of FILEs (and of --claims JSON Lines): text or JSON", run_check},
      {"config", "print the built-in configuration (--dump) or validate a file (--check FILE)", run_config},
  };
  return list;
}

}  // namespace claimcheck::cli
