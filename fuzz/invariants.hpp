// What every fuzz target checks about a result, whatever the input: spans inside the input and
// true to its bytes, valid UTF-8 in every text field, bounds ordered, values finite. A broken
// invariant aborts, which libFuzzer reports as a crash with the input that caused it.
#ifndef CLAIMCHECK_FUZZ_INVARIANTS_HPP
#define CLAIMCHECK_FUZZ_INVARIANTS_HPP

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string_view>

#include "text/utf8.hpp"

namespace claimcheck::fuzz {

inline void require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
  }
}

inline bool valid_utf8(std::string_view s) { return text::first_invalid_utf8(s) == s.size(); }

// No C0 or C1 control character but a tab: a claim's text is whole as a C string.
inline bool free_of_controls(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if ((b < 0x20 && b != '\t') || b == 0x7F) return false;
    if (b == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) < 0xA0) return false;
  }
  return true;
}

inline void require_span(std::string_view input, std::size_t begin, std::size_t end, const char* what) {
  require(begin <= end && end <= input.size(), what);
}

inline void require_bounds(double value, const std::optional<double>& low, const std::optional<double>& high) {
  require(std::isfinite(value), "value is finite");
  if (low) require(std::isfinite(*low), "low is finite");
  if (high) require(std::isfinite(*high), "high is finite");
  if (low && high) require(*low <= *high, "low <= high");
}

}  // namespace claimcheck::fuzz

#endif
