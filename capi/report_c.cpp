// Reading a report through the C ABI: claims, groups, positions and findings by index.
#include "handles.hpp"

namespace {

using claimcheck::capi::element;

const claimcheck::Group* group_at(const claimcheck_report* r, size_t g) {
  return r == nullptr ? nullptr : element(r->report.groups, g);
}

const claimcheck::Position* position_at(const claimcheck_report* r, size_t g, size_t p) {
  const auto* group = group_at(r, g);
  return group == nullptr ? nullptr : element(group->positions, p);
}

const claimcheck::Finding* finding_at(const claimcheck_report* r, size_t f) {
  return r == nullptr ? nullptr : element(r->report.findings, f);
}

// Element k of `ids` (a list of claim ids), or 0 when out of range.
size_t id_at(const std::vector<std::size_t>* ids, size_t k) {
  return ids == nullptr || k >= ids->size() ? 0 : (*ids)[k];
}

template <typename T>
size_t size_of(const std::vector<T>* items) {
  return items == nullptr ? 0 : items->size();
}

}  // namespace

extern "C" {

void claimcheck_report_free(claimcheck_report* report) { delete report; }

size_t claimcheck_report_claims_count(const claimcheck_report* r) {
  return r == nullptr ? 0 : r->report.claims.size();
}
const claimcheck_claim* claimcheck_report_claim(const claimcheck_report* r, size_t id) {
  const auto* claim = r == nullptr ? nullptr : element(r->report.claims, id);
  return claim == nullptr ? nullptr : claimcheck::capi::handle_of(*claim);
}

size_t claimcheck_report_unattributed_count(const claimcheck_report* r) {
  return r == nullptr ? 0 : r->report.unattributed.size();
}
size_t claimcheck_report_unattributed(const claimcheck_report* r, size_t i) {
  return id_at(r == nullptr ? nullptr : &r->report.unattributed, i);
}

size_t claimcheck_report_groups_count(const claimcheck_report* r) {
  return r == nullptr ? 0 : r->report.groups.size();
}
const char* claimcheck_report_group_subject(const claimcheck_report* r, size_t g) {
  const auto* group = group_at(r, g);
  return group == nullptr ? nullptr : group->key.subject.c_str();
}
const char* claimcheck_report_group_measure(const claimcheck_report* r, size_t g) {
  const auto* group = group_at(r, g);
  return group == nullptr ? nullptr : group->key.measure.c_str();
}
const char* claimcheck_report_group_dimension(const claimcheck_report* r, size_t g) {
  const auto* group = group_at(r, g);
  return group == nullptr ? nullptr : group->key.dimension.c_str();
}
const char* claimcheck_report_group_object_class(const claimcheck_report* r, size_t g) {
  const auto* group = group_at(r, g);
  return group == nullptr ? nullptr : group->key.object_class.c_str();
}
const char* claimcheck_report_group_unit(const claimcheck_report* r, size_t g) {
  const auto* group = group_at(r, g);
  return group == nullptr ? nullptr : group->unit.c_str();
}
size_t claimcheck_report_group_claims_count(const claimcheck_report* r, size_t g) {
  const auto* group = group_at(r, g);
  return size_of(group == nullptr ? nullptr : &group->claims);
}
size_t claimcheck_report_group_claim(const claimcheck_report* r, size_t g, size_t k) {
  const auto* group = group_at(r, g);
  return id_at(group == nullptr ? nullptr : &group->claims, k);
}

size_t claimcheck_report_positions_count(const claimcheck_report* r, size_t g) {
  const auto* group = group_at(r, g);
  return size_of(group == nullptr ? nullptr : &group->positions);
}
int claimcheck_report_position_has_low(const claimcheck_report* r, size_t g, size_t p) {
  const auto* position = position_at(r, g, p);
  return position != nullptr && position->low.has_value() ? 1 : 0;
}
double claimcheck_report_position_low(const claimcheck_report* r, size_t g, size_t p) {
  const auto* position = position_at(r, g, p);
  return position == nullptr ? 0 : position->low.value_or(0);
}
int claimcheck_report_position_has_high(const claimcheck_report* r, size_t g, size_t p) {
  const auto* position = position_at(r, g, p);
  return position != nullptr && position->high.has_value() ? 1 : 0;
}
double claimcheck_report_position_high(const claimcheck_report* r, size_t g, size_t p) {
  const auto* position = position_at(r, g, p);
  return position == nullptr ? 0 : position->high.value_or(0);
}
size_t claimcheck_report_position_claims_count(const claimcheck_report* r, size_t g, size_t p) {
  const auto* position = position_at(r, g, p);
  return size_of(position == nullptr ? nullptr : &position->claims);
}
size_t claimcheck_report_position_claim(const claimcheck_report* r, size_t g, size_t p, size_t k) {
  const auto* position = position_at(r, g, p);
  return id_at(position == nullptr ? nullptr : &position->claims, k);
}

size_t claimcheck_report_findings_count(const claimcheck_report* r) {
  return r == nullptr ? 0 : r->report.findings.size();
}
const char* claimcheck_report_finding_verdict(const claimcheck_report* r, size_t f) {
  const auto* finding = finding_at(r, f);
  return finding == nullptr ? nullptr : claimcheck::to_string(finding->verdict);
}
double claimcheck_report_finding_gap_ratio(const claimcheck_report* r, size_t f) {
  const auto* finding = finding_at(r, f);
  return finding == nullptr ? 0 : finding->gap_ratio;
}
int claimcheck_report_finding_same_source(const claimcheck_report* r, size_t f) {
  const auto* finding = finding_at(r, f);
  return finding != nullptr && finding->same_source ? 1 : 0;
}
const char* claimcheck_report_finding_reason(const claimcheck_report* r, size_t f) {
  const auto* finding = finding_at(r, f);
  return finding == nullptr ? nullptr : finding->reason.c_str();
}
size_t claimcheck_report_finding_group(const claimcheck_report* r, size_t f) {
  const auto* finding = finding_at(r, f);
  return finding == nullptr ? 0 : finding->group;
}
size_t claimcheck_report_finding_a_count(const claimcheck_report* r, size_t f) {
  const auto* finding = finding_at(r, f);
  return size_of(finding == nullptr ? nullptr : &finding->a);
}
size_t claimcheck_report_finding_a(const claimcheck_report* r, size_t f, size_t k) {
  const auto* finding = finding_at(r, f);
  return id_at(finding == nullptr ? nullptr : &finding->a, k);
}
size_t claimcheck_report_finding_b_count(const claimcheck_report* r, size_t f) {
  const auto* finding = finding_at(r, f);
  return size_of(finding == nullptr ? nullptr : &finding->b);
}
size_t claimcheck_report_finding_b(const claimcheck_report* r, size_t f, size_t k) {
  const auto* finding = finding_at(r, f);
  return id_at(finding == nullptr ? nullptr : &finding->b, k);
}

}  // extern "C"
