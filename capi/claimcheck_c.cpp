// The C ABI over the C++ core. No exception and no C++ type crosses this boundary.
#include "claimcheck/claimcheck.h"

#include "claimcheck/claimcheck.hpp"

extern "C" {

const char *claimcheck_version_string(void) { return claimcheck::version_string(); }

}  // extern "C"
