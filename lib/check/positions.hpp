// Positions: the claims of one group clustered by overlapping intervals.
//
// Firm claims (exact numbers) that overlap, directly or through a chain, form a position. A
// hedged, open, vague or range claim joins the firm position it overlaps — the one nearest its
// value when it overlaps several — without widening it or bridging two positions: "约600万" agrees
// with both 550万 and 558万, and does not hide that those two differ. Hedged claims that overlap
// no firm position form positions of their own. Positions do not overlap and come in order of
// lower bound; a position's bounds are those of its firm claims (of all its claims when it has
// none).
#ifndef CLAIMCHECK_LIB_CHECK_POSITIONS_HPP
#define CLAIMCHECK_LIB_CHECK_POSITIONS_HPP

#include <cstdint>
#include <vector>

#include "claimcheck/report.hpp"

namespace claimcheck {

// One claim of a group, its interval and value in the group's unit.
struct Member {
  double low = 0;
  double high = 0;
  double value = 0;
  std::uint32_t id = 0;
  bool firm = true;
};

// Appends the positions of `members` (in any order; reordered) to `out`.
void build_positions(std::vector<Member>* members, std::vector<Position>* out);

}  // namespace claimcheck

#endif
