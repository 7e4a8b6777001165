/*
 * claimcheck C ABI: extract numeric claims from news text and cross-check them across sources.
 *
 *   claimcheck_engine *engine = NULL;
 *   claimcheck_claims *claims = NULL;
 *   if (claimcheck_engine_new(&engine, NULL) != CLAIMCHECK_OK ||
 *       claimcheck_extract(engine, "a.txt", text, strlen(text), &claims) != CLAIMCHECK_OK)
 *     fprintf(stderr, "claimcheck: %s\n", claimcheck_last_error());
 *   for (size_t i = 0; i < claimcheck_claims_count(claims); ++i)
 *     printf("%s\n", claimcheck_claim_text(claimcheck_claims_get(claims, i)));
 *   claimcheck_claims_free(claims);
 *   claimcheck_engine_free(engine);
 *
 * Conventions
 *   - Every name starts with claimcheck_ or CLAIMCHECK_. Plain C99; no C++ type or exception
 *     crosses this boundary.
 *   - Functions that can fail return an int status: CLAIMCHECK_OK (0) or one of the pinned
 *     negative codes below, and leave a message for claimcheck_last_error(). On failure an output
 *     parameter is set to NULL.
 *   - Output parameters are owned by the caller, who releases them with the matching _free.
 *     Every _free accepts NULL.
 *   - Accessors never fail: given a NULL handle or an index out of range they return 0, NULL or
 *     "" as documented, and leave claimcheck_last_error() alone.
 *   - Text is UTF-8 given as (pointer, length in bytes); offsets are byte offsets into that
 *     text, end exclusive.
 *   - Strings returned by accessors are borrowed from the handle they were read from and stay
 *     valid until that handle is freed. Strings returned through a char ** are the caller's, to
 *     release with claimcheck_string_free().
 *
 * Threads
 *   - claimcheck_engine is immutable once built: any number of threads may use one engine at
 *     the same time.
 *   - claimcheck_claims, claimcheck_report and claimcheck_checker are plain values: any thread
 *     may use one, but not two threads at once while one of them modifies it (only
 *     claimcheck_checker_add modifies; readers may share).
 *   - claimcheck_last_error() is per thread.
 */
#ifndef CLAIMCHECK_H
#define CLAIMCHECK_H

#include <stddef.h>

#include "claimcheck/version.h"

#if defined(CLAIMCHECK_BUILDING_C_ABI)
#define CLAIMCHECK_API __attribute__((visibility("default")))
#else
#define CLAIMCHECK_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* An engine built from a configuration. Immutable once built; share it across threads. */
typedef struct claimcheck_engine claimcheck_engine;
/* The claims of one or more documents (one extraction, or claims read back from JSON Lines). */
typedef struct claimcheck_claims claimcheck_claims;
/* One claim, borrowed from the claims or report handle it was read from. */
typedef struct claimcheck_claim claimcheck_claim;
/* One cross-check result: claims, groups of comparable claims, positions and findings. */
typedef struct claimcheck_report claimcheck_report;
/* An incremental checker: add claims document by document, then ask for a report. */
typedef struct claimcheck_checker claimcheck_checker;

/* Status codes. Pinned: never renumbered, never reused. */
enum {
  CLAIMCHECK_OK = 0,         /* success */
  CLAIMCHECK_EINVAL = -1,    /* a NULL handle or output, NULL text with a non-zero length, ... */
  CLAIMCHECK_ECONFIG = -2,   /* a configuration that cannot be read; the message names the field */
  CLAIMCHECK_ENOMEM = -3,    /* out of memory */
  CLAIMCHECK_EINPUT = -4,    /* a document or JSON input refused; the message names the offset or line */
  CLAIMCHECK_EINTERNAL = -5  /* a bug in claimcheck; the message says what happened */
};

/* ---- Library --------------------------------------------------------------------------------- */

/* The library's version, e.g. "0.1.0"; compare with CLAIMCHECK_VERSION_STRING to detect a
 * header/library mismatch. A static string: do not free it. */
CLAIMCHECK_API const char *claimcheck_version_string(void);

/* The message of the last failed call on this thread, or "" when the last fallible call on this
 * thread succeeded. Borrowed: valid until the next claimcheck_ call on this thread. */
CLAIMCHECK_API const char *claimcheck_last_error(void);

/* Releases a string that claimcheck returned through a char ** parameter. NULL-safe. Never use
 * the C library's free() on these strings. */
CLAIMCHECK_API void claimcheck_string_free(char *s);

/* The built-in default configuration as JSON text (what `claimcheck config --dump` prints).
 * On success *out_json is the caller's, to release with claimcheck_string_free(). */
CLAIMCHECK_API int claimcheck_default_config_json(char **out_json);

/* ---- Engine ---------------------------------------------------------------------------------- */

/* Builds an engine from a configuration JSON text read over the built-in defaults, or from the
 * defaults alone when config_json is NULL. A bad configuration is CLAIMCHECK_ECONFIG with a
 * message naming the field. On success *out is the caller's, to release with
 * claimcheck_engine_free(). */
CLAIMCHECK_API int claimcheck_engine_new(claimcheck_engine **out, const char *config_json);

/* Like claimcheck_engine_new, reading the configuration from the file at `path`; messages name
 * the file. */
CLAIMCHECK_API int claimcheck_engine_from_file(claimcheck_engine **out, const char *path);

/* Releases an engine. NULL-safe. Claims, reports and checkers made with it stay valid. */
CLAIMCHECK_API void claimcheck_engine_free(claimcheck_engine *engine);

/* ---- Extraction ------------------------------------------------------------------------------ */

/* Extracts the claims of one document: `len` bytes of UTF-8 at `text` (NULL is allowed when len
 * is 0). `source` is the document's id, copied into every claim (NULL means ""). A document the
 * engine refuses (too large; invalid UTF-8 under strict_utf8) is CLAIMCHECK_EINPUT with a message
 * naming the byte offset. On success *out is the caller's, to release with
 * claimcheck_claims_free(). */
CLAIMCHECK_API int claimcheck_extract(const claimcheck_engine *engine, const char *source,
                                      const char *text, size_t len, claimcheck_claims **out);

/* Reads claims back from JSON Lines (what claimcheck_claims_to_json and `claimcheck extract`
 * write): `len` bytes at `jsonl` (NULL is allowed when len is 0). A bad line is
 * CLAIMCHECK_EINPUT with a message "jsonl:<line>: <field>: <what is wrong>". On success *out is
 * the caller's, to release with claimcheck_claims_free(). */
CLAIMCHECK_API int claimcheck_claims_from_jsonl(claimcheck_claims **out, const char *jsonl,
                                                size_t len);

/* Releases a claims handle and every claim and string borrowed from it. NULL-safe. */
CLAIMCHECK_API void claimcheck_claims_free(claimcheck_claims *claims);

/* The number of claims, in byte order for one extraction. 0 for NULL. */
CLAIMCHECK_API size_t claimcheck_claims_count(const claimcheck_claims *claims);

/* Claim i (0 <= i < count), borrowed from `claims`; NULL when out of range. */
CLAIMCHECK_API const claimcheck_claim *claimcheck_claims_get(const claimcheck_claims *claims,
                                                             size_t i);

/* The claims as JSON Lines, one object and one '\n' per claim, with the fields of the data
 * model. On success *out_json is the caller's, to release with claimcheck_string_free(). */
CLAIMCHECK_API int claimcheck_claims_to_json(const claimcheck_claims *claims, char **out_json);

/* Notes: numbers the extractor saw but did not make claims of, with the reason (e.g. a number
 * too long to represent exactly). The message is borrowed from `claims`; NULL when out of range. */
CLAIMCHECK_API size_t claimcheck_claims_notes_count(const claimcheck_claims *claims);
CLAIMCHECK_API size_t claimcheck_claims_note_begin(const claimcheck_claims *claims, size_t i);
CLAIMCHECK_API size_t claimcheck_claims_note_end(const claimcheck_claims *claims, size_t i);
CLAIMCHECK_API const char *claimcheck_claims_note_message(const claimcheck_claims *claims, size_t i);

/* ---- One claim --------------------------------------------------------------------------------
 * Every string below is borrowed from the handle the claim came from. With a NULL claim, numbers
 * are 0 and strings NULL. */

/* Byte span of the whole expression (hedge and unit included) in the document, end exclusive. */
CLAIMCHECK_API size_t claimcheck_claim_begin(const claimcheck_claim *c);
CLAIMCHECK_API size_t claimcheck_claim_end(const claimcheck_claim *c);
/* Exactly the bytes [begin, end) of the document, NUL-terminated. A claim never spans a NUL (nor
 * any control character but a tab), so the string is whole even when the document holds NULs. */
CLAIMCHECK_API const char *claimcheck_claim_text(const claimcheck_claim *c);
/* The document's id as given to claimcheck_extract. */
CLAIMCHECK_API const char *claimcheck_claim_source(const claimcheck_claim *c);
/* The stated number after multipliers ("558万美元" → 5580000); for a range, the midpoint. */
CLAIMCHECK_API double claimcheck_claim_value(const claimcheck_claim *c);
/* The stated bounds. has_low/has_high are 0 where a bound is open ("不到600万": no low bound),
 * and then low/high return 0. */
CLAIMCHECK_API int claimcheck_claim_has_low(const claimcheck_claim *c);
CLAIMCHECK_API double claimcheck_claim_low(const claimcheck_claim *c);
CLAIMCHECK_API int claimcheck_claim_has_high(const claimcheck_claim *c);
CLAIMCHECK_API double claimcheck_claim_high(const claimcheck_claim *c);
/* "exact", "approx", "at_least", "more_than", "at_most", "less_than" or "range". */
CLAIMCHECK_API const char *claimcheck_claim_qualifier(const claimcheck_claim *c);
/* "currency", "count", "percent", "duration", "multiple", "fraction", "number", ... */
CLAIMCHECK_API const char *claimcheck_claim_dimension(const claimcheck_claim *c);
/* Canonical unit: an ISO 4217 code for money ("USD"), "count", "percent", "year", "times", ... */
CLAIMCHECK_API const char *claimcheck_claim_unit(const claimcheck_claim *c);
/* For counts, the counted thing ("H800", "GPU"); NULL when absent. */
CLAIMCHECK_API const char *claimcheck_claim_object(const claimcheck_claim *c);
/* The canonical entity the claim is about ("DeepSeek"); NULL when absent. */
CLAIMCHECK_API const char *claimcheck_claim_subject(const claimcheck_claim *c);
/* The canonical measure ("training_cost", "gpu_count"); NULL when absent. */
CLAIMCHECK_API const char *claimcheck_claim_measure(const claimcheck_claim *c);
/* Byte span of the sentence holding the claim. */
CLAIMCHECK_API size_t claimcheck_claim_sentence_begin(const claimcheck_claim *c);
CLAIMCHECK_API size_t claimcheck_claim_sentence_end(const claimcheck_claim *c);

/* ---- Cross-check ----------------------------------------------------------------------------- */

/* Cross-checks the claims of `n_sets` claims handles together (sets may be NULL when n_sets is
 * 0; no element may be NULL). The report's claims are those of the sets, in order, and claim ids
 * in the report are indices into them. On success *out is the caller's, to release with
 * claimcheck_report_free(). */
CLAIMCHECK_API int claimcheck_check(const claimcheck_engine *engine,
                                    const claimcheck_claims *const *sets, size_t n_sets,
                                    claimcheck_report **out);

/* An empty incremental checker over `engine` (which may be freed before the checker). On success
 * *out is the caller's, to release with claimcheck_checker_free(). */
CLAIMCHECK_API int claimcheck_checker_new(claimcheck_checker **out, const claimcheck_engine *engine);
/* Adds a copy of every claim in `claims`; the caller keeps `claims`. */
CLAIMCHECK_API int claimcheck_checker_add(claimcheck_checker *checker, const claimcheck_claims *claims);
/* The number of claims added so far. 0 for NULL. */
CLAIMCHECK_API size_t claimcheck_checker_claims_count(const claimcheck_checker *checker);
/* Cross-checks every claim added so far, as claimcheck_check would; the checker can go on
 * taking claims. On success *out is the caller's, to release with claimcheck_report_free(). */
CLAIMCHECK_API int claimcheck_checker_report(const claimcheck_checker *checker,
                                             claimcheck_report **out);
/* Releases a checker. NULL-safe. */
CLAIMCHECK_API void claimcheck_checker_free(claimcheck_checker *checker);

/* Joins the reports of parts whose claims were split by comparison key (each key's claims all in
 * one part, as a distributed run produces them): the result is what one claimcheck_check over all
 * the claims returns when they are given in `source_order` (sources it does not list come after,
 * by name). `parts` holds n reports (NULL allowed when n is 0), which stay the caller's;
 * `source_order` holds n_sources NUL-terminated source names (NULL allowed when n_sources is 0).
 * On success *out is the caller's, to release with claimcheck_report_free(). */
CLAIMCHECK_API int claimcheck_report_merge(const claimcheck_report *const *parts, size_t n,
                                           const char *const *source_order, size_t n_sources,
                                           claimcheck_report **out);

/* Releases a report and everything borrowed from it. NULL-safe. */
CLAIMCHECK_API void claimcheck_report_free(claimcheck_report *report);

/* The report as one JSON document {"claims", "groups", "findings", ...}, indented: byte for byte
 * what `claimcheck check --format json` prints, without the final newline. On success *out_json is the caller's, to release with
 * claimcheck_string_free(). */
CLAIMCHECK_API int claimcheck_report_to_json(const claimcheck_report *report, char **out_json);

/* Reads a report back from the JSON claimcheck_report_to_json writes: `len` bytes at `json` (NULL
 * is allowed when len is 0). claimcheck_report_to_json of the result is the same text, byte for
 * byte; claim ids and group indices are checked against the report's lists. A bad document is
 * CLAIMCHECK_EINPUT with a message "json: <field path>: <what is wrong>" (e.g. "json:
 * findings[3].verdict: expected a string") or, for a syntax error, "json: line L, column C: ...".
 * On success *out is the caller's, to release with claimcheck_report_free(). */
CLAIMCHECK_API int claimcheck_report_from_json(claimcheck_report **out, const char *json,
                                               size_t len);

/* The report's claims; a claim id elsewhere in the report is an index here. The claim is
 * borrowed from `report`; NULL when out of range. */
CLAIMCHECK_API size_t claimcheck_report_claims_count(const claimcheck_report *report);
CLAIMCHECK_API const claimcheck_claim *claimcheck_report_claim(const claimcheck_report *report,
                                                               size_t id);

/* Claims without subject or measure: reported, not compared. Returns claim ids; 0 when out of
 * range. */
CLAIMCHECK_API size_t claimcheck_report_unattributed_count(const claimcheck_report *report);
CLAIMCHECK_API size_t claimcheck_report_unattributed(const claimcheck_report *report, size_t i);

/* Groups of comparable claims: one per key (subject, measure, dimension, object class; the
 * object class is "" for anything but counts). Strings are borrowed from `report`; NULL when
 * out of range. claimcheck_report_group_unit is the unit of the positions' bounds (money in
 * USD). claimcheck_report_group_claim returns the k-th claim id of group g. */
CLAIMCHECK_API size_t claimcheck_report_groups_count(const claimcheck_report *report);
CLAIMCHECK_API const char *claimcheck_report_group_subject(const claimcheck_report *report, size_t g);
CLAIMCHECK_API const char *claimcheck_report_group_measure(const claimcheck_report *report, size_t g);
CLAIMCHECK_API const char *claimcheck_report_group_dimension(const claimcheck_report *report, size_t g);
CLAIMCHECK_API const char *claimcheck_report_group_object_class(const claimcheck_report *report,
                                                                size_t g);
CLAIMCHECK_API const char *claimcheck_report_group_unit(const claimcheck_report *report, size_t g);
CLAIMCHECK_API size_t claimcheck_report_group_claims_count(const claimcheck_report *report, size_t g);
CLAIMCHECK_API size_t claimcheck_report_group_claim(const claimcheck_report *report, size_t g,
                                                    size_t k);

/* Positions of group g: claims whose intervals overlap, with the interval [low, high] in the
 * group's unit; has_low/has_high are 0 where it is open (and low/high then return 0). */
CLAIMCHECK_API size_t claimcheck_report_positions_count(const claimcheck_report *report, size_t g);
CLAIMCHECK_API int claimcheck_report_position_has_low(const claimcheck_report *report, size_t g,
                                                      size_t p);
CLAIMCHECK_API double claimcheck_report_position_low(const claimcheck_report *report, size_t g,
                                                     size_t p);
CLAIMCHECK_API int claimcheck_report_position_has_high(const claimcheck_report *report, size_t g,
                                                       size_t p);
CLAIMCHECK_API double claimcheck_report_position_high(const claimcheck_report *report, size_t g,
                                                      size_t p);
CLAIMCHECK_API size_t claimcheck_report_position_claims_count(const claimcheck_report *report,
                                                              size_t g, size_t p);
CLAIMCHECK_API size_t claimcheck_report_position_claim(const claimcheck_report *report, size_t g,
                                                       size_t p, size_t k);

/* Findings, worst first: two positions of one group that do not overlap.
 * verdict is "contradiction" or "discrepancy" (a static string; NULL when out of range);
 * gap_ratio is the larger lower bound divided by the smaller upper bound; same_source is 1 when
 * both sides come from one source only; reason is one readable line borrowed from `report`;
 * group is the finding's group index; a/b give the claim ids on each side. */
CLAIMCHECK_API size_t claimcheck_report_findings_count(const claimcheck_report *report);
CLAIMCHECK_API const char *claimcheck_report_finding_verdict(const claimcheck_report *report,
                                                             size_t f);
CLAIMCHECK_API double claimcheck_report_finding_gap_ratio(const claimcheck_report *report, size_t f);
CLAIMCHECK_API int claimcheck_report_finding_same_source(const claimcheck_report *report, size_t f);
CLAIMCHECK_API const char *claimcheck_report_finding_reason(const claimcheck_report *report,
                                                            size_t f);
CLAIMCHECK_API size_t claimcheck_report_finding_group(const claimcheck_report *report, size_t f);
CLAIMCHECK_API size_t claimcheck_report_finding_a_count(const claimcheck_report *report, size_t f);
CLAIMCHECK_API size_t claimcheck_report_finding_a(const claimcheck_report *report, size_t f,
                                                  size_t k);
CLAIMCHECK_API size_t claimcheck_report_finding_b_count(const claimcheck_report *report, size_t f);
CLAIMCHECK_API size_t claimcheck_report_finding_b(const claimcheck_report *report, size_t f,
                                                  size_t k);

#ifdef __cplusplus
}
#endif

#endif /* CLAIMCHECK_H */
