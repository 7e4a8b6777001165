// The data model: a number expression as the grammar reads it, and a claim as the extractor
// makes it. Field meanings follow the design contract; every offset is a byte offset into the
// caller's original text, end exclusive.
#ifndef CLAIMCHECK_CLAIM_HPP
#define CLAIMCHECK_CLAIM_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

// How the author bounds the stated number.
enum class Qualifier { exact, approx, at_least, more_than, at_most, less_than, range };

// "exact", "approx", "at_least", "more_than", "at_most", "less_than", "range".
const char* to_string(Qualifier q) noexcept;
// The inverse of to_string; false when the name is unknown.
bool parse_qualifier(std::string_view name, Qualifier* out) noexcept;

// What the grammar recognised: a quantity, or a date, clock time or ordinal (kept so that the
// claim layer can drop them and `claimcheck numbers` can show them).
enum class NumberKind { number, date, time, ordinal };

// "number", "date", "time", "ordinal".
const char* to_string(NumberKind k) noexcept;

// One number expression found by the number grammar (before it is judged a claim).
// Example: "约600万" → begin/end around "600万", value 6e6, low = high = 6e6, exact; the hedge
// 约 is the claim layer's to bind. "六十多" → value 65, low 60, high 70, more_than.
struct NumberExpr {
  std::size_t begin = 0;
  std::size_t end = 0;
  double value = 0;                   // after multipliers; for a range, the midpoint
  std::optional<double> low;          // stated bounds; nullopt where open
  std::optional<double> high;
  Qualifier qualifier = Qualifier::exact;
  std::string dimension = "number";   // number, percent, percentage_point, fraction, multiple, ...
  std::string unit = "number";        // canonical unit where the grammar itself knows it
  NumberKind kind = NumberKind::number;
};

// One numeric claim. `subject` and `measure` are filled by attribution; `object` only for counts.
struct Claim {
  std::string source;                 // the document's id as the caller gave it
  std::size_t begin = 0;              // byte span of the whole expression (hedge and unit included)
  std::size_t end = 0;
  std::string text;                   // exactly the bytes [begin, end) of the input
  double value = 0;                   // the stated number after multipliers (a range: midpoint)
  std::optional<double> low;          // stated bounds; nullopt where open
  std::optional<double> high;
  Qualifier qualifier = Qualifier::exact;
  std::string dimension;              // currency, count, percent, duration, multiple, fraction, ...
  std::string unit;                   // ISO 4217 code, count, percent, year, times, fraction, ...
  std::optional<std::string> object;  // counted thing (H800, GPU, person); counts only
  std::optional<std::string> subject; // canonical entity (DeepSeek, Nvidia)
  std::optional<std::string> measure; // canonical measure (training_cost, gpu_count)
  std::size_t sentence_begin = 0;     // byte span of the sentence holding the claim
  std::size_t sentence_end = 0;
};

// Something the extractor saw but did not turn into a claim, with the reason: a number too long
// or too large to represent exactly, for example. Never a silent loss.
struct Note {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string message;
};

// The result of extracting one document.
struct Extraction {
  std::vector<Claim> claims;          // in byte order
  std::vector<Note> notes;
  std::string error;                  // non-empty when the document was refused (size, strict UTF-8)
  bool ok() const noexcept { return error.empty(); }
};

}  // namespace claimcheck

#endif
