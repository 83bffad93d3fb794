/* source.c - a process-wide cache of source file contents. */
#include "source.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

typedef struct cached {
    char *path;
    char *text;     /* NULL when the file could not be read */
    size_t len;
} cached;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static MC_VEC(cached) cache;

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    mc_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        mc_buf_append(&b, chunk, n);
    fclose(f);
    *len = b.len;
    return mc_buf_detach(&b);
}

const char *mc_source_file(const char *path, size_t *len)
{
    pthread_mutex_lock(&lock);
    for (int i = 0; i < cache.n; i++) {
        if (strcmp(cache.v[i].path, path) == 0) {
            *len = cache.v[i].len;
            pthread_mutex_unlock(&lock);
            return cache.v[i].text;
        }
    }
    cached c = {mc_xstrdup(path), NULL, 0};
    c.text = read_all(path, &c.len);
    MC_VEC_PUSH(cache, c);
    pthread_mutex_unlock(&lock);
    *len = c.len;
    return c.text;
}

void mc_source_cache_free(void)
{
    pthread_mutex_lock(&lock);
    for (int i = 0; i < cache.n; i++) {
        free(cache.v[i].path);
        free(cache.v[i].text);
    }
    MC_VEC_FREE(cache);
    pthread_mutex_unlock(&lock);
}
