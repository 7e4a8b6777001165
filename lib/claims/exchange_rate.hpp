// An exchange rate stated as two amounts: 1美元兑7.1884元人民币 is one claim of 7.1884 CNY/USD,
// not 1 USD and 7.1884 CNY. The words between the amounts are data (data/units.json:
// rates.exchange_words).
#ifndef CLAIMCHECK_LIB_CLAIMS_EXCHANGE_RATE_HPP
#define CLAIMCHECK_LIB_CLAIMS_EXCHANGE_RATE_HPP

#include <cstddef>
#include <string_view>

#include "claimcheck/claim.hpp"
#include "claims/claim_tables.hpp"

namespace claimcheck {

// Whether an exchange word follows the amount `base` (an exact, positive amount of money that is
// no rate), with blanks around it: the quoted amount may then start at or after the position
// returned in *quote_from.
bool exchange_word_after(const ClaimTables& t, std::string_view text, const Claim& base, std::size_t* quote_from);

// Joins `base` and the amount `quote` starting at quote_from, right after the exchange word,
// into one claim in *out: the quote's value per one unit of the base currency, its unit
// QUOTE/BASE (CNY/USD), its hedge kept. False, leaving *out alone, when `quote` starts elsewhere
// or is no plain amount of another currency.
bool join_exchange_rate(std::string_view text, std::size_t quote_from, const Claim& base, const Claim& quote,
                        Claim* out);

}  // namespace claimcheck

#endif
