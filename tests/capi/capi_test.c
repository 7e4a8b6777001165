/* Tests of the C ABI, compiled as C99 with -pedantic -Werror. */
#include <stdio.h>
#include <stdlib.h>
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
#define EXPECT_HAS(actual, part) EXPECT((actual) != NULL && strstr((actual), (part)) != NULL)

/* The whole file at `path`, NUL-terminated, in *len bytes; NULL if it cannot be read. */
static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  char *text = NULL;
  long size = 0;
  if (f == NULL) return NULL;
  if (fseek(f, 0, SEEK_END) == 0 && (size = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
      (text = (char *)malloc((size_t)size + 1)) != NULL) {
    *len = fread(text, 1, (size_t)size, f);
    text[*len] = '\0';
  }
  fclose(f);
  return text;
}

static char *read_article(const char *name, size_t *len) {
  char path[1024];
  char *text;
  snprintf(path, sizeof path, "%s/articles/%s", CLAIMCHECK_EXAMPLES_DIR, name);
  text = read_file(path, len);
  if (text == NULL) fprintf(stderr, "cannot read %s\n", path);
  return text;
}

/* The first claim of `claims` whose text is exactly `text`, or NULL. */
static const claimcheck_claim *find_claim(const claimcheck_claims *claims, const char *text) {
  size_t i;
  for (i = 0; i < claimcheck_claims_count(claims); ++i) {
    const claimcheck_claim *c = claimcheck_claims_get(claims, i);
    if (strcmp(claimcheck_claim_text(c), text) == 0) return c;
  }
  return NULL;
}

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

/* Misuse is refused with CLAIMCHECK_EINVAL, a message naming the parameter, and NULL outputs. */
static void test_misuse(void) {
  claimcheck_engine *engine = NULL;
  claimcheck_claims *claims = (claimcheck_claims *)&engine; /* not NULL: must be reset */
  claimcheck_report *report = NULL;
  char *json = NULL;
  const claimcheck_claims *sets[1] = {NULL};

  EXPECT(claimcheck_engine_new(NULL, NULL) == CLAIMCHECK_EINVAL);
  EXPECT_STR(claimcheck_last_error(), "claimcheck_engine_new: out is NULL");
  EXPECT(claimcheck_engine_new(&engine, NULL) == CLAIMCHECK_OK);
  EXPECT_STR(claimcheck_last_error(), "");

  EXPECT(claimcheck_extract(NULL, "a", "1", 1, &claims) == CLAIMCHECK_EINVAL);
  EXPECT_STR(claimcheck_last_error(), "claimcheck_extract: engine is NULL");
  EXPECT(claims == NULL);
  EXPECT(claimcheck_extract(engine, "a", NULL, 4, &claims) == CLAIMCHECK_EINVAL);
  EXPECT_STR(claimcheck_last_error(), "claimcheck_extract: text is NULL with a non-zero length");
  EXPECT(claimcheck_extract(engine, "a", "1", 1, NULL) == CLAIMCHECK_EINVAL);
  EXPECT_STR(claimcheck_last_error(), "claimcheck_extract: out is NULL");
  /* NULL text of length 0 is the empty document; NULL source is "". */
  EXPECT(claimcheck_extract(engine, NULL, NULL, 0, &claims) == CLAIMCHECK_OK);
  EXPECT(claims != NULL && claimcheck_claims_count(claims) == 0);
  claimcheck_claims_free(claims);

  EXPECT(claimcheck_check(NULL, NULL, 0, &report) == CLAIMCHECK_EINVAL);
  EXPECT_STR(claimcheck_last_error(), "claimcheck_check: engine is NULL");
  EXPECT(claimcheck_check(engine, NULL, 2, &report) == CLAIMCHECK_EINVAL);
  EXPECT_HAS(claimcheck_last_error(), "sets");
  EXPECT(claimcheck_check(engine, sets, 1, &report) == CLAIMCHECK_EINVAL);
  EXPECT_STR(claimcheck_last_error(), "claimcheck_check: sets[0] is NULL");
  EXPECT(report == NULL);
  EXPECT(claimcheck_check(engine, NULL, 0, &report) == CLAIMCHECK_OK);
  EXPECT(claimcheck_report_claims_count(report) == 0 && claimcheck_report_findings_count(report) == 0);
  claimcheck_report_free(report);

  EXPECT(claimcheck_claims_to_json(NULL, &json) == CLAIMCHECK_EINVAL);
  EXPECT_STR(claimcheck_last_error(), "claimcheck_claims_to_json: claims is NULL");
  EXPECT(json == NULL);
  EXPECT(claimcheck_report_to_json(NULL, &json) == CLAIMCHECK_EINVAL);
  EXPECT(claimcheck_claims_from_jsonl(&claims, NULL, 3) == CLAIMCHECK_EINVAL);
  EXPECT_STR(claimcheck_last_error(), "claimcheck_claims_from_jsonl: jsonl is NULL with a non-zero length");
  EXPECT(claimcheck_checker_new(NULL, engine) == CLAIMCHECK_EINVAL);
  EXPECT(claimcheck_checker_add(NULL, NULL) == CLAIMCHECK_EINVAL);
  EXPECT_STR(claimcheck_last_error(), "claimcheck_checker_add: checker is NULL");
  {
    claimcheck_engine *kept = engine; /* still ours: a failed call only resets *out */
    EXPECT(claimcheck_engine_from_file(&engine, NULL) == CLAIMCHECK_EINVAL);
    EXPECT_STR(claimcheck_last_error(), "claimcheck_engine_from_file: path is NULL");
    EXPECT(engine == NULL);
    claimcheck_engine_free(kept);
  }
  claimcheck_engine_free(NULL);
  claimcheck_checker_free(NULL);
}

static void test_bad_configuration(void) {
  claimcheck_engine *engine = NULL;
  EXPECT(claimcheck_engine_new(&engine, "{\"thresholds\": 3}") == CLAIMCHECK_ECONFIG);
  EXPECT(engine == NULL);
  EXPECT_HAS(claimcheck_last_error(), "thresholds");
  EXPECT(claimcheck_engine_new(&engine, "{\"thresholds\": {\"contradiction_ratio\": \"high\"}}") ==
         CLAIMCHECK_ECONFIG);
  EXPECT_HAS(claimcheck_last_error(), "thresholds.contradiction_ratio");
  EXPECT(claimcheck_engine_new(&engine, "{\"entities\": [") == CLAIMCHECK_ECONFIG);
  EXPECT_HAS(claimcheck_last_error(), "line 1");
  EXPECT(claimcheck_engine_from_file(&engine, "no-such-dir/config.json") == CLAIMCHECK_ECONFIG);
  EXPECT_HAS(claimcheck_last_error(), "no-such-dir/config.json");
  EXPECT(engine == NULL);
}

/* Invalid UTF-8 is read around by default, and refused naming the byte offset under strict_utf8. */
static void test_invalid_utf8(void) {
  static const char text[] = "DeepSeek\xff\xfe used 2000 H800 GPUs.";
  claimcheck_engine *lenient = NULL;
  claimcheck_engine *strict = NULL;
  claimcheck_claims *claims = NULL;
  EXPECT(claimcheck_engine_new(&lenient, NULL) == CLAIMCHECK_OK);
  EXPECT(claimcheck_engine_new(&strict, "{\"limits\": {\"strict_utf8\": true}}") == CLAIMCHECK_OK);

  EXPECT(claimcheck_extract(lenient, "bad.txt", text, sizeof text - 1, &claims) == CLAIMCHECK_OK);
  EXPECT(claimcheck_claims_count(claims) == 1);
  EXPECT(claimcheck_claim_begin(claimcheck_claims_get(claims, 0)) == 16);
  EXPECT(claimcheck_claim_value(claimcheck_claims_get(claims, 0)) == 2000.0);
  claimcheck_claims_free(claims);

  EXPECT(claimcheck_extract(strict, "bad.txt", text, sizeof text - 1, &claims) == CLAIMCHECK_EINPUT);
  EXPECT(claims == NULL);
  EXPECT_HAS(claimcheck_last_error(), "8");
  claimcheck_engine_free(strict);
  claimcheck_engine_free(lenient);
}

/* The claims of one sample article, value by value. */
static void test_known_article(void) {
  size_t len = 0;
  char *text = read_article("market-brief_zh-hans.txt", &len);
  claimcheck_engine *engine = NULL;
  claimcheck_claims *claims = NULL;
  const claimcheck_claim *c;
  if (text == NULL) {
    EXPECT(text != NULL);
    return;
  }
  EXPECT(claimcheck_engine_new(&engine, NULL) == CLAIMCHECK_OK);
  EXPECT(claimcheck_extract(engine, "market-brief", text, len, &claims) == CLAIMCHECK_OK);

  c = find_claim(claims, "约600万美元");
  EXPECT(c != NULL);
  EXPECT(claimcheck_claim_begin(c) == (size_t)(strstr(text, "约600万美元") - text));
  EXPECT(claimcheck_claim_end(c) == claimcheck_claim_begin(c) + strlen("约600万美元"));
  EXPECT(claimcheck_claim_value(c) == 6e6);
  EXPECT_STR(claimcheck_claim_unit(c), "USD");
  EXPECT_STR(claimcheck_claim_dimension(c), "currency");
  EXPECT_STR(claimcheck_claim_qualifier(c), "approx");
  EXPECT(claimcheck_claim_has_low(c) && claimcheck_claim_low(c) == 6e6);
  EXPECT(claimcheck_claim_has_high(c) && claimcheck_claim_high(c) == 6e6);
  EXPECT_STR(claimcheck_claim_subject(c), "DeepSeek");
  EXPECT_STR(claimcheck_claim_measure(c), "training_cost");
  EXPECT(claimcheck_claim_object(c) == NULL);
  EXPECT_STR(claimcheck_claim_source(c), "market-brief");
  EXPECT(claimcheck_claim_sentence_begin(c) == (size_t)(strstr(text, "DeepSeek声称") - text));
  EXPECT(claimcheck_claim_sentence_end(c) > claimcheck_claim_end(c));

  c = find_claim(claims, "至少有5万张GPU");
  EXPECT(c != NULL);
  EXPECT(claimcheck_claim_value(c) == 50000.0);
  EXPECT_STR(claimcheck_claim_unit(c), "count");
  EXPECT_STR(claimcheck_claim_object(c), "GPU");
  EXPECT_STR(claimcheck_claim_qualifier(c), "at_least");
  EXPECT(claimcheck_claim_has_low(c) && claimcheck_claim_low(c) == 50000.0);
  EXPECT(!claimcheck_claim_has_high(c) && claimcheck_claim_high(c) == 0.0);

  c = find_claim(claims, "7%");
  EXPECT(c != NULL);
  EXPECT(claimcheck_claim_value(c) == 7.0);
  EXPECT_STR(claimcheck_claim_unit(c), "percent");
  EXPECT_STR(claimcheck_claim_subject(c), "Nvidia");

  /* Noise is not a claim: the date, the page's heat counter. */
  EXPECT(find_claim(claims, "2025-01-29") == NULL);
  EXPECT(find_claim(claims, "8,431") == NULL);
  EXPECT(claimcheck_claims_get(claims, claimcheck_claims_count(claims)) == NULL);

  claimcheck_claims_free(claims);
  claimcheck_engine_free(engine);
  free(text);
}

/* Claims written as JSON Lines read back to the same claims. */
static void test_json_lines_round_trip(void) {
  static const char text[] = "DeepSeek used 2000 H800 GPUs; the training cost was about $5.6 million.";
  claimcheck_engine *engine = NULL;
  claimcheck_claims *claims = NULL;
  claimcheck_claims *back = NULL;
  char *json = NULL;
  char *again = NULL;
  EXPECT(claimcheck_engine_new(&engine, NULL) == CLAIMCHECK_OK);
  EXPECT(claimcheck_extract(engine, "a.txt", text, sizeof text - 1, &claims) == CLAIMCHECK_OK);
  EXPECT(claimcheck_claims_count(claims) == 2);
  EXPECT(claimcheck_claims_to_json(claims, &json) == CLAIMCHECK_OK);
  EXPECT_HAS(json, "\"source\":\"a.txt\"");
  EXPECT(claimcheck_claims_from_jsonl(&back, json, strlen(json)) == CLAIMCHECK_OK);
  EXPECT(claimcheck_claims_count(back) == 2);
  EXPECT(claimcheck_claims_to_json(back, &again) == CLAIMCHECK_OK);
  EXPECT_STR(again, json);
  claimcheck_claims_free(back);
  back = NULL;
  EXPECT(claimcheck_claims_from_jsonl(&back, "{\"source\": 1}\n", 15) == CLAIMCHECK_EINPUT);
  EXPECT_HAS(claimcheck_last_error(), "jsonl:1:");
  EXPECT(back == NULL);
  claimcheck_string_free(again);
  claimcheck_string_free(json);
  claimcheck_claims_free(claims);
  claimcheck_engine_free(engine);
}

/* The sample articles cross-checked: the 7 % against 16.97 % share-price fall contradicts. */
static void test_cross_check(void) {
  static const char *const names[] = {"daily-tech-wire_zh-hans.txt", "market-brief_zh-hans.txt",
                                      "global-markets-report_en.txt"};
  claimcheck_engine *engine = NULL;
  claimcheck_claims *sets[3] = {NULL, NULL, NULL};
  claimcheck_checker *checker = NULL;
  claimcheck_report *report = NULL;
  claimcheck_report *incremental = NULL;
  claimcheck_report *back = NULL;
  claimcheck_report *merged = NULL;
  char *json = NULL;
  char *json_incremental = NULL;
  char *json_back = NULL;
  char *json_merged = NULL;
  size_t i, f, found = 0, total = 0;
  EXPECT(claimcheck_engine_new(&engine, NULL) == CLAIMCHECK_OK);
  EXPECT(claimcheck_checker_new(&checker, engine) == CLAIMCHECK_OK);
  for (i = 0; i < 3; ++i) {
    size_t len = 0;
    char *text = read_article(names[i], &len);
    EXPECT(text != NULL);
    EXPECT(claimcheck_extract(engine, names[i], text, len, &sets[i]) == CLAIMCHECK_OK);
    EXPECT(claimcheck_checker_add(checker, sets[i]) == CLAIMCHECK_OK);
    total += claimcheck_claims_count(sets[i]);
    free(text);
  }
  EXPECT(claimcheck_checker_claims_count(checker) == total);
  EXPECT(claimcheck_check(engine, (const claimcheck_claims *const *)sets, 3, &report) == CLAIMCHECK_OK);
  EXPECT(claimcheck_report_claims_count(report) == total);
  for (f = 0; f < claimcheck_report_findings_count(report); ++f) {
    size_t g = claimcheck_report_finding_group(report, f);
    const claimcheck_claim *a = claimcheck_report_claim(report, claimcheck_report_finding_a(report, f, 0));
    const claimcheck_claim *b = claimcheck_report_claim(report, claimcheck_report_finding_b(report, f, 0));
    if (strcmp(claimcheck_report_group_measure(report, g), "share_price_change") != 0) continue;
    ++found;
    EXPECT_STR(claimcheck_report_finding_verdict(report, f), "contradiction");
    EXPECT_STR(claimcheck_report_group_subject(report, g), "Nvidia");
    EXPECT_STR(claimcheck_report_group_unit(report, g), "percent");
    EXPECT(claimcheck_report_finding_gap_ratio(report, f) > 2.0);
    EXPECT(!claimcheck_report_finding_same_source(report, f));
    EXPECT(claimcheck_report_finding_reason(report, f)[0] != '\0');
    EXPECT(claimcheck_report_finding_a_count(report, f) >= 1 && claimcheck_report_finding_b_count(report, f) >= 1);
    EXPECT(a != NULL && b != NULL);
    EXPECT(strcmp(claimcheck_claim_text(a), "7%") == 0 || strcmp(claimcheck_claim_text(b), "7%") == 0);
    EXPECT(claimcheck_report_positions_count(report, g) == 2);
    EXPECT(claimcheck_report_position_claims_count(report, g, 0) + claimcheck_report_position_claims_count(report, g, 1) ==
           claimcheck_report_group_claims_count(report, g));
  }
  EXPECT(found == 1);

  EXPECT(claimcheck_checker_report(checker, &incremental) == CLAIMCHECK_OK);
  EXPECT(claimcheck_report_to_json(report, &json) == CLAIMCHECK_OK);
  EXPECT(claimcheck_report_to_json(incremental, &json_incremental) == CLAIMCHECK_OK);
  EXPECT(json != NULL && json[0] == '{');
  EXPECT_HAS(json, "\"findings\"");
  EXPECT_STR(json_incremental, json);

  /* Read back from its JSON: the same report, written again byte for byte, and merged alone
   * (as a distributed run's one part) still the same. */
  EXPECT(claimcheck_report_from_json(&back, json, strlen(json)) == CLAIMCHECK_OK);
  EXPECT_STR(claimcheck_last_error(), "");
  EXPECT(claimcheck_report_claims_count(back) == total);
  EXPECT(claimcheck_report_findings_count(back) == claimcheck_report_findings_count(report));
  EXPECT(claimcheck_report_groups_count(back) == claimcheck_report_groups_count(report));
  for (f = 0; f < claimcheck_report_findings_count(back); ++f) {
    EXPECT(claimcheck_report_finding_gap_ratio(back, f) == claimcheck_report_finding_gap_ratio(report, f));
    EXPECT_STR(claimcheck_report_finding_reason(back, f), claimcheck_report_finding_reason(report, f));
  }
  EXPECT(claimcheck_report_to_json(back, &json_back) == CLAIMCHECK_OK);
  EXPECT_STR(json_back, json);
  EXPECT(claimcheck_report_merge((const claimcheck_report *const *)&back, 1, names, 3, &merged) == CLAIMCHECK_OK);
  EXPECT(claimcheck_report_to_json(merged, &json_merged) == CLAIMCHECK_OK);
  EXPECT_STR(json_merged, json);

  claimcheck_string_free(json_merged);
  claimcheck_string_free(json_back);
  claimcheck_report_free(merged);
  claimcheck_report_free(back);
  claimcheck_string_free(json);
  claimcheck_string_free(json_incremental);
  claimcheck_report_free(incremental);
  claimcheck_report_free(report);
  claimcheck_checker_free(checker);
  for (i = 0; i < 3; ++i) claimcheck_claims_free(sets[i]);
  claimcheck_engine_free(engine);
}

/* A report JSON that the writer would not have written is refused, naming the field. */
static void test_bad_report_json(void) {
  static const char bad_verdict[] =
      "{\"claims\": [], \"groups\": [], \"findings\": [{\"verdict\": 3}], \"unattributed\": []}";
  static const char bad_id[] = "{\"claims\": [], \"groups\": [], \"findings\": [], \"unattributed\": [0]}";
  claimcheck_report *report = NULL;
  EXPECT(claimcheck_report_from_json(&report, bad_verdict, sizeof bad_verdict - 1) == CLAIMCHECK_EINPUT);
  EXPECT_STR(claimcheck_last_error(), "json: findings[0].verdict: expected a string");
  EXPECT(report == NULL);
  EXPECT(claimcheck_report_from_json(&report, bad_id, sizeof bad_id - 1) == CLAIMCHECK_EINPUT);
  EXPECT_STR(claimcheck_last_error(), "json: unattributed[0]: expected a claim id below 0, got 0");
  EXPECT(claimcheck_report_from_json(&report, "{\"claims\": [", 12) == CLAIMCHECK_EINPUT);
  EXPECT_HAS(claimcheck_last_error(), "json: line 1, column 13: syntax error");
  EXPECT(claimcheck_report_from_json(&report, NULL, 3) == CLAIMCHECK_EINVAL);
  EXPECT_STR(claimcheck_last_error(), "claimcheck_report_from_json: json is NULL with a non-zero length");
  EXPECT(claimcheck_report_from_json(NULL, bad_id, sizeof bad_id - 1) == CLAIMCHECK_EINVAL);
  EXPECT(claimcheck_report_from_json(&report, NULL, 0) == CLAIMCHECK_EINPUT);
  EXPECT(report == NULL);
}

int main(void) {
  test_version();
  test_codes_are_pinned();
  test_null_handles_are_harmless();
  test_misuse();
  test_bad_configuration();
  test_invalid_utf8();
  test_known_article();
  test_json_lines_round_trip();
  test_cross_check();
  test_bad_report_json();
  printf("%d passed, %d failed\n", checks - failures, failures);
  return failures == 0 ? 0 : 1;
}
