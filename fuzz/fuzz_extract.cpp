// Extraction over arbitrary bytes: each claim's text is exactly the input bytes at its span and
// valid UTF-8, its sentence holds it, bounds are ordered; the same bytes give the same claims.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "claimcheck/engine.hpp"
#include "invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const claimcheck::Engine engine;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const claimcheck::Extraction result = engine.extract(text, "fuzz");
  namespace f = claimcheck::fuzz;
  std::size_t previous_begin = 0;
  for (const auto& c : result.claims) {
    f::require_span(text, c.begin, c.end, "claim span inside the input");
    f::require(c.begin < c.end, "claim span not empty");
    f::require(c.begin >= previous_begin, "claims in byte order");
    f::require(text.substr(c.begin, c.end - c.begin) == c.text, "claim text equals the input bytes");
    f::require(f::valid_utf8(c.text), "claim text is valid UTF-8");
    f::require(f::free_of_controls(c.text), "claim text holds no control character but a tab");
    f::require(c.sentence_begin <= c.begin && c.end <= c.sentence_end && c.sentence_end <= size,
               "the sentence holds the claim");
    f::require(c.source == "fuzz", "source copied");
    f::require_bounds(c.value, c.low, c.high);
    previous_begin = c.begin;
  }
  for (const auto& n : result.notes) f::require_span(text, n.begin, n.end, "note span inside the input");
  const claimcheck::Extraction again = engine.extract(text, "fuzz");
  f::require(again.claims.size() == result.claims.size(), "extraction is deterministic");
  return 0;
}
