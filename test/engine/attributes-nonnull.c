// Arguments that must not be NULL: nonnull(i...) and nonnull alone (every
// pointer parameter, no other), through a macro that supplies the indexes,
// after the declarator, on a redeclaration, on a definition, and clang's
// _Nonnull on a parameter's type. _Nullable asks nothing.
// RUN: %memcheck --fail-on error %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#define NONNULL(...) __attribute__((nonnull(__VA_ARGS__)))
#define NONNULL_ARG(i) __attribute__((nonnull(i)))

__attribute__((nonnull)) size_t all_len(const char *s);
// CHECK: attributes-nonnull.c:[[@LINE+1]]:56: warning: 'p' from malloc() at line [[@LINE+1]] may be NULL: passed to all_len() (argument 1 must not be NULL) without a check [unchecked-alloc]
size_t all_bad(void) { char *p = malloc(4); size_t n = all_len(p); free(p); return n; }

// nonnull alone speaks of pointers: a descriptor passed as an int is not one.
__attribute__((nonnull)) int process(int fd, const char *tag);
int descriptor_ok(const char *path) { int fd = open(path, O_RDONLY); int r = process(fd, "x"); if (fd >= 0) close(fd); return r; }

NONNULL(2) size_t variadic_macro_len(int flags, const char *s);
// CHECK: attributes-nonnull.c:[[@LINE+1]]:67: warning: 'p' from malloc() at line [[@LINE+1]] may be NULL: passed to variadic_macro_len() (argument 2 must not be NULL) without a check [unchecked-alloc]
size_t variadic_macro_bad(void) { char *p = malloc(4); size_t n = variadic_macro_len(0, p); free(p); return n; }
size_t variadic_macro_ok(int k) { char *p = malloc(4); size_t n = variadic_macro_len(k, "x"); free(p); return n; }

NONNULL_ARG(1) size_t param_macro_len(const char *s, const char *fallback);
// CHECK: attributes-nonnull.c:[[@LINE+1]]:64: warning: 'p' from malloc() at line [[@LINE+1]] may be NULL: passed to param_macro_len() (argument 1 must not be NULL) without a check [unchecked-alloc]
size_t param_macro_bad(void) { char *p = malloc(4); size_t n = param_macro_len(p, "x"); free(p); return n; }
size_t other_arg_ok(void) { char *p = malloc(4); size_t n = param_macro_len("x", p); free(p); return n; }

size_t redeclared_len(const char *s);
size_t redeclared_len(const char *s) __attribute__((__nonnull__(1)));
// CHECK: attributes-nonnull.c:[[@LINE+1]]:63: warning: 'p' from malloc() at line [[@LINE+1]] may be NULL: passed to redeclared_len() (argument 1 must not be NULL) without a check [unchecked-alloc]
size_t redeclared_bad(void) { char *p = malloc(4); size_t n = redeclared_len(p); free(p); return n; }

__attribute__((nonnull(1))) size_t defined_len(const char *s) { return s[0] != 0; }
// CHECK: attributes-nonnull.c:[[@LINE+1]]:63: warning: 'p' from malloc() at line [[@LINE+1]] may be NULL: passed to defined_len() (argument 1 must not be NULL) without a check [unchecked-alloc]
size_t definition_bad(void) { char *p = malloc(4); size_t n = defined_len(p); free(p); return n; }

size_t clang_len(int flags, const char *_Nonnull s);
// CHECK: attributes-nonnull.c:[[@LINE+1]]:66: warning: 'p' from malloc() at line [[@LINE+1]] may be NULL: passed to clang_len() (argument 2 must not be NULL) without a check [unchecked-alloc]
size_t clang_nonnull_bad(void) { char *p = malloc(4); size_t n = clang_len(0, p); free(p); return n; }

size_t maybe_len(const char *_Nullable s);
size_t clang_nullable_ok(void) { char *p = malloc(4); size_t n = maybe_len(p); free(p); return n; }
