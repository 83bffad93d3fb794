// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 -isystem %S/Inputs/libevent 2>&1 | FileCheck %s %no-other-findings
/* leak: libevent keeps the argument a callback is registered with and hands
 * it to the callback, which owns it from then on (rules/models/libevent.yml).
 * Inputs/libevent holds the prototypes, in a system include directory as an
 * installed libevent's are (a function of the program's own headers that is
 * given a pointer keeps it anyway). */
#include <event2/event.h>
#include <stdlib.h>

struct job { int id; struct event timer; };

static void job_done(int fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    free(arg);
}

int job_start_ok(struct event_base *base, int id)
{
    struct job *j = calloc(1, sizeof *j);
    if (j == NULL)
        return -1;
    j->id = id;
    return event_base_once(base, -1, EV_TIMEOUT, job_done, j, NULL);
}

int job_timer_ok(int id)
{
    struct job *j = calloc(1, sizeof *j);
    if (j == NULL)
        return -1;
    j->id = id;
    evtimer_set(&j->timer, job_done, j);
    event_active(&j->timer, EV_TIMEOUT, 1);
    return 0;
}

int job_forgotten_bad(struct event_base *base, int id)
{
    struct job *j = calloc(1, sizeof *j);
    if (j == NULL)
        return -1;
    j->id = id;
    // CHECK: libevent-callbacks.c:[[@LINE+1]]:5: warning: memory 'j' allocated by calloc() at line {{[0-9]+}} leaks on the path returning {{.*}} [leak]
    return event_base_once(base, -1, EV_TIMEOUT, job_done, NULL, NULL);
}
