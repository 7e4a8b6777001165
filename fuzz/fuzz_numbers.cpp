// The number grammar over arbitrary bytes: every expression lies inside the input, in byte
// order, with ordered finite bounds; every note lies inside the input.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "invariants.hpp"
#include "numbers/number_grammar.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const claimcheck::NumberGrammar grammar;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<claimcheck::NumberExpr> found;
  std::vector<claimcheck::Note> notes;
  grammar.scan(text, &found, &notes);
  std::size_t previous_begin = 0;
  for (const auto& e : found) {
    claimcheck::fuzz::require_span(text, e.begin, e.end, "number span inside the input");
    claimcheck::fuzz::require(e.begin < e.end, "number span not empty");
    claimcheck::fuzz::require(e.begin >= previous_begin, "numbers in byte order");
    claimcheck::fuzz::require(claimcheck::fuzz::valid_utf8(text.substr(e.begin, e.end - e.begin)),
                              "number text is valid UTF-8");
    claimcheck::fuzz::require_bounds(e.value, e.low, e.high);
    previous_begin = e.begin;
  }
  for (const auto& n : notes) {
    claimcheck::fuzz::require_span(text, n.begin, n.end, "note span inside the input");
    claimcheck::fuzz::require(!n.message.empty(), "note has a message");
  }
  return 0;
}
