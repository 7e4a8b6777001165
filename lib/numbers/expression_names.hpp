// The dimension and unit names the number grammar writes into a NumberExpr, built once. A
// std::string assigned from another copies its bytes; one assigned from a C string goes through
// a general replace, which cost more than the rest of filling in a date part or a percentage.
#ifndef CLAIMCHECK_LIB_NUMBERS_EXPRESSION_NAMES_HPP
#define CLAIMCHECK_LIB_NUMBERS_EXPRESSION_NAMES_HPP

#include <string>

namespace claimcheck::numbers::names {

inline const std::string kPercent = "percent";
inline const std::string kPercentagePoint = "percentage_point";
inline const std::string kMultiple = "multiple";
inline const std::string kTimes = "times";
inline const std::string kFraction = "fraction";
inline const std::string kCurrency = "currency";
inline const std::string kOrdinal = "ordinal";
inline const std::string kDate = "date";
inline const std::string kTime = "time";
inline const std::string kYear = "year";
inline const std::string kMonth = "month";
inline const std::string kDay = "day";
inline const std::string kHour = "hour";
inline const std::string kMinute = "minute";
inline const std::string kSecond = "second";

}  // namespace claimcheck::numbers::names

#endif
