// RUN: %memcheck --fail-on never --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* FN: a correct checker reports the stream in header_leak() leaking where
 * open_header() returned -2. A block stored in *out on every path but one,
 * whose result says "nothing given" in a way no success/failure split states
 * (NULL where it returns -1, the stream still in *out where it returns 0 or
 * -2), is not followed. docs/rules/leak.md, "A block a function stores in
 * *out on every path but one". */
#include <stdio.h>
static int open_header(const char *path, FILE **out)
{
    *out = fopen(path, "rb");
    if (*out == NULL)
        return -1;
    if (fgetc(*out) != 'H')
        return -2;
    return 0;
}

/* must not flag: the result tested first; what was given is closed */
int read_header(const char *path)
{
    FILE *f = NULL;
    int rc = open_header(path, &f);
    if (rc != 0)
        goto done;
    rc = fgetc(f);
done:
    if (f)
        fclose(f);
    return rc;
}

/* missed: the stream leaks where open_header() returned -2 */
int header_leak(const char *path)
{
    FILE *f = NULL;
    if (open_header(path, &f) != 0)
        return -1;
    int c = fgetc(f);
    fclose(f);
    return c;
}

/* control: with the split stated (NULL in *out on every failure, the stream
 * on success) *out is followed, and the stream never closed is reported */
static int open_header_split(const char *path, FILE **out)
{
    *out = fopen(path, "rb");
    if (*out == NULL)
        return -1;
    return 0;
}

int header_split_leak(const char *path)
{
    FILE *f = NULL;
    if (open_header_split(path, &f) != 0)
        return -1;
    int c = fgetc(f);
    return c;
// CHECK: FN_out_param_result_unsplit.c:[[@LINE-1]]:5: warning: file 'f' allocated by open_header_split() at line {{[0-9]+}} leaks on the path returning c at line [[@LINE-1]] [leak]
}
