/* load.c - reading a store from a "key=value" file, and copying one out. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kv.h"

struct kv_store *kv_load(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return NULL;
    struct kv_store *kv = kv_create(64);
    if (!kv)
        return NULL;             /* BUG: f is leaked on this error path (leak) */
    char line[256];
    while (fgets(line, sizeof line, f)) {
        char *eq = strchr(line, '=');
        if (!eq)
            continue;
        *eq = '\0';
        eq[1 + strcspn(eq + 1, "\n")] = '\0';
        if (kv_put(kv, line, eq + 1) != 0)
            break;
    }
    fclose(f);
    return kv;
}

struct kv_entry *kv_snapshot(const struct kv_store *kv, size_t count)
{
    /* BUG: count * sizeof may wrap (alloc-size-overflow) */
    struct kv_entry *copy = malloc(count * sizeof(struct kv_entry));
    if (!copy)
        return NULL;
    for (size_t i = 0; i < count && i < kv->count; i++)
        copy[i] = kv->entries[i];
    return copy;
}
