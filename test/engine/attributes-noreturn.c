// noreturn wherever it is written ends the path: on a declaration or a later
// redeclaration, through a macro, as __noreturn__ or _Noreturn, after the
// declarator, through a typedef of the function type, and on the type of a
// pointer a call goes through (a global hook, a struct member, a parameter, a
// typedef of the pointer type). A wrapper that calls it when malloc fails never
// returns NULL; a path that calls it leaks nothing.
// RUN: %memcheck --fail-on error %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
#include <stdlib.h>

#define NORETURN __attribute__((noreturn))
#define WRAPPER(name, fail)                                                                                            \
    void *name##_alloc(size_t n) { void *p = malloc(n); if (!p) fail("out of memory"); return p; }                   \
    int name##_use(void) { char *p = name##_alloc(4); p[0] = 1; free(p); return 0; }

__attribute__((noreturn)) void die_attr(const char *msg);
WRAPPER(attr, die_attr)
NORETURN void die_macro(const char *msg);
WRAPPER(macro, die_macro)
__attribute__((__noreturn__)) void die_under(const char *msg);
WRAPPER(under, die_under)
_Noreturn void die_c11(const char *msg);
WRAPPER(c11, die_c11)
void die_after(const char *msg) __attribute__((noreturn));
WRAPPER(after, die_after)
void die_redeclared(const char *msg);
NORETURN void die_redeclared(const char *msg);
WRAPPER(redeclared, die_redeclared)
typedef void fatal_fn(const char *msg) __attribute__((noreturn));
extern fatal_fn die_typedef;
WRAPPER(typedef, die_typedef)

extern __attribute__((noreturn)) void (*fatal_hook)(const char *msg);
WRAPPER(hook, fatal_hook)
WRAPPER(hook_deref, (*fatal_hook))
extern fatal_fn *typed_hook;
WRAPPER(typed_hook, typed_hook)
typedef void (*fatal_ptr)(const char *msg) __attribute__((noreturn));
extern fatal_ptr ptr_hook;
WRAPPER(ptr_hook, ptr_hook)
struct handlers { NORETURN void (*fatal)(const char *msg); };
extern struct handlers *handlers;
WRAPPER(member, handlers->fatal)

void *param_alloc(size_t n, NORETURN void (*fail)(const char *msg))
{
    void *p = malloc(n);
    if (!p)
        fail("out of memory");
    return p;
}
void *typedef_param_alloc(size_t n, fatal_ptr fail)
{
    void *p = malloc(n);
    if (!p)
        fail("out of memory");
    return p;
}
int param_use(void) { char *p = param_alloc(4, die_attr); p[0] = 1; free(p); return 0; }
int typedef_param_use(void) { char *p = typedef_param_alloc(4, die_attr); p[0] = 1; free(p); return 0; }

int leaves_hook_ok(int bad) { char *p = malloc(4); if (!p) return -1; if (bad) { fatal_hook("bad"); return -1; } free(p); return 0; }

// A hook and a function that may return prove nothing. The two findings are
// the same token of WRAPPER's body: one finding, the second expansion a note.
extern void (*log_hook)(const char *msg);
void log_error(const char *msg);
// CHECK: attributes-noreturn.c:[[@LINE+1]]:1: warning: 'p' from log_hook_alloc() at line [[@LINE+1]] may be NULL: written through without a check [unchecked-alloc]
WRAPPER(log_hook, log_hook)
// CHECK: attributes-noreturn.c:[[@LINE+1]]:1: note: also expanded here, in 'log_use'
WRAPPER(log, log_error)
// CHECK: attributes-noreturn.c:[[@LINE+1]]:104: warning: memory 'p' allocated by malloc() at line [[@LINE+1]] leaks on the error path returning -1 at line [[@LINE+1]] [leak]
int leaves_log_hook_bad(int bad) { char *p = malloc(4); if (!p) return -1; if (bad) { log_hook("bad"); return -1; } free(p); return 0; }
// A parameter of a function pointer type that says noreturn is not itself a noreturn function's.
void run_with(void (*on_exit_fn)(void) __attribute__((noreturn)));
// CHECK: attributes-noreturn.c:[[@LINE+1]]:105: warning: memory 'p' allocated by malloc() at line [[@LINE+1]] leaks on the error path returning -1 at line [[@LINE+1]] [leak]
int takes_noreturn_param_bad(int bad) { char *p = malloc(4); if (!p) return -1; if (bad) { run_with(0); return -1; } free(p); return 0; }
