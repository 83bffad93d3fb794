// RUN: %memcheck --fail-on error --rules=create-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* create-naming: constructors of containers and strings a team would write,
 * and the shortcuts that break the promise of the name. */
#include <stdlib.h>
#include <string.h>

typedef struct Node { struct Node *next; char *key; } Node;
typedef struct List { Node *head; size_t len; } List;
typedef struct Map { Node **buckets; size_t nbuckets; } Map;
typedef struct StrBuf { char *data; size_t len, cap; } StrBuf;
typedef struct Pool { Node nodes[64]; int used; } Pool;

static List g_default_list;
static Node g_sentinel;

List *list_create(void) { return calloc(1, sizeof(List)); }
Node *node_new(const char *key) { Node *n = malloc(sizeof *n); if (!n) return NULL; n->next = NULL; n->key = strdup(key); if (!n->key) { free(n); return NULL; } return n; }
Map *map_create(size_t n) { Map *m = malloc(sizeof *m); if (!m) return NULL; m->buckets = calloc(n, sizeof *m->buckets); if (!m->buckets) { free(m); return NULL; } m->nbuckets = n; return m; }
StrBuf *strbuf_new(size_t cap) { StrBuf *b = calloc(1, sizeof *b); if (!b) return NULL; b->data = malloc(cap ? cap : 16); if (!b->data) { free(b); return NULL; } b->cap = cap ? cap : 16; return b; }
char *strbuf_dup_string(const StrBuf *b) { char *s = malloc(b->len + 1); if (!s) return NULL; memcpy(s, b->data, b->len); s[b->len] = 0; return s; }
List *list_clone(const List *src) { List *l = list_create(); if (!l) return NULL; for (Node *n = src->head; n; n = n->next) { Node *c = node_new(n->key); if (!c) return l; c->next = l->head; l->head = c; l->len++; } return l; }
// CHECK: containers.c:[[@LINE+1]]:58: warning: create-named node_create_or_reuse_bad() returns 'spare', its own borrowed parameter, not memory the caller will own [create-naming]
Node *node_create_or_reuse_bad(Node *spare) { if (spare) return spare; return node_new(""); }
Map *map_new_sized(size_t hint) { return map_create(hint < 8 ? 8 : hint); }
char *key_dup(const char *k) { return k ? strdup(k) : NULL; }
void *pool_alloc(Pool *p) { return p->used < 64 ? &p->nodes[p->used++] : NULL; }
StrBuf strbuf_create_value(size_t cap) { StrBuf b = {malloc(cap), 0, cap}; return b; }
int list_create_into(List **out) { *out = calloc(1, sizeof **out); return *out ? 0 : -1; }
Node *node_alloc_zeroed(void) { Node *n = malloc(sizeof *n); if (n) memset(n, 0, sizeof *n); return n; }

// CHECK: containers.c:[[@LINE+1]]:36: warning: create-named list_new_default_bad() returns '&g_default_list', a static object, not memory the caller will own [create-naming]
List *list_new_default_bad(void) { return &g_default_list; }
// CHECK: containers.c:[[@LINE+1]]:40: warning: create-named node_create_sentinel_bad() returns '&g_sentinel', a static object, not memory the caller will own [create-naming]
Node *node_create_sentinel_bad(void) { return &g_sentinel; }
// CHECK: containers.c:[[@LINE+1]]:46: warning: create-named strbuf_dup_data_bad() returns 'b->data', a pointer that a field or global still owns, not memory the caller will own [create-naming]
char *strbuf_dup_data_bad(const StrBuf *b) { return b->data; }
// CHECK: containers.c:[[@LINE+1]]:89: warning: create-named node_new_local_bad() returns 'p', a local object that dies when it returns, not memory the caller will own [create-naming]
Node *node_new_local_bad(const char *key) { Node n = {NULL, (char *)key}; Node *p = &n; return p; }
// CHECK: containers.c:[[@LINE+1]]:36: warning: create-named name_clone_bad() returns 'name', its own borrowed parameter, not memory the caller will own [create-naming]
char *name_clone_bad(char *name) { return name; }
// CHECK: containers.c:[[@LINE+1]]:36: warning: create-named label_create_bad() returns '(value)', a string literal, not memory the caller will own [create-naming]
char *label_create_bad(int kind) { return kind ? "on" : "off"; }
// CHECK: containers.c:[[@LINE+1]]:68: warning: create-named map_create_partial_bad() returns '&shared', a static object, not memory the caller will own [create-naming]
Map *map_create_partial_bad(size_t n) { static Map shared; if (!n) return &shared; return map_create(n); }
// CHECK: containers.c:[[@LINE+1]]:45: warning: create-named key_dup_borrowed_bad() returns 'n->key', a pointer that a field or global still owns, not memory the caller will own [create-naming]
char *key_dup_borrowed_bad(const Node *n) { return n->key; }
// CHECK: containers.c:[[@LINE+1]]:73: warning: create-named path_new_buffer_bad() returns 'p', a local object that dies when it returns, not memory the caller will own [create-naming]
char *path_new_buffer_bad(void) { char buf[64] = "/tmp"; char *p = buf; return p; }
typedef struct FreeList { Node *free; } FreeList;
Node *node_new_recycled(FreeList *fl) { Node *n = fl->free; if (!n) return node_new(""); fl->free = n->next; n->next = NULL; return n; }
char *strbuf_dup_detached(StrBuf *b) { char *d = b->data; b->data = NULL; b->len = b->cap = 0; return d; }
static char *g_cached;
char *cached_name_new(void) { char *c = g_cached; g_cached = NULL; return c ? c : strdup("x"); }
void *arena_alloc_aligned(StrBuf *a, size_t n) { size_t at = (a->len + 7) & ~(size_t)7; if (at + n > a->cap) return NULL; a->len = at + n; return a->data + at; }
