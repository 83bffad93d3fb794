/* Support functions defined apart from their callers, as Juliet's io.c. */
#include <stdlib.h>

int globalReturnsTrue(void) { return 1; }
int globalReturnsFalse(void) { return 0; }
int globalReturnsTrueOrFalse(void) { return rand() % 2 == 0; }
int clampPercent(int d) { if (d > 100) return 100; if (d < 0) return 0; return d; }
int passThrough(int d) { return d; }
int isEnabled(int flag) { if (flag) return 1; return 0; }
