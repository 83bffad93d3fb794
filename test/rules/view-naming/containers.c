// RUN: %memcheck --fail-on error --rules=view-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* view-naming: lookups, iterators and printers that borrow what they are
 * given; the views that release, keep or modify it; and callers that keep
 * ownership across a view. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Node { struct Node *next; char *key; int val; } Node;
typedef struct Map { Node *slots[16]; int count; } Map;
typedef struct StrBuf { char *data; size_t len; } StrBuf;
typedef struct Cache { const Node *last; Node *owned[4]; } Cache;
void map_take_node(Map *m, Node *n);

static unsigned hash_of(const char *k) { unsigned h = 5381; while (*k) h = h * 33 + (unsigned char)*k++; return h & 15; }

const Node *map_peek(const Map *m, const char *key) { for (const Node *n = m->slots[hash_of(key)]; n; n = n->next) if (!strcmp(n->key, key)) return n; return NULL; }
int map_view_count(const Map *m) { return m->count; }
const char *strbuf_view(const StrBuf *b) { return b->len ? b->data : ""; }
size_t strbuf_borrow_len(const StrBuf *b) { return b->len; }
void node_print(const Node *n, FILE *out) { fprintf(out, "%s=%d\n", n->key, n->val); }
int map_sum(const Map *m) { int s = 0; for (int i = 0; i < 16; i++) for (const Node *n = m->slots[i]; n; n = n->next) s += n->val; return s; }
void cache_remember(Cache *c, const Node *n) { c->last = n; }
const char *node_key_view(const Node *n) { return n ? n->key : NULL; }
Node *map_peek_mutable(Map *m, const char *key) { for (Node *n = m->slots[hash_of(key)]; n; n = n->next) if (!strcmp(n->key, key)) return n; return NULL; }
char *strbuf_copy_out(const StrBuf *b) { char *s = malloc(b->len + 1); if (!s) return NULL; memcpy(s, b->data, b->len); s[b->len] = 0; return s; }
int caller_keeps_ok(void) { StrBuf *b = calloc(1, sizeof *b); if (!b) return -1; size_t n = strbuf_borrow_len(b); free(b); return (int)n; }
int caller_lookup_ok(Map *m) { Node *n = calloc(1, sizeof *n); if (!n) return -1; n->key = "k"; map_take_node(m, n); return map_peek(m, "k") != NULL; }
void print_all_ok(const Map *m) { for (int i = 0; i < 16; i++) for (const Node *n = m->slots[i]; n; n = n->next) node_print(n, stdout); }

// CHECK: containers.c:[[@LINE+1]]:43: warning: node_free_const_bad() releases 'n', which it only borrows (it is a pointer to const); the caller still owns it [view-naming]
void node_free_const_bad(const Node *n) { free((Node *)n); }
// CHECK: containers.c:[[@LINE+1]]:55: warning: map_insert_borrowed_bad() hands ownership of 'n', which it only borrows (it is a pointer to const); the caller still owns it [view-naming]
void map_insert_borrowed_bad(Map *m, const Node *n) { map_take_node(m, (Node *)n); }
// CHECK: containers.c:[[@LINE+1]]:44: warning: view-named strbuf_view_clear_bad() writes through 'b', which it only borrows [view-naming]
void strbuf_view_clear_bad(StrBuf *b) { b->len = 0; }
// CHECK: containers.c:[[@LINE+1]]:46: warning: view-named strbuf_view_dup_bad() returns memory it allocated with strndup() at line {{[0-9]+}}; a view must borrow, not hand out ownership [view-naming]
char *strbuf_view_dup_bad(const StrBuf *b) { return strndup(b->data, b->len); }
// CHECK: containers.c:[[@LINE+1]]:39: warning: view-named node_peek_bump_bad() writes through 'n', which it only borrows [view-naming]
void node_peek_bump_bad(Node *n) { n->val++; }
// CHECK: containers.c:[[@LINE+1]]:41: warning: key_release_bad() releases 'key', which it only borrows (it is a pointer to const); the caller still owns it [view-naming]
void key_release_bad(const char *key) { free((char *)key); }
const char *map_peek_temp_copy_ok(Map *m, const char *key) { char *k = strdup(key); if (!k) return NULL; const Node *n = map_peek(m, k); free(k); return n ? n->key : NULL; }
typedef struct Shared { int refs; char *data; } Shared;
void shared_unref(Shared *s) { if (s && --s->refs == 0) { free(s->data); free(s); } }
int shared_size(const Shared *s) { return s->data ? (int)strlen(s->data) : 0; }
// CHECK: containers.c:[[@LINE+1]]:50: warning: shared_drop_borrowed_bad() releases 's', which it only borrows (it is a pointer to const); the caller still owns it [view-naming]
void shared_drop_borrowed_bad(const Shared *s) { shared_unref((Shared *)s); }
void shared_drop_owned_ok(Shared *s) { shared_unref(s); }
int shared_peek_size_ok(const Shared *s) { return shared_size(s); }
