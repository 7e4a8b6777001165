#include <catch2/catch.hpp>
#include <string>

#include "claimcheck/claimcheck.hpp"

TEST_CASE("version: the library and its header agree", "[version]") {
  CHECK(std::string(claimcheck::version_string()) == CLAIMCHECK_VERSION_STRING);
  CHECK(std::string(CLAIMCHECK_VERSION_STRING) == "0.1.0");
  CHECK(CLAIMCHECK_VERSION == 100);
  CHECK(CLAIMCHECK_VERSION_MAJOR == 0);
  CHECK(CLAIMCHECK_VERSION_MINOR == 1);
  CHECK(CLAIMCHECK_VERSION_PATCH == 0);
}
