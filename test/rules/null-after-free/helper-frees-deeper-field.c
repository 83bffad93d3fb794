// RUN: %memcheck --fail-on never --rules=null-after-free,double-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A static helper that frees a field one object deeper than its parameter
 * (mbedtls' ssl_remove_psk(): `free(ssl->handshake->psk)`) and leaves it
 * dangling hands it to its callers, as for a field of the parameter's own
 * object: a caller that stores a new block there at once leaves nothing
 * dangling, one that returns gets the finding at its call, one that frees it
 * again frees it twice. A helper that resets the field leaves nothing. */
#include <stdlib.h>
#include <string.h>

struct handshake { char *psk; size_t len; };
struct ctx { struct handshake *hs; };

static void remove_psk(struct ctx *c)
{
    if (c->hs->psk != NULL) {
        free(c->hs->psk);
        c->hs->len = 0;
    }
}

static void clear_psk(struct ctx *c)
{
    free(c->hs->psk);
    c->hs->psk = NULL;
}

int set_psk(struct ctx *c, const char *k, size_t n)
{
    if (c == NULL || c->hs == NULL)
        return -1;
    remove_psk(c);
    if ((c->hs->psk = malloc(n)) == NULL)
        return -2;
    memcpy(c->hs->psk, k, n);
    c->hs->len = n;
    return 0;
}

void reset_psk(struct ctx *c)
{
    // CHECK: helper-frees-deeper-field.c:[[@LINE+1]]:5: warning: 'c->hs->psk' is released by remove_psk() but still points to the freed memory when reset_psk() returns at line [[@LINE+2]]
    remove_psk(c);
}

void drop_psk(struct ctx *c)
{
    // CHECK: helper-frees-deeper-field.c:[[@LINE+1]]:5: warning: 'c->hs->psk' is released by remove_psk() but still points to the freed memory when drop_psk() returns
    remove_psk(c);
    // CHECK: helper-frees-deeper-field.c:[[@LINE+1]]:5: error: 'c->hs->psk' is released twice: free() here, after remove_psk() at line [[@LINE-1]] already released it
    free(c->hs->psk);
}

size_t forget_psk(struct ctx *c)
{
    clear_psk(c);
    return c->hs->psk == NULL ? c->hs->len : 0;
}
