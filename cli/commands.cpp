#include "commands.hpp"

namespace claimcheck::cli {

const std::vector<Command>& commands() {
  static const std::vector<Command> list = {
  };
  return list;
}

}  // namespace claimcheck::cli
