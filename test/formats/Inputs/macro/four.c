#include "grow.h"

void vec_grow(struct vec *v)
{
    GROW(v->data, v->cap);
    GROW(v->spare, v->cap);
    v->cap *= 2;
}

void buf_grow(char *a, char *b, size_t n)
{
    GROW(a, n);
    GROW(b, n);
    free(a);
    free(b);
}

/* realloc-leak written in the function, not by a macro: its own finding */
void plain_grow(char *c, size_t n)
{
    c = realloc(c, n);
    free(c);
}

/* another macro: its own finding */
void other_grow(char *d, size_t n)
{
    GROW_BY(d, n);
    free(d);
}

/* two double frees through one macro: the cause is each caller's, not the body */
void twice(char *p, char *q)
{
    RELEASE(p);
    RELEASE(p);
    RELEASE(q);
    RELEASE(q);
}
