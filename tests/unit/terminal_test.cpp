// The command line's terminal helpers: colour decisions and the progress line.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "terminal.hpp"

namespace {

// Everything written to `file` so far.
std::string contents(std::FILE* file) {
  std::fflush(file);
  std::rewind(file);
  std::string text;
  for (int c = std::fgetc(file); c != EOF; c = std::fgetc(file)) text += static_cast<char>(c);
  return text;
}

}  // namespace

TEST_CASE("terminal: a file is not a terminal and gets no colour", "[terminal]") {
  std::FILE* file = std::tmpfile();
  REQUIRE(file != nullptr);
  CHECK_FALSE(claimcheck::cli::is_terminal(file));
  CHECK_FALSE(claimcheck::cli::colour_wanted(file));
  CHECK_FALSE(claimcheck::cli::is_terminal(nullptr));
  std::fclose(file);
}

TEST_CASE("terminal: the progress line draws the first and last counts, then erases itself", "[terminal]") {
  std::FILE* file = std::tmpfile();
  REQUIRE(file != nullptr);
  {
    claimcheck::cli::ProgressLine progress(file, "reading files", 3, true, std::chrono::hours(1));
    progress.update(1);
    progress.update(2);  // within the interval: skipped
    progress.update(3);
  }
  CHECK(contents(file) == "\r\x1b[Kreading files 1/3\r\x1b[Kreading files 3/3\r\x1b[K");
  std::fclose(file);
}

TEST_CASE("terminal: a disabled progress line writes nothing", "[terminal]") {
  std::FILE* file = std::tmpfile();
  REQUIRE(file != nullptr);
  {
    claimcheck::cli::ProgressLine progress(file, "reading files", 3, false);
    progress.update(1);
    progress.update(3);
    progress.finish();
  }
  CHECK(contents(file).empty());
  std::fclose(file);
}
