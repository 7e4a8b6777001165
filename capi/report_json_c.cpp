// Reports as JSON through the C ABI: written out, and read back (how the partial reports of a
// distributed run travel to the process that merges them).
#include <memory>
#include <string>
#include <string_view>

#include "handles.hpp"
#include "status.hpp"

extern "C" {

int claimcheck_report_to_json(const claimcheck_report* report, char** out_json) {
  CLAIMCHECK_C_BEGIN("claimcheck_report_to_json")
  claimcheck::capi::require_out(out_json, "out_json");
  claimcheck::capi::require(report, "report");
  // What `claimcheck check --format json` prints, but for its final newline.
  *out_json = claimcheck::capi::copy_for_caller(claimcheck::report_to_json(report->report, 2));
  CLAIMCHECK_C_END
}

int claimcheck_report_from_json(claimcheck_report** out, const char* json, size_t len) {
  CLAIMCHECK_C_BEGIN("claimcheck_report_from_json")
  claimcheck::capi::require_out(out, "out");
  const std::string_view text = claimcheck::capi::require_bytes(json, len, "json");
  auto report = std::make_unique<claimcheck_report>();
  std::string error;
  if (!claimcheck::report_from_json(text, &report->report, &error))
    throw claimcheck::capi::Failure{CLAIMCHECK_EINPUT, "json: " + error};
  *out = report.release();
  CLAIMCHECK_C_END
}

}  // extern "C"
