// RUN: %memcheck --fail-on never --rules=view-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A `const char *` parameter is borrowed, but where an integer parameter named
 * as an ownership flag (own, take_ownership, ...) is nonzero the caller handed
 * the pointer over, and releasing it is the function's job (jansson's
 * string_create(const char *value, size_t len, int own), which frees value
 * when it cannot build the string). Where the flag is 0, or under a flag of
 * another name, the release is still reported. */
#include <stdlib.h>
#include <string.h>

struct str { char *text; size_t len; };

struct str *str_create(const char *value, size_t len, int own)
{
    char *v;
    if (own)
        v = (char *)value;
    else if (!(v = strndup(value, len)))
        return NULL;
    struct str *s = malloc(sizeof *s);
    if (!s) {
        free(v);
        return NULL;
    }
    s->text = v;
    s->len = len;
    return s;
}

struct str *str_wrap(const char *value, int take_ownership)
{
    struct str *s = malloc(sizeof *s);
    if (!s) {
        if (take_ownership)
            free((char *)value);
        return NULL;
    }
    s->text = (char *)value;
    s->len = strlen(value);
    return s;
}

void str_note(const char *value, int verbose)
{
    if (verbose)
        // CHECK: ownership-flag.c:[[@LINE+1]]:9: warning: str_note() releases 'value', which it only borrows (it is a pointer to const); the caller still owns it [view-naming]
        free((char *)value);
}

void str_drop(const char *value, int own)
{
    if (!own)
        // CHECK: ownership-flag.c:[[@LINE+1]]:9: warning: str_drop() releases 'value', which it only borrows (it is a pointer to const); the caller still owns it [view-naming]
        free((char *)value);
}
