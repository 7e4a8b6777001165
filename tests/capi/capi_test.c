/* Tests of the C ABI, compiled as C99 with -pedantic -Werror. */
#include <stdio.h>
#include <string.h>

#include <claimcheck/claimcheck.h>

static int failures = 0;
static int checks = 0;

#define EXPECT(cond)                                                      \
  do {                                                                    \
    ++checks;                                                             \
    if (!(cond)) {                                                        \
      ++failures;                                                         \
      fprintf(stderr, "%s:%d: expected %s\n", __FILE__, __LINE__, #cond); \
    }                                                                     \
  } while (0)

#define EXPECT_STR(actual, expected) EXPECT((actual) != NULL && strcmp((actual), (expected)) == 0)

static void test_version(void) {
  EXPECT(strcmp(claimcheck_version_string(), CLAIMCHECK_VERSION_STRING) == 0);
  EXPECT(strcmp(claimcheck_version_string(), "0.1.0") == 0);
}

static void test_codes_are_pinned(void) {
  EXPECT(CLAIMCHECK_OK == 0);
  EXPECT(CLAIMCHECK_EINVAL == -1);
  EXPECT(CLAIMCHECK_ECONFIG == -2);
  EXPECT(CLAIMCHECK_ENOMEM == -3);
  EXPECT(CLAIMCHECK_EINPUT == -4);
  EXPECT(CLAIMCHECK_EINTERNAL == -5);
}

/* Accessors given NULL handles or indices out of range answer 0 or NULL, and every _free takes
 * NULL. */
static void test_null_handles_are_harmless(void) {
  EXPECT_STR(claimcheck_last_error(), "");
  claimcheck_string_free(NULL);
  claimcheck_claims_free(NULL);
  claimcheck_report_free(NULL);
  EXPECT(claimcheck_claims_count(NULL) == 0);
  EXPECT(claimcheck_claims_get(NULL, 0) == NULL);
  EXPECT(claimcheck_claims_notes_count(NULL) == 0);
  EXPECT(claimcheck_claims_note_message(NULL, 0) == NULL);
  EXPECT(claimcheck_claim_begin(NULL) == 0);
  EXPECT(claimcheck_claim_end(NULL) == 0);
  EXPECT(claimcheck_claim_value(NULL) == 0.0);
  EXPECT(claimcheck_claim_has_low(NULL) == 0);
  EXPECT(claimcheck_claim_has_high(NULL) == 0);
  EXPECT(claimcheck_claim_unit(NULL) == NULL);
  EXPECT(claimcheck_claim_text(NULL) == NULL);
  EXPECT(claimcheck_claim_subject(NULL) == NULL);
  EXPECT(claimcheck_claim_qualifier(NULL) == NULL);
  EXPECT(claimcheck_report_claims_count(NULL) == 0);
  EXPECT(claimcheck_report_claim(NULL, 0) == NULL);
  EXPECT(claimcheck_report_groups_count(NULL) == 0);
  EXPECT(claimcheck_report_group_subject(NULL, 3) == NULL);
  EXPECT(claimcheck_report_group_claim(NULL, 0, 0) == 0);
  EXPECT(claimcheck_report_positions_count(NULL, 0) == 0);
  EXPECT(claimcheck_report_position_has_low(NULL, 0, 0) == 0);
  EXPECT(claimcheck_report_findings_count(NULL) == 0);
  EXPECT(claimcheck_report_finding_verdict(NULL, 0) == NULL);
  EXPECT(claimcheck_report_finding_reason(NULL, 0) == NULL);
  EXPECT(claimcheck_report_finding_a_count(NULL, 0) == 0);
  EXPECT(claimcheck_report_unattributed_count(NULL) == 0);
  EXPECT_STR(claimcheck_last_error(), "");
}

int main(void) {
  test_version();
  test_codes_are_pinned();
  test_null_handles_are_harmless();
  printf("%d passed, %d failed\n", checks - failures, failures);
  return failures == 0 ? 0 : 1;
}
