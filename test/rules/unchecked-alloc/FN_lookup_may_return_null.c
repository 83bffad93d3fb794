// RUN: %memcheck --fail-on error --rules=unchecked-alloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* FN: a correct checker reports 'find(key)->value' in value_of(): find()
 * returns NULL when the key is absent, and the result is dereferenced without a
 * check. Only allocators, models and wrappers that return an allocation are
 * tracked, not other functions that may return NULL.
 * docs/rules/unchecked-alloc.md, "A pointer that may be NULL for other reasons". */
#include <stdlib.h>
#include <string.h>

struct entry { const char *key; int value; };
static struct entry table[8];

static struct entry *find(const char *key)
{
    for (int i = 0; i < 8; i++)
        if (table[i].key && strcmp(table[i].key, key) == 0)
            return &table[i];
    return NULL;
}

int value_of(const char *key) { return find(key)->value; }

/* control: an allocation used the same way is reported */
// CHECK: FN_lookup_may_return_null.c:[[@LINE+1]]:74: warning: 'e' from malloc() at line [[@LINE+1]] may be NULL: written through without a check [unchecked-alloc]
struct entry *entry_make(void) { struct entry *e = malloc(sizeof *e); e->value = 0; return e; }
