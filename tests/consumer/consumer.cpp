#include <claimcheck/claimcheck.hpp>
#include <cstdio>
#include <cstring>

int main() {
  const char* v = claimcheck::version_string();
  std::printf("C++ consumer: claimcheck %s\n", v);
  return std::strcmp(v, CLAIMCHECK_VERSION_STRING) == 0 ? 0 : 1;
}
