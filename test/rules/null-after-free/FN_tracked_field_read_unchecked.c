// RUN: %memcheck --fail-on never --rules=null-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* Known limitation: a field another field tracks (freed only under
 * `if (t->flags & OPENED)`) is taken to be read only where that field says it
 * is set. term_name() reads t->term without checking the flag, after
 * term_close() freed it: a use after free the rule does not report (tmux
 * formats reading tty->term after tty_close()). */
#include <stdlib.h>

#define OPENED 0x1

struct term { char *name; };
struct tty { int flags; struct term *term; };

void term_close(struct tty *t)
{
    if (t->flags & OPENED) {
        free(t->term);
        t->flags &= ~OPENED;
    }
}

const char *term_name(const struct tty *t)
{
    return t->term ? t->term->name : "";
}
