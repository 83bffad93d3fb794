/* The library logs through its own logger, which dereferences the context. */
#include <stddef.h>
#include "../ctx.h"

void client_connect(void)
{
    log_msg(NULL, "connecting");
}
