/* Opens the named file, or hands out stdout when there is no name. */
#include <stdio.h>

FILE *open_out(const char *name)
{
    if (!name)
        return stdout;
    return fopen(name, "w");
}
