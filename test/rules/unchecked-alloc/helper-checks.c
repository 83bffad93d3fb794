// RUN: %memcheck --fail-on error --rules=unchecked-alloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* unchecked-alloc: a check done by a helper that returns whether its argument is
   non-NULL (or NULL) counts where the caller tests the helper's result. */
#include <stdbool.h>
#include <stdlib.h>

static int valid(const char *p) { return p != NULL; }
static bool is_null(const char *p) { if (p == NULL) return true; return false; }
static int usable(const char *p) { if (!p) return 0; return 1; }
static int missing(const void *p) { return !p; }

int helper_not(void) { char *p = malloc(8); if (!valid(p)) return -1; p[0] = 0; free(p); return 0; }
int helper_null(void) { char *p = malloc(8); if (is_null(p)) return -1; p[0] = 0; free(p); return 0; }
int helper_eq_zero(void) { char *p = malloc(8); if (usable(p) == 0) exit(1); p[0] = 0; free(p); return 0; }
int helper_in_flag(void) { char *p = malloc(8); int ok = valid(p); if (ok) p[0] = 0; free(p); return 0; }
int helper_negated(void) { char *p = malloc(8); if (missing(p)) return -1; p[0] = 0; free(p); return 0; }
int helper_and(void) { char *p = malloc(8); if (valid(p) && p[0] == 0) p[1] = 0; free(p); return 0; }

/* a helper that tells nothing about its argument is no check */
static int always(const char *p) { (void)p; return 1; }
// CHECK: helper-checks.c:[[@LINE+1]]:67: warning: 'p' from malloc() at line [[@LINE+1]] may be NULL: written through without a check [unchecked-alloc]
int helper_always_bad(void) { char *p = malloc(8); if (always(p)) p[0] = 0; free(p); return 0; }
/* nor one that tests something else */
static int positive(const char *p, int n) { (void)p; return n > 0; }
// CHECK: helper-checks.c:[[@LINE+1]]:84: warning: 'p' from malloc() at line [[@LINE+1]] may be NULL: written through without a check [unchecked-alloc]
int helper_other_bad(int n) { char *p = malloc(8); if (!positive(p, n)) return -1; p[0] = 0; free(p); return 0; }
