// RUN: %memcheck --fail-on error --rules=unchecked-alloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A parameter the body dereferences on every path must not be NULL. When the
 * body has more paths than the analysis keeps at some block, the exits it saw
 * are not every path: only a dereference in a block every return runs still
 * counts (libarchive's read_archive(bsdtar, 't', NULL) uses its writer only in
 * mode 'x'). */
#include <stdlib.h>

struct out { int n; void *lock; };
void use(void *p);
int pick(void);
void lock_it(void *l);

#define MAYBE_BUFFERS                                  \
    char *b0 = pick() ? malloc(1) : NULL;              \
    char *b1 = pick() ? malloc(1) : NULL;              \
    char *b2 = pick() ? malloc(1) : NULL;              \
    char *b3 = pick() ? malloc(1) : NULL;              \
    char *b4 = pick() ? malloc(1) : NULL;              \
    char *b5 = pick() ? malloc(1) : NULL;              \
    if (b0) use(b0);                                   \
    if (b1) use(b1);                                   \
    if (b2) use(b2);                                   \
    if (b3) use(b3);                                   \
    if (b4) use(b4);                                   \
    if (b5) use(b5);                                   \
    free(b0); free(b1); free(b2); free(b3); free(b4); free(b5)

static void run(int mode, struct out *w)
{
    if (mode != 'x')
        goto paths;
    w->n++;
paths:;
    MAYBE_BUFFERS;
}

void list_only(void) { run('t', NULL); }
void extract(struct out *w) { run('x', w); }

/* the writer's lock is taken on every path, in a block of its own */
static void run_locked(int mode, struct out *w)
{
    do {
        lock_it(w->lock);
    } while (0);
    if (mode == 'x')
        w->n++;
    MAYBE_BUFFERS;
}

// CHECK: deref-dropped-paths.c:[[@LINE+1]]:26: warning: a null pointer constant is used here: passed to run_locked() (argument 2 must not be NULL) [unchecked-alloc]
void list_locked(void) { run_locked('t', NULL); }
void extract_locked(struct out *w) { run_locked('x', w); }
