// Claim extraction: the number grammar finds the number expressions of a document, the binder
// turns those that state something checkable into claims, each quoted with its sentence.
//
//   ClaimExtractor extractor(grammar, config.objects);
//   extractor.extract(text, "a.txt", split_sentences(text), &extraction);
//
// Built once, immutable, safe for concurrent use by multiple threads.
#ifndef CLAIMCHECK_LIB_CLAIMS_CLAIM_EXTRACTOR_HPP
#define CLAIMCHECK_LIB_CLAIMS_CLAIM_EXTRACTOR_HPP

#include <string_view>
#include <vector>

#include "claimcheck/claim.hpp"
#include "claimcheck/config.hpp"
#include "claims/claim_binder.hpp"
#include "numbers/number_grammar.hpp"
#include "text/sentences.hpp"

namespace claimcheck {

class ClaimExtractor {
 public:
  // `grammar` must outlive the extractor. `objects` extend the built-in counted objects.
  ClaimExtractor(const NumberGrammar& grammar, const std::vector<ObjectKind>& objects);

  // Appends the claims of `text` to out->claims in byte order (subject and measure left null,
  // the sentence span set from `sentences`, which must be split_sentences(text)) and the
  // grammar's notes to out->notes.
  void extract(std::string_view text, std::string_view source, const std::vector<Sentence>& sentences,
               Extraction* out) const;

 private:
  // Joins the claim of a later number expression (numbers[after…], offsets within the chunk at
  // chunk_begin) into *claim when the two make one claim: an exchange rate, or a length of time
  // in two units.
  void join_next(std::string_view text, const std::vector<NumberExpr>& numbers, std::size_t after,
                 std::size_t chunk_begin, Claim* claim) const;

  const NumberGrammar& grammar_;
  ClaimBinder binder_;
};

}  // namespace claimcheck

#endif
