// --debug-engine: arithmetic on integers the path knows.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
void memcheck_dump();

void constants(void)
{
    int a = 3, b = a * 4 + 1;
    memcheck_dump(a, b, b - 20);
    // CHECK: dump-int-arith.c:[[@LINE-1]]:5: note: memcheck_dump: a = int 3; b = int 13; b - 20 = int -7{{$}}
}

/* Every operator folds constants, C's way: division truncates, the remainder
 * takes the dividend's sign. */
void folded(void)
{
    int b = 13, m = -13;
    memcheck_dump(b / 2, b % 5, b << 2, b >> 1, b ^ 1, m / 2, m % 5, -b);
    // CHECK: dump-int-arith.c:[[@LINE-1]]:5: note: memcheck_dump: b / 2 = int 6; b % 5 = int 3; b << 2 = int 52; b >> 1 = int 6; b ^ 1 = int 12; m / 2 = int -6; m % 5 = int -3; -b = int -13{{$}}
}

/* A division by zero, a shift by the width or a negative value shifted: no value. */
void not_folded(int n)
{
    int z = 0, b = 13;
    memcheck_dump(b / z, b << 40, n << 2);
    // CHECK: dump-int-arith.c:[[@LINE-1]]:5: note: memcheck_dump: b / z = unknown; b << 40 = unknown; n << 2 = unknown{{$}}
}

/* A range through arithmetic, when no value in it can wrap. */
void ranges(int n, unsigned u)
{
    if (n > 0 && n < 100) {
        int m = n + 1, k = n * 2, d = 100 - n;
        memcheck_dump(m, k, d, n / 8, n % 7, n & 0xf0, -n);
        // CHECK: dump-int-arith.c:[[@LINE-1]]:9: note: memcheck_dump: m = int [2, 100]; k = int [2, 198]; d = int [1, 99]; n / 8 = int [0, 12]; n % 7 = int [0, 6]; n & 240 = int [0, 99]; -n = int [-99, -1]{{$}}
    }
    if (u < 1000)
        memcheck_dump(u * 4, u - 1);
        // CHECK: dump-int-arith.c:[[@LINE-1]]:9: note: memcheck_dump: u * 4 = int [0, 3996]; u - 1 = unknown{{$}}
}

/* A range that can wrap its type is no range: every value is possible. A
 * narrower operand promoted holds its type's values: c + 1 is 1 to 256, and
 * stored back in an unsigned char, anything that type holds. */
void wraps(int n, unsigned char c)
{
    if (n > 0)
        memcheck_dump(n + 1, n * 2);
        // CHECK: dump-int-arith.c:[[@LINE-1]]:9: note: memcheck_dump: n + 1 = unknown; n * 2 = unknown{{$}}
    unsigned char d = c + 1;
    memcheck_dump(c + 1, d);
    // CHECK: dump-int-arith.c:[[@LINE-1]]:5: note: memcheck_dump: c + 1 = int [1, 256]; d = int [0, 255]{{$}}
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

/* a value of at least 0 masked by anything keeps no more bits than it has:
 * rounding up to a multiple of 128 with a negative mask */
void round_up(int n)
{
    if (n >= 0 && n < 1000) {
        memcheck_dump((n + 127) & ~127, n & -8, -n & 7);
        // CHECK: dump-int-arith.c:[[@LINE-1]]:9: note: memcheck_dump: (n + 127) & ~127 = int [0, 1126]; n & -8 = int [0, 999]; -n & 7 = int [0, 7]{{$}}
    }
    memcheck_dump(n & -8); /* n at least 1000, or maybe negative */
    // CHECK: dump-int-arith.c:[[@LINE-1]]:5: note: memcheck_dump: n & -8 = int [0, 2147483647]{{$}}
    // CHECK-NEXT: dump-int-arith.c:[[@LINE-2]]:5: note: memcheck_dump: n & -8 = unknown{{$}}
}
