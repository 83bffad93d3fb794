// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* leak: a function that returns stdout or a file it opened, chosen by a
   predicate of its argument (lz4's LZ4IO_openDstFile with LZ4IO_isStdout): the
   caller that asks the same predicate of the same name before closing knows
   which it got. */
#include <stdio.h>
#include <string.h>

static int is_stdout(const char *s) { return !strcmp(s, "-"); }
static int is_null_device(const char *s) { return !strcmp(s, "/dev/null"); }

static FILE *open_dst(const char *name)
{
    FILE *f;
    if (is_stdout(name))
        f = stdout;
    else
        f = fopen(name, "wb");
    return f;
}

int closes_unless_stdout_ok(const char *dst)
{
    FILE *out = open_dst(dst);
    if (out == NULL)
        return 1;
    fputs("x", out);
    if (!is_stdout(dst))
        fclose(out);
    return 0;
}

int asked_first_ok(const char *dst)
{
    int to_stdout = is_stdout(dst);
    FILE *out = open_dst(dst);
    if (!out)
        return 1;
    fputs("x", out);
    if (is_stdout(dst) == 0)
        fclose(out);
    return to_stdout;
}

// CHECK: predicate-owned.c:[[@LINE+9]]:5: warning: file 'out' allocated by open_dst() at line [[@LINE+3]] leaks on the path returning 0
int never_closed_bad(const char *dst)
{
    FILE *out = open_dst(dst);
    if (out == NULL)
        return 1;
    fputs("x", out);
    if (is_null_device(dst))
        fclose(out);
    return 0;
}

// CHECK: predicate-owned.c:[[@LINE+9]]:5: warning: file 'out' allocated by open_dst() at line [[@LINE+3]] leaks on the path returning 0
int other_name_bad(const char *dst, const char *src)
{
    FILE *out = open_dst(dst);
    if (out == NULL)
        return 1;
    fputs("x", out);
    if (!is_stdout(src))
        fclose(out);
    return 0;
}

// CHECK: predicate-owned.c:[[@LINE+10]]:5: warning: file 'out' allocated by open_dst() at line [[@LINE+3]] leaks on the path returning 0
int renamed_between_bad(const char *dst, const char *other)
{
    FILE *out = open_dst(dst);
    if (out == NULL)
        return 1;
    fputs("x", out);
    dst = other;
    if (!is_stdout(dst))
        fclose(out);
    return 0;
}

/* the predicate's answer is only kept while its object is not written */
// CHECK: predicate-owned.c:[[@LINE+10]]:5: warning: file 'out' allocated by open_dst() at line [[@LINE+3]] leaks on the path returning 0
int written_between_bad(char *dst)
{
    FILE *out = open_dst(dst);
    if (out == NULL)
        return 1;
    fputs("x", out);
    strcpy(dst, "-");
    if (!is_stdout(dst))
        fclose(out);
    return 0;
}

// CHECK: predicate-owned.c:[[@LINE+9]]:5: warning: file 'out' allocated by open_dst() at line [[@LINE+3]] leaks on the path returning 0
int written_through_bad(char *dst)
{
    FILE *out = open_dst(dst);
    if (out == NULL)
        return 1;
    dst[0] = '-';
    if (!is_stdout(dst))
        fclose(out);
    return 0;
}

/* a function that writes a global is no predicate: asking again may answer otherwise */
static int asked;
static int counts_stdout(const char *s) { asked++; return !strcmp(s, "-"); }
static FILE *open_counted(const char *name)
{
    if (counts_stdout(name))
        return stdout;
    return fopen(name, "wb");
}
// CHECK: predicate-owned.c:[[@LINE+9]]:5: warning: file 'out' allocated by open_counted() at line [[@LINE+3]] leaks on the path returning 0
int not_a_predicate_bad(const char *dst)
{
    FILE *out = open_counted(dst);
    if (out == NULL)
        return 1;
    fputs("x", out);
    if (!counts_stdout(dst))
        fclose(out);
    return 0;
}

/* the choice survives a join of many paths (lz4 asks before overwriting) */
struct prefs { int overwrite, level, sparse, quiet, force; };
static FILE *open_dst_asking(const char *name, const struct prefs *p)
{
    FILE *f;
    if (is_stdout(name)) {
        if (p->level > 3)
            fputs("using stdout\n", stderr);
        f = stdout;
    } else {
        if (!p->overwrite && p->level > 1)
            fputs("asking\n", stderr);
        if (p->sparse)
            fputs("sparse\n", stderr);
        if (p->quiet)
            fputs("quiet\n", stderr);
        if (p->force)
            fputs("forced\n", stderr);
        f = fopen(name, "wb");
    }
    if (f && p->sparse > 1)
        fputs("sparse file\n", stderr);
    return f;
}

int compress_asking_ok(const char *dst, const struct prefs *p)
{
    FILE *out = open_dst_asking(dst, p);
    if (!out)
        return 1;
    fputs("x", out);
    if (!is_stdout(dst))
        fclose(out);
    return 0;
}
