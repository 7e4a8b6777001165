// The thread-local last error and the mapping from exceptions to pinned status codes.
#include "status.hpp"

#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>

namespace claimcheck::capi {

namespace {

thread_local std::string t_last_error;

int store(int code, const char* prefix, const char* message) noexcept {
  try {
    t_last_error.clear();
    if (prefix != nullptr) {
      t_last_error += prefix;
      t_last_error += ": ";
    }
    t_last_error += message;
  } catch (...) {
    t_last_error.clear();  // no memory even for the message: the code still tells
  }
  return code;
}

}  // namespace

const char* last_error_message() noexcept { return t_last_error.c_str(); }

int succeed() noexcept {
  t_last_error.clear();
  return CLAIMCHECK_OK;
}

int fail_with_current_exception(const char* function) noexcept {
  try {
    throw;
  } catch (const Failure& failure) {
    const bool misuse = failure.code == CLAIMCHECK_EINVAL || failure.code == CLAIMCHECK_EINTERNAL;
    return store(failure.code, misuse ? function : nullptr, failure.message.c_str());
  } catch (const std::bad_alloc&) {
    return store(CLAIMCHECK_ENOMEM, function, "out of memory");
  } catch (const std::exception& e) {
    return store(CLAIMCHECK_EINTERNAL, function, e.what());
  } catch (...) {
    return store(CLAIMCHECK_EINTERNAL, function, "unknown exception");
  }
}

void require(const void* pointer, const char* what) {
  if (pointer == nullptr) throw Failure{CLAIMCHECK_EINVAL, std::string(what) + " is NULL"};
}

std::string_view require_bytes(const char* data, std::size_t len, const char* what) {
  if (len == 0) return {};
  if (data == nullptr)
    throw Failure{CLAIMCHECK_EINVAL, std::string(what) + " is NULL with a non-zero length"};
  return {data, len};
}

char* copy_for_caller(const std::string& s) {
  char* copy = static_cast<char*>(std::malloc(s.size() + 1));
  if (copy == nullptr) throw std::bad_alloc();
  std::memcpy(copy, s.c_str(), s.size() + 1);
  return copy;
}

}  // namespace claimcheck::capi

