/* alloc.c - allocation wrappers over malloc. */
#include <stdlib.h>
#include <string.h>

#include "kv.h"

void *mem_alloc(size_t size)
{
    return malloc(size);
}

char *mem_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *copy = malloc(n);
    memcpy(copy, s, n);          /* BUG: copy may be NULL (unchecked-alloc) */
    return copy;
}
