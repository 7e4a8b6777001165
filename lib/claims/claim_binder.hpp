// Binds one number expression to what surrounds it: the hedge before or after (约, 不到, 左右,
// about), the currency before (US$, 人民币) or the unit, classifier or counted noun after, and
// the counted object across modifiers within the clause (2000块落后的H800英伟达GPU → 2000 ×
// H800). Decides whether the expression is a claim at all: dates, clock times, ordinals,
// identifiers, idioms, page furniture and bare numbers are not.
//
// Looks only at a few dozen bytes around the expression; allocates only for the claim it makes.
// Built once, immutable, safe for concurrent use by multiple threads.
#ifndef CLAIMCHECK_LIB_CLAIMS_CLAIM_BINDER_HPP
#define CLAIMCHECK_LIB_CLAIMS_CLAIM_BINDER_HPP

#include <memory>
#include <string_view>
#include <vector>

#include "claimcheck/claim.hpp"
#include "claimcheck/config.hpp"
#include "claims/claim_tables.hpp"

namespace claimcheck {

class ClaimBinder {
 public:
  // Throws std::runtime_error on malformed built-in data (a build defect, never input).
  explicit ClaimBinder(const std::vector<ObjectKind>& objects);

  // Fills span, text, value, bounds, qualifier, dimension, unit and object of `out` from `expr`
  // found in `text`; returns false (leaving `out` unspecified) when the expression is no claim.
  bool bind(std::string_view text, const NumberExpr& expr, Claim* out) const;

  const ClaimTables& tables() const { return *tables_; }

 private:
  std::shared_ptr<const ClaimTables> tables_;
};

}  // namespace claimcheck

#endif
