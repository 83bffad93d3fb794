// RUN: %memcheck --fail-on never --rules=use-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A use after free is reported once per path, at its first use. Where two
 * paths meet as one state, one that had its first use already and one that
 * had none, the use after the join is the first on the second path: it is
 * reported too, whichever path was walked first. */
#include <stdlib.h>
struct conn { int fd; };
void send_to(const struct conn *c);
int pick(void);

void used_on_one_branch(struct conn *c)
{
    free(c);
    int verbose = pick();
    if (verbose)
        pick();
    else
// CHECK: first-use-on-each-path.c:[[@LINE+1]]:9: error: 'c' is passed to send_to() after free() released it at line 13 [use-after-free]
        send_to(c);
// CHECK: first-use-on-each-path.c:[[@LINE+1]]:5: error: 'c' is passed to send_to() after free() released it at line 13 [use-after-free]
    send_to(c);
}

void used_on_the_other_branch(struct conn *c)
{
    free(c);
    int verbose = pick();
    if (verbose)
// CHECK: first-use-on-each-path.c:[[@LINE+1]]:9: error: 'c' is passed to send_to() after free() released it at line 26 [use-after-free]
        send_to(c);
    else
        pick();
// CHECK: first-use-on-each-path.c:[[@LINE+1]]:5: error: 'c' is passed to send_to() after free() released it at line 26 [use-after-free]
    send_to(c);
}

/* must not flag: the second use on a path that had its first is its echo */
void used_twice(struct conn *c)
{
    free(c);
// CHECK: first-use-on-each-path.c:[[@LINE+1]]:5: error: 'c' is passed to send_to() after free() released it at line 40 [use-after-free]
    send_to(c);
    int verbose = pick();
    if (verbose)
        pick();
    send_to(c);
}
