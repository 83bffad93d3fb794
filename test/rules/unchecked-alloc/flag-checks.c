// RUN: %memcheck --fail-on error --rules=unchecked-alloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* unchecked-alloc: a check kept in a local flag, or spelled as a conversion to
   bool, counts as the check it stands for. */
#include <stdbool.h>
#include <stdlib.h>

int flag_ok(void) { char *p = malloc(8); int ok = p != NULL; if (!ok) return -1; p[0] = 0; free(p); return 0; }
int flag_failed(void) { char *p = malloc(8); bool failed = (p == NULL); if (failed) return -1; p[0] = 0; free(p); return 0; }
int flag_not(void) { char *p = malloc(8); bool failed = !p; if (failed != 0) return -1; p[0] = 0; free(p); return 0; }
int flag_eq_zero(void) { char *p = malloc(8); int ok = NULL != p; if (ok == 0) exit(1); p[0] = 0; free(p); return 0; }
int flag_eq_one(void) { char *p = malloc(8); int ok = (p != NULL); if (ok == 1) { p[0] = 0; free(p); } return 0; }
int flag_bool(void) { char *p = malloc(8); bool ok = p; if (ok) p[0] = 0; free(p); return 0; }
int cast_eq_zero(void) { char *p = malloc(8); if ((_Bool)p == 0) return -1; p[0] = 0; free(p); return 0; }
int cast_ne_zero(void) { char *p = malloc(8); if ((bool)p != 0) p[0] = 0; free(p); return 0; }
int cast_eq_one(void) { char *p = malloc(8); if ((bool)p == 1) p[0] = 0; free(p); return 0; }
int cast_not(void) { char *p = malloc(8); if (!(bool)p) return -1; p[0] = 0; free(p); return 0; }

/* a flag that is computed but never tested checks nothing */
// CHECK: flag-checks.c:[[@LINE+1]]:70: warning: 'p' from malloc() at line [[@LINE+1]] may be NULL: written through without a check [unchecked-alloc]
int flag_unused_bad(void) { char *p = malloc(8); int ok = p != NULL; p[0] = 0; free(p); return ok; }
/* a flag tested for something else */
// CHECK: flag-checks.c:[[@LINE+1]]:92: warning: 'p' from malloc() at line [[@LINE+1]] may be NULL: written through without a check [unchecked-alloc]
int flag_other_bad(int n) { char *p = malloc(8); int ok = p != NULL; if (n > 0) return ok; p[0] = 0; free(p); return 0; }
