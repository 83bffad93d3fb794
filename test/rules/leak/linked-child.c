// RUN: %memcheck --fail-on error --rules=leak,unchecked-alloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A constructor that links the new node into the parent it is given and
 * returns it: the parent's list holds the node, so the caller dropping its
 * pointer loses nothing. It can still fail. */
#include <stdlib.h>

struct part { struct part *prev; struct part *children; int kind; };

static struct part *part_new(struct part *parent, int kind)
{
    struct part *p = calloc(1, sizeof *p);
    if (p) {
        p->kind = kind;
        if (parent) {
            p->prev = parent->children;
            parent->children = p;
        }
    }
    return p;
}
int add_two_ok(struct part *root)
{
    struct part *p = part_new(root, 1);
    if (!p)
        return -1;
    p = part_new(root, 2);
    return p ? 0 : -1;
}

// CHECK: linked-child.c:[[@LINE+1]]:80: warning: 'p' from part_new() at line [[@LINE+1]] may be NULL: written through without a check [unchecked-alloc]
void unchecked_bad(struct part *root) { struct part *p = part_new(root, 1); p->kind = 3; }
// CHECK: linked-child.c:[[@LINE+1]]:86: warning: memory 'p' allocated by calloc() at line [[@LINE+1]] leaks
int plain_leak_bad(void) { struct part *p = calloc(1, sizeof *p); if (!p) return -1; return p->kind; }
