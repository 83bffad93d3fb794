// RUN: %memcheck --fail-on error --rules=alloc-size-overflow %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A local that only counts up (items seen, lines read) cannot grow past what
 * memory holds; a count read from input, doubled or decremented can. */
#include <stdio.h>
#include <stdlib.h>

typedef struct { char *name; int n; } item;

item *count_lines_ok(FILE *f)
{
    char line[256];
    size_t n = 0;
    while (fgets(line, sizeof line, f))
        n++;
    return malloc(n * sizeof(item));
}

char **split_ok(const char *s)
{
    size_t parts = 1;
    for (const char *p = s; *p; p++)
        if (*p == ',')
            parts += 1;
    return malloc(parts * sizeof(char *));
}

int *int_count_ok(const char *s)
{
    int n = 0;
    for (; *s; s++)
        if (*s == ' ')
            ++n;
    return malloc(n * sizeof(int));
}

/* pcre2grep: the count is bounded inside the loop, where widening forgets it */
char **bounded_in_loop_ok(const char *s)
{
    size_t args = 2;
    for (; *s; s++) {
        if (*s != ' ')
            continue;
        args++;
        if (args > 10000)
            return NULL;
    }
    return malloc(args * sizeof(char *));
}

item *scanned_bad(FILE *f)
{
    size_t n = 0;
    if (fscanf(f, "%zu", &n) != 1)
        return NULL;
    // CHECK: counters.c:[[@LINE+1]]:12: warning: size of malloc() computed as 'n * sizeof(item)' can wrap around in 64-bit unsigned arithmetic; no check bounds 'n' [alloc-size-overflow]
    return malloc(n * sizeof(item));
}

int *scanned_int_bad(FILE *f)
{
    int n = 0;
    fscanf(f, "%d", &n);
    // CHECK: counters.c:[[@LINE+1]]:12: warning: size of malloc() computed as 'n * sizeof(int)': 'n' (int) may be negative and converts to a huge size [alloc-size-overflow]
    return malloc(n * sizeof(int));
}

item *doubling_bad(const char *s)
{
    size_t n = 1;
    for (; *s; s++)
        n *= 2;
    // CHECK: counters.c:[[@LINE+1]]:12: warning: size of malloc() computed as 'n * sizeof(item)' can wrap around in 64-bit unsigned arithmetic; no check bounds 'n' [alloc-size-overflow]
    return malloc(n * sizeof(item));
}

item *decrement_bad(const char *s)
{
    size_t n = 0;
    if (*s == '-')
        n--;
    // CHECK: counters.c:[[@LINE+1]]:12: warning: size of malloc() computed as 'n * sizeof(item)' can wrap around in 64-bit unsigned arithmetic; no check bounds 'n' [alloc-size-overflow]
    return malloc(n * sizeof(item));
}

item *assigned_bad(size_t k)
{
    size_t n = 0;
    n++;
    n = k;
    // CHECK: counters.c:[[@LINE+1]]:12: warning: size of malloc() computed as 'n * sizeof(item)' can wrap around in 64-bit unsigned arithmetic; no check bounds 'n' [alloc-size-overflow]
    return malloc(n * sizeof(item));
}
