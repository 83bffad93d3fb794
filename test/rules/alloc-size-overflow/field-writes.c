// RUN: %memcheck --fail-on error --rules=alloc-size-overflow %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A field bounded by every write the program makes to it: a tally only ever
 * incremented from 0, a log size decoded from four bits. Each object of the
 * struct holds what some write stored, or 0. */
#include <stdint.h>
#include <stdlib.h>

struct names { char **v; int count; };
struct window { unsigned log; unsigned char *buf; };
struct table { int *slots; int size; int used; };

int names_add_ok(struct names *n, char *s)
{
    char **v = realloc(n->v, (n->count + 1) * sizeof *v);
    if (!v)
        return -1;
    n->v = v;
    n->v[n->count++] = s;
    return 0;
}

char **names_copy_ok(const struct names *n)
{
    return malloc(n->count * sizeof(char *));
}

void window_parse(struct window *w, unsigned char header)
{
    w->log = (header & 15) + 11;
}

unsigned char *window_make_ok(const struct window *w)
{
    return malloc((size_t)1 << w->log);
}

void table_reset(struct table *t)
{
    t->size = 16;
    t->used = 0;
}

void table_put(struct table *t, int k)
{
    t->slots[t->used] = k;
    t->used += 1;
}

int *table_grow_bad(struct table *t, int by)
{
    t->size = t->size + by;
    // CHECK: field-writes.c:[[@LINE+1]]:12: warning: size of malloc() computed as 't->size * sizeof(int)': 't->size' (32-bit signed) may be negative and converts to a huge size [alloc-size-overflow]
    return malloc(t->size * sizeof(int));
}

int *table_copy_ok(const struct table *t)
{
    return malloc(t->used * sizeof(int));
}

/* A count goes up and down one item at a time: never below 0. A field less
 * some amount the program does not bound may be anything. */
struct queue { char **items; int len; };

void queue_push(struct queue *q)
{
    q->len++;
}

void queue_pop(struct queue *q)
{
    if (q->len > 0)
        q->len--;
}

char **queue_copy_ok(const struct queue *q)
{
    return malloc(q->len * sizeof(char *));
}

struct stack { char **items; int depth; };

void stack_push(struct stack *s)
{
    ++s->depth;
}

void stack_drop(struct stack *s, int n)
{
    s->depth -= n;
}

char **stack_copy_bad(const struct stack *s)
{
    // CHECK: field-writes.c:[[@LINE+1]]:12: warning: size of malloc() computed as 's->depth * sizeof(char *)': 's->depth' (32-bit signed) may be negative and converts to a huge size [alloc-size-overflow]
    return malloc(s->depth * sizeof(char *));
}

/* An initialiser's values are writes too; a nested list is a struct's own. */
struct range { int lo; int hi; };
struct grid { struct range rows; size_t cells; };
static const struct grid small_grid = {.rows = {0, 8}, .cells = 64};

struct grid grid_default(void)
{
    struct grid g = small_grid;
    g.cells++;
    return g;
}

int *grid_cells_ok(const struct grid *g)
{
    return malloc(g->cells * sizeof(int));
}

/* A local that only holds a copy of the field stores nothing new when it is
 * put back. */
struct filters { char **v; int count; };

void filters_add(struct filters *fs, char *s)
{
    fs->v[fs->count++] = s;
}

char **filters_rebuild_ok(struct filters *fs, int fail)
{
    int old_count = fs->count;
    fs->count = 0;
    if (fail)
        fs->count = old_count;
    return malloc(sizeof(char *) * fs->count);
}

/* A 32-bit value cannot wrap a 64-bit product by 4; a negative int stored in
 * a size_t becomes huge. */
struct blob { size_t len; };
struct signed_blob { size_t len; };

void blob_set(struct blob *b, uint32_t n)
{
    b->len = n;
}

uint32_t *blob_copy_ok(const struct blob *b)
{
    return malloc(b->len * sizeof(uint32_t));
}

void signed_blob_set(struct signed_blob *b, int n)
{
    b->len = n;
}

uint32_t *signed_blob_copy_bad(const struct signed_blob *b)
{
    // CHECK: field-writes.c:[[@LINE+1]]:12: warning: size of malloc() computed as 'b->len * sizeof(uint32_t)' can wrap around in 64-bit unsigned arithmetic; no check bounds 'b->len' [alloc-size-overflow]
    return malloc(b->len * sizeof(uint32_t));
}
