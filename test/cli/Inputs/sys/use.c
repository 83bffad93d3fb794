/* use.c - includes lib.h; its finding is reported only when lib.h is not a system header. */
#include <lib.h>

char *use(void)
{
    return lib_buffer();
}
