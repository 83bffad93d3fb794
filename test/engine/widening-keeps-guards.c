// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* Past 12 states at a block the integers are forgotten, but not a flag tested
 * next to a pointer (curl's `if (!use_stdin && file) fclose(file);`, a
 * `need_free`): it says which paths opened what. */
#include <stdio.h>
#include <string.h>

void note(int);

int read_all_ok(const char *name, int a)
{
    int use_stdin = strcmp(name, "-") == 0;
    FILE *file = use_stdin ? stdin : fopen(name, "rb");
    if (!file)
        return -1;
    int y1 = 0, y2 = 0, y3 = 0, y4 = 0, y5 = 0;
    if (a & 1) y1 = 1;
    if (a & 2) y2 = 2;
    if (a & 4) y3 = 3;
    if (a & 8) y4 = 4;
    if (a & 16) y5 = 5;
    note(y1 + y2 + y3 + y4 + y5);
    note(fgetc(file));
    if (!use_stdin && file)
        fclose(file);
    return y1;
}

// CHECK: widening-keeps-guards.c:[[@LINE+17]]:5: warning: file 'file' allocated by fopen() at line [[@LINE+4]] leaks {{.*}}[leak]
int read_all_bad(const char *name, int a)
{
    int use_stdin = strcmp(name, "-") == 0;
    FILE *file = use_stdin ? stdin : fopen(name, "rb");
    if (!file)
        return -1;
    int y1 = 0, y2 = 0, y3 = 0, y4 = 0, y5 = 0;
    if (a & 1) y1 = 1;
    if (a & 2) y2 = 2;
    if (a & 4) y3 = 3;
    if (a & 8) y4 = 4;
    if (a & 16) y5 = 5;
    note(y1 + y2 + y3 + y4 + y5);
    note(fgetc(file));
    if (use_stdin && file)
        fclose(file);
    return y1;
}
