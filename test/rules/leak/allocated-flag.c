// RUN: %memcheck --fail-on never --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A function that returns a copy on some paths and a borrowed pointer on the
 * others, and says which through an int it sets (tmux's
 * window_copy_cellstring(): `*allocated = 1` before returning a copy, 0
 * before returning a literal or a pointer into its argument), hands over
 * the copy only where that flag is set: `if (allocated) free(d);` frees all
 * it owns, in one round of a loop or the next. A path that leaves the loop
 * before that test still holds the copy. */
#include <stdlib.h>
#include <string.h>

struct cell { int flags; char data; const char *ext; };

static const char *cellstring(const struct cell *c, size_t *size, int *allocated)
{
    char *copy;
    if (c->flags & 1) {
        *size = 1;
        *allocated = 0;
        return " ";
    }
    if (c->flags & 2) {
        *size = 1;
        *allocated = 0;
        return &c->data;
    }
    *size = strlen(c->ext);
    *allocated = 1;
    copy = malloc(*size);
    if (copy == NULL)
        abort();
    memcpy(copy, c->ext, *size);
    return copy;
}
char *line_ok(const struct cell *cells, int n)
{
    char *buf = malloc(1024);
    size_t at = 0, len;
    int allocated;
    if (buf == NULL)
        return NULL;
    for (int i = 0; i < n; i++) {
        const char *d = cellstring(&cells[i], &len, &allocated);
        if (at + len < 1024) {
            memcpy(buf + at, d, len);
            at += len;
        }
        if (allocated)
            free((void *)d);
    }
    buf[at] = '\0';
    return buf;
}

char *line_outer(const struct cell *cells, int n)
{
    char *buf = malloc(1024);
    size_t at = 0, len;
    int allocated;
    const char *d;
    if (buf == NULL)
        return NULL;
    for (int i = 0; i < n; i++) {
        d = cellstring(&cells[i], &len, &allocated);
        if (at + len < 1024) {
            memcpy(buf + at, d, len);
            at += len;
        }
        if (allocated)
            free((void *)d);
    }
    buf[at] = '\0';
    return buf;
}

char *line_bad(const struct cell *cells, int n)
{
    char *buf = malloc(1024);
    size_t at = 0, len;
    int allocated;
    if (buf == NULL)
        return NULL;
    for (int i = 0; i < n; i++) {
        const char *d = cellstring(&cells[i], &len, &allocated);
        if (at + len >= 1024)
            // CHECK: allocated-flag.c:[[@LINE+1]]:13: warning: memory 'd' allocated by cellstring() at line {{[0-9]+}} leaks when 'd' goes out of scope
            break;
        memcpy(buf + at, d, len);
        at += len;
        if (allocated)
            free((void *)d);
    }
    buf[at] = '\0';
    return buf;
}
