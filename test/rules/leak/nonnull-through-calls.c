// RUN: %memcheck --fail-on never --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A function that returns what a callee promised is never NULL (tmux's
 * options_default() -> options_empty() -> options_add(), which links a
 * never-failing xcalloc() block into a tree and returns it) never returns
 * NULL either, though the block is not its caller's: the caller's test of it
 * for NULL is dead, and so is the leak on that branch. */
#include <stdlib.h>
#include <string.h>

struct entry { char *value; struct entry *next; };
struct table { struct entry *head; };

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n, size);
    if (p == NULL)
        abort();
    return p;
}

static struct entry *table_add(struct table *t)
{
    struct entry *e = xcalloc(1, sizeof *e);
    e->next = t->head;
    t->head = e;
    return e;
}

static struct entry *table_empty(struct table *t)
{
    struct entry *e = table_add(t);
    e->value = NULL;
    return e;
}

static struct entry *table_default(struct table *t)
{
    return table_empty(t);
}

struct entry *table_set(struct table *t, const char *text)
{
    char *s = strdup(text);
    if (s == NULL)
        return NULL;
    struct entry *e = table_default(t);
    if (e == NULL)
        return NULL;
    e->value = s;
    return e;
}

/* the same chain over a calloc() that may fail */
static struct entry *list_add(struct table *t)
{
    struct entry *e = calloc(1, sizeof *e);
    if (e == NULL)
        return NULL;
    e->next = t->head;
    t->head = e;
    return e;
}

static struct entry *list_default(struct table *t)
{
    return list_add(t);
}

struct entry *list_set(struct table *t, const char *text)
{
    char *s = strdup(text);
    if (s == NULL)
        return NULL;
    struct entry *e = list_default(t);
    if (e == NULL)
        // CHECK: nonnull-through-calls.c:[[@LINE+1]]:9: warning: memory 's' allocated by strdup() at line {{[0-9]+}} leaks on the error path returning NULL at line [[@LINE+1]]
        return NULL;
    e->value = s;
    return e;
}
