// RUN: %memcheck --fail-on never --rules=unchecked-alloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A pointer from an unmodelled call, found non-NULL once, stays non-NULL: the
 * loop `while (cmd != NULL)` after `if (!cmd) return ...;` runs at least once,
 * so a list built in it is never empty and the function never returns NULL.
 * Reduced from tmux's cmdq_get_command(), whose callers dereference it. */
#include <stdlib.h>

struct cmd;
struct cmd *first_cmd(void *list);
struct cmd *next_cmd(struct cmd *c);
struct item { struct item *next; struct cmd *cmd; };
struct item *empty_item(void);

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n, size);
    if (p == NULL)
        abort();
    return p;
}

static struct item *items_of(void *list)
{
    struct item *first = NULL, *last = NULL, *item;
    struct cmd *cmd;
    if ((cmd = first_cmd(list)) == NULL)
        return empty_item();
    while (cmd != NULL) {
        item = xcalloc(1, sizeof *item);
        item->cmd = cmd;
        if (first == NULL)
            first = item;
        if (last != NULL)
            last->next = item;
        last = item;
        cmd = next_cmd(cmd);
    }
    return first;
}

int first_is_set(void *list)
{
    struct item *i = items_of(list);
    int set = i->cmd != NULL;
    free(i);
    return set;
}

/* Without the first test the loop may not run: NULL comes back. */
static struct item *items_unchecked(void *list)
{
    struct item *first = NULL, *item;
    for (struct cmd *cmd = first_cmd(list); cmd != NULL; cmd = next_cmd(cmd)) {
        item = xcalloc(1, sizeof *item);
        item->next = first;
        first = item;
    }
    return first;
}

int unchecked_first(void *list)
{
    struct item *i = items_unchecked(list);
    // CHECK: tested-then-loop.c:[[@LINE+1]]:18: warning: 'i' from items_unchecked() at line [[@LINE-1]] may be NULL: dereferenced without a check [unchecked-alloc]
    int set = i->cmd != NULL;
    free(i);
    return set;
}
