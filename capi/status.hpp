// How every C entry point reports its outcome: a pinned status code and a thread-local message.
//
//   int claimcheck_something(claimcheck_x **out) {
//     CLAIMCHECK_C_BEGIN("claimcheck_something")
//     claimcheck::capi::require_out(out, "out");
//     ...                                   // may throw anything
//     CLAIMCHECK_C_END                      // OK and "" on success; otherwise a code and message
//   }
//
// Inside the pair, a failure is thrown as a capi::Failure (or any exception at all); the end
// macro catches every exception, stores its message for claimcheck_last_error() and returns the
// code, so nothing ever unwinds into C.
#ifndef CLAIMCHECK_CAPI_STATUS_HPP
#define CLAIMCHECK_CAPI_STATUS_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include "claimcheck/claimcheck.h"

namespace claimcheck::capi {

// An expected failure with its pinned code: bad configuration, bad input, misuse.
struct Failure {
  int code;
  std::string message;
};

// This thread's message: "" after a success.
const char* last_error_message() noexcept;
// Clears this thread's message and returns CLAIMCHECK_OK.
int succeed() noexcept;
// Maps the exception being handled to a code and message (prefixed with `function` for misuse
// and internal errors), stores the message for this thread and returns the code.
int fail_with_current_exception(const char* function) noexcept;

// Throws CLAIMCHECK_EINVAL naming `what` unless `pointer` is non-NULL.
void require(const void* pointer, const char* what);
// Throws CLAIMCHECK_EINVAL naming `what` unless `out` is non-NULL; then sets *out to NULL, so
// that a failure leaves a NULL output.
template <typename T>
void require_out(T** out, const char* what) {
  require(out, what);
  *out = nullptr;
}

// The `len` bytes at `data`; throws CLAIMCHECK_EINVAL naming `what` when data is NULL and len is
// not 0 (NULL with 0 is the empty text).
std::string_view require_bytes(const char* data, std::size_t len, const char* what);

// A malloc'd, NUL-terminated copy of `s` for the caller, released by claimcheck_string_free.
char* copy_for_caller(const std::string& s);

}  // namespace claimcheck::capi

#define CLAIMCHECK_C_BEGIN(function)             \
  const char* const claimcheck_c_function_ = function; \
  try {
#define CLAIMCHECK_C_END                                                        \
  return ::claimcheck::capi::succeed();                                         \
  }                                                                             \
  catch (...) {                                                                 \
    return ::claimcheck::capi::fail_with_current_exception(claimcheck_c_function_); \
  }

#endif
