// The library as a whole: its version, the last error of this thread, and strings it hands out.
#include <cstdlib>

#include "handles.hpp"
#include "status.hpp"

extern "C" {

const char* claimcheck_version_string(void) { return claimcheck::version_string(); }

const char* claimcheck_last_error(void) { return claimcheck::capi::last_error_message(); }

void claimcheck_string_free(char* s) { std::free(s); }

}  // extern "C"
