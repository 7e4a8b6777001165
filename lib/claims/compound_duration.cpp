// Durations written in two units (see compound_duration.hpp).
#include "claims/compound_duration.hpp"

#include <array>
#include <string>
#include <string_view>

#include "claims/text_scan.hpp"

namespace claimcheck {

namespace {

struct TimeUnit {
  const char* name;
  int kind;       // 0: weeks to seconds; 1: years and months (a month is no fixed count of days)
  double amount;  // in seconds, or in months
};
constexpr std::array<TimeUnit, 8> kUnits{{{"week", 0, 604800},
                                          {"day", 0, 86400},
                                          {"hour", 0, 3600},
                                          {"minute", 0, 60},
                                          {"second", 0, 1},
                                          {"year", 1, 12},
                                          {"quarter", 1, 3},
                                          {"month", 1, 1}}};

const TimeUnit* time_unit(const Claim& c) {
  if (std::string_view(c.dimension) != "duration" || c.qualifier != Qualifier::exact) return nullptr;
  for (const TimeUnit& u : kUnits)
    if (std::string_view(c.unit) == u.name) return &u;
  return nullptr;
}

}  // namespace

bool duration_may_continue(std::string_view text, const Claim& first, std::size_t* rest_from) {
  if (time_unit(first) == nullptr) return false;
  std::size_t p = scan::skip_blanks(text, first.end);
  for (const std::string_view joiner : {"\xE5\x8F\x88", "and "}) {  // 又
    if (text.substr(p, joiner.size()) == joiner) {
      p = scan::skip_blanks(text, p + joiner.size());
      break;
    }
  }
  *rest_from = p;
  return p < text.size();
}

bool join_compound_duration(std::string_view text, std::size_t rest_from, const Claim& first, const Claim& rest,
                            Claim* out) {
  const TimeUnit* big = time_unit(first);
  const TimeUnit* small = time_unit(rest);
  if (big == nullptr || small == nullptr || big->kind != small->kind || small->amount >= big->amount) return false;
  const double fraction = rest.value * small->amount / big->amount;
  if (!(fraction > 0 && fraction < 1)) return false;
  // The rest starts right there, or after 零 (3年零2个月; 零两个月 is read as one number).
  const bool after_zero = text.substr(rest_from, 3) == "\xE9\x9B\xB6" && rest.begin == rest_from + 3;  // 零
  if (rest.begin != rest_from && !after_zero) return false;
  Claim joined = first;
  joined.end = rest.end;
  joined.text.assign(text.substr(joined.begin, joined.end - joined.begin));
  joined.value = first.value + fraction;
  joined.low = joined.value;
  joined.high = joined.value;
  *out = std::move(joined);
  return true;
}

}  // namespace claimcheck
