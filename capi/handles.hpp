// What the C ABI's opaque handles are on the C++ side. A claimcheck_claim is never defined: a
// pointer to one is a pointer to a claimcheck::Claim owned by a claims or report handle.
#ifndef CLAIMCHECK_CAPI_HANDLES_HPP
#define CLAIMCHECK_CAPI_HANDLES_HPP

#include <cstddef>
#include <vector>

#include "claimcheck/claimcheck.h"
#include "claimcheck/claimcheck.hpp"

struct claimcheck_engine {
  claimcheck::Engine engine;
};

struct claimcheck_claims {
  claimcheck::Extraction extraction;
};

struct claimcheck_report {
  claimcheck::Report report;
};

struct claimcheck_checker {
  claimcheck::Engine engine;  // shares the engine's immutable core
  std::vector<claimcheck::Claim> claims;
};

namespace claimcheck::capi {

inline const Claim* claim_of(const claimcheck_claim* c) {
  return reinterpret_cast<const Claim*>(c);
}

inline const claimcheck_claim* handle_of(const Claim& claim) {
  return reinterpret_cast<const claimcheck_claim*>(&claim);
}

// Element i of `items`, or NULL when i is out of range.
template <typename T>
const T* element(const std::vector<T>& items, std::size_t i) {
  return i < items.size() ? &items[i] : nullptr;
}

}  // namespace claimcheck::capi

#endif
