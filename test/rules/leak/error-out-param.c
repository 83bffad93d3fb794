// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A function that reports failure through an int *out parameter as well as by
 * returning NULL (jq's sort_items(..., &too_deep)): when every exit that may
 * return memory leaves *out at the same value, a caller that sees another value
 * holds NULL, and returning then leaks nothing. */
#include <stdlib.h>
#include <string.h>

struct item { int key; };

struct item *sort_items(int n, int *too_deep)
{
    *too_deep = 0;
    if (n == 0)
        return NULL; /* nothing to sort: NULL, and *too_deep stays 0 */
    struct item *v = calloc((size_t)n, sizeof *v);
    if (!v)
        abort();
    if (n > 1000) {
        free(v);
        *too_deep = 1;
        return NULL;
    }
    return v;
}

int sort_ok(int n)
{
    int too_deep = 0;
    struct item *v = sort_items(n, &too_deep);
    if (too_deep)
        return -1;
    free(v);
    return 0;
}

int sort_compare_ok(int n)
{
    int too_deep;
    struct item *v = sort_items(n, &too_deep);
    if (too_deep != 0)
        return -1;
    free(v);
    return 0;
}

// CHECK: error-out-param.c:[[@LINE+6]]:9: warning: memory 'v' allocated by sort_items() at line [[@LINE+4]] leaks on the error path returning -1 at line [[@LINE+6]] [leak]
int sort_inverted_bad(int n)
{
    int too_deep = 0;
    struct item *v = sort_items(n, &too_deep);
    if (!too_deep)
        return -1;
    free(v);
    return 0;
}

/* Here a partial result comes back with *err set: it is the caller's to free. */
char *read_all(const char *src, int *err)
{
    *err = 0;
    char *buf = strdup(src);
    if (!buf)
        return NULL;
    if (strlen(buf) > 10)
        *err = 1; /* truncated, but still returned */
    return buf;
}

// CHECK: error-out-param.c:[[@LINE+6]]:9: warning: memory 'buf' allocated by read_all() at line [[@LINE+4]] leaks on the {{(error )?}}path returning -1 at line [[@LINE+6]]
int read_bad(const char *src)
{
    int err;
    char *buf = read_all(src, &err);
    if (err)
        return -1;
    free(buf);
    return 0;
}
