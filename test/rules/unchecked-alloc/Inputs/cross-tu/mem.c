#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* the project's own fatal error: never returns */
void die(const char *msg)
{
    fprintf(stderr, "fatal: %s\n", msg);
    exit(1);
}

/* never NULL: dies instead */
void *emalloc(size_t n)
{
    void *p = malloc(n);
    if (p == NULL)
        die("out of memory");
    return p;
}

char *estrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = emalloc(n);
    memcpy(p, s, n);
    return p;
}

/* may fail: hands calloc's result on */
void *try_zalloc(size_t n)
{
    return calloc(1, n);
}
