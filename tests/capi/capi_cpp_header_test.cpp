// The C header compiled as C++ (-Wall -Wextra -Werror -pedantic): extern "C" linkage, no C-only
// constructs, and the handles held in std::unique_ptr with the library's _free functions.
#include <claimcheck/claimcheck.h>

#include <cstdio>
#include <cstring>
#include <memory>
#include <string>

static_assert(CLAIMCHECK_OK == 0 && CLAIMCHECK_EINVAL == -1 && CLAIMCHECK_ECONFIG == -2 &&
                  CLAIMCHECK_ENOMEM == -3 && CLAIMCHECK_EINPUT == -4 && CLAIMCHECK_EINTERNAL == -5,
              "status codes are pinned");

namespace {

struct EngineFree {
  void operator()(claimcheck_engine* e) const { claimcheck_engine_free(e); }
};
struct ClaimsFree {
  void operator()(claimcheck_claims* c) const { claimcheck_claims_free(c); }
};
struct StringFree {
  void operator()(char* s) const { claimcheck_string_free(s); }
};

int failures = 0;

void expect(bool ok, const char* what) {
  if (!ok) {
    ++failures;
    std::fprintf(stderr, "expected %s\n", what);
  }
}

}  // namespace

int main() {
  claimcheck_engine* raw_engine = nullptr;
  expect(claimcheck_engine_new(&raw_engine, nullptr) == CLAIMCHECK_OK, "an engine");
  std::unique_ptr<claimcheck_engine, EngineFree> engine(raw_engine);

  const std::string text = "英伟达股价当天下跌16.97%。";
  claimcheck_claims* raw_claims = nullptr;
  expect(claimcheck_extract(engine.get(), "cpp", text.data(), text.size(), &raw_claims) == CLAIMCHECK_OK,
         "an extraction");
  std::unique_ptr<claimcheck_claims, ClaimsFree> claims(raw_claims);
  expect(claimcheck_claims_count(claims.get()) == 1, "one claim");
  const claimcheck_claim* c = claimcheck_claims_get(claims.get(), 0);
  expect(claimcheck_claim_begin(c) == text.find("16.97%"), "begin at 16.97%");
  expect(claimcheck_claim_end(c) == text.find("。"), "end before 。");
  expect(claimcheck_claim_value(c) == 16.97, "value 16.97");
  expect(std::strcmp(claimcheck_claim_unit(c), "percent") == 0, "unit percent");

  char* raw_json = nullptr;
  expect(claimcheck_claims_to_json(claims.get(), &raw_json) == CLAIMCHECK_OK, "JSON Lines");
  std::unique_ptr<char, StringFree> json(raw_json);
  expect(json && std::string(json.get()).find("\"unit\":\"percent\"") != std::string::npos,
         "the unit in the JSON");

  std::printf("%s\n", failures == 0 ? "passed" : "failed");
  return failures == 0 ? 0 : 1;
}
