// --debug-engine: arithmetic on integers the path knows.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
void memcheck_dump();

void constants(void)
{
    int a = 3, b = a * 4 + 1;
    memcheck_dump(a, b, b - 20);
    // CHECK: dump-int-arith.c:[[@LINE-1]]:5: note: memcheck_dump: a = int 3; b = int 13; b - 20 = int -7{{$}}
}

/* Today only + - * of constants fold; a better answer for each of these is
 * the constant: b / 2 = 6, b % 5 = 3, b << 2 = 52. */
void not_folded(void)
{
    int b = 13;
    memcheck_dump(b / 2, b % 5, b << 2);
    // CHECK: dump-int-arith.c:[[@LINE-1]]:5: note: memcheck_dump: b / 2 = unknown; b % 5 = unknown; b << 2 = unknown{{$}}
}

/* A range through arithmetic is not followed today: a better answer is
 * m in [2, 100], k in [2, 198]. */
void ranges(int n)
{
    if (n > 0 && n < 100) {
        int m = n + 1, k = n * 2;
        memcheck_dump(m, k);
        // CHECK: dump-int-arith.c:[[@LINE-1]]:9: note: memcheck_dump: m = unknown; k = unknown{{$}}
    }
}

void increments(void)
{
    int i = 5;
    i++;
    i += 10;
    i -= 1;
    memcheck_dump(i);
    // CHECK: dump-int-arith.c:[[@LINE-1]]:5: note: memcheck_dump: i = int 15{{$}}
}
