// RUN: %memcheck --fail-on error --rules=leak,unchecked-alloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A capacity that starts at 0 and, once set, only grows tells whether the
 * array was allocated: `if (!cap)` allocates once, however many rounds the loop
 * runs (curl's glob sets). A loop that sets it back to 0 allocates again. */
#include <stdlib.h>
#include <string.h>

struct set { char **elem; size_t size, cap; };

int split_words(struct set *out, const char *s)
{
    size_t cap = 0, size = 0;
    char **elem = NULL;
    for (; *s; s++) {
        if (*s != ',')
            continue;
        if (!cap) {
            cap = 5;
            elem = malloc(cap * sizeof *elem);
        } else if (size >= cap) {
            char **arr = realloc(elem, cap * 2 * sizeof *elem);
            if (!arr)
                goto error;
            elem = arr;
            cap *= 2;
        }
        if (!elem)
            goto error;
        elem[size] = strdup(s);
        if (!elem[size])
            goto error;
        ++size;
    }
    out->elem = elem;
    out->size = size;
    out->cap = cap;
    return 0;
error:
    for (size_t i = 0; i < size; i++)
        free(elem[i]);
    free(elem);
    return -1;
}

// CHECK: capacity-flag.c:[[@LINE+10]]:13: warning: memory from malloc() at line [[@LINE+10]] leaks: 'buf', the last reference to it, is overwritten [leak]
char *last_line(const char *s)
{
    size_t cap = 0, n = 0;
    char *buf = NULL;
    for (; *s; s++) {
        if (n + 1 >= cap && cap)
            return buf;
        if (!cap) {
            cap = 64;
            buf = malloc(cap);
            if (!buf)
                return NULL;
        }
        buf[n++] = *s;
        if (*s == '\n') {
            cap = 0; /* starts over, and forgets the line it had */
            n = 0;
        }
    }
    return buf;
}
