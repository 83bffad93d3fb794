// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* leak: paths that end in exit, abort or a project's own noreturn die()
 * do not leak; returning from a helper does. Aliases and out-parameters. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noreturn)) void die(const char *fmt, ...);

static void fatal(const char *what)
{
    perror(what);
    exit(2);
}

int exit_path_ok(size_t n)
{
    char *p = malloc(n);
    if (!p)
        return -1;
    if (n > 4096)
        exit(1);
    free(p);
    return 0;
}

int abort_path_ok(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    if (fgetc(f) == EOF)
        abort();
    fclose(f);
    return 0;
}

int die_path_ok(size_t n)
{
    char *a = malloc(n);
    if (!a)
        return -1;
    char *b = malloc(n);
    if (!b)
        die("no memory for %zu bytes", n);
    free(b);
    free(a);
    return 0;
}

int inferred_fatal_ok(size_t n)
{
    char *a = malloc(n);
    if (!a)
        return -1;
    FILE *f = fopen("/dev/null", "w");
    if (!f)
        fatal("/dev/null");
    fclose(f);
    free(a);
    return 0;
}

int warn_and_return_bad(size_t n)
{
    char *a = malloc(n);
    if (!a)
        return -1;
    FILE *f = fopen("/dev/null", "w");
    if (!f) {
        perror("/dev/null");
// CHECK: noreturn.c:[[@LINE+1]]:9: warning: memory 'a' allocated by malloc() at line {{[0-9]+}} leaks on the error path returning -1 at line {{[0-9]+}} (taken when 'f' is NULL at line {{[0-9]+}}) [leak]
        return -1;
    }
    fclose(f);
    free(a);
    return 0;
}

int alias_free_ok(size_t n)
{
    char *p = malloc(n);
    char *q = p;
    if (!q)
        return -1;
    q[0] = 0;
    free(q);
    return 0;
}

int out_param_late_bad(char **out, size_t n)
{
    char *p = malloc(n);
    if (!p)
        return -1;
    if (n < 2)
// CHECK: noreturn.c:[[@LINE+1]]:9: warning: memory 'p' allocated by malloc() at line {{[0-9]+}} leaks on the error path returning -1 at line {{[0-9]+}} [leak]
        return -1;
    *out = p;
    return 0;
}

int out_param_cleared_ok(char **out, size_t n)
{
    *out = NULL;
    char *p = malloc(n);
    if (!p)
        return -1;
    if (n < 2) {
        free(p);
        return -1;
    }
    *out = p;
    return 0;
}

/* C11 spellings of noreturn on a declaration: _Noreturn, and <stdnoreturn.h>'s noreturn */
_Noreturn void die_c11(const char *msg);
void die_c11_ok(void) { char *p = malloc(4); if (!p) return; p[0] = 0; die_c11("x"); }
#include <stdnoreturn.h>
noreturn void die_macro(const char *msg);
void die_macro_ok(void) { char *p = malloc(4); if (!p) return; p[0] = 0; die_macro("x"); }
void die_c11_ptr_ok(void (*log)(const char *)) { char *p = malloc(4); if (!p) die_c11("oom"); p[0] = 0; log(p); free(p); }
