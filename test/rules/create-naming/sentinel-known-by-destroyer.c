// RUN: %memcheck --fail-on never --rules=create-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A create-named function may hand out a static sentinel when memory runs
 * out, if its destroyer knows it by address and leaves it alone (SQLite's
 * sqlite3_str_new() returns &sqlite3OomStr, and sqlite3_str_free() tests
 * `p != &sqlite3OomStr`). A destroyer that would free the sentinel does not
 * make it one. */
#include <stdlib.h>

typedef struct strbuf { char *text; size_t len; int failed; } strbuf;

static strbuf oom_buf = {NULL, 0, 1};

strbuf *strbuf_new(void)
{
    strbuf *p = calloc(1, sizeof *p);
    if (!p)
        p = &oom_buf;
    return p;
}

void strbuf_free(strbuf *p)
{
    if (p != NULL && p != &oom_buf) {
        free(p->text);
        free(p);
    }
}

typedef struct list { int *items; } list;

static list empty_list;

list *list_new(void)
{
    list *l = calloc(1, sizeof *l);
    if (!l)
        // CHECK: sentinel-known-by-destroyer.c:[[@LINE+1]]:9: warning: create-named list_new() returns '&empty_list', a static object, not memory the caller will own [create-naming]
        return &empty_list;
    return l;
}

void list_free(list *l)
{
    if (l) {
        free(l->items);
        free(l);
    }
}
