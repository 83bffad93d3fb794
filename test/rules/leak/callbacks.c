// RUN: %memcheck --fail-on never --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A call through a function-pointer field whose every target only reads an
 * argument borrows it: the caller still owns it. Where a target keeps it, the
 * call may have taken it. */
#include <stdlib.h>
#include <string.h>

struct printer { void (*print)(const char *s); };
static size_t printed;
static void print_len(const char *s) { printed += strlen(s); }
static void print_none(const char *s) { (void)s; }
static const struct printer printers[] = { { print_len }, { .print = print_none } };

// CHECK: callbacks.c:[[@LINE+6]]:1: warning: memory 's' allocated by strdup() at line [[@LINE+3]] leaks
void print_copy_bad(int k, const char *name)
{
    char *s = strdup(name);
    if (s)
        printers[k].print(s);
}

struct store { void (*put)(char *s); };
static char *last;
static void store_keep(char *s) { last = s; }
static void store_len(char *s) { printed += strlen(s); }
static struct store stores[] = { { store_keep }, { store_len } };

void store_copy_ok(int k, const char *name)
{
    char *s = strdup(name);
    if (s)
        stores[k].put(s);
}
