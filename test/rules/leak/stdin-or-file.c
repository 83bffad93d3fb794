// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* "-" means the standard input, anything else a file opened here and closed
 * when it is not stdin: a stream fopen returned is never stdin itself. */
#include <stdio.h>
#include <string.h>

static int parse_stream(FILE *f) { char buf[64]; return fread(buf, 1, sizeof buf, f) == 0; }

int read_arg_ok(const char *name)
{
    FILE *f;
    if (!strcmp(name, "-"))
        f = stdin;
    else {
        f = fopen(name, "r");
        if (!f)
            return -1;
    }
    int err = parse_stream(f);
    if (f != stdin)
        fclose(f);
    return err;
}
int reversed_ok(const char *name)
{
    FILE *f = name ? fopen(name, "r") : stdin;
    if (!f)
        return -1;
    int err = parse_stream(f);
    if (stdin == f)
        return err;
    fclose(f);
    return err;
}

// CHECK: stdin-or-file.c:[[@LINE+8]]:5: warning: file 'f' allocated by fopen() at line [[@LINE+3]] leaks
int closes_wrong_one_bad(const char *name)
{
    FILE *f = fopen(name, "r");
    if (!f)
        return -1;
    if (f == stdin)
        fclose(f);
    return 0;
}
