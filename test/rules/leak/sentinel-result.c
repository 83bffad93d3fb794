// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A lookup that answers NULL on failure, a sentinel when there is nothing to
 * do, and a fresh context otherwise: where the answer is the sentinel, no
 * context was allocated. */
#include <stdlib.h>

#define NO_SERVICE ((void *)-1)
struct ctx { int state; };
struct service { int enabled; };

struct ctx *service_start(struct service *s)
{
    if (!s->enabled)
        return NO_SERVICE;
    return calloc(1, sizeof(struct ctx));
}
void service_submit(struct ctx *c); /* keeps c */

int start_ok(struct service *s)
{
    struct ctx *c = service_start(s);
    if (c == NULL)
        return -1;
    if (c == NO_SERVICE)
        return 1;
    service_submit(c);
    return 0;
}

// CHECK: sentinel-result.c:[[@LINE+7]]:9: warning: memory 'c' allocated by service_start() at line [[@LINE+3]] leaks
int start_bad(struct service *s)
{
    struct ctx *c = service_start(s);
    if (c == NULL || c == NO_SERVICE)
        return -1;
    if (c->state)
        return 2;
    service_submit(c);
    return 0;
}
