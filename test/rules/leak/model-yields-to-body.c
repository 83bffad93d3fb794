// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A model that only says what a library function does with its arguments
 * (rules/models/libevent.yml: event_base_once keeps its callback's argument)
 * yields to the function's body where the program has one: this
 * event_base_once runs the callback at once and keeps nothing. */
#include <stdlib.h>

struct event_base;
typedef void (*event_callback_fn)(int, short, void *);

int event_base_once(struct event_base *base, int fd, short what, event_callback_fn cb, void *arg, const void *tv)
{
    (void)base;
    (void)arg;
    (void)tv;
    cb(fd, what, NULL);
    return 0;
}

static void tick(int fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    (void)arg;
}

int start_bad(struct event_base *base)
{
    int *counter = calloc(1, sizeof *counter);
    if (counter == NULL)
        return -1;
    event_base_once(base, -1, 1, tick, counter, NULL);
    // CHECK: model-yields-to-body.c:[[@LINE+1]]:5: warning: memory 'counter' allocated by calloc() at line {{[0-9]+}} leaks {{.*}} [leak]
    return 0;
}
