// Joining reports of key-partitioned parts into the report of one check over all their claims.
#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

#include "check/cross_checker.hpp"
#include "claimcheck/report.hpp"

namespace claimcheck {

namespace {

// Where a claim of a part came from and where it goes.
struct ClaimPlace {
  std::size_t source_rank;
  std::size_t part;
  std::size_t id;
};

void renumber(std::vector<std::size_t>* ids, const std::vector<std::size_t>& new_id) {
  for (std::size_t& id : *ids) id = new_id[id];
  std::sort(ids->begin(), ids->end());
}

}  // namespace

Report merge_reports(std::vector<Report> parts, const std::vector<std::string>& source_order) {
  std::map<std::string, std::size_t> listed;
  for (std::size_t i = 0; i < source_order.size(); ++i) listed.emplace(source_order[i], i);
  std::map<std::string, std::size_t> unlisted;  // by name, after the listed ones
  for (const Report& part : parts)
    for (const Claim& c : part.claims)
      if (!listed.count(c.source)) unlisted.emplace(c.source, 0);
  std::size_t next = source_order.size();
  for (auto& entry : unlisted) entry.second = next++;

  // The claims in source order, then byte order.
  std::vector<ClaimPlace> places;
  for (std::size_t p = 0; p < parts.size(); ++p) {
    for (std::size_t id = 0; id < parts[p].claims.size(); ++id) {
      const std::string& source = parts[p].claims[id].source;
      const auto it = listed.find(source);
      places.push_back({it != listed.end() ? it->second : unlisted.at(source), p, id});
    }
  }
  std::sort(places.begin(), places.end(), [&](const ClaimPlace& x, const ClaimPlace& y) {
    const Claim& a = parts[x.part].claims[x.id];
    const Claim& b = parts[y.part].claims[y.id];
    return std::tie(x.source_rank, a.begin, a.end, x.part, x.id) <
           std::tie(y.source_rank, b.begin, b.end, y.part, y.id);
  });
  std::vector<std::vector<std::size_t>> new_id(parts.size());
  for (std::size_t p = 0; p < parts.size(); ++p) new_id[p].resize(parts[p].claims.size());
  Report merged;
  merged.claims.reserve(places.size());
  for (const ClaimPlace& place : places) {
    new_id[place.part][place.id] = merged.claims.size();
    merged.claims.push_back(std::move(parts[place.part].claims[place.id]));
  }

  // Groups in key order, then unit, as the checker orders them.
  struct GroupPlace {
    std::size_t part;
    std::size_t group;
  };
  std::vector<GroupPlace> groups;
  for (std::size_t p = 0; p < parts.size(); ++p) {
    for (std::size_t g = 0; g < parts[p].groups.size(); ++g) {
      Group& group = parts[p].groups[g];
      renumber(&group.claims, new_id[p]);
      for (Position& position : group.positions) renumber(&position.claims, new_id[p]);
      groups.push_back({p, g});
    }
  }
  std::sort(groups.begin(), groups.end(), [&](const GroupPlace& x, const GroupPlace& y) {
    const Group& a = parts[x.part].groups[x.group];
    const Group& b = parts[y.part].groups[y.group];
    return std::tie(a.key.subject, a.key.measure, a.key.dimension, a.key.object_class, a.unit) <
           std::tie(b.key.subject, b.key.measure, b.key.dimension, b.key.object_class, b.unit);
  });
  std::vector<std::vector<std::size_t>> new_group(parts.size());
  for (std::size_t p = 0; p < parts.size(); ++p) new_group[p].resize(parts[p].groups.size());
  merged.groups.reserve(groups.size());
  for (const GroupPlace& place : groups) {
    new_group[place.part][place.group] = merged.groups.size();
    merged.groups.push_back(std::move(parts[place.part].groups[place.group]));
  }

  for (std::size_t p = 0; p < parts.size(); ++p) {
    for (Finding& finding : parts[p].findings) {
      finding.group = new_group[p][finding.group];
      renumber(&finding.a, new_id[p]);
      renumber(&finding.b, new_id[p]);
      merged.findings.push_back(std::move(finding));
    }
    for (std::size_t id : parts[p].unattributed) merged.unattributed.push_back(new_id[p][id]);
  }
  std::sort(merged.findings.begin(), merged.findings.end(), finding_before);
  std::sort(merged.unattributed.begin(), merged.unattributed.end());
  return merged;
}

}  // namespace claimcheck
