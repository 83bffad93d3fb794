// RUN: %memcheck --fail-on error --rules=destroy-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* destroy-naming: destructors of lists, maps, string builders, parsers and
 * handles; NULL-safe, releasing their object on every path, possibly through
 * other destroyers, and the mistakes that break that. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Node { struct Node *next; char *key; char *value; } Node;
typedef struct List { Node *head; } List;
typedef struct Map { Node **buckets; size_t n; } Map;
typedef struct StrBuf { char *data; size_t len; } StrBuf;
typedef struct Parser { FILE *in; StrBuf *tok; Map *symbols; } Parser;
typedef struct Conn { int fd; char *host; } Conn;
typedef struct Shared { int refs; char *data; } Shared;
typedef struct Slab { char mem[256]; int used; } Slab;

StrBuf *strbuf_create(void) { return calloc(1, sizeof(StrBuf)); }
Parser *parser_create(FILE *in) { Parser *p = calloc(1, sizeof *p); if (p) p->in = in; return p; }
Conn *conn_create(int fd) { Conn *c = calloc(1, sizeof *c); if (c) c->fd = fd; return c; }

void node_free(Node *n) { if (!n) return; free(n->key); free(n->value); free(n); }
void list_destroy(List *l) { if (!l) return; Node *n = l->head; while (n) { Node *next = n->next; node_free(n); n = next; } free(l); }
void map_destroy(Map *m) { if (m == NULL) return; for (size_t i = 0; i < m->n; i++) { for (Node *n = m->buckets[i], *nx; n; n = nx) { nx = n->next; node_free(n); } } free(m->buckets); free(m); }
void strbuf_free(StrBuf *b) { if (b) { free(b->data); free(b); } }
void parser_destroy(Parser *p) { if (!p) return; if (p->in) fclose(p->in); strbuf_free(p->tok); map_destroy(p->symbols); free(p); }
void conn_close(Conn *c) { if (!c) return; free(c->host); free(c); }
void shared_release(Shared *s) { if (!s) return; if (--s->refs > 0) return; free(s->data); free(s); }
void list_clear(List *l) { Node *n = l->head; while (n) { Node *next = n->next; node_free(n); n = next; } l->head = NULL; }
void strbuf_release_data(StrBuf *b) { free(b->data); b->data = NULL; b->len = 0; }
void slab_free_all(Slab *s) { s->used = 0; }
void node_delete_key(Node *n) { if (!n) return; free(n->key); n->key = NULL; }
void map_dispose(Map **pm) { if (!pm || !*pm) return; map_destroy(*pm); *pm = NULL; }
void string_free(char *s) { free(s); }
void strv_free(char **v) { if (!v) return; for (char **p = v; *p; p++) free(*p); free(v); }

// CHECK: containers.c:[[@LINE+1]]:42: warning: destroy-named node_destroy_bad() dereferences 'n' before checking it for NULL; like free(), a destroyer must accept NULL [destroy-naming]
void node_destroy_bad(Node *n) { free(n->key); free(n); }
// CHECK: containers.c:[[@LINE+1]]:44: warning: destroy-named list_free_bad() dereferences 'l' before checking it for NULL; like free(), a destroyer must accept NULL [destroy-naming]
void list_free_bad(List *l) { Node *n = l->head; while (n) { Node *next = n->next; node_free(n); n = next; } free(l); }
// CHECK: containers.c:[[@LINE+1]]:94: warning: destroy-named strbuf_destroy_bad() does not release 'b' on the path returning at line {{[0-9]+}} [destroy-naming]
void strbuf_destroy_bad(StrBuf *b) { if (!b) return; if (b->len) { free(b->data); free(b); } }
// CHECK: containers.c:[[@LINE+1]]:112: warning: destroy-named parser_free_bad() does not release 'p' on the path returning at line {{[0-9]+}} [destroy-naming]
void parser_free_bad(Parser *p) { if (!p) return; fclose(p->in); strbuf_free(p->tok); map_destroy(p->symbols); }
// CHECK: containers.c:[[@LINE+1]]:72: warning: destroy-named conn_destroy_bad() does not release 'c' on the path returning at line {{[0-9]+}} [destroy-naming]
void conn_destroy_bad(Conn *c) { if (c == NULL) return; if (c->fd < 0) return; free(c->host); free(c); }
// CHECK: containers.c:[[@LINE+1]]:43: warning: destroy-named map_free_bad() dereferences 'm' before checking it for NULL; like free(), a destroyer must accept NULL [destroy-naming]
void map_free_bad(Map *m) { size_t n = m->n; if (!m) return; (void)n; free(m->buckets); free(m); }
typedef struct Connection { int fd; } Connection;
Connection *connection_create(int fd) { Connection *c = malloc(sizeof *c); if (c) c->fd = fd; return c; }
// CHECK: containers.c:[[@LINE+1]]:41: warning: destroy-named close_conn_bad() dereferences 'c' before checking it for NULL; like free(), a destroyer must accept NULL [destroy-naming]
void close_conn_bad(Connection *c) { c->fd = -1; free(c); }
void conn_close_ok(Connection *conn) { if (!conn) return; free(conn); }
typedef struct Res { int busy; int fd; } Res;
Res *res_create(void) { return calloc(1, sizeof(Res)); }
int res_destroy(Res *r) { if (!r) return 0; if (r->busy) return -1; free(r); return 0; }
// CHECK: containers.c:[[@LINE+1]]:62: warning: destroy-named res_close_bad() does not release 'r' on the path returning at line {{[0-9]+}} [destroy-naming]
int res_close_bad(Res *r) { if (!r) return 0; if (r->fd < 0) return 0; free(r); return 0; }
