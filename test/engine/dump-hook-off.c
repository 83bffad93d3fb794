// Without --debug-engine, memcheck_dump() is a function of no body like any
// other: it prints nothing, and p passed to it is taken as handed on, so no
// leak is reported. With the flag, the call does nothing to the state: p is
// still ours, and it leaks.
// RUN: %memcheck %s -- -std=gnu11 2>&1 | FileCheck --check-prefix=OFF %s %no-other-findings %no-other-dumps
// RUN: %memcheck --fail-on never --debug-engine %s -- -std=gnu11 2>&1 | FileCheck --check-prefix=ON %s %no-other-findings %no-other-dumps
#include <stdlib.h>
void memcheck_dump();

void handed(void)
{
    char *p = malloc(4);
    if (!p)
        return;
    memcheck_dump(p);
    // ON: dump-hook-off.c:[[@LINE-1]]:5: note: memcheck_dump: p = resource #0: alloc by malloc(), family malloc, live, owned, non-null, may fail{{$}}
} // ON: dump-hook-off.c:[[@LINE]]:1: warning: memory 'p' allocated by malloc() at line {{[0-9]+}} leaks at the end of the function
// OFF: no findings
