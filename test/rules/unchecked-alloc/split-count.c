// RUN: %memcheck --fail-on error --rules=unchecked-alloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A splitter that returns NULL only after writing 0 to *count: a loop over
 * the count touches the result only when it is not NULL. Used outside such a
 * loop, or by a splitter that leaves *count unknown on failure, it needs a
 * check. */
#include <stdlib.h>
#include <string.h>

char **split_words(const char *s, int *count)
{
    *count = 0;
    size_t n = strlen(s);
    if (n == 0)
        return NULL;
    char **v = malloc(sizeof *v * n);
    if (!v)
        return NULL;
    for (size_t i = 0; i < n; i++)
        v[(*count)++] = (char *)s + i;
    return v;
}
static char **split_loose(const char *s, int *count)
{
    if (!*s)
        return NULL;
    *count = 1;
    return calloc(1, sizeof(char *));
}

int count_words_ok(const char *s)
{
    int n;
    char **w = split_words(s, &n);
    int total = 0;
    for (int i = 0; i < n; i++)
        total += w[i][0] != ' ';
    free(w);
    return total;
}

// CHECK: split-count.c:[[@LINE+1]]:80: warning: 'w' from split_words() at line [[@LINE+1]] may be NULL: dereferenced without a check [unchecked-alloc]
char first_bad(const char *s) { int n; char **w = split_words(s, &n); char c = w[0][0]; free(w); return c; }
// CHECK: split-count.c:[[@LINE+5]]:9: warning: 'w' from split_loose() at line [[@LINE+3]] may be NULL: written through without a check [unchecked-alloc]
void loose_bad(const char *s)
{
    int n = 1; char **w = split_loose(s, &n);
    for (int i = 0; i < n; i++)
        w[i] = NULL;
    free(w);
}
