/* The flag tested before and after a call into timer.c: it still holds after
 * start_timer(), not after forget_memory(). */
#include <stdlib.h>
#include "lint.h"

void timed(struct lint *lint)
{
    char *p = NULL;
    if (lint->memory)
        p = malloc(10);
    start_timer(lint);
    if (lint->memory)
        free(p);
}

void flag_cleared(struct lint *lint)
{
    char *p = NULL;
    if (lint->memory)
        p = malloc(10);
    forget_memory(lint);
    if (lint->memory)
        free(p);
}
