// RUN: %memcheck --fail-on error --rules=destroy-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* FN: a correct checker reports item_free() below: its only caller, through
 * the slot ops->del, passes what item_at() may return, NULL, without a check.
 * A destroyer called through a pointer is left to the code that calls the
 * slot, which is not followed to its targets. docs/rules/destroy-naming.md, "A destroyer
 * called through a pointer". */
#include <stdlib.h>

struct item { char *name; };
struct ops { void (*del)(struct item *); };

static void item_free(struct item *it)
{
    free(it->name);
    free(it);
}

const struct ops item_ops = { item_free };

static struct item *items[8];

/* NULL when no item is stored at i */
static struct item *item_at(unsigned i)
{
    return i < 8 ? items[i] : NULL;
}

void drop(unsigned i, const struct ops *o)
{
    o->del(item_at(i));
}

/* control: the same destroyer called directly with what may be NULL */
static void thing_free(struct item *it)
{
// CHECK: FN_callback_called_unchecked.c:[[@LINE+1]]:14: warning: destroy-named thing_free() dereferences 'it' before checking it for NULL; like free(), a destroyer must accept NULL [destroy-naming]
    free(it->name);
    free(it);
}

void drop_thing(unsigned i)
{
    thing_free(item_at(i));
}
