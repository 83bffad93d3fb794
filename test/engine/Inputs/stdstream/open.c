/* Opens the named file, or hands out stdout when there is no name. */
#include <stdio.h>

FILE *open_out(const char *name)
{
    if (!name)
        return stdout;
    return fopen(name, "w");
}

/* "-" names stdout: the choice comes from a predicate of the name. */
int is_dash(const char *name)
{
    return name[0] == '-' && name[1] == 0;
}

FILE *open_dst(const char *name)
{
    if (is_dash(name))
        return stdout;
    return fopen(name, "w");
}
