// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A function that opens a file, or hands out a standard stream when a
 * parameter says so, returns what is its caller's only on one side of that
 * parameter. The caller that tests the same parameter before closing is right;
 * one that closes on the wrong side, or never, leaks the file. */
#include <stdio.h>

static FILE *open_out(const char *name)
{
    if (!name)
        return stdout;
    return fopen(name, "w");
}

static FILE *open_in(const char *name, int use_stdin)
{
    if (use_stdin)
        return stdin;
    return fopen(name, "r");
}

int report_closes_when_named(const char *name)
{
    FILE *out = open_out(name);
    if (!out)
        return -1;
    fputs("report\n", out);
    if (name)
        fclose(out);
    return 0;
}

int read_closes_unless_stdin(const char *name, int use_stdin)
{
    FILE *in = open_in(name, use_stdin);
    if (!in)
        return -1;
    int c = fgetc(in);
    if (!use_stdin)
        fclose(in);
    return c;
}

void report_to_stdout(void)
{
    FILE *out = open_out(NULL); /* stdout: not ours to close */
    fputs("report\n", out);
}

int report_compares_stream(const char *name)
{
    FILE *out = open_out(name);
    if (!out)
        return -1;
    fputs("report\n", out);
    if (out != stdout)
        fclose(out);
    return 0;
}

// CHECK: owned-if-param.c:[[@LINE+7]]:5: warning: file 'out' allocated by open_out() at line [[@LINE+3]] leaks on the path returning 0
int report_to_named_file(void)
{
    FILE *out = open_out("report.txt");
    if (!out)
        return -1;
    fputs("report\n", out);
    return 0;
}

// CHECK: owned-if-param.c:[[@LINE+7]]:5: warning: file 'out' allocated by open_out() at line [[@LINE+3]] leaks on the path returning 0
int report_never_closes(const char *name)
{
    FILE *out = open_out(name);
    if (!out)
        return -1;
    fputs("report\n", out);
    return 0;
}

// CHECK: owned-if-param.c:[[@LINE+9]]:5: warning: file 'out' allocated by open_out() at line [[@LINE+3]] leaks on the path returning 0
int report_closes_the_wrong_one(const char *name)
{
    FILE *out = open_out(name);
    if (!out)
        return -1;
    fputs("report\n", out);
    if (!name)
        fclose(out);
    return 0;
}

// CHECK: owned-if-param.c:[[@LINE+9]]:5: warning: file 'in' allocated by open_in() at line [[@LINE+3]] leaks on the path returning c
int read_closes_only_stdin(const char *name, int use_stdin)
{
    FILE *in = open_in(name, use_stdin);
    if (!in)
        return -1;
    int c = fgetc(in);
    if (use_stdin)
        fclose(in);
    return c;
}
