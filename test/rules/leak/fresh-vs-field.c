// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* leak: a block just allocated and kept to itself is not what a field held
 * before, and a pointer found NULL differs from one found not NULL. tmux's
 * prompt pastes what it copied, or a fresh block when it copied nothing, and
 * frees the block only when it is not the copy. */
#include <stdlib.h>
#include <string.h>

struct prompt { char *copied; };

int paste_ok(struct prompt *pr, size_t n)
{
    char *ud;
    if (pr->copied != NULL)
        ud = pr->copied;
    else {
        if ((ud = malloc(n + 1)) == NULL)
            abort();
        memset(ud, 'x', n);
    }
    if (ud != pr->copied)
        free(ud);
    return 1;
}

int paste_fresh_ok(struct prompt *pr, size_t n)
{
    char *ud = malloc(n + 1);
    if (ud == NULL)
        abort();
    memset(ud, 'x', n);
    if (ud != pr->copied)
        free(ud);
    return 1;
}

/* The test turned around: the fresh block is never the copy, never freed. */
int paste_bad(struct prompt *pr, size_t n)
{
    char *ud;
    if (pr->copied != NULL)
        ud = pr->copied;
    else {
        if ((ud = malloc(n + 1)) == NULL)
            abort();
        memset(ud, 'x', n);
    }
    if (ud == pr->copied)
        free(ud);
    // CHECK: fresh-vs-field.c:[[@LINE+1]]:5: warning: memory 'ud' allocated by malloc() at line {{[0-9]+}} leaks on the path returning 1 at line [[@LINE+1]] [leak]
    return 1;
}
