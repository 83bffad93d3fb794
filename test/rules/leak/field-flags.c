// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A flag in a field of a parameter's object, tested before and after a call
 * that is given the object: the call's summary says which fields it may
 * write, and the others keep what the first test found. */
#include <stdlib.h>

struct lint { int memory; int count; char *data; struct lint *next; };
static struct lint *registered;

static void start_timer(struct lint *l) { l->count++; }
static void tick(struct lint *l) { start_timer(l); }
static void forget_memory(struct lint *l) { l->memory = 0; }
static void register_lint(struct lint *l) { registered = l; }
static void reset(struct lint *l) { *l = (struct lint){0}; }

void timed(struct lint *lint)
{
    char *p = NULL;
    if (lint->memory)
        p = malloc(10);
    start_timer(lint);
    if (lint->memory)
        free(p);
}

void ticked(struct lint *lint)
{
    char *p = NULL;
    if (lint->memory)
        p = malloc(10);
    tick(lint);
    if (lint->memory)
        free(p);
}

// CHECK: field-flags.c:[[@LINE+9]]:1: warning: memory 'p' allocated by malloc() at line [[@LINE+5]] leaks at the end of the function
void flag_cleared(struct lint *lint)
{
    char *p = NULL;
    if (lint->memory)
        p = malloc(10);
    forget_memory(lint);
    if (lint->memory)
        free(p);
}

// CHECK: field-flags.c:[[@LINE+9]]:1: warning: memory 'p' allocated by malloc() at line [[@LINE+5]] leaks at the end of the function
void registered_first(struct lint *lint)
{
    char *p = NULL;
    if (lint->memory)
        p = malloc(10);
    register_lint(lint);
    if (lint->memory)
        free(p);
}

// CHECK: field-flags.c:[[@LINE+9]]:1: warning: memory 'p' allocated by malloc() at line [[@LINE+5]] leaks at the end of the function
void reset_whole(struct lint *lint)
{
    char *p = NULL;
    if (lint->memory)
        p = malloc(10);
    reset(lint);
    if (lint->memory)
        free(p);
}
