// RUN: %memcheck --fail-on error --rules=destroy-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A destroyer that returns when a field of its object is NULL, and clears
 * that same field on its way (tmux's session_destroy(): `if (s->curw ==
 * NULL) return; s->curw = NULL;`), guards against being called twice: the
 * early return meets an object the first call destroyed. A field tested but
 * never cleared says nothing of the kind. */
#include <stdlib.h>

struct window { int id; };
struct session { struct window *curw; char *name; };

void session_destroy(struct session *s)
{
    if (s == NULL)
        return;
    if (s->curw == NULL)
        return;
    s->curw = NULL;
    free(s->name);
    free(s);
}

void session_free(struct session *s)
{
    if (s == NULL)
        return;
    if (s->name == NULL)
        // CHECK: destroyed-marker.c:[[@LINE+1]]:9: warning: destroy-named session_free() does not release 's' on the path returning at line [[@LINE+1]]
        return;
    free(s->name);
    free(s);
}
