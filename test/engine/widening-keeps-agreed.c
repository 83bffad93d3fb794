// RUN: %memcheck --fail-on error --rules=unchecked-alloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* Past 12 states at a block the integers are forgotten, but not those every
 * path that reached it agrees on: a debug flag set once (redis's geo.c) keeps
 * its dead branches dead however many paths came before. */
#include <stdio.h>

void note(int);

static int mix(int a)
{
    int x1 = 0, x2 = 0, x3 = 0, x4 = 0, x5 = 0;
    if (a & 1) x1 = 1;
    if (a & 2) x2 = 2;
    if (a & 4) x3 = 3;
    if (a & 8) x4 = 4;
    if (a & 16) x5 = 5;
    note(x1 + x2 + x3 + x4 + x5);
    return x1 | x2 | x3 | x4 | x5;
}

int debug_off_ok(int a, int b)
{
    int debug = 0;
    FILE *fp = NULL;
    int y1 = 0, y2 = 0, y3 = 0, y4 = 0, y5 = 0;
    if (a & 1) y1 = 1;
    if (a & 2) y2 = 2;
    if (a & 4) y3 = 3;
    if (a & 8) y4 = 4;
    if (a & 16) y5 = 5;
    note(y1 + y2 + y3 + y4 + y5);
    if (debug)
        fp = fopen("/tmp/trace", "w");
    if (b)
        note(mix(a));
    if (debug)
        fprintf(fp, "%d\n", a);
    return y1;
}

// CHECK: widening-keeps-agreed.c:[[@LINE+16]]:9: warning: 'fp' from fopen() at line [[@LINE+12]] may be NULL: passed to fprintf() (argument 1 must not be NULL) without a check [unchecked-alloc]
int debug_unknown_bad(int a, int b, int debug)
{
    FILE *fp = NULL;
    int y1 = 0, y2 = 0, y3 = 0, y4 = 0, y5 = 0;
    if (a & 1) y1 = 1;
    if (a & 2) y2 = 2;
    if (a & 4) y3 = 3;
    if (a & 8) y4 = 4;
    if (a & 16) y5 = 5;
    note(y1 + y2 + y3 + y4 + y5);
    if (debug)
        fp = fopen("/tmp/trace", "w");
    if (b)
        note(mix(a));
    if (debug)
        fprintf(fp, "%d\n", a);
    return y1;
}
