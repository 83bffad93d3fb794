/* As near to the library as to the program: either logger may be the one, and
 * only one dereferences the context. */
#include <stddef.h>
#include "../ctx.h"

void tool_run(void)
{
    log_msg(NULL, "tool");
}
