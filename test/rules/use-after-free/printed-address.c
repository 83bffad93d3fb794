// RUN: %memcheck --fail-on never --rules=use-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A freed pointer's value printed with %p reads no memory (nginx logs
 * "munmap(%p) failed" after munmap); printed with %s it is read. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

void log_error(int level, const char *fmt, ...);

void unmap_logged_ok(void *addr, size_t size)
{
    if (munmap(addr, size) == -1)
        log_error(1, "munmap(%p, %zu) failed", addr, size);
}

void printf_address_ok(void)
{
    char *p = malloc(16);
    if (!p)
        return;
    free(p);
    printf("freed %p\n", (void *)p);
}

void width_then_address_ok(int w)
{
    char *p = malloc(16);
    if (!p)
        return;
    free(p);
    printf("%*d %p\n", w, 5, (void *)p);
}

void printf_string_bad(void)
{
    char *s = malloc(16);
    if (!s)
        return;
    s[0] = '\0';
    free(s);
    // CHECK: printed-address.c:[[@LINE+1]]:5: error: 's' is passed to printf() after free() released it at line {{[0-9]+}} [use-after-free]
    printf("%s\n", s);
}

void logged_string_bad(void)
{
    char *s = malloc(16);
    if (!s)
        return;
    s[0] = '\0';
    free(s);
    // CHECK: printed-address.c:[[@LINE+1]]:5: error: 's' is passed to log_error() after free() released it at line {{[0-9]+}} [use-after-free]
    log_error(1, "%p: %s", (void *)s, s);
}
