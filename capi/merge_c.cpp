// Joining key-partitioned reports through the C ABI (the reduce step of a distributed run).
#include <string>
#include <vector>

#include "handles.hpp"
#include "status.hpp"

extern "C" {

int claimcheck_report_merge(const claimcheck_report* const* parts, size_t n,
                            const char* const* source_order, size_t n_sources,
                            claimcheck_report** out) {
  CLAIMCHECK_C_BEGIN("claimcheck_report_merge")
  using claimcheck::capi::Failure;
  claimcheck::capi::require_out(out, "out");
  if (n != 0) claimcheck::capi::require(parts, "parts (with a non-zero n)");
  if (n_sources != 0) claimcheck::capi::require(source_order, "source_order (with a non-zero n_sources)");
  std::vector<claimcheck::Report> reports;
  reports.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (parts[i] == nullptr) throw Failure{CLAIMCHECK_EINVAL, "parts[" + std::to_string(i) + "] is NULL"};
    reports.push_back(parts[i]->report);
  }
  std::vector<std::string> order;
  order.reserve(n_sources);
  for (std::size_t i = 0; i < n_sources; ++i) {
    if (source_order[i] == nullptr)
      throw Failure{CLAIMCHECK_EINVAL, "source_order[" + std::to_string(i) + "] is NULL"};
    order.emplace_back(source_order[i]);
  }
  *out = new claimcheck_report{claimcheck::merge_reports(std::move(reports), order)};
  CLAIMCHECK_C_END
}

}  // extern "C"
