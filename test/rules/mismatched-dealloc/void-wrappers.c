// RUN: %memcheck --fail-on never --rules=mismatched-dealloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A project's generic allocator pair (mem_alloc(size_t) -> void *,
 * mem_free(void *)) wraps malloc and free: its blocks may go to free(), and
 * malloc's to mem_free(). A typed pair (buf_new() -> Buf *, buf_free(Buf *))
 * still makes a family of its own. */
#include <stdlib.h>

void out_of_memory(void) __attribute__((noreturn));
void *mem_alloc(size_t n) { void *p = malloc(n); if (!p) out_of_memory(); return p; }
void mem_free(void *p) { free(p); }

typedef struct buf { char *data; } Buf;
Buf *buf_new(void) { Buf *b = mem_alloc(sizeof *b); b->data = NULL; return b; }
void buf_free(Buf *b) { if (b) { free(b->data); mem_free(b); } }

void generic_to_free_ok(void) { char *p = mem_alloc(8); p[0] = 0; free(p); }
void malloc_to_generic_ok(void) { char *p = malloc(8); mem_free(p); }
void typed_ok(void) { Buf *b = buf_new(); buf_free(b); }

// CHECK: void-wrappers.c:[[@LINE+1]]:52: error: 'b' was acquired by buf_new() (family 'buf') but is released by free() (family 'malloc') [mismatched-dealloc]
void typed_to_free_bad(void) { Buf *b = buf_new(); free(b); }
