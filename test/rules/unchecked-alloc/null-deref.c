// RUN: %memcheck --fail-on error --rules=unchecked-alloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A pointer that is NULL on every path reaching a dereference: set so, or
 * returned so, and never replaced. A pointer NULL on some paths only is not
 * reported: such a path is most often one the analysis cannot rule out. */
#include <stdlib.h>

struct pair { int one, two; };
void print_int(int n);
int global_true = 1;

// CHECK: null-deref.c:[[@LINE+1]]:60: warning: 'data' is NULL on every path here: dereferenced [unchecked-alloc]
void literal_bad(void) { int *data; data = NULL; print_int(*data); }
// CHECK: null-deref.c:[[@LINE+1]]:67: warning: 'data' is NULL on every path here: dereferenced [unchecked-alloc]
void member_bad(void) { struct pair *data = NULL; print_int(data->one); }
// CHECK: null-deref.c:[[@LINE+1]]:43: warning: 'data' is NULL on every path here: written through [unchecked-alloc]
void index_bad(void) { char *data = NULL; data[0] = 'a'; }
// CHECK: null-deref.c:[[@LINE+1]]:70: warning: 'data' is NULL on every path here: dereferenced [unchecked-alloc]
void flag_bad(void) { int *data = NULL; if (global_true) { print_int(*data); } }

static int *nothing(void) { return NULL; }
// CHECK: null-deref.c:[[@LINE+1]]:60: warning: 'data' is NULL on every path here: dereferenced [unchecked-alloc]
void returned_bad(void) { int *data = nothing(); print_int(*data); }

/* Only the first dereference on a path is reported: the path ends there. */
// CHECK: null-deref.c:[[@LINE+1]]:55: warning: 'data' is NULL on every path here: written through [unchecked-alloc]
void once_bad(void) { struct pair *data = NULL; data->one = 1; data->two = 2; }

/* A null pointer constant is no variable: no name and no check is offered for it. */
// CHECK: null-deref.c:[[@LINE+2]]:57: warning: a null pointer constant is used here: dereferenced [unchecked-alloc]
// CHECK-NOT: note: fix:
void constant_bad(void) { print_int(((struct pair *)0)->two); }

void fixed_ok(void) { int tmp = 5; int *data = &tmp; print_int(*data); }
void checked_ok(void) { int *data = NULL; if (data != NULL) print_int(*data); }

/* NULL on one path only: not reported. */
void one_path_ok(int c) { int tmp = 1; int *data = NULL; if (c) data = &tmp; print_int(*data); }

void flag_tied_ok(int x)
{
    int *data = NULL;
    int have = 0;
    if (x) {
        data = malloc(sizeof *data);
        if (!data)
            return;
        have = 1;
    }
    if (have) {
        *data = 1;
        free(data);
    }
}

struct node { struct node *next; };
void link_all_ok(struct node *v, int n)
{
    struct node *prev = NULL;
    for (int i = 0; i < n; i++) {
        if (prev)
            prev->next = &v[i];
        prev = &v[i];
    }
}

/* Written by the callee: a library function, one of the program's, or code
 * reached through a pointer. */
long strtol(const char *s, char **end, int base);
int parse_ok(const char *s) { char *end = NULL; long v = strtol(s, &end, 10); return *end ? -1 : (int)v; }

static int slot(struct pair *p, int n, int **val)
{
    if (n < 0)
        return 0;
    *val = n ? &p->two : &p->one;
    return 1;
}
void slot_ok(struct pair *p, int n) { int *val = NULL; if (slot(p, n, &val)) *val = 3; }

struct pager { int (*get)(struct pager *, int, int **); };
static int pager_get(struct pager *pg, int no, int **page) { return pg->get(pg, no, page); }
void pager_ok(struct pager *pg) { int *page = NULL; pager_get(pg, 1, &page); *page = 0; }
