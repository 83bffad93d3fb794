// RUN: %memcheck --fail-on never --rules=mismatched-dealloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A block from grid_create(), whose pair grid_destroy() frees what it holds and
 * then the block, is a plain block again once what it holds was moved out or
 * cleared: free() of the emptied shell is its allocator's own deallocator
 * (tmux's grid_reflow(), json-c's lh_table_resize()). A block still holding
 * what it owns needs grid_destroy(). */
#include <stdlib.h>

struct line { char *cells; };
struct grid { struct line *lines; unsigned sy; };

struct grid *grid_create(unsigned sy)
{
    struct grid *g = calloc(1, sizeof *g);
    if (g == NULL)
        abort();
    g->lines = calloc(sy, sizeof *g->lines);
    g->sy = sy;
    return g;
}

void grid_destroy(struct grid *g)
{
    if (g == NULL)
        return;
    free(g->lines);
    free(g);
}

void grid_reflow(struct grid *gd)
{
    struct grid *target = grid_create(gd->sy * 2);
    free(gd->lines);
    gd->lines = target->lines;
    free(target);
}

struct line *grid_take_lines(unsigned sy)
{
    struct grid *g = grid_create(sy);
    struct line *lines = g->lines;
    g->lines = NULL;
    free(g);
    return lines;
}

void grid_drop_bad(unsigned sy)
{
    struct grid *g = grid_create(sy);
    // CHECK: emptied-shell.c:[[@LINE+1]]:5: error: 'g' was acquired by grid_create() (family 'grid') but is released by free() (family 'malloc') [mismatched-dealloc]
    free(g);
}
