/* Tests of the C ABI, compiled as C99 with -pedantic -Werror. */
#include <stdio.h>
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

static void test_version(void) {
  EXPECT(strcmp(claimcheck_version_string(), CLAIMCHECK_VERSION_STRING) == 0);
  EXPECT(strcmp(claimcheck_version_string(), "0.1.0") == 0);
}

int main(void) {
  test_version();
  printf("%d passed, %d failed\n", checks - failures, failures);
  return failures == 0 ? 0 : 1;
}
