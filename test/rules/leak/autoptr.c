// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* leak: glib-style g_autofree / g_autoptr macros built on
 * __attribute__((cleanup)): clean on every exit, a leak when the variable is
 * reassigned while it holds memory, a hand-off through a steal helper. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static inline void auto_gfree(void *pp) { free(*(void **)pp); }
static inline void auto_fclose(FILE **fp)
{
    if (*fp)
        fclose(*fp);
}
#define g_autofree __attribute__((cleanup(auto_gfree)))
#define autoptr_FILE __attribute__((cleanup(auto_fclose))) FILE *

static inline void *steal_pointer(void *pp)
{
    void **p = pp;
    void *v = *p;
    *p = NULL;
    return v;
}

int config_value_ok(const char *path, char *out, size_t len)
{
    autoptr_FILE f = fopen(path, "r");
    if (!f)
        return -1;
    g_autofree char *line = malloc(256);
    if (!line)
        return -1;
    if (!fgets(line, 256, f))
        return -1;
    if (strlen(line) >= len)
        return -1;
    strcpy(out, line);
    return 0;
}

char *join_ok(const char *a, const char *b)
{
    g_autofree char *tmp = malloc(strlen(a) + strlen(b) + 1);
    if (!tmp)
        return NULL;
    strcpy(tmp, a);
    strcat(tmp, b);
    return steal_pointer(&tmp);
}

int last_word_bad(const char *const *words, int n)
{
    g_autofree char *w = NULL;
    for (int i = 0; i < n; i++)
// CHECK: autoptr.c:[[@LINE+1]]:9: warning: memory from strdup() at line {{[0-9]+}} leaks: 'w', the last reference to it, is overwritten [leak]
        w = strdup(words[i]);
    return w ? (int)strlen(w) : 0;
}

int last_word_ok(const char *const *words, int n)
{
    g_autofree char *w = NULL;
    for (int i = 0; i < n; i++) {
        free(w);
        w = strdup(words[i]);
    }
    return w ? (int)strlen(w) : 0;
}

int reopen_bad(const char *a, const char *b)
{
    autoptr_FILE f = fopen(a, "r");
    if (!f)
        return -1;
// CHECK: autoptr.c:[[@LINE+1]]:5: warning: file from fopen() at line {{[0-9]+}} leaks: 'f', the last reference to it, is overwritten [leak]
    f = fopen(b, "r");
    return f ? 0 : -1;
}
