// RUN: %memcheck --fail-on never --rules=mismatched-dealloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* FN: a correct checker reports wrong_destroyer(): 'f' comes from foo_create()
 * (family 'foo', since foo_destroy exists) and goes to bar_destroy(), of family
 * 'bar'. A destroy-named function the program defines, without a model, is
 * taken to release any family of the program (a wrapper may free what any
 * create-named function made); only what a model allocator made is checked
 * against what its body releases. docs/rules/mismatched-dealloc.md,
 * "Destroy-named functions without a model release any family". */
#include <stdlib.h>

typedef struct Foo { int x; } Foo;
typedef struct Bar { char *name; } Bar;
typedef struct Baz { int y; } Baz;

Foo *foo_create(void) { return calloc(1, sizeof(Foo)); }
void foo_destroy(Foo *f) { free(f); }
Bar *bar_create(void) { return calloc(1, sizeof(Bar)); }
void bar_destroy(Bar *b) { if (!b) return; free(b->name); free(b); }

void wrong_destroyer(void) { Foo *f = foo_create(); if (!f) return; f->x = 1; bar_destroy((Bar *)f); }

/* control: a destroy-named function only declared is given its name's family */
Baz *baz_create(void);
void baz_destroy(Baz *z);
// CHECK: FN_destroyer_with_body_any_family.c:[[@LINE+1]]:78: error: 'f' was acquired by foo_create() (family 'foo') but is released by baz_destroy() (family 'baz') [mismatched-dealloc]
void wrong_declared(void) { Foo *f = foo_create(); if (!f) return; f->x = 1; baz_destroy((Baz *)f); }
