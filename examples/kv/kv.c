/* kv.c - the store: a create/destroy pair and insertion with a cleanup label. */
#include <stdlib.h>
#include <string.h>

#include "kv.h"

struct kv_store *kv_create(size_t cap)
{
    struct kv_store *kv = mem_alloc(sizeof *kv);
    if (!kv)
        return NULL;
    kv->entries = calloc(cap, sizeof *kv->entries);
    if (!kv->entries) {
        free(kv);
        return NULL;
    }
    kv->count = 0;
    kv->cap = cap;
    return kv;
}

void kv_destroy(struct kv_store *kv)
{
    if (!kv)
        return;
    for (size_t i = 0; i < kv->count; i++) {
        free(kv->entries[i].key);
        free(kv->entries[i].value);
    }
    free(kv->entries);
    free(kv);
}

int kv_put(struct kv_store *kv, const char *key, const char *value)
{
    char *k = NULL, *v = NULL;
    if (kv->count == kv->cap)
        return -1;
    k = mem_strdup(key);
    if (!k)
        goto fail;
    v = mem_strdup(value);
    if (!v)
        goto fail;
    kv->entries[kv->count].key = k;
    kv->entries[kv->count].value = v;
    kv->count++;
    return 0;
fail:
    free(k);
    free(v);
    return -1;
}

const char *kv_get(const struct kv_store *kv, const char *key)
{
    for (size_t i = 0; i < kv->count; i++)
        if (strcmp(kv->entries[i].key, key) == 0)
            return kv->entries[i].value;
    return NULL;
}
