#include <stdio.h>
#include <stdlib.h>

#include "contract.h"

static NORETURN void stop(const char *msg)
{
    fputs(msg, stderr);
    exit(1);
}

void (*fatal_hook)(const char *msg) = stop;

void log_oom(size_t n);

void *safe_alloc(size_t n)
{
    void *p = malloc(n);
    if (!p)
        log_oom(n);
    return p;
}

void fatal(const char *msg)
{
    fatal_hook(msg);
}

size_t text_length(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

__attribute__((returns_nonnull)) void *grow_buffer(void *p, size_t n)
{
    void *q = realloc(p, n);
    if (!q)
        log_oom(n);
    return q;
}

void *hooked_alloc(size_t n)
{
    void *p = malloc(n);
    if (!p)
        fatal_hook("out of memory");
    return p;
}
