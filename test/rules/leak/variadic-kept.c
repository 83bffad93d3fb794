// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A variadic function that stores what va_arg gives it where it outlives the
 * call (a job queued for later) keeps its variadic arguments; one that only
 * reads them (a formatter, a counter) leaves them to the caller. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct job { int n; void *args[4]; };
static struct job *queue[16];
static int nqueued;

static void job_queue(int nargs, ...)
{
    struct job *j = malloc(sizeof *j);
    if (!j)
        abort();
    va_list ap;
    va_start(ap, nargs);
    for (int i = 0; i < nargs && i < 4; i++)
        j->args[i] = va_arg(ap, void *);
    va_end(ap);
    j->n = nargs;
    queue[nqueued++] = j;
}

static void say(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
}

static size_t total_length(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    size_t t = 0;
    for (int i = 0; i < n; i++) {
        const char *s = va_arg(ap, const char *);
        t += strlen(s);
    }
    va_end(ap);
    return t;
}

void free_later(size_t n)
{
    void *block = malloc(n);
    if (!block)
        return;
    job_queue(1, block);
}

// CHECK: variadic-kept.c:[[@LINE+7]]:1: warning: memory 's' allocated by strdup() at line [[@LINE+3]] leaks at the end of the function
void say_and_forget(const char *name)
{
    char *s = strdup(name);
    if (!s)
        return;
    say("%s\n", s);
}

// CHECK: variadic-kept.c:[[@LINE+6]]:5: warning: memory 's' allocated by strdup() at line [[@LINE+3]] leaks on the path returning
size_t count_and_forget(const char *name)
{
    char *s = strdup(name);
    if (!s)
        return 0;
    return total_length(1, s);
}
