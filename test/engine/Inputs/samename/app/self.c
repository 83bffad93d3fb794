/* tidy() is defined here and in a file next to this one: a call here binds to
 * this definition, which reads the context. */
#include <stddef.h>
#include "../ctx.h"

void tidy(struct ctx *c)
{
    c->level = 0;
}

void shut_down(void)
{
    tidy(NULL);
}
