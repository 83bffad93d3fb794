// vocabulary: teardown replaces the words that name the end of an object's or
// a module's life (default cleanup, fini, deinit, uninit, teardown, finalize),
// whose fields null-after-free does not ask to be reset.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/v.c
// RUN: cd %t && %memcheck --fail-on never --rules=null-after-free v.c -- 2>&1 | FileCheck %s --check-prefix=DEFAULT %no-other-findings
// RUN: printf 'vocabulary:\n  teardown: [shutdown]\n' > %t/.memcheck.yml
// RUN: cd %t && %memcheck --fail-on never --rules=null-after-free v.c -- 2>&1 | FileCheck %s --check-prefix=SHUTDOWN %no-other-findings
#include <stdlib.h>

struct server { char *name; };

void server_cleanup(struct server *s)
{
    free(s->name); // SHUTDOWN: v.c:[[@LINE]]:5: warning: 's->name' is released by free() but still points to the freed memory when server_cleanup() returns
}

void server_shutdown(struct server *s)
{
    free(s->name); // DEFAULT: v.c:[[@LINE]]:5: warning: 's->name' is released by free() but still points to the freed memory when server_shutdown() returns
}
