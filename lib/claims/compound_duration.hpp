// A length of time written in two units: 2小时30分钟, 3年零2个月, 2 hours and 30 minutes is one
// claim in the larger unit (2.5 hours, 3.1666… years), not two that another source's "2.5 hours"
// would disagree with; so is a time in three parts (2小时01分09秒).
#ifndef CLAIMCHECK_LIB_CLAIMS_COMPOUND_DURATION_HPP
#define CLAIMCHECK_LIB_CLAIMS_COMPOUND_DURATION_HPP

#include <cstddef>
#include <string_view>

#include "claimcheck/claim.hpp"

namespace claimcheck {

// Whether `first` is an exact duration that a smaller unit may follow, after blanks and 又 or
// "and" at most: where the rest may start is returned in *rest_from.
bool duration_may_continue(std::string_view text, const Claim& first, std::size_t* rest_from);

// Joins `first` and the duration `rest` starting at rest_from (or after a 零 there) into *out,
// in `first`'s unit, when `rest` is exact, in a smaller unit of the same kind (weeks to seconds,
// or years and months) and less than one of `first`'s units. False, leaving *out alone,
// otherwise.
bool join_compound_duration(std::string_view text, std::size_t rest_from, const Claim& first, const Claim& rest,
                            Claim* out);

}  // namespace claimcheck

#endif
