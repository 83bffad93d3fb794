// RUN: %memcheck --fail-on error --rules=unchecked-alloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A copier that returns NULL only for a count of 0 (tmux's cmd_copy_argv) and
 * never fails otherwise: a path that found the count nonzero, with `!= 0` or a
 * range, gets a block; one that knows nothing of the count must check. */
#include <stdlib.h>

char **copy_argv(int argc, char **argv)
{
    if (argc == 0)
        return NULL;
    char **copy = calloc((size_t)argc + 1, sizeof *copy);
    if (copy == NULL)
        abort();
    for (int i = 0; i < argc; i++)
        copy[i] = argv[i];
    return copy;
}

struct pane { int argc; char **argv; };

void exec_pane_ok(struct pane *p)
{
    if (p->argc != 0 && p->argc != 1) {
        char **argv = copy_argv(p->argc, p->argv);
        argv[p->argc] = NULL;
        free(argv);
    }
}

void exec_some_ok(int argc, char **argv)
{
    if (argc < 2)
        return;
    char **copy = copy_argv(argc, argv);
    copy[0] = NULL;
    free(copy);
}

void exec_any_bad(int argc, char **argv)
{
    char **copy = copy_argv(argc, argv);
    // CHECK: null-only-for-zero.c:[[@LINE+1]]:5: warning: 'copy' from copy_argv() at line [[@LINE-1]] may be NULL: written through without a check [unchecked-alloc]
    copy[0] = NULL;
    free(copy);
}
