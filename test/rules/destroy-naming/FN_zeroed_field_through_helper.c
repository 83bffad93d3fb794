// RUN: %memcheck --fail-on error --rules=destroy-naming %s -- -std=gnu11 2>&1 | FileCheck %s --allow-empty %no-other-findings
/* FN: a correct checker reports parser_free() below. popup_open() gives up
 * before it sets pd->parser, and popup_free() passes the field, still NULL
 * from calloc(), to parser_free(). The field is never tested nor set to NULL,
 * so it is taken to be always set, and the NULL that calloc() left in it is not
 * followed through popup_free() to the call. Reduced from tmux's
 * popup_free() -> input_free(pd->ictx). docs/rules/destroy-naming.md,
 * "Known limitations". */
#include <stdlib.h>

struct parser { char *buf; };
struct popup { struct parser *parser; int fd; };

static struct popup *current;

static void parser_free(struct parser *p)
{
    free(p->buf);
    free(p);
}

static void popup_free(struct popup *pd)
{
    parser_free(pd->parser);
    free(pd);
}

static struct parser *parser_new(void)
{
    struct parser *p = calloc(1, sizeof *p);
    if (p)
        p->buf = malloc(64);
    return p;
}

int popup_open(int fd)
{
    struct popup *pd = calloc(1, sizeof *pd);
    if (pd == NULL)
        return -1;
    if (fd < 0) {
        popup_free(pd);
        return -1;
    }
    pd->fd = fd;
    pd->parser = parser_new();
    current = pd;
    return 0;
}
// CHECK-NOT: warning
