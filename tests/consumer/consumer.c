#include <stdio.h>
#include <string.h>

#include <claimcheck/claimcheck.h>

int main(void) {
  const char *v = claimcheck_version_string();
  printf("C consumer: claimcheck %s\n", v);
  return strcmp(v, CLAIMCHECK_VERSION_STRING) == 0 ? 0 : 1;
}
