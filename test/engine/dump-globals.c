// --debug-engine: globals. A value stored in a global is known until a call
// that may write it: a function of the file that does not, or a library
// function, keeps it; code outside the program forgets it.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
#include <stdio.h>
#include <stdlib.h>
void memcheck_dump();
void outside(void);
int count;
char *buffer;

static void touch_nothing(void) {}

void keep_and_lose(void)
{
    count = 4;
    buffer = malloc(8);
    memcheck_dump(count, buffer);
    // CHECK: dump-globals.c:[[@LINE-1]]:5: note: memcheck_dump: count = int 4; buffer = resource #0: alloc by malloc(), family malloc, escaped, owned, unchecked, may fail{{$}}
    touch_nothing();
    puts("x");
    memcheck_dump(count, buffer);
    // CHECK: dump-globals.c:[[@LINE-1]]:5: note: memcheck_dump: count = int 4; buffer = resource #0: alloc by malloc(), family malloc, escaped, owned, unchecked, may fail{{$}}
    outside();
    memcheck_dump(count, buffer);
    // CHECK: dump-globals.c:[[@LINE-1]]:5: note: memcheck_dump: count = unknown; buffer = resource #2: place, live, not owned, unchecked{{$}}
}

/* Nothing known on entry. */
void on_entry(void)
{
    memcheck_dump(count, buffer);
    // CHECK: dump-globals.c:[[@LINE-1]]:5: note: memcheck_dump: count = unknown; buffer = resource #0: place, live, not owned, unchecked{{$}}
}
