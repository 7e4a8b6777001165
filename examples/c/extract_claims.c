/* Extracts the numeric claims of one text file through the C ABI and prints them, one per line:
 *
 *   extract_claims ARTICLE.txt
 *
 * prints "begin-end  text  =  value unit  (qualifier)  subject/measure". */
#include <stdio.h>
#include <stdlib.h>

#include <claimcheck/claimcheck.h>

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  char *text = NULL;
  size_t size = 0, cap = 0, n;
  if (f == NULL) return NULL;
  do {
    if (size + 4096 > cap) {
      char *grown = (char *)realloc(text, cap = 2 * cap + 4096);
      if (grown == NULL) break;
      text = grown;
    }
    n = fread(text + size, 1, cap - size, f);
    size += n;
  } while (n > 0);
  fclose(f);
  *len = size;
  return text;
}

static const char *or_dash(const char *s) { return s != NULL ? s : "-"; }

int main(int argc, char **argv) {
  claimcheck_engine *engine = NULL;
  claimcheck_claims *claims = NULL;
  size_t len = 0, i;
  char *text;
  int status;
  if (argc != 2) {
    fprintf(stderr, "usage: %s ARTICLE.txt\n", argv[0]);
    return 2;
  }
  text = read_file(argv[1], &len);
  if (text == NULL) {
    fprintf(stderr, "%s: cannot read the file\n", argv[1]);
    return 1;
  }
  status = claimcheck_engine_new(&engine, NULL);
  if (status == CLAIMCHECK_OK) status = claimcheck_extract(engine, argv[1], text, len, &claims);
  if (status != CLAIMCHECK_OK) {
    fprintf(stderr, "%s: %s\n", argv[1], claimcheck_last_error());
  } else {
    for (i = 0; i < claimcheck_claims_count(claims); ++i) {
      const claimcheck_claim *c = claimcheck_claims_get(claims, i);
      printf("%zu-%zu  %s  =  %g %s  (%s)  %s/%s\n", claimcheck_claim_begin(c), claimcheck_claim_end(c),
             claimcheck_claim_text(c), claimcheck_claim_value(c), claimcheck_claim_unit(c),
             claimcheck_claim_qualifier(c), or_dash(claimcheck_claim_subject(c)),
             or_dash(claimcheck_claim_measure(c)));
    }
    printf("%zu claims\n", claimcheck_claims_count(claims));
  }
  claimcheck_claims_free(claims);
  claimcheck_engine_free(engine);
  free(text);
  return status == CLAIMCHECK_OK ? 0 : 1;
}
