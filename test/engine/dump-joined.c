// --debug-engine: a function that owns nothing (no call of its reaches an
// allocation or a release) is walked for its summary only, so where paths meet
// past 2 states a block (4 after widening) its states are joined: what differs
// becomes unknown (c below), what every path agrees on stays (p is NULL on every
// path). A function that owns something keeps one state per path: the same
// branches give all 8 combinations. --verbose counts the functions walked joined.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
// RUN: %memcheck --verbose %s -- -std=gnu11 2>&1 | FileCheck %s --check-prefix=VERBOSE
// VERBOSE: memcheck: seconds: {{.*}} block visits; 2 functions owning nothing walked joined)
#include <stdlib.h>
void memcheck_dump();

void owns_nothing(int k)
{
    int a = 0, b = 0, c = 0;
    char *p = NULL;
    if (k & 1)
        a = 1;
    if (k & 2)
        b = 1;
    if (k & 4)
        c = 1;
    memcheck_dump(a, b, c, p);
    // CHECK: dump-joined.c:[[@LINE-1]]:5: note: memcheck_dump: a = int 0; b = int 0; c = unknown; p = null{{$}}
    // CHECK-NEXT: dump-joined.c:[[@LINE-2]]:5: note: memcheck_dump: a = int 0; b = int [1, 9223372036854775807]; c = unknown; p = null{{$}}
    // CHECK-NEXT: dump-joined.c:[[@LINE-3]]:5: note: memcheck_dump: a = int [1, 9223372036854775807]; b = int [1, 9223372036854775807]; c = unknown; p = null{{$}}
    // CHECK-NEXT: dump-joined.c:[[@LINE-4]]:5: note: memcheck_dump: a = int [1, 9223372036854775807]; b = int 0; c = unknown; p = null{{$}}
}

/* NULL on some paths only: unknown once joined, never NULL (the states that
 * wait at a block are joined before it is walked). */
void null_on_some_paths(int k, char *q)
{
    int a = 0, b = 0;
    char *p = q;
    if (k & 1)
        a = 1;
    if (k & 2)
        b = 1;
    if (k & 4)
        p = NULL;
    memcheck_dump(p);
    // CHECK: dump-joined.c:[[@LINE-1]]:5: note: memcheck_dump: p = unknown{{$}}
    (void)a, (void)b;
}

void owns_something(int k)
{
    int a = 0, b = 0, c = 0;
    char *p = malloc(4);
    if (k & 1)
        a = 1;
    if (k & 2)
        b = 1;
    if (k & 4)
        c = 1;
    memcheck_dump(a, b, c);
    // CHECK: dump-joined.c:[[@LINE-1]]:5: note: memcheck_dump: a = int 0; b = int 0; c = int 0{{$}}
    // CHECK-NEXT: dump-joined.c:[[@LINE-2]]:5: note: memcheck_dump: a = int 0; b = int 0; c = int 1{{$}}
    // CHECK-NEXT: dump-joined.c:[[@LINE-3]]:5: note: memcheck_dump: a = int 0; b = int 1; c = int 0{{$}}
    // CHECK-NEXT: dump-joined.c:[[@LINE-4]]:5: note: memcheck_dump: a = int 0; b = int 1; c = int 1{{$}}
    // CHECK-NEXT: dump-joined.c:[[@LINE-5]]:5: note: memcheck_dump: a = int 1; b = int 0; c = int 0{{$}}
    // CHECK-NEXT: dump-joined.c:[[@LINE-6]]:5: note: memcheck_dump: a = int 1; b = int 0; c = int 1{{$}}
    // CHECK-NEXT: dump-joined.c:[[@LINE-7]]:5: note: memcheck_dump: a = int 1; b = int 1; c = int 0{{$}}
    // CHECK-NEXT: dump-joined.c:[[@LINE-8]]:5: note: memcheck_dump: a = int 1; b = int 1; c = int 1{{$}}
    free(p);
}
