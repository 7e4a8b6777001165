// The text report:
//
//   DeepSeek · gpu_count · count · GPU
//     [1]  1,800 – 2,200 count   a.txt «2000块», b.txt «2,000块»
//     [2]  45,000 – 55,000 count   c.txt «50,000颗»
//     contradiction [1] vs [2], gap ratio 20.45: 2,000 H800 (a.txt, b.txt) vs 50,000 H100 (c.txt): 25× apart; …
//
//   3 sources, 3 claims, 1 group, 1 contradiction, 0 discrepancies, 0 not attributed
#include <algorithm>
#include <cmath>
#include <set>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "check/finding_reason.hpp"
#include "claimcheck/report.hpp"

namespace claimcheck {

namespace {

// Bounds above 1,000 print as whole numbers; smaller ones with up to four decimals.
std::string bound(const std::optional<double>& v, const char* open) {
  if (!v) return open;
  return format_number(std::fabs(*v) >= 1000 ? std::round(*v) : *v);
}

std::string counted(std::size_t n, const char* one, const char* many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string paint(const std::string& s, const char* code, bool colour) {
  return colour ? fmt::format("\x1b[{}m{}\x1b[0m", code, s) : s;
}

std::string key_line(const GroupKey& key) {
  std::string line = fmt::format("{} · {} · {}", key.subject, key.measure, key.dimension);
  if (!key.object_class.empty()) line += " · " + key.object_class;
  return line;
}

// "a.txt «2000块», b.txt «2,000块»"
std::string quotes(const Report& report, const std::vector<std::size_t>& ids) {
  std::string out;
  for (std::size_t id : ids) {
    const Claim& c = report.claims[id];
    out += fmt::format("{}{} «{}»", out.empty() ? "" : ", ", c.source, c.text);
  }
  return out;
}

std::size_t position_of(const Group& group, std::size_t claim) {
  for (std::size_t p = 0; p < group.positions.size(); ++p)
    if (std::binary_search(group.positions[p].claims.begin(), group.positions[p].claims.end(), claim)) return p;
  return 0;
}

}  // namespace

std::string report_to_text(const Report& report, bool colour) {
  std::string out;
  std::vector<bool> shown(report.groups.size(), false);
  std::size_t contradictions = 0;
  for (const Finding& f : report.findings) contradictions += f.verdict == Verdict::contradiction;
  for (const Finding& first : report.findings) {
    if (shown[first.group]) continue;
    shown[first.group] = true;
    const Group& group = report.groups[first.group];
    out += paint(key_line(group.key), "1", colour) + "\n";
    for (std::size_t p = 0; p < group.positions.size(); ++p) {
      const Position& position = group.positions[p];
      out += fmt::format("  [{}]  {} – {} {}   {}\n", p + 1, bound(position.low, "−∞"), bound(position.high, "∞"),
                         group.unit, quotes(report, position.claims));
    }
    for (const Finding& f : report.findings) {
      if (f.group != first.group) continue;
      const bool contradiction = f.verdict == Verdict::contradiction;
      out += fmt::format("  {} [{}] vs [{}], gap ratio {}{}: {}\n",
                         paint(to_string(f.verdict), contradiction ? "31" : "33", colour),
                         position_of(group, f.a.front()) + 1, position_of(group, f.b.front()) + 1,
                         std::isfinite(f.gap_ratio) ? fmt::format(f.gap_ratio < 10 ? "{:.3f}" : "{:.1f}", f.gap_ratio)
                                                    : "∞",
                         f.same_source ? " (same source)" : "", f.reason);
    }
    out += "\n";
  }
  std::set<std::string_view> sources;
  for (const Claim& c : report.claims) sources.insert(c.source);
  out += fmt::format("{}, {}, {}, {}, {}, {} not attributed\n", counted(sources.size(), "source", "sources"),
                     counted(report.claims.size(), "claim", "claims"),
                     counted(report.groups.size(), "group", "groups"),
                     counted(contradictions, "contradiction", "contradictions"),
                     counted(report.findings.size() - contradictions, "discrepancy", "discrepancies"),
                     report.unattributed.size());
  return out;
}

}  // namespace claimcheck
