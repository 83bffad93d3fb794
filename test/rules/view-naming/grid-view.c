// RUN: %memcheck --fail-on never --rules=view-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* "view" in the module's name, as the file that defines the function spells
 * it (grid-view.c: grid_view_*), is a noun: grid_view_clear() writes to the
 * grid it is given, and grid_view_string() hands out a string. A view verb
 * after the module's name still says the function borrows. Reduced from
 * tmux's grid-view.c. */
#include <stdlib.h>
#include <string.h>

struct grid { char *cells; unsigned size; };

void grid_view_clear(struct grid *gd)
{
    memset(gd->cells, 0, gd->size);
    gd->size = 0;
}

char *grid_view_string(struct grid *gd)
{
    char *s = malloc(gd->size + 1);
    if (s == NULL)
        return NULL;
    memcpy(s, gd->cells, gd->size);
    s[gd->size] = '\0';
    return s;
}

void grid_view_peek_reset(struct grid *gd)
{
    // CHECK: grid-view.c:[[@LINE+1]]:9: warning: view-named grid_view_peek_reset() writes through 'gd', which it only borrows [view-naming]
    gd->size = 0;
}
