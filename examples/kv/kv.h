/* kv.h - a tiny in-memory key-value store: the example memcheck ships with. */
#ifndef KV_H
#define KV_H

#include <stddef.h>

struct kv_entry {
    char *key;
    char *value;
};

struct kv_store {
    struct kv_entry *entries;
    size_t count;
    size_t cap;
};

/* Allocation wrappers (alloc.c): they return NULL on failure, like malloc. */
void *mem_alloc(size_t size);
char *mem_strdup(const char *s);

struct kv_store *kv_create(size_t cap);
void kv_destroy(struct kv_store *kv);
int kv_put(struct kv_store *kv, const char *key, const char *value);
const char *kv_get(const struct kv_store *kv, const char *key);

/* load.c */
struct kv_store *kv_load(const char *path);
struct kv_entry *kv_snapshot(const struct kv_store *kv, size_t count);

#endif
