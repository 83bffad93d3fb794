// RUN: %memcheck --fail-on never --rules=double-free,use-after-free,leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* double-free, use-after-free: a function that gives a block in *out where it
 * succeeds, and on some failure frees it and leaves *out set, leaves its
 * caller's pointer released on the failing side: the caller's cleanup that
 * frees it, or a read of it, is on a freed block. A caller that leaves it
 * alone on failure, or a callee that resets *out, is fine. */
#include <stdio.h>
#include <stdlib.h>

int load(const char *path, unsigned char **buf, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    *n = 100;
    *buf = calloc(1, *n + 1);
    if (!*buf) {
        fclose(f);
        return -2;
    }
    if (fread(*buf, 1, *n, f) != *n) {
        fclose(f);
        free(*buf);
        return -3;
    }
    fclose(f);
    return 0;
}

int load_reset(const char *path, unsigned char **buf)
{
    *buf = malloc(10);
    if (!*buf)
        return -1;
    if (path[0] == 0) {
        free(*buf);
        *buf = NULL;
        return -2;
    }
    return 0;
}

int cleanup_frees_bad(const char *path)
{
    unsigned char *buf = NULL;
    size_t n;
    int ret = load(path, &buf, &n);
    if (ret != 0)
        goto exit;
    buf[0] = 1;
exit:
    // CHECK: out-param-freed-on-failure.c:[[@LINE+2]]:5: error: 'buf' is released twice: free() here, after load() at line [[@LINE-5]] already released it [double-free]
    // CHECK: out-param-freed-on-failure.c:[[@LINE-6]]:15: note: first released by load() here (it may free the block it stored there and leave it set when it returns nonzero)
    free(buf);
    return ret;
}

int read_on_failure_bad(const char *path)
{
    unsigned char *buf = NULL;
    size_t n;
    if (load(path, &buf, &n) < 0)
        // CHECK: out-param-freed-on-failure.c:[[@LINE+1]]:22: error: 'buf' is dereferenced after load() released it at line [[@LINE-1]] [use-after-free]
        return buf ? buf[0] : -1;
    free(buf);
    return 0;
}

int skip_on_failure_ok(const char *path)
{
    unsigned char *buf = NULL;
    size_t n;
    if (load(path, &buf, &n) != 0)
        return -1;
    buf[0] = 1;
    free(buf);
    return 0;
}

int reset_then_free_ok(const char *path)
{
    unsigned char *buf = NULL;
    int ret = load_reset(path, &buf);
    if (ret != 0)
        goto exit;
    buf[0] = 1;
exit:
    free(buf);
    return ret;
}

/* The pointer tested, not the status: NULL there is no block given, nothing
 * the call released, and passing it on uses no freed block. */
void report(const unsigned char *p);
int pointer_tested_ok(const char *path, unsigned char **out)
{
    unsigned char *buf = NULL;
    size_t n;
    load(path, &buf, &n);
    if (!buf) {
        report(buf);
        return -1;
    }
    *out = buf;
    return 0;
}
