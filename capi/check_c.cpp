// Cross-checking through the C ABI: all at once, or incrementally with a checker.
#include <string>
#include <utility>
#include <vector>

#include "handles.hpp"
#include "status.hpp"

namespace {

void store_report(claimcheck::Report report, claimcheck_report** out) {
  *out = new claimcheck_report{std::move(report)};
}

}  // namespace

extern "C" {

int claimcheck_check(const claimcheck_engine* engine, const claimcheck_claims* const* sets,
                     size_t n_sets, claimcheck_report** out) {
  CLAIMCHECK_C_BEGIN("claimcheck_check")
  claimcheck::capi::require_out(out, "out");
  claimcheck::capi::require(engine, "engine");
  if (n_sets != 0) claimcheck::capi::require(sets, "sets (with a non-zero n_sets)");
  std::size_t total = 0;
  for (std::size_t i = 0; i < n_sets; ++i) {
    if (sets[i] == nullptr)
      throw claimcheck::capi::Failure{CLAIMCHECK_EINVAL, "sets[" + std::to_string(i) + "] is NULL"};
    total += sets[i]->extraction.claims.size();
  }
  std::vector<claimcheck::Claim> claims;
  claims.reserve(total);
  for (std::size_t i = 0; i < n_sets; ++i)
    claims.insert(claims.end(), sets[i]->extraction.claims.begin(), sets[i]->extraction.claims.end());
  store_report(engine->engine.check(std::move(claims)), out);
  CLAIMCHECK_C_END
}

int claimcheck_checker_new(claimcheck_checker** out, const claimcheck_engine* engine) {
  CLAIMCHECK_C_BEGIN("claimcheck_checker_new")
  claimcheck::capi::require_out(out, "out");
  claimcheck::capi::require(engine, "engine");
  *out = new claimcheck_checker{engine->engine, {}};
  CLAIMCHECK_C_END
}

int claimcheck_checker_add(claimcheck_checker* checker, const claimcheck_claims* claims) {
  CLAIMCHECK_C_BEGIN("claimcheck_checker_add")
  claimcheck::capi::require(checker, "checker");
  claimcheck::capi::require(claims, "claims");
  const auto& added = claims->extraction.claims;
  checker->claims.insert(checker->claims.end(), added.begin(), added.end());
  CLAIMCHECK_C_END
}

size_t claimcheck_checker_claims_count(const claimcheck_checker* checker) {
  return checker == nullptr ? 0 : checker->claims.size();
}

int claimcheck_checker_report(const claimcheck_checker* checker, claimcheck_report** out) {
  CLAIMCHECK_C_BEGIN("claimcheck_checker_report")
  claimcheck::capi::require_out(out, "out");
  claimcheck::capi::require(checker, "checker");
  store_report(checker->engine.check(checker->claims), out);
  CLAIMCHECK_C_END
}

void claimcheck_checker_free(claimcheck_checker* checker) { delete checker; }

}  // extern "C"
