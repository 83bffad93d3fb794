// RUN: %memcheck --fail-on never --rules=use-after-free,double-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A call that frees one argument and is also given the same pointer as
 * another (a scanner passed as the block to free and as its context) uses it
 * before freeing it: the arguments are all passed before the call runs. */
#include <stdlib.h>

typedef void *scanner_t;
struct scanner { char *buf; };
static void scan_free(void *ptr, scanner_t ctx) { (void)ctx; free(ptr); }

int scanner_done(scanner_t sc)
{
    struct scanner *s = sc;
    scan_free(s->buf, sc);
    scan_free(sc, sc);
    return 0;
}

// CHECK: same-call.c:[[@LINE+1]]:51: error: 'sc' is released twice: scan_free() here, after scan_free() at line [[@LINE+1]] already released it [double-free]
void twice_bad(scanner_t sc) { scan_free(sc, sc); scan_free(sc, NULL); }
