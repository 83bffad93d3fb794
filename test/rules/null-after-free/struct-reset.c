// RUN: %memcheck --fail-on error --rules=null-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* null-after-free: a struct overwritten whole after its fields are freed holds
 * nothing freed any more, whether from a compound literal, a zeroed local or
 * memset (the models' `overwrites`). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct index { int *slots; unsigned long cap; };
struct table { struct index by_name; struct index by_id; };

void index_reset_literal(struct table *t)
{
    free(t->by_name.slots);
    t->by_name = (struct index){0};
}

void index_reset_local(struct table *t)
{
    free(t->by_id.slots);
    struct index empty = {0};
    t->by_id = empty;
}

void table_reset(struct table *t)
{
    free(t->by_name.slots);
    free(t->by_id.slots);
    *t = (struct table){0};
}

void table_zero(struct table *t)
{
    free(t->by_name.slots);
    free(t->by_id.slots);
    memset(t, 0, sizeof *t);
}

void index_zero(struct table *t)
{
    free(t->by_id.slots);
    bzero(&t->by_id, sizeof t->by_id);
}

// CHECK: struct-reset.c:[[@LINE+3]]:5: warning: 't->by_name.slots' is released by free() but still points to the freed memory when index_zero_other() returns at line [[@LINE+5]] [null-after-free]
void index_zero_other(struct table *t)
{
    free(t->by_name.slots);
    memset(&t->by_id, 0, sizeof t->by_id);
}

// CHECK: struct-reset.c:[[@LINE+4]]:5: warning: 't->by_id.slots' is released by free() but still points to the freed memory when index_reset_other() returns at line [[@LINE+6]] [null-after-free]
void index_reset_other(struct table *t)
{
    free(t->by_name.slots);
    free(t->by_id.slots);
    t->by_name = (struct index){0};
}

/* A held object released after its fields, and the pointer to it cleared: nothing
 * is left pointing at what was freed (libarchive's archive_entry_partial_links). */
struct spare_entry { char *canonical, *entry; };
struct resolver { struct spare_entry *spare; };

void drop_spare(struct resolver *res)
{
    if (res->spare != NULL) {
        free(res->spare->canonical);
        free(res->spare->entry);
        free(res->spare);
        res->spare = NULL;
    }
}

// CHECK: struct-reset.c:[[@LINE+3]]:5: warning: 'res->spare->canonical' is released by free() but still points to the freed memory when empty_spare() returns at line [[@LINE+5]] [null-after-free]
void empty_spare(struct resolver *res)
{
    free(res->spare->canonical);
    res->spare->entry = NULL;
}
