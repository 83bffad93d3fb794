// RUN: %memcheck --fail-on never --rules=destroy-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A static destroyer judged at its calls: an argument read from a pointer
 * field that no function tests for NULL or sets to NULL (nor an element of
 * such an array field) is one the program always sets, not a NULL it may pass.
 * A field tested or cleared somewhere is optional; the field, not its name:
 * another struct's field of the same name is another. Reduced from tmux's
 * grid_destroy(s->grid) and window_buffer_free_item(data->item_list[i]). */
#include <stdlib.h>

struct grid { char *cells; };
struct screen { struct grid *grid; struct grid *saved; };
struct list { struct grid **items; unsigned n; };

static void grid_free(struct grid *g)
{
    // CHECK: always-set-fields.c:[[@LINE+1]]:13: warning: destroy-named grid_free() dereferences 'g' before checking it for NULL; like free(), a destroyer must accept NULL [destroy-naming]
    free(g->cells);
    free(g);
}

void screen_free(struct screen *s)
{
    grid_free(s->grid);
    // CHECK: always-set-fields.c:[[@LINE+1]]:5: note: grid_free() may be given NULL here
    grid_free(s->saved);
}

void screen_swap(struct screen *s)
{
    if (s->saved != NULL)
        s->grid = s->saved;
    s->saved = NULL;
}

/* a field of the same name in another struct, tested: its own, not screen's */
struct view { struct grid *grid; };

int view_empty(const struct view *v)
{
    return v->grid == NULL;
}

/* only ever given always-set fields and elements: not reported */
static void grid_destroy(struct grid *g)
{
    free(g->cells);
    free(g);
}

void screen_done(struct screen *s)
{
    grid_destroy(s->grid);
}

void list_free(struct list *l)
{
    for (unsigned i = 0; i < l->n; i++)
        grid_destroy(l->items[i]);
    free(l->items);
}

/* Neither a getter returning the field nor a check of what a call just stored
 * in it says the struct may hold NULL there; a field read into a variable
 * first is still that field; a union's member is a field of its own. */
struct grid *grid_new(void);
struct pane { struct grid *base; int kind; union { struct grid *alt; char *title; } u; };

struct grid *pane_base(struct pane *p)
{
    return p->base;
}

int pane_init(struct pane *p)
{
    p->base = grid_new();
    if (p->base == NULL)
        return -1;
    return 0;
}

void pane_done(struct pane *p)
{
    struct grid *g = p->base;
    grid_destroy(g);
    if (p->kind == 1)
        grid_destroy(p->u.alt);
}

/* ... while a member tested for NULL somewhere is optional */
struct cell { int kind; union { struct grid *grid; char *text; } u; };

static void cell_grid_free(struct grid *g)
{
    // CHECK: always-set-fields.c:[[@LINE+1]]:13: warning: destroy-named cell_grid_free() dereferences 'g' before checking it for NULL; like free(), a destroyer must accept NULL [destroy-naming]
    free(g->cells);
    free(g);
}

int cell_empty(const struct cell *c)
{
    return c->kind == 1 && !c->u.grid;
}

void cell_done(struct cell *c)
{
    if (c->kind == 1)
        // CHECK: always-set-fields.c:[[@LINE+1]]:9: note: cell_grid_free() may be given NULL here
        cell_grid_free(c->u.grid);
}
