// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* freopen gives back the stream it was handed, reopened: redirecting stderr
 * to a file leaves stderr open for the process, and reopening a stream of our
 * own still leaves us one stream to close. */
#include <stdio.h>

void redirect_stderr_ok(const char *name)
{
    FILE *fp = freopen(name, "w", stderr);
    if (!fp)
        return;
    fputs("redirected\n", fp);
}
int reopen_own_ok(const char *a, const char *b)
{
    FILE *f = fopen(a, "r");
    if (!f)
        return -1;
    FILE *g = freopen(b, "r", f);
    if (!g)
        return -1;
    fclose(g);
    return 0;
}

// CHECK: freopen-stream.c:[[@LINE+7]]:5: warning: file 'f' allocated by fopen() at line [[@LINE+3]] leaks
int reopen_own_bad(const char *a, const char *b)
{
    FILE *f = fopen(a, "r");
    if (!f)
        return -1;
    FILE *g = freopen(b, "r", f);
    return g ? 0 : -1;
}
