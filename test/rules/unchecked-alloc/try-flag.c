// RUN: printf 'never-fail: [buf_alloc_or_die]\n' > %t.yml
// RUN: %memcheck --config %t.yml --fail-on error --rules=unchecked-alloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A constructor whose integer flag decides whether failure comes back as NULL
 * or is fatal: callers passing the fatal setting need no check, those passing
 * the other one do, and so do callers passing a flag the path does not know. */
#include <stdlib.h>
#include <string.h>

static void (*out_of_memory)(size_t);
void *buf_alloc_or_die(size_t n) { void *p = malloc(n); if (!p) out_of_memory(n); return p; }

static char *text_make(const char *init, size_t len, int may_fail)
{
    char *t = may_fail ? malloc(len + 1) : buf_alloc_or_die(len + 1);
    if (t == NULL)
        return NULL;
    memcpy(t, init, len);
    t[len] = '\0';
    return t;
}
static char *text_new(const char *init) { return text_make(init, strlen(init), 0); }
static char *text_try_new(const char *init) { return text_make(init, strlen(init), 1); }

/* The flag inverted: NULL only when it is zero. */
static char *node_make(size_t n, _Bool fatal) { char *p = fatal ? buf_alloc_or_die(n) : malloc(n); return p; }

int fatal_setting_ok(void) { char *t = text_new("a"); t[0] = 'b'; free(t); return 0; }
int fatal_inverted_ok(void) { char *p = node_make(4, 1); p[0] = 0; free(p); return 0; }
int try_checked_ok(void) { char *t = text_try_new("a"); if (!t) return -1; t[0] = 'b'; free(t); return 0; }

// CHECK: try-flag.c:[[@LINE+1]]:60: warning: 't' from text_try_new() at line [[@LINE+1]] may be NULL: written through without a check [unchecked-alloc]
int try_unchecked_bad(void) { char *t = text_try_new("a"); t[0] = 'b'; free(t); return 0; }
// CHECK: try-flag.c:[[@LINE+1]]:63: warning: 't' from text_make() at line [[@LINE+1]] may be NULL: written through without a check [unchecked-alloc]
int flag_unknown_bad(int f) { char *t = text_make("a", 1, f); t[0] = 'b'; free(t); return 0; }
// CHECK: try-flag.c:[[@LINE+1]]:57: warning: 'p' from node_make() at line [[@LINE+1]] may be NULL: written through without a check [unchecked-alloc]
int inverted_try_bad(void) { char *p = node_make(4, 0); p[0] = 0; free(p); return 0; }
