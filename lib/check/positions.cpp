// Clustering a group's claims into positions.
#include "check/positions.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace claimcheck {

namespace {

struct Cluster {
  double low;
  double high;
  std::vector<std::size_t> claims;
};

// Sweeps members[begin, end) (sorted by lower bound) into clusters of overlapping intervals.
void sweep(const std::vector<Member>& members, std::size_t begin, std::size_t end, std::vector<Cluster>* out) {
  for (std::size_t i = begin; i < end;) {
    Cluster cluster{members[i].low, members[i].high, {}};
    std::size_t j = i;
    for (; j < end && (j == i || members[j].low <= cluster.high); ++j) {
      cluster.high = std::max(cluster.high, members[j].high);
      cluster.claims.push_back(members[j].id);
    }
    out->push_back(std::move(cluster));
    i = j;
  }
}

double distance_to(const Cluster& c, double v) { return v < c.low ? c.low - v : v > c.high ? v - c.high : 0; }

std::optional<double> finite_or_open(double v) { return std::isfinite(v) ? std::optional<double>(v) : std::nullopt; }

}  // namespace

void build_positions(std::vector<Member>* members, std::vector<Position>* out) {
  // Firm members first, each part in order of (low, high, id).
  std::sort(members->begin(), members->end(), [](const Member& x, const Member& y) {
    return std::tie(y.firm, x.low, x.high, x.id) < std::tie(x.firm, y.low, y.high, y.id);
  });
  const auto first_loose = static_cast<std::size_t>(
      std::find_if(members->begin(), members->end(), [](const Member& m) { return !m.firm; }) - members->begin());
  std::vector<Cluster> firm;
  sweep(*members, 0, first_loose, &firm);

  // Each hedged member joins the nearest firm cluster it overlaps (the clusters are disjoint and
  // sorted, so those it overlaps are one run); the rest cluster among themselves.
  std::vector<Member> unplaced;
  for (std::size_t i = first_loose; i < members->size(); ++i) {
    const Member& m = (*members)[i];
    auto it = std::lower_bound(firm.begin(), firm.end(), m.low,
                               [](const Cluster& c, double low) { return c.high < low; });
    Cluster* best = nullptr;
    for (; it != firm.end() && it->low <= m.high; ++it)
      if (!best || distance_to(*it, m.value) < distance_to(*best, m.value)) best = &*it;
    if (best)
      best->claims.push_back(m.id);
    else
      unplaced.push_back(m);
  }
  std::vector<Cluster> loose;
  sweep(unplaced, 0, unplaced.size(), &loose);

  std::vector<Cluster> all = std::move(firm);
  all.insert(all.end(), std::make_move_iterator(loose.begin()), std::make_move_iterator(loose.end()));
  std::sort(all.begin(), all.end(), [](const Cluster& x, const Cluster& y) { return x.low < y.low; });
  for (Cluster& c : all) {
    std::sort(c.claims.begin(), c.claims.end());
    out->push_back({std::move(c.claims), finite_or_open(c.low), finite_or_open(c.high)});
  }
}

}  // namespace claimcheck
