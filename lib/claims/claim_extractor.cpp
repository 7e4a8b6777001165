// Claim extraction: grammar hits in, bound claims out, one pass over both lists.
#include "claims/claim_extractor.hpp"

#include <utility>

namespace claimcheck {

ClaimExtractor::ClaimExtractor(const NumberGrammar& grammar, const std::vector<ObjectKind>& objects)
    : grammar_(grammar), binder_(objects) {}

void ClaimExtractor::extract(std::string_view text, std::string_view source,
                             const std::vector<Sentence>& sentences, Extraction* out) const {
  std::vector<NumberExpr> numbers;
  numbers.reserve(text.size() / 256 + 16);
  grammar_.scan(text, &numbers, &out->notes);
  std::size_t sentence = 0;
  std::size_t last_end = 0;
  Claim claim;
  for (const NumberExpr& number : numbers) {
    if (number.begin < last_end) continue;  // inside the previous claim's unit or object phrase
    if (!binder_.bind(text, number, &claim)) continue;
    if (claim.begin < last_end) continue;   // its hedge or currency sign was the previous claim's
    while (sentence < sentences.size() && sentences[sentence].end <= claim.begin) ++sentence;
    if (sentence < sentences.size() && sentences[sentence].begin <= claim.begin) {
      claim.sentence_begin = sentences[sentence].begin;
      claim.sentence_end = sentences[sentence].end;
    } else {
      claim.sentence_begin = claim.begin;
      claim.sentence_end = claim.end;
    }
    claim.source.assign(source);
    last_end = claim.end;
    out->claims.push_back(std::move(claim));
    claim = Claim{};
  }
}

}  // namespace claimcheck
