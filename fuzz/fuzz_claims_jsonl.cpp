// Claims JSON Lines from arbitrary bytes, read back and checked: either an error naming the line,
// or a report whose ids all point at its claims and whose JSON can be written.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/engine.hpp"
#include "claimcheck/json.hpp"
#include "invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const claimcheck::Engine engine;
  namespace f = claimcheck::fuzz;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<claimcheck::Claim> claims;
  std::string error;
  if (!claimcheck::claims_from_jsonl(text, "fuzz.jsonl", &claims, &error)) {
    f::require(!error.empty() && claims.empty(), "a failed read names the error and adds nothing");
    return 0;
  }
  const claimcheck::Report report = engine.check(claims);
  const std::size_t n = report.claims.size();
  f::require(n == claims.size(), "every claim is in the report");
  for (const auto& g : report.groups) {
    for (auto id : g.claims) f::require(id < n, "group claim id in range");
    for (const auto& p : g.positions) {
      for (auto id : p.claims) f::require(id < n, "position claim id in range");
      if (p.low && p.high) f::require(*p.low <= *p.high, "position bounds ordered");
    }
  }
  for (const auto& x : report.findings) {
    f::require(x.group < report.groups.size(), "finding group in range");
    for (auto id : x.a) f::require(id < n, "finding claim id in range");
    for (auto id : x.b) f::require(id < n, "finding claim id in range");
  }
  for (auto id : report.unattributed) f::require(id < n, "unattributed id in range");
  const std::string json = claimcheck::report_to_json(report);
  f::require(!json.empty() && json.front() == '{', "report JSON written");
  return 0;
}
