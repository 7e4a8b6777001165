/*
 * claimcheck C ABI: extract numeric claims from news text and cross-check them across sources.
 *
 * Conventions: every name starts with claimcheck_ / CLAIMCHECK_; functions that can fail return
 * an int status (CLAIMCHECK_OK or a pinned negative code) and leave a message for
 * claimcheck_last_error(); output parameters come first; every _free accepts NULL.
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

/* The library's version, e.g. "0.1.0". A static string: do not free it. */
CLAIMCHECK_API const char *claimcheck_version_string(void);

#ifdef __cplusplus
}
#endif

#endif /* CLAIMCHECK_H */
