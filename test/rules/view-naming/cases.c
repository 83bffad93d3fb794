// RUN: %memcheck --fail-on error --rules=view-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* view-naming: what a view or a const parameter borrows is not released, taken
 * or written through, and a view returns no memory of its own; the caller keeps
 * ownership across a view call. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Buffer { char *data; size_t size; } Buffer;
typedef struct List { Buffer *items[8]; int n; } List;
void list_take_buffer(List *l, Buffer *b);

size_t buffer_view_len(const Buffer *b) { return b->size; }
void print_buffer_view(const Buffer *b) { for (size_t i = 0; i < b->size; i++) putchar(b->data[i]); }
char buffer_peek_first(Buffer *b) { return b->size ? b->data[0] : 0; }
const char *name_view(const Buffer *b) { return b->data; }
void caller_ok(void) { Buffer *b = calloc(1, sizeof *b); if (!b) return; buffer_view_len(b); free(b); }

// CHECK: cases.c:[[@LINE+1]]:40: warning: const_free_bad() releases 'b', which it only borrows (it is a pointer to const); the caller still owns it [view-naming]
void const_free_bad(const Buffer *b) { free((void *)b); }
/* a destroyer named so may release a const table it handed out (pcre2_maketables_free) */
void tables_free(void *ctx, const unsigned char *tables) { (void)ctx; free((void *)tables); }
void tables_free_16(void *ctx, const unsigned short *tables) { (void)ctx; free((void *)tables); }
// CHECK: cases.c:[[@LINE+1]]:54: warning: const_free_tables_bad() releases 't', which it only borrows (it is a pointer to const); the caller still owns it [view-naming]
void const_free_tables_bad(const unsigned char *t) { free((void *)t); }
// CHECK: cases.c:[[@LINE+1]]:49: warning: const_take_bad() hands ownership of 'b', which it only borrows (it is a pointer to const); the caller still owns it [view-naming]
void const_take_bad(List *l, const Buffer *b) { list_take_buffer(l, (Buffer *)b); }
// CHECK: cases.c:[[@LINE+1]]:44: warning: view-named buffer_peek_reset_bad() writes through 'b', which it only borrows [view-naming]
void buffer_peek_reset_bad(Buffer *b) { b->size = 0; }
// CHECK: cases.c:[[@LINE+1]]:144: warning: view-named buffer_view_copy_bad() returns memory it allocated with malloc() at line {{[0-9]+}}; a view must borrow, not hand out ownership [view-naming]
char *buffer_view_copy_bad(const Buffer *b) { char *s = malloc(b->size + 1); if (!s) return NULL; memcpy(s, b->data, b->size); s[b->size] = 0; return s; }

/* "view" inside a parameter's type name is a noun: a string_view's own methods */
struct string_view { const char *buf; size_t len; };
static inline void string_view_consume(struct string_view *s, size_t n) { s->buf += n; s->len -= n; }
// CHECK: cases.c:[[@LINE+1]]:54: warning: view-named line_view_reset_bad() writes through 'b', which it only borrows [view-naming]
void line_view_reset_bad(struct string_view *b) { b->len = 0; }
