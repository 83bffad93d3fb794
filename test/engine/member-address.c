// RUN: not %memcheck --rules=unchecked-alloc,use-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* Taking the address of a member (&p->m, &p->a.b[2], p->array) is address
 * arithmetic: it loads nothing, so it dereferences no pointer, not even a null
 * one. The hand-rolled offsetof `(size_t)&((T *)0)->m` in container_of is no
 * NULL dereference. A load or a store through the pointer still is, and a null
 * pointer constant is never named as if it were a variable. */
#include <stddef.h>
#include <stdlib.h>

struct list { struct list *next; };
struct inner { int a; int b[4]; };
struct item { int x; struct inner in; struct list node; };

#define container_of(ptr, type, member) ((type *)((char *)(ptr) - ((size_t)&((type *)0)->member)))
#define container_of_paren(ptr, type, member) ((type *)((char *)(ptr) - (size_t)(&((type *)0)->member)))
#define container_of_std(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))
#define container_of_typeof(ptr, type, member)                      \
    ({                                                              \
        const typeof(((type *)0)->member) *mptr_ = (ptr);           \
        (type *)((char *)mptr_ - ((size_t)&((type *)0)->member));   \
    })
#define my_offsetof(type, member) ((char *)&((type *)0)->member - (char *)0)

int getx_ok(struct list *l) { struct item *it = container_of(l, struct item, node); return it->x; }
int getx_paren_ok(struct list *l) { struct item *it = container_of_paren(l, struct item, node); return it->x; }
int getx_std_ok(struct list *l) { struct item *it = container_of_std(l, struct item, node); return it->x; }
int getx_typeof_ok(struct list *l) { struct item *it = container_of_typeof(l, struct item, node); return it->x; }
size_t offset_ok(void) { return my_offsetof(struct item, node); }
size_t offset_deep_ok(void) { return (size_t)&((struct item *)0)->in.b[2]; }
size_t offset_std_ok(void) { return offsetof(struct item, in.b[2]); }
int *array_member_ok(void) { return ((struct item *)0)->in.b; }
ptrdiff_t member_of_param_ok(struct item *p) { return (char *)&((struct item *)p)->in.b[2] - (char *)p; }

/* the address of a member of an unchecked block is no use of it; a store is */
void address_only_ok(void)
{
    struct item *it = malloc(sizeof *it);
    struct list *l = &it->node;
    if (!it)
        return;
    l->next = NULL;
    free(it);
}

// CHECK: member-address.c:[[@LINE+1]]:72: warning: 'it' from malloc() at line [[@LINE+1]] may be NULL: written through without a check [unchecked-alloc]
void unchecked_store_bad(void) { struct item *it = malloc(sizeof *it); it->in.b[1] = 0; free(it); }
// CHECK: member-address.c:[[@LINE+1]]:113: warning: 'it' from malloc() at line [[@LINE+1]] may be NULL: written through without a check [unchecked-alloc]
void unchecked_through_address_bad(void) { struct item *it = malloc(sizeof *it); struct list *l = &it->node; l->next = NULL; free(it); }

/* real dereferences of NULL */
// CHECK: member-address.c:[[@LINE+2]]:48: warning: 'p' is NULL on every path here: dereferenced [unchecked-alloc]
// CHECK: member-address.c:[[@LINE+1]]:48: note: fix: check 'if (p == NULL)' before using it
int null_var_bad(void) { int *p = NULL; return *p; }
// CHECK: member-address.c:[[@LINE+2]]:56: warning: a null pointer constant is used here: dereferenced [unchecked-alloc]
// CHECK-NOT: note: fix:
int null_member_bad(void) { return ((struct item *)0)->x; }
// CHECK: member-address.c:[[@LINE+1]]:49: warning: a null pointer constant is used here: written through [unchecked-alloc]
void null_store_bad(void) { ((struct item *)0)->in.a = 1; }
void take_item(struct item *it) __attribute__((nonnull));
// CHECK: member-address.c:[[@LINE+1]]:27: warning: a null pointer constant is used here: passed to take_item() (argument 1 must not be NULL) [unchecked-alloc]
void null_arg_bad(void) { take_item(NULL); }
