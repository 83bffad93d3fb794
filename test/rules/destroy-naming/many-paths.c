// RUN: %memcheck --fail-on error --rules=destroy-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* destroy-naming: a destroyer gets a finding for every path's unchecked
   dereference, however many: the rule keeps them in its per-function data,
   with no limit (it kept at most 8 and dropped the others without a word). */
#include <stdlib.h>

typedef struct Obj { int f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11; } Obj;

Obj *obj_create(void) { return calloc(1, sizeof(Obj)); }

/* twelve paths, each dereferencing o first somewhere else */
void obj_destroy(Obj *o, int how)
{
    switch (how) {
    // CHECK: many-paths.c:[[@LINE+1]]:{{[0-9]+}}: warning: destroy-named obj_destroy() dereferences 'o' before checking it for NULL
    case 0: o->f0 = 0; break;
    // CHECK: many-paths.c:[[@LINE+1]]:{{[0-9]+}}: warning: destroy-named obj_destroy() dereferences 'o' before checking it for NULL
    case 1: o->f1 = 0; break;
    // CHECK: many-paths.c:[[@LINE+1]]:{{[0-9]+}}: warning: destroy-named obj_destroy() dereferences 'o' before checking it for NULL
    case 2: o->f2 = 0; break;
    // CHECK: many-paths.c:[[@LINE+1]]:{{[0-9]+}}: warning: destroy-named obj_destroy() dereferences 'o' before checking it for NULL
    case 3: o->f3 = 0; break;
    // CHECK: many-paths.c:[[@LINE+1]]:{{[0-9]+}}: warning: destroy-named obj_destroy() dereferences 'o' before checking it for NULL
    case 4: o->f4 = 0; break;
    // CHECK: many-paths.c:[[@LINE+1]]:{{[0-9]+}}: warning: destroy-named obj_destroy() dereferences 'o' before checking it for NULL
    case 5: o->f5 = 0; break;
    // CHECK: many-paths.c:[[@LINE+1]]:{{[0-9]+}}: warning: destroy-named obj_destroy() dereferences 'o' before checking it for NULL
    case 6: o->f6 = 0; break;
    // CHECK: many-paths.c:[[@LINE+1]]:{{[0-9]+}}: warning: destroy-named obj_destroy() dereferences 'o' before checking it for NULL
    case 7: o->f7 = 0; break;
    // CHECK: many-paths.c:[[@LINE+1]]:{{[0-9]+}}: warning: destroy-named obj_destroy() dereferences 'o' before checking it for NULL
    case 8: o->f8 = 0; break;
    // CHECK: many-paths.c:[[@LINE+1]]:{{[0-9]+}}: warning: destroy-named obj_destroy() dereferences 'o' before checking it for NULL
    case 9: o->f9 = 0; break;
    // CHECK: many-paths.c:[[@LINE+1]]:{{[0-9]+}}: warning: destroy-named obj_destroy() dereferences 'o' before checking it for NULL
    case 10: o->f10 = 0; break;
    // CHECK: many-paths.c:[[@LINE+1]]:{{[0-9]+}}: warning: destroy-named obj_destroy() dereferences 'o' before checking it for NULL
    case 11: o->f11 = 0; break;
    }
    free(o);
}

/* the same, NULL-safe: nothing to report */
void obj_free(Obj *o, int how)
{
    if (!o)
        return;
    switch (how) {
    case 0: o->f0 = 0; break;
    case 1: o->f1 = 0; break;
    case 2: o->f2 = 0; break;
    case 3: o->f3 = 0; break;
    case 4: o->f4 = 0; break;
    case 5: o->f5 = 0; break;
    case 6: o->f6 = 0; break;
    case 7: o->f7 = 0; break;
    case 8: o->f8 = 0; break;
    case 9: o->f9 = 0; break;
    case 10: o->f10 = 0; break;
    case 11: o->f11 = 0; break;
    }
    free(o);
}
