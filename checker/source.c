/* source.c - a process-wide cache of source file contents. */
#include "source.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "util.h"

typedef struct cached {
    char *path;
    char *text;     /* NULL when the file could not be read */
    size_t len;
    size_t *lines;  /* start offset of each line, as far as a caller asked */
    unsigned nlines, cap;
    bool indexed;   /* to the end */
} cached;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static MC_VEC(cached) cache;

/* The file's bytes and a NUL, read in one go when its size is known. */
static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    struct stat st;
    size_t cap = fstat(fileno(f), &st) == 0 && st.st_size > 0 ? (size_t)st.st_size + 1 : 65536, n = 0, got;
    char *text = mc_xmalloc(cap);
    while ((got = fread(text + n, 1, cap - 1 - n, f)) > 0)
        if ((n += got) == cap - 1)
            text = mc_xrealloc(text, cap *= 2); /* it grew since */
    fclose(f);
    text[n] = '\0';
    *len = n;
    return text;
}

/* The cache entry for path, read now if it is new; call with the lock held. */
static cached *entry(const char *path)
{
    for (int i = 0; i < cache.n; i++)
        if (strcmp(cache.v[i].path, path) == 0)
            return &cache.v[i];
    cached c = {mc_xstrdup(path), NULL, 0, NULL, 0, 0, false};
    c.text = read_all(path, &c.len);
    MC_VEC_PUSH(cache, c);
    return &cache.v[cache.n - 1];
}

const char *mc_source_file(const char *path, size_t *len)
{
    pthread_mutex_lock(&lock);
    cached *c = entry(path);
    const char *text = c->text;
    *len = c->len;
    pthread_mutex_unlock(&lock);
    return text;
}

/* Finds where lines start up to line `upto`, going on from where the last
 * call stopped: a warm run prints a few lines of sqlite3.c's 260k. */
static void index_lines(cached *c, unsigned upto)
{
    const char *end = c->text + c->len;
    if (c->nlines == 0) {
        c->lines = mc_xmalloc((c->cap = 64) * sizeof *c->lines);
        c->lines[c->nlines++] = 0;
    }
    while (c->nlines < upto && !c->indexed) {
        const char *p = c->text + c->lines[c->nlines - 1], *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl || nl + 1 == end) {
            c->indexed = true;
            break;
        }
        if (c->nlines == c->cap)
            c->lines = mc_xrealloc(c->lines, (c->cap *= 2) * sizeof *c->lines);
        c->lines[c->nlines++] = (size_t)(nl + 1 - c->text);
    }
}

const char *mc_source_line(const char *path, unsigned line, size_t *n)
{
    pthread_mutex_lock(&lock);
    cached *c = entry(path);
    if (c->text)
        index_lines(c, line);
    const char *s = NULL;
    if (c->text && line >= 1 && line <= c->nlines) {
        s = c->text + c->lines[line - 1];
        const char *nl = memchr(s, '\n', c->len - c->lines[line - 1]);
        *n = (size_t)((nl ? nl : c->text + c->len) - s);
    }
    pthread_mutex_unlock(&lock);
    return s;
}

void mc_source_cache_free(void)
{
    pthread_mutex_lock(&lock);
    for (int i = 0; i < cache.n; i++) {
        free(cache.v[i].path);
        free(cache.v[i].text);
        free(cache.v[i].lines);
    }
    MC_VEC_FREE(cache);
    pthread_mutex_unlock(&lock);
}
