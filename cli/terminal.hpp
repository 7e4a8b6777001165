// What the program does differently on a terminal: colour (unless NO_COLOR is set) and a
// progress line on stderr while many files are read.
#ifndef CLAIMCHECK_CLI_TERMINAL_HPP
#define CLAIMCHECK_CLI_TERMINAL_HPP

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <string>

namespace claimcheck::cli {

// True when `stream` writes to a terminal.
bool is_terminal(std::FILE* stream);

// Whether output to `stream` should be coloured: it is a terminal, NO_COLOR is unset or empty
// (https://no-color.org), and TERM is not "dumb".
bool colour_wanted(std::FILE* stream);

// A one-line progress counter ("reading files 120/1000"), redrawn in place at most every
// `min_interval`, and erased by finish() or the destructor. Disabled, it writes nothing.
//
//   auto progress = ProgressLine::for_files(paths.size());
//   for (...) { ...; progress.update(++done); }
class ProgressLine {
 public:
  // Fewer files than this are read without a progress line.
  static constexpr std::size_t kMinFiles = 20;

  // On stderr, enabled when stderr is a terminal and `total` reaches kMinFiles.
  static ProgressLine for_files(std::size_t total);

  ProgressLine(std::FILE* out, std::string label, std::size_t total, bool enabled,
               std::chrono::milliseconds min_interval = std::chrono::milliseconds(100));
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;
  ProgressLine(ProgressLine&& other) noexcept;
  ProgressLine& operator=(ProgressLine&&) = delete;
  ~ProgressLine();

  // Shows `done` of the total; the first and the last count are always drawn.
  void update(std::size_t done);
  // Erases the line; later updates write nothing.
  void finish();

 private:
  std::FILE* out_;
  std::string label_;
  std::size_t total_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::milliseconds min_interval_;
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace claimcheck::cli

#endif
