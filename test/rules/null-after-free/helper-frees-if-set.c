// RUN: %memcheck --fail-on never --rules=null-after-free,double-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A static helper that frees a field only when it is set (`if (c->key)
 * free(c->key);`, mbedtls' ssl_remove_psk()) releases it as free() would:
 * free(NULL) does nothing, and the path that skips the call leaves the field
 * NULL. Its callers judge the field, as they do for a helper that frees it on
 * every path: one that stores a new key at once leaves nothing dangling, one
 * that returns leaves it dangling, and one that frees it again frees it twice. */
#include <stdlib.h>
#include <string.h>

struct ctx { char *key; };

static void remove_key(struct ctx *c)
{
    if (c->key != NULL)
        free(c->key);
}

int set_key(struct ctx *c, const char *k)
{
    remove_key(c);
    if ((c->key = strdup(k)) == NULL)
        return -1;
    return 0;
}

void clear_key(struct ctx *c)
{
    // CHECK: helper-frees-if-set.c:[[@LINE+1]]:5: warning: 'c->key' is released by remove_key() but still points to the freed memory when clear_key() returns at line [[@LINE+2]]
    remove_key(c);
}

void drop_key(struct ctx *c)
{
    // CHECK: helper-frees-if-set.c:[[@LINE+1]]:5: warning: 'c->key' is released by remove_key() but still points to the freed memory when drop_key() returns
    remove_key(c);
    // CHECK: helper-frees-if-set.c:[[@LINE+1]]:5: error: 'c->key' is released twice: free() here, after remove_key() at line [[@LINE-1]] already released it
    free(c->key);
}

/* a helper that only looks at the field releases nothing */
static int has_key(const struct ctx *c)
{
    return c->key != NULL;
}

void reset_key(struct ctx *c)
{
    if (has_key(c))
        return;
    c->key = NULL;
}
