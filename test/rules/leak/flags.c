// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* leak: constant and global flags guarding frees, loops and switch. */
#include <stdlib.h>
#include <string.h>

#define DEBUG_KEEP 0
static int keep_buffers;   /* never written: always 0 */

int const_flag_ok(size_t n)
{
    char *p = malloc(n);
    if (!p)
        return -1;
    memset(p, 0, n);
    if (!DEBUG_KEEP)
        free(p);
    return 0;
}

int static_flag_ok(size_t n)
{
    char *p = malloc(n);
    if (!p)
        return -1;
    memset(p, 1, n);
    if (!keep_buffers)
        free(p);
    return 0;
}

int param_flag_bad(size_t n, int release)
{
    char *p = malloc(n);
    if (!p)
        return -1;
    memset(p, 2, n);
    if (release)
        free(p);
// CHECK: flags.c:[[@LINE+1]]:5: warning: memory 'p' allocated by malloc() at line {{[0-9]+}} leaks on the path returning 0 at line {{[0-9]+}} [leak]
    return 0;
}

int loop_ok(int rounds)
{
    for (int i = 0; i < rounds; i++) {
        char *tmp = malloc(64);
        if (!tmp)
            return -1;
        memset(tmp, i, 64);
        free(tmp);
    }
    return 0;
}

int loop_break_bad(int rounds)
{
    for (int i = 0; i < rounds; i++) {
        char *tmp = malloc(64);
        if (!tmp)
            return -1;
        if (i == 3)
// CHECK: flags.c:[[@LINE+1]]:13: warning: memory 'tmp' allocated by malloc() at line {{[0-9]+}} leaks when 'tmp' goes out of scope [leak]
            break;
        free(tmp);
    }
    return 0;
}

int switch_ok(int kind)
{
    char *p = malloc(8);
    if (!p)
        return -1;
    switch (kind) {
    case 0:
        p[0] = 'a';
        break;
    case 1:
        p[0] = 'b';
        break;
    default:
        free(p);
        return -1;
    }
    free(p);
    return 0;
}

static int trace_mode;     /* written by set_trace: a real run-time flag */
void set_trace(int on) { trace_mode = on; }

int written_flag_bad(size_t n)
{
    char *p = malloc(n);
    if (!p)
        return -1;
    memset(p, 3, n);
    if (!trace_mode)
        free(p);
// CHECK: flags.c:[[@LINE+1]]:5: warning: memory 'p' allocated by malloc() at line {{[0-9]+}} leaks on the path returning 0 at line {{[0-9]+}} [leak]
    return 0;
}
