// A sequence of C ABI calls driven by the input: engines built from default or fuzzed
// configurations, extractions of fuzzed text (sometimes NULL, sometimes with a wrong length of
// zero), JSON export and read-back of claims and reports, reports read from fuzzed JSON, checks
// over any subset of the results, accessors at any index (in range or not) and frees in any
// order the API allows. Nothing may crash or leak, and each failing call must leave a message.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <fuzzer/FuzzedDataProvider.h>

#include <claimcheck/claimcheck.h>

#include "invariants.hpp"

namespace {

namespace f = claimcheck::fuzz;

void require_status(int status) {
  if (status != CLAIMCHECK_OK) f::require(claimcheck_last_error()[0] != '\0', "a failing call leaves a message");
  else f::require(claimcheck_last_error()[0] == '\0', "a succeeding call clears the message");
}

void read_claim(const claimcheck_claim* c, const std::string& text) {
  f::require(c != nullptr, "in-range claim exists");
  const size_t b = claimcheck_claim_begin(c), e = claimcheck_claim_end(c);
  f::require(b <= e && e <= text.size(), "claim span inside the text");
  f::require(text.compare(b, e - b, claimcheck_claim_text(c)) == 0, "claim text equals the input bytes");
  (void)claimcheck_claim_value(c);
  (void)claimcheck_claim_unit(c);
  (void)claimcheck_claim_qualifier(c);
  (void)claimcheck_claim_dimension(c);
  (void)claimcheck_claim_object(c);
  (void)claimcheck_claim_subject(c);
  (void)claimcheck_claim_measure(c);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  // The default engine is built once (building one per input would leave little time for the
  // calls); one input in eight builds its own from a fuzzed configuration.
  static claimcheck_engine* const default_engine = [] {
    claimcheck_engine* e = nullptr;
    require_status(claimcheck_engine_new(&e, nullptr));
    f::require(e != nullptr, "a default engine can always be built");
    return e;
  }();
  claimcheck_engine* own_engine = nullptr;
  if (in.ConsumeIntegralInRange<int>(0, 7) == 0) {
    const std::string config = in.ConsumeRandomLengthString(512);
    require_status(claimcheck_engine_new(&own_engine, config.c_str()));
  }
  const claimcheck_engine* engine = own_engine != nullptr ? own_engine : default_engine;

  std::vector<claimcheck_claims*> sets;
  std::vector<std::string> texts;
  std::vector<claimcheck_report*> reports;
  while (in.remaining_bytes() > 0) {
    switch (in.ConsumeIntegralInRange<int>(0, 7)) {
      case 0: {  // extract a piece of the input
        std::string text = in.ConsumeRandomLengthString(1024);
        claimcheck_claims* claims = nullptr;
        const int status = claimcheck_extract(engine, "fuzz", text.data(), text.size(), &claims);
        require_status(status);
        if (status == CLAIMCHECK_OK) {
          sets.push_back(claims);
          texts.push_back(std::move(text));
        }
        break;
      }
      case 1: {  // misuse: NULL text with a length, NULL engine, NULL out
        claimcheck_claims* claims = nullptr;
        f::require(claimcheck_extract(engine, "x", nullptr, 3, &claims) == CLAIMCHECK_EINVAL, "NULL text refused");
        f::require(claimcheck_extract(nullptr, "x", "1", 1, &claims) == CLAIMCHECK_EINVAL, "NULL engine refused");
        f::require(claimcheck_extract(engine, "x", "1", 1, nullptr) == CLAIMCHECK_EINVAL, "NULL out refused");
        break;
      }
      case 2: {  // accessors at any index
        if (sets.empty()) break;
        const size_t k = in.ConsumeIntegralInRange<size_t>(0, sets.size() - 1);
        const size_t n = claimcheck_claims_count(sets[k]);
        const size_t i = in.ConsumeIntegralInRange<size_t>(0, n + 2);
        const claimcheck_claim* c = claimcheck_claims_get(sets[k], i);
        if (i < n) read_claim(c, texts[k]);
        else f::require(c == nullptr, "out-of-range claim is NULL");
        break;
      }
      case 3: {  // JSON Lines out and back in
        if (sets.empty()) break;
        const size_t k = in.ConsumeIntegralInRange<size_t>(0, sets.size() - 1);
        char* json = nullptr;
        require_status(claimcheck_claims_to_json(sets[k], &json));
        if (json != nullptr) {
          claimcheck_claims* back = nullptr;
          require_status(claimcheck_claims_from_jsonl(&back, json, std::string(json).size()));
          f::require(back != nullptr && claimcheck_claims_count(back) == claimcheck_claims_count(sets[k]),
                     "claims survive a JSON Lines round trip");
          claimcheck_claims_free(back);
        }
        claimcheck_string_free(json);
        break;
      }
      case 4: {  // check any subset of the sets
        std::vector<const claimcheck_claims*> chosen;
        for (auto* s : sets)
          if (in.ConsumeBool()) chosen.push_back(s);
        claimcheck_report* report = nullptr;
        require_status(claimcheck_check(engine, chosen.data(), chosen.size(), &report));
        if (report != nullptr) reports.push_back(report);
        break;
      }
      case 5: {  // read a report
        if (reports.empty()) break;
        const claimcheck_report* r = reports[in.ConsumeIntegralInRange<size_t>(0, reports.size() - 1)];
        const size_t n = claimcheck_report_findings_count(r);
        for (size_t i = 0; i < n; ++i) {
          (void)claimcheck_report_finding_verdict(r, i);
          (void)claimcheck_report_finding_reason(r, i);
          (void)claimcheck_report_finding_gap_ratio(r, i);
        }
        char* json = nullptr;
        require_status(claimcheck_report_to_json(r, &json));
        if (json != nullptr) {  // read back, the report writes the same text
          const std::string text(json);
          claimcheck_report* back = nullptr;
          require_status(claimcheck_report_from_json(&back, text.data(), text.size()));
          f::require(back != nullptr, "a report's own JSON reads back");
          char* again = nullptr;
          require_status(claimcheck_report_to_json(back, &again));
          f::require(again != nullptr && text == again, "a report read back writes the same JSON");
          claimcheck_string_free(again);
          reports.push_back(back);
        }
        claimcheck_string_free(json);
        break;
      }
      case 7: {  // a report read from fuzzed JSON: refused with a message, or usable like any other
        const std::string text = in.ConsumeRandomLengthString(2048);
        claimcheck_report* r = nullptr;
        const int status = claimcheck_report_from_json(&r, text.data(), text.size());
        require_status(status);
        f::require((status == CLAIMCHECK_OK) == (r != nullptr), "a report exactly when reading succeeds");
        if (r != nullptr) reports.push_back(r);
        break;
      }
      case 6: {  // free a set early (reports own their copies)
        if (sets.empty()) break;
        const size_t k = in.ConsumeIntegralInRange<size_t>(0, sets.size() - 1);
        claimcheck_claims_free(sets[k]);
        sets.erase(sets.begin() + static_cast<std::ptrdiff_t>(k));
        texts.erase(texts.begin() + static_cast<std::ptrdiff_t>(k));
        break;
      }
    }
  }
  for (auto* r : reports) claimcheck_report_free(r);
  for (auto* s : sets) claimcheck_claims_free(s);
  claimcheck_engine_free(own_engine);
  claimcheck_engine_free(nullptr);
  claimcheck_claims_free(nullptr);
  claimcheck_report_free(nullptr);
  claimcheck_string_free(nullptr);
  return 0;
}
