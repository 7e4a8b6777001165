// claimcheck: extract numeric claims from news text, normalize them, and cross-check them
// across sources. This header brings in the whole public C++ API.
#ifndef CLAIMCHECK_CLAIMCHECK_HPP
#define CLAIMCHECK_CLAIMCHECK_HPP

#include "claimcheck/claim.hpp"
#include "claimcheck/config.hpp"
#include "claimcheck/engine.hpp"
#include "claimcheck/html_report.hpp"
#include "claimcheck/json.hpp"
#include "claimcheck/report.hpp"
#include "claimcheck/version.h"

namespace claimcheck {

// The version the library was built as, e.g. "0.1.0"; compare with CLAIMCHECK_VERSION_STRING
// to detect a header/library mismatch.
const char* version_string() noexcept;

}  // namespace claimcheck

#endif
