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

/* A count of a list's nodes, returned by a helper and stored in a field: a
 * tally, never negative. */
struct sparse_node { struct sparse_node *next; };
struct sparse_walk { int count, size; long *list; };

static int sparse_count(const struct sparse_node *head)
{
    int count = 0;
    for (const struct sparse_node *n = head; n; n = n->next)
        count++;
    return count;
}

int sparse_setup(struct sparse_walk *t, const struct sparse_node *head)
{
    t->count = sparse_count(head);
    if (t->count + 1 > t->size) {
        free(t->list);
        t->size = t->count + 1;
        t->list = malloc(sizeof(t->list[0]) * t->size);
        if (t->list == NULL)
            return -1;
    }
    return 0;
}

/* a balance that also goes down may be negative */
static int sparse_balance(const struct sparse_node *head, int (*up)(const struct sparse_node *))
{
    int d = 0;
    for (const struct sparse_node *n = head; n; n = n->next)
        d += up(n) ? 1 : -1;
    return d;
}

long *sparse_balance_table(const struct sparse_node *head, int (*up)(const struct sparse_node *))
{
    int d = sparse_balance(head, up);
    return malloc(sizeof(long) * d);
    // CHECK: counters.c:[[@LINE-1]]:12: warning: size of malloc() computed as 'sizeof(long) * d': 'd' (int) may be negative and converts to a huge size [alloc-size-overflow]
}
