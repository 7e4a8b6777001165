// The currency 元 alone stands for in one document. It is the renminbi, unless the document is
// written in Traditional characters, never names the renminbi, and names one local dollar only
// (or, naming none, the places of one local dollar only: 台股, 恒指): Taiwan's press writes a
// share price as 報收1060元 (NT$1,060), Hong Kong's as 收報380元 (HK$380). A share price right
// after a quote word (收報645元) takes the local dollar even where the document names the
// renminbi. A Traditional document naming several local dollars (a Taiwan market report with a
// Hong Kong paragraph) is settled paragraph by paragraph, by the same rule. The words and
// characters are data (data/units.json: local_yuan).
//
// One per document, used by one thread; the document is looked at once, on first need.
#ifndef CLAIMCHECK_LIB_CLAIMS_LOCAL_CURRENCY_HPP
#define CLAIMCHECK_LIB_CLAIMS_LOCAL_CURRENCY_HPP

#include <optional>
#include <string_view>

#include "claimcheck/claim.hpp"
#include "claims/claim_tables.hpp"

namespace claimcheck {

class DocumentCurrency {
 public:
  DocumentCurrency(const ClaimTables& tables, std::string_view document) : t_(tables), document_(document) {}

  // Gives a renminbi claim whose own words do not name the renminbi (1060元, 5块钱) the
  // document's local dollar, if it has one.
  void settle(Claim* claim);

 private:
  void look_at_document();
  bool after_quote_word(const Claim& claim) const;

  const ClaimTables& t_;
  std::string_view document_;
  bool looked_ = false;
  std::string_view local_;       // the local dollar's unit (empty for none) in a Traditional document
  bool by_paragraph_ = false;    // a Traditional document naming several: each paragraph its own
  bool names_renminbi_ = false;  // the document names the renminbi somewhere
};

}  // namespace claimcheck

#endif
