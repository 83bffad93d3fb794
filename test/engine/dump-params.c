// --debug-engine: a pointer parameter is a resource the function does not
// own, unchecked until tested or dereferenced; an integer parameter is unknown.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
void memcheck_dump();

void tested(char *p, int n)
{
    memcheck_dump(p, n);
    // CHECK: dump-params.c:[[@LINE-1]]:5: note: memcheck_dump: p = resource #0: param 'p', live, not owned, unchecked; n = unknown{{$}}
    if (p)
        memcheck_dump(p);
        // CHECK: dump-params.c:[[@LINE-1]]:9: note: memcheck_dump: p = resource #0: param 'p', live, not owned, non-null{{$}}
    else
        memcheck_dump(p);
        // CHECK: dump-params.c:[[@LINE-1]]:9: note: memcheck_dump: p = resource #0: param 'p', live, not owned, null{{$}}
}

void dereferenced(int *p)
{
    *p = 1;
    memcheck_dump(p, *p);
    // CHECK: dump-params.c:[[@LINE-1]]:5: note: memcheck_dump: p = resource #0: param 'p', live, not owned, non-null; *p = int 1{{$}}
}
