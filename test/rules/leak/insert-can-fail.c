// RUN: %memcheck --fail-on never --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* An insert that can fail keeps what it is given only where it succeeds: where
 * it fails, the caller still owns the element and must free it. */
#include <stdlib.h>
#include <string.h>

struct list { void *items[16]; int n; };

/* 0 when x was added; -1 when the list is full (x is not kept) */
static int list_add(struct list *l, void *x)
{
    if (l->n >= 16)
        return -1;
    l->items[l->n++] = x;
    return 0;
}

int add_name(struct list *l, const char *name)
{
    char *copy = strdup(name);
    if (!copy)
        return -1;
    if (list_add(l, copy) < 0)
        // CHECK: insert-can-fail.c:[[@LINE+1]]:9: warning: memory 'copy' allocated by strdup() at line {{[0-9]+}} leaks on the error path returning -1 at line [[@LINE+1]] {{.*}}[leak]
        return -1;
    return 0;
}

/* must not flag: freed where the insert failed */
int add_name_checked(struct list *l, const char *name)
{
    char *copy = strdup(name);
    if (!copy)
        return -1;
    if (list_add(l, copy) < 0) {
        free(copy);
        return -1;
    }
    return 0;
}

/* must not flag: the result is not tested; the list may hold it */
void add_name_blind(struct list *l, const char *name)
{
    char *copy = strdup(name);
    if (copy)
        list_add(l, copy);
}

/* must not flag: 1 on failure, tested as a truth value, and freed there */
static int list_push(struct list *l, void *x)
{
    if (l->n >= 16)
        return 1;
    l->items[l->n++] = x;
    return 0;
}
int push_name(struct list *l, const char *name)
{
    char *copy = strdup(name);
    if (!copy)
        return -1;
    if (list_push(l, copy)) {
        free(copy);
        return -1;
    }
    return 0;
}

/* must not flag: an element already handed to one list, passed to another
 * insert that fails, is not the caller's again */
int add_twice(struct list *a, struct list *b)
{
    char *x = malloc(4);
    if (!x)
        return -1;
    list_add(a, x);
    if (list_add(b, x) < 0)
        return -1;
    return 0;
}

/* false where it failed: a bool result that says success */
#include <stdbool.h>
static bool list_try_add(struct list *l, void *x)
{
    if (l->n >= 16)
        return false;
    l->items[l->n++] = x;
    return true;
}

int try_add_name(struct list *l, const char *name)
{
    char *copy = strdup(name);
    if (!copy)
        return -1;
    if (!list_try_add(l, copy))
        // CHECK: insert-can-fail.c:[[@LINE+1]]:9: warning: memory 'copy' allocated by strdup() at line {{[0-9]+}} leaks on the error path returning -1 at line [[@LINE+1]] {{.*}}[leak]
        return -1;
    return 0;
}

/* must not flag: freed where it failed, tested either way */
int try_add_name_checked(struct list *l, const char *name)
{
    char *copy = strdup(name);
    if (!copy)
        return -1;
    if (list_try_add(l, copy) == false) {
        free(copy);
        return -1;
    }
    return 0;
}
