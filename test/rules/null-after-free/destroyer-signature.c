// RUN: %memcheck --fail-on never --rules=null-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A destroyer's argument dies with the call, so its fields need no reset. Which
 * argument: the one the name names exactly, or the only pointer parameter, to a
 * struct, when the words after the verb name it by its name or type, in full
 * or abbreviated (dispose_context(struct quic_ctx *ctx), free_cfg(Config *)).
 * A name that releases a part (strbuf_release_data, delete_items_of_list), a
 * word that names something else, or a second pointer keeps the finding. */
#include <stdlib.h>

struct quic_ctx { char *buf; char *keys; };
typedef struct Config { char *path; } Config;
typedef struct Connection { char *peer; } Connection;
typedef struct strbuf { char *buf; } strbuf;
typedef struct List { char **items; } List;
typedef struct Pool { char *mem; } Pool;

void dispose_context(struct quic_ctx *ctx)
{
    free(ctx->buf);
    free(ctx->keys);
}

void free_cfg(Config *c)
{
    free(c->path);
}

void release_conn_now(Connection *connection)
{
    free(connection->peer);
}

void strbuf_release_data(strbuf *sb)
{
// CHECK: destroyer-signature.c:[[@LINE+1]]:5: warning: 'sb->buf' is released by free() but still points to the freed memory when strbuf_release_data() returns at line {{[0-9]+}} [null-after-free]
    free(sb->buf);
}

void delete_items_of_list(List *l)
{
// CHECK: destroyer-signature.c:[[@LINE+1]]:5: warning: 'l->items' is released by free() but still points to the freed memory when delete_items_of_list() returns at line {{[0-9]+}} [null-after-free]
    free(l->items);
}

void dispose_state(struct quic_ctx *ctx)
{
// CHECK: destroyer-signature.c:[[@LINE+1]]:5: warning: 'ctx->buf' is released by free() but still points to the freed memory when dispose_state() returns at line {{[0-9]+}} [null-after-free]
    free(ctx->buf);
}

void dispose_context_into(struct quic_ctx *ctx, Pool *pool)
{
// CHECK: destroyer-signature.c:[[@LINE+1]]:5: warning: 'ctx->keys' is released by free() but still points to the freed memory when dispose_context_into() returns at line {{[0-9]+}} [null-after-free]
    free(ctx->keys);
    free(pool->mem);
// CHECK: destroyer-signature.c:[[@LINE-1]]:5: warning: 'pool->mem' is released by free() but still points to the freed memory when dispose_context_into() returns at line {{[0-9]+}} [null-after-free]
}
