// RUN: %memcheck --fail-on never --rules=double-free,take-naming,leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A take-named callee whose body frees its argument on every path released
 * it: a free after the call is a double free (an error), not a transfer the
 * caller ignored (a naming warning). */
#include <stdlib.h>

static int consume(char *p)
{
    if (p[0] == 0) {
        free(p);
        return -1;
    }
    free(p);
    return 0;
}

void consume_then_free_bad(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    p[0] = 1;
    if (consume(p) < 0) {
        // CHECK: released-by-take-verb.c:[[@LINE+1]]:9: error: 'p' is released twice: free() here, after consume() at line [[@LINE-1]] already released it [double-free]
        free(p);
        return;
    }
}

void consume_ok(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    p[0] = 1;
    consume(p);
}
