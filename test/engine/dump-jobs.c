// --debug-engine: with several workers, the lines still come in source order
// (each function's in the order its walk reached the call).
// RUN: %memcheck --debug-engine -j2 %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
void memcheck_dump();

int one(void) { int a = 1; memcheck_dump(a); return a; }
// CHECK: dump-jobs.c:[[@LINE-1]]:28: note: memcheck_dump: a = int 1{{$}}
int two(void) { int b = 2; memcheck_dump(b); return b; }
// CHECK: dump-jobs.c:[[@LINE-1]]:28: note: memcheck_dump: b = int 2{{$}}
int three(void) { int c = 3; memcheck_dump(c); return c; }
// CHECK: dump-jobs.c:[[@LINE-1]]:30: note: memcheck_dump: c = int 3{{$}}
int four(int n) { if (n > 4) memcheck_dump(n); else memcheck_dump(n); return n; }
// CHECK: dump-jobs.c:[[@LINE-1]]:30: note: memcheck_dump: n = int [5, 2147483647]{{$}}
// CHECK-NEXT: dump-jobs.c:[[@LINE-2]]:53: note: memcheck_dump: n = int [-2147483648, 4]{{$}}
int all(void) { return one() + two() + three() + four(5); }
