// RUN: %memcheck --fail-on error --rules=take-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* take-naming: containers that adopt what they are given (a list, a hash map, a
 * string builder, an arena-backed queue), both sides of the contract. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Item { struct Item *next; char *text; } Item;
typedef struct Queue { Item *head, *tail; int len; } Queue;
typedef struct Entry { char *key; char *value; struct Entry *next; } Entry;
typedef struct Table { Entry *slots[16]; } Table;
typedef struct StrBuf { char *data; size_t len; } StrBuf;
typedef struct Msg { char *body; } Msg;

static unsigned slot_of(const char *k) { unsigned h = 0; while (*k) h = h * 31 + (unsigned char)*k++; return h % 16; }

void queue_push_take(Queue *q, Item *item) { item->next = NULL; if (q->tail) q->tail->next = item; else q->head = item; q->tail = item; q->len++; }
int table_adopt_entry(Table *t, Entry *entry) { if (!entry) return -1; unsigned s = slot_of(entry->key); entry->next = t->slots[s]; t->slots[s] = entry; return 0; }
void strbuf_take_string(StrBuf *b, char *string) { free(b->data); b->data = string; b->len = string ? strlen(string) : 0; }
int table_consume_pair(Table *t, char *key, char *value) { Entry *e = malloc(sizeof *e); if (!e) { free(key); free(value); return -1; } e->key = key; e->value = value; return table_adopt_entry(t, e); }
void msg_take_body(Msg *m, char **body) { free(m->body); m->body = *body; *body = NULL; }
int queue_take_or_drop(Queue *q, Item *item, int full) { if (full) { free(item->text); free(item); return -1; } queue_push_take(q, item); return 0; }
void item_sink(Item *item) { free(item->text); free(item); }

int caller_push_ok(Queue *q, const char *s) { Item *it = calloc(1, sizeof *it); if (!it) return -1; it->text = strdup(s); queue_push_take(q, it); return 0; }
int caller_consume_ok(Table *t, const char *k, const char *v) { char *key = strdup(k), *val = strdup(v); if (!key || !val) { free(key); free(val); return -1; } return table_consume_pair(t, key, val); }
void caller_body_ok(Msg *m) { char *b = strdup("hello"); msg_take_body(m, &b); free(b); }
int caller_reassign_ok(Queue *q) { Item *it = calloc(1, sizeof *it); if (!it) return -1; queue_push_take(q, it); it = calloc(1, sizeof *it); if (!it) return -1; it->text = NULL; queue_push_take(q, it); return 0; }
void caller_string_ok(StrBuf *b, int n) { char *s = malloc(16); if (!s) return; snprintf(s, 16, "%d", n); strbuf_take_string(b, s); }

// CHECK: containers.c:[[@LINE+1]]:76: warning: table_adopt_entry_leaky_bad() takes ownership of 'entry' by its name, but neither releases, stores nor passes it on on the path returning at line {{[0-9]+}}; the caller has let go of it, so it leaks [take-naming]
int table_adopt_entry_leaky_bad(Table *t, Entry *entry) { if (!entry->key) return -1; unsigned s = slot_of(entry->key); entry->next = t->slots[s]; t->slots[s] = entry; return 0; }
// CHECK: containers.c:[[@LINE+1]]:98: warning: strbuf_take_string_dropped_bad() takes ownership of 'string' by its name, but neither releases, stores nor passes it on on the path returning at line {{[0-9]+}}; the caller has let go of it, so it leaks [take-naming]
void strbuf_take_string_dropped_bad(StrBuf *b, char *string) { if (!string) return; if (b->data) return; b->data = string; }
// CHECK: containers.c:[[@LINE+1]]:89: warning: msg_take_body_uncleared_bad() moves the contents of 'body' at line {{[0-9]+}} but leaves the source pointing at them: two owners when it returns at line {{[0-9]+}} [take-naming]
void msg_take_body_uncleared_bad(Msg *m, char **body) { free(m->body); m->body = *body; }
// CHECK: containers.c:[[@LINE+1]]:117: warning: 'it' is released by free() after queue_push_take() took ownership of it at line {{[0-9]+}} [take-naming]
int caller_free_after_bad(Queue *q) { Item *it = calloc(1, sizeof *it); if (!it) return -1; queue_push_take(q, it); free(it); return 0; }
// CHECK: containers.c:[[@LINE+1]]:120: warning: 'it' is used after queue_push_take() took ownership of it at line {{[0-9]+}} [take-naming]
int caller_use_after_bad(Queue *q) { Item *it = calloc(1, sizeof *it); if (!it) return -1; queue_push_take(q, it); it->text = NULL; return 0; }
// CHECK: containers.c:[[@LINE+1]]:126: warning: 'it' is used after queue_push_take() took ownership of it at line {{[0-9]+}} [take-naming]
int caller_twice_bad(Queue *q, Queue *other) { Item *it = calloc(1, sizeof *it); if (!it) return -1; queue_push_take(q, it); queue_push_take(other, it); return 0; }
// CHECK: containers.c:[[@LINE+1]]:117: warning: 'b' is released by free() after strbuf_take_string() took ownership of it at line {{[0-9]+}} [take-naming]
void caller_body_twice_bad(Msg *m) { char *b = strdup("x"); Msg copy = {0}; strbuf_take_string((StrBuf *)&copy, b); free(b); }
