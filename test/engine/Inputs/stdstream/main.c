/* Callers of open_out() in another file: the one that closes the file under
 * the same test as open_out leaks nothing; the one that never closes it leaks
 * the named file. */
#include <stdio.h>

FILE *open_out(const char *name);

int report(const char *name)
{
    FILE *out = open_out(name);
    if (!out)
        return -1;
    fputs("report\n", out);
    if (name)
        fclose(out);
    return 0;
}

int report_and_forget(const char *name)
{
    FILE *out = open_out(name);
    if (!out)
        return -1;
    fputs("report\n", out);
    return 0;
}
