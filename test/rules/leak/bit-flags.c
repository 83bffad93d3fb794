// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A bit of a flags word tested twice (`if (flags & F)`) gives the same answer
 * both times, until the word is written. */
#include <stdlib.h>

enum { KEEP = 1, COPY = 4 };
struct ctx { unsigned flags; int n; };
int get_flags(void);
void use(char *p);

void local_bits(void)
{
    int flags = get_flags();
    char *p = NULL;
    if (flags & COPY)
        p = malloc(10);
    use(p);
    if (flags & COPY)
        free(p);
}

void param_bits(int flags)
{
    char *p = NULL;
    if ((flags & COPY) != 0)
        p = malloc(10);
    if (flags & COPY)
        free(p);
}

void field_bits(struct ctx *c)
{
    char *p = NULL;
    if (c->flags & KEEP)
        p = malloc(10);
    c->n++;
    if (c->flags & KEEP)
        free(p);
}

void each_round(int n)
{
    for (int i = 0; i < n; i++) {
        int flags = get_flags();
        char *p = NULL;
        if (flags & COPY)
            p = malloc(10);
        if (flags & COPY)
            free(p);
    }
}

// CHECK: bit-flags.c:[[@LINE+10]]:1: warning: memory 'p' allocated by malloc() at line [[@LINE+6]] leaks at the end of the function
void flags_read_again(void)
{
    int flags = get_flags();
    char *p = NULL;
    if (flags & COPY)
        p = malloc(10);
    flags = get_flags();
    if (flags & COPY)
        free(p);
}

// CHECK: bit-flags.c:[[@LINE+9]]:1: warning: memory 'p' allocated by malloc() at line [[@LINE+5]] leaks at the end of the function
void flag_cleared(struct ctx *c)
{
    char *p = NULL;
    if (c->flags & KEEP)
        p = malloc(10);
    c->flags &= ~KEEP;
    if (c->flags & KEEP)
        free(p);
}
