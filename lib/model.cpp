// Names of the data model's enumerations, as they appear in JSON and on the command line.
#include <array>
#include <initializer_list>
#include <utility>

#include "claimcheck/claim.hpp"
#include "claimcheck/report.hpp"

namespace claimcheck {

namespace {

constexpr std::array<std::pair<Qualifier, const char*>, 7> kQualifiers = {{
    {Qualifier::exact, "exact"},
    {Qualifier::approx, "approx"},
    {Qualifier::at_least, "at_least"},
    {Qualifier::more_than, "more_than"},
    {Qualifier::at_most, "at_most"},
    {Qualifier::less_than, "less_than"},
    {Qualifier::range, "range"},
}};

}  // namespace

const char* to_string(Qualifier q) noexcept {
  for (const auto& [value, name] : kQualifiers)
    if (value == q) return name;
  return "exact";
}

bool parse_qualifier(std::string_view name, Qualifier* out) noexcept {
  for (const auto& [value, n] : kQualifiers) {
    if (name == n) {
      *out = value;
      return true;
    }
  }
  return false;
}

const char* to_string(NumberKind k) noexcept {
  switch (k) {
    case NumberKind::date: return "date";
    case NumberKind::time: return "time";
    case NumberKind::ordinal: return "ordinal";
    case NumberKind::number: break;
  }
  return "number";
}

const char* to_string(Verdict v) noexcept {
  return v == Verdict::contradiction ? "contradiction" : "discrepancy";
}

bool parse_verdict(std::string_view name, Verdict* out) noexcept {
  for (const Verdict v : {Verdict::contradiction, Verdict::discrepancy}) {
    if (name == to_string(v)) {
      *out = v;
      return true;
    }
  }
  return false;
}

}  // namespace claimcheck
