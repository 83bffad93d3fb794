// RUN: %memcheck --fail-on error --rules=unchecked-alloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* An allocator that calls an out-of-memory handler through a static function
 * pointer (redis's zmalloc): while the pointer starts out naming a handler that
 * never returns, a handler installed in its place is held to the same contract,
 * so the allocator never returns NULL. A hook that may return, or one any file
 * can assign, proves nothing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void oom_abort(size_t n)
{
    fprintf(stderr, "out of memory allocating %zu bytes\n", n);
    abort();
}

static void (*oom_handler)(size_t) = oom_abort;

void set_oom_handler(void (*handler)(size_t)) { oom_handler = handler; }

void *zmalloc(size_t n)
{
    void *p = malloc(n);
    if (!p)
        oom_handler(n);
    return p;
}

void *zmalloc_deref(size_t n)
{
    void *p = malloc(n);
    if (!p)
        (*oom_handler)(n);
    return p;
}

char *dup_ok(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = zmalloc(n);
    memcpy(d, s, n);
    return d;
}

char *dup_deref_ok(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = zmalloc_deref(n);
    memcpy(d, s, n);
    return d;
}

static void oom_log(size_t n) { fprintf(stderr, "out of memory (%zu)\n", n); }
static void (*oom_logger)(size_t) = oom_log;

void *ymalloc(size_t n)
{
    void *p = malloc(n);
    if (!p)
        oom_logger(n);
    return p;
}

// CHECK: oom-handler.c:[[@LINE+5]]:5: warning: 'd' from ymalloc() at line [[@LINE+4]] may be NULL: passed to memcpy() (argument 1 must not be NULL) without a check [unchecked-alloc]
char *dup_logged_bad(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = ymalloc(n);
    memcpy(d, s, n);
    return d;
}

void (*public_oom)(size_t) = oom_abort; /* any file may assign it */

void *wmalloc(size_t n)
{
    void *p = malloc(n);
    if (!p)
        public_oom(n);
    return p;
}

// CHECK: oom-handler.c:[[@LINE+4]]:5: warning: 'd' from wmalloc() at line [[@LINE+3]] may be NULL: written through without a check [unchecked-alloc]
char *first_public_bad(void)
{
    char *d = wmalloc(4);
    d[0] = 'x';
    return d;
}
