// RUN: %memcheck --fail-on never --rules=leak,use-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* &obj->member points into obj's block: a value returned or stored holding
 * it (a tagged handle, an intrusive list link) hands the block on. */
#include <stdlib.h>

struct boxed { int refs; double value; };
typedef struct handle { int kind; union { int *refs; double num; } u; } handle;
struct link { struct link *next; };
struct item { struct link node; int v; };

handle box_new(double v)
{
    struct boxed *b = malloc(sizeof *b);
    if (!b)
        abort();
    b->refs = 1;
    b->value = v;
    handle h = {1, {&b->refs}};
    return h;
}
int *box_refs(void)
{
    struct boxed *b = calloc(1, sizeof *b);
    return b ? &b->refs : NULL;
}
static struct boxed *box_alloc(void) { struct boxed *b = malloc(sizeof *b); if (!b) abort(); b->refs = 1; return b; }
handle box_wrap(void)
{
    handle h = {1, {&box_alloc()->refs}};
    return h;
}
void item_push(struct link **head, int v)
{
    struct item *it = malloc(sizeof *it);
    if (!it)
        return;
    it->v = v;
    it->node.next = *head;
    *head = &it->node;
}

// CHECK: member-address.c:[[@LINE+4]]:5: warning: memory 'b' allocated by malloc() at line [[@LINE+3]] leaks
int box_lost_bad(void)
{
    struct boxed *b = malloc(sizeof *b);
    return b ? b->refs : 0;
}
// CHECK: member-address.c:[[@LINE+1]]:120: error: 'r' is dereferenced after free() released it at line [[@LINE+1]] [use-after-free]
int box_dangling_bad(void) { struct boxed *b = malloc(sizeof *b); if (!b) return 0; int *r = &b->refs; free(b); return *r; }
