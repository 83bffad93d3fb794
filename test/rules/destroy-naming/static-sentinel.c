// RUN: %memcheck --fail-on error --rules=destroy-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* destroy-naming: a destroyer that leaves a static sentinel alone (sqlite's
   sqlite3_str_free skips &sqlite3OomStr, the object handed out when memory
   ran out) releases every object it must: on the path where its argument is
   that static object there is nothing to free. */
#include <stdlib.h>

typedef struct str { char *text; int n; } str;
static str oom_str;

str *str_create(void)
{
    str *p = malloc(sizeof *p);
    if (!p)
        return &oom_str;
    p->text = NULL;
    p->n = 0;
    return p;
}

void str_destroy(str *p)
{
    if (p != 0 && p != &oom_str) {
        free(p->text);
        free(p);
    }
}

typedef struct pool { char *items; int busy; } pool;
static pool static_pool;

pool *pool_create(void)
{
    pool *p = malloc(sizeof *p);
    if (!p)
        return &static_pool;
    p->items = NULL;
    p->busy = 0;
    return p;
}

/* the sentinel is left alone, but a busy pool is not freed either */
void pool_destroy(pool *p)
{
    if (p == NULL || &static_pool == p)
        return;
    if (p->busy)
        // CHECK: static-sentinel.c:[[@LINE+1]]:9: warning: destroy-named pool_destroy() does not release 'p' on the path returning at line [[@LINE+1]] [destroy-naming]
        return;
    free(p->items);
    free(p);
}
