#include "claimcheck/claimcheck.hpp"

namespace claimcheck {

const char* version_string() noexcept { return CLAIMCHECK_VERSION_STRING; }

}  // namespace claimcheck
