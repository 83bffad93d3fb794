/* The program links its own logger, not the library's. */
#include <stddef.h>
#include "../ctx.h"

int main(void)
{
    log_msg(NULL, "starting");
    return 0;
}
