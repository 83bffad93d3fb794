#include <stdlib.h>
#include <string.h>

/* aborts instead of failing: callers need no check */
void *xmalloc(size_t n)
{
    void *p = malloc(n);
    if (!p)
        abort();
    return p;
}

/* hands malloc's result on: callers must check it */
char *copy_name(const char *s)
{
    char *p = malloc(strlen(s) + 1);
    if (p)
        strcpy(p, s);
    return p;
}

/* frees its argument */
void name_release(char *p)
{
    free(p);
}
