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

int is_dash(const char *name);
FILE *open_dst(const char *name);

/* asks the same predicate of the same name before closing: knows which it got */
int copy_out(const char *name)
{
    FILE *out = open_dst(name);
    if (!out)
        return -1;
    fputs("copy\n", out);
    if (!is_dash(name))
        fclose(out);
    return 0;
}
