// RUN: %memcheck --fail-on never --rules=leak,unchecked-alloc,double-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A local struct made with an initialiser list owns what its fields are
 * given, by designator or by position, as it would after `b.data = ...`. */
#include <stdlib.h>
#include <string.h>

struct buf { char *data; size_t cap; };
struct pair { struct buf a; int tag; };

void buf_init_bad(size_t n)
{
    struct buf b = {.data = malloc(n), .cap = n};
    if (!b.data)
        return;
    memset(b.data, 0, n);
    // CHECK: struct-init.c:[[@LINE+1]]:1: warning: memory 'b.data' allocated by malloc() at line {{[0-9]+}} leaks at the end of the function
}

void buf_positional_bad(size_t n)
{
    struct buf b = {malloc(n), n};
    // CHECK: struct-init.c:[[@LINE+1]]:5: warning: 'b.data' from malloc() at line {{[0-9]+}} may be NULL: passed to memset()
    memset(b.data, 0, n);
    // CHECK: struct-init.c:[[@LINE+1]]:1: warning: memory 'b.data' allocated by malloc() at line {{[0-9]+}} leaks at the end of the function
}

void buf_twice_bad(size_t n)
{
    struct buf b = {.cap = n, .data = malloc(n)};
    free(b.data);
    // CHECK: struct-init.c:[[@LINE+1]]:5: error: 'b.data' is released twice
    free(b.data);
}

void buf_freed_ok(size_t n)
{
    struct buf b = {.data = malloc(n), .cap = n};
    if (!b.data)
        return;
    memset(b.data, 0, n);
    free(b.data);
}

struct buf buf_returned_ok(size_t n)
{
    struct buf b = {.data = malloc(n), .cap = n};
    return b;
}

void buf_keep(struct buf *b);

void buf_handed_ok(size_t n)
{
    struct buf b = {.data = malloc(n), .cap = n};
    buf_keep(&b);
}

void buf_stored_ok(struct buf *out, size_t n)
{
    struct buf b = {.data = malloc(n), .cap = n};
    *out = b;
}

void buf_borrowed_ok(char *given, size_t n)
{
    struct buf b = {.data = given, .cap = n};
    memset(b.data, 0, b.cap);
}

/* nested: the inner list is the inner struct's, kept as before (handed off) */
void pair_nested_ok(size_t n)
{
    struct pair p = {.a = {.data = malloc(n), .cap = n}, .tag = 1};
    (void)p;
}

union slot { char *text; long number; };

void union_ok(size_t n)
{
    union slot s = {.text = malloc(n)};
    (void)s;
}

/* a nested designator and a union member inside the struct: handed off, as in
 * any initialiser (their field is not named) */
struct holder { union slot s; struct buf b; int tag; };

void nested_designator_ok(size_t n)
{
    struct holder h = {.b.data = malloc(n), .tag = 1};
    (void)h;
}

void union_member_ok(size_t n)
{
    struct holder h = {.s.text = malloc(n), .tag = 2};
    (void)h;
}
