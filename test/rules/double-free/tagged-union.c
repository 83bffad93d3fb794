// RUN: %memcheck --fail-on never --rules=double-free,use-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A node holds either an address list or a service list in one union, and
 * counts say which: freeing one member and then another frees different
 * things on any real path. The same member freed twice is still reported. */
#include <stdlib.h>

struct srv { char *name; };
struct node {
    int naddrs, nsrvs;
    union { int *addrs; struct srv *srvs; } u;
};

void node_clear(struct node *n)
{
    if (n->naddrs > 1)
        free(n->u.addrs);
    if (n->nsrvs) {
        for (int i = 0; i < n->nsrvs; i++)
            free(n->u.srvs[i].name);
        free(n->u.srvs);
    }
    n->u.addrs = NULL;
}

// CHECK: tagged-union.c:[[@LINE+1]]:63: error: 'n->u.addrs' is released twice: free() here, after free() at line [[@LINE+1]] already released it [double-free]
void node_clear_twice_bad(struct node *n) { free(n->u.addrs); free(n->u.addrs); n->u.addrs = NULL; }
