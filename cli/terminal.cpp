#include "terminal.hpp"

#include <cstdlib>
#include <cstring>
#include <utility>

#include <unistd.h>

namespace claimcheck::cli {

namespace {

constexpr const char* kEraseLine = "\r\x1b[K";

bool env_set(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr && value[0] != '\0';
}

}  // namespace

bool is_terminal(std::FILE* stream) { return stream != nullptr && isatty(fileno(stream)) == 1; }

bool colour_wanted(std::FILE* stream) {
  if (env_set("NO_COLOR")) return false;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::strcmp(term, "dumb") == 0) return false;
  return is_terminal(stream);
}

ProgressLine ProgressLine::for_files(std::size_t total) {
  return ProgressLine(stderr, "reading files", total, total >= kMinFiles && is_terminal(stderr));
}

ProgressLine::ProgressLine(std::FILE* out, std::string label, std::size_t total, bool enabled,
                           std::chrono::milliseconds min_interval)
    : out_(out), label_(std::move(label)), total_(total), enabled_(enabled && out != nullptr),
      min_interval_(min_interval) {}

ProgressLine::ProgressLine(ProgressLine&& other) noexcept
    : out_(other.out_), label_(std::move(other.label_)), total_(other.total_), enabled_(other.enabled_),
      drawn_(other.drawn_), min_interval_(other.min_interval_), last_(other.last_) {
  other.enabled_ = false;
  other.drawn_ = false;
}

ProgressLine::~ProgressLine() { finish(); }

void ProgressLine::update(std::size_t done) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && done < total_ && now - last_ < min_interval_) return;
  std::fprintf(out_, "%s%s %zu/%zu", kEraseLine, label_.c_str(), done, total_);
  std::fflush(out_);
  drawn_ = true;
  last_ = now;
}

void ProgressLine::finish() {
  if (drawn_) {
    std::fputs(kEraseLine, out_);
    std::fflush(out_);
  }
  drawn_ = false;
  enabled_ = false;
}

}  // namespace claimcheck::cli
