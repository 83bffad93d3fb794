// vocabulary: refcount replaces the words that name a field counting
// references to its object (default ref, refs, nrefs, refcount, refcnt,
// references, refcounter). A destroyer that keeps its object while such a
// field is not 0 does so by design; a count of something else decides nothing.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/v.c
// RUN: cd %t && %memcheck --fail-on never --rules=destroy-naming v.c -- 2>&1 | FileCheck %s --check-prefix=DEFAULT %no-other-findings
// RUN: printf 'vocabulary:\n  refcount: [users]\n' > %t/.memcheck.yml
// RUN: cd %t && %memcheck --fail-on never --rules=destroy-naming v.c -- 2>&1 | FileCheck %s --check-prefix=USERS %no-other-findings
#include <stdlib.h>

struct conn { int ref_count; int users; char *buf; };

void conn_free(struct conn *c)
{
    if (c == NULL)
        return;
    if (c->ref_count != 0)
        return; // USERS: v.c:[[@LINE]]:9: warning: destroy-named conn_free() does not release 'c' on the path returning at line [[@LINE]]
    free(c->buf);
    free(c);
}

void conn_dispose(struct conn *c)
{
    if (c == NULL)
        return;
    if (c->users != 0)
        return; // DEFAULT: v.c:[[@LINE]]:9: warning: destroy-named conn_dispose() does not release 'c' on the path returning at line [[@LINE]]
    free(c->buf);
    free(c);
}
