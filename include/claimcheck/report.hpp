// The result of a cross-check: the claims (a claim's id is its index in `claims`), the groups of
// comparable claims, the positions within each group, and the findings between positions.
#ifndef CLAIMCHECK_REPORT_HPP
#define CLAIMCHECK_REPORT_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/claim.hpp"

namespace claimcheck {

enum class Verdict { contradiction, discrepancy };

// "contradiction" or "discrepancy".
const char* to_string(Verdict v) noexcept;
// The inverse of to_string; false when the name is unknown.
bool parse_verdict(std::string_view name, Verdict* out) noexcept;

// What makes claims comparable: same subject, measure, dimension and object class
// (object_class is empty for anything but counts).
struct GroupKey {
  std::string subject;
  std::string measure;
  std::string dimension;
  std::string object_class;
};

// Claims of one group whose intervals overlap; [low, high] in the group's unit (money in its one
// currency, or in USD when the group mixes currencies).
struct Position {
  std::vector<std::size_t> claims;
  std::optional<double> low;          // nullopt: open below
  std::optional<double> high;         // nullopt: open above
};

struct Group {
  GroupKey key;
  std::string unit;                   // the unit the positions' bounds are in (USD, CNY, month…)
  std::vector<std::size_t> claims;
  std::vector<Position> positions;
};

// Two positions of one group that do not overlap.
struct Finding {
  Verdict verdict = Verdict::discrepancy;
  std::size_t group = 0;
  std::vector<std::size_t> a;         // claim ids on each side
  std::vector<std::size_t> b;
  double gap_ratio = 1;               // larger lower bound ÷ smaller upper bound
  bool same_source = false;           // both sides come from one source only
  std::string reason;                 // one line a fact-checker can read
};

struct Report {
  std::vector<Claim> claims;
  std::vector<Group> groups;
  std::vector<Finding> findings;      // worst first, deterministic order
  std::vector<std::size_t> unattributed;  // claims without subject or measure: reported, not compared
};

// The report as text for a terminal: for each group with a finding (worst first) its key, each
// position with its interval, sources and quoted claims, and each finding's verdict and reason;
// then one summary line. `colour` adds ANSI colours to the verdicts.
std::string report_to_text(const Report& report, bool colour);

// Joins the reports of parts whose claims were split by comparison key (each key's claims all in
// one part, as a distributed run produces them; claims not compared may be in any part). The
// result is exactly what one check over all the claims returns when they are given in
// `source_order` (sources it does not list come after, by name), then byte order (begin, end):
// claims renumbered so, groups, positions and findings in the same order.
Report merge_reports(std::vector<Report> parts, const std::vector<std::string>& source_order);

}  // namespace claimcheck

#endif
