// Exchange rates stated as two amounts (see exchange_rate.hpp).
#include "claims/exchange_rate.hpp"

#include <string>
#include <string_view>

#include "claims/text_scan.hpp"

namespace claimcheck {

namespace {

bool plain_money(const Claim& c) {
  return std::string_view(c.dimension) == "currency" && c.unit.find('/') == std::string::npos;
}

}  // namespace

bool exchange_word_after(const ClaimTables& t, std::string_view text, const Claim& base, std::size_t* quote_from) {
  if (base.qualifier != Qualifier::exact || !(base.value > 0)) return false;
  // (The word first: few amounts of money have one after them, and it is the cheaper test.)
  WordLexicon::Match m;
  const std::size_t at = scan::skip_blanks(text, base.end);
  if (!t.rate_exchange_words.match_at(text, at, &m) || !plain_money(base)) return false;
  *quote_from = scan::skip_blanks(text, at + m.length);
  return true;
}

bool join_exchange_rate(std::string_view text, std::size_t quote_from, const Claim& base, const Claim& quote,
                        Claim* out) {
  // (The quote starts right there, its hedge included: 兌換約7.3元人民幣.)
  if (!plain_money(quote) || quote.unit == base.unit || quote.begin != quote_from) return false;
  const double per = base.value;
  Claim joined = quote;
  joined.begin = base.begin;
  joined.text.assign(text.substr(joined.begin, joined.end - joined.begin));
  joined.value = quote.value / per;
  if (quote.low) joined.low = *quote.low / per;
  if (quote.high) joined.high = *quote.high / per;
  joined.unit = quote.unit + "/" + base.unit;
  *out = std::move(joined);
  return true;
}

}  // namespace claimcheck
