// Shared helpers of the number-grammar table tests: one row is an input, the exact text of the
// expected expression, its value and bounds, dimension, qualifier and kind.
#ifndef CLAIMCHECK_TESTS_NUMBERS_TABLE_HPP
#define CLAIMCHECK_TESTS_NUMBERS_TABLE_HPP

#include <catch2/catch.hpp>

#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "claimcheck/claim.hpp"
#include "numbers/number_grammar.hpp"

namespace claimcheck::testing {

// One grammar for all tests: it is immutable and building it parses the word tables.
inline const NumberGrammar& grammar() {
  static const NumberGrammar g;
  return g;
}

inline std::vector<NumberExpr> scan(const std::string& text, std::vector<Note>* notes = nullptr) {
  std::vector<NumberExpr> out;
  std::vector<Note> local;
  grammar().scan(text, &out, notes ? notes : &local);
  return out;
}

struct Row {
  std::string input;
  std::string expression;  // the exact bytes the expression must span (its first occurrence)
  double value;
  double low;
  double high;
  const char* dimension = "number";
  Qualifier qualifier = Qualifier::exact;
  NumberKind kind = NumberKind::number;
  const char* unit = nullptr;  // defaults to the dimension's unit
};

inline bool same(double a, double b) { return a == b || std::fabs(a - b) <= 1e-9 * std::fmax(1.0, std::fabs(b)); }

inline void check_row(const Row& row) {
  INFO("input: " << row.input << "  expected: " << row.expression);
  const auto items = scan(row.input);
  const auto at = row.input.find(row.expression);
  REQUIRE(at != std::string::npos);
  const NumberExpr* hit = nullptr;
  for (const auto& x : items)
    if (x.begin == at && x.end == at + row.expression.size()) hit = &x;
  std::string got;
  for (const auto& x : items) got += "[" + row.input.substr(x.begin, x.end - x.begin) + "=" + std::to_string(x.value) + "] ";
  INFO("got: " << got);
  REQUIRE(hit != nullptr);
  CHECK(same(hit->value, row.value));
  REQUIRE(hit->low.has_value());
  REQUIRE(hit->high.has_value());
  CHECK(same(*hit->low, row.low));
  CHECK(same(*hit->high, row.high));
  CHECK(hit->dimension == row.dimension);
  CHECK(hit->unit == (row.unit ? std::string(row.unit) : std::string(row.dimension)));
  CHECK(hit->qualifier == row.qualifier);
  CHECK(hit->kind == row.kind);
}

// A single exact value: value = low = high.
inline Row exact(std::string input, std::string expression, double v, const char* dimension = "number",
                 const char* unit = nullptr) {
  return Row{std::move(input), std::move(expression), v, v, v, dimension, Qualifier::exact, NumberKind::number, unit};
}

// Inputs in which no quantity may be found (kind number); dates and ordinals are allowed.
inline void check_no_quantity(const std::string& input) {
  INFO("input: " << input);
  std::string got;
  for (const auto& x : scan(input))
    if (x.kind == NumberKind::number) got += "[" + input.substr(x.begin, x.end - x.begin) + "] ";
  CHECK(got.empty());
}

}  // namespace claimcheck::testing

#endif
