/* util.h - small helpers every module uses: checked allocation, arenas, growable arrays, string builders. */
#ifndef MC_UTIL_H
#define MC_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Allocation that cannot fail: memcheck aborts with a message on exhaustion. */
void *mc_xmalloc(size_t n);
void *mc_xcalloc(size_t n, size_t size);
void *mc_xrealloc(void *p, size_t n);
char *mc_xstrdup(const char *s);
char *mc_xstrndup(const char *s, size_t n);
char *mc_xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *mc_xvasprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

/* An arena hands out memory that lives until the arena is freed as a whole. */
typedef struct mc_arena_chunk mc_arena_chunk;
typedef struct mc_arena {
    mc_arena_chunk *head;
} mc_arena;
void *mc_arena_alloc(mc_arena *a, size_t n);     /* zeroed, 16-byte aligned */
char *mc_arena_strdup(mc_arena *a, const char *s);
void mc_arena_free(mc_arena *a);
/* Moves what from holds into a, which frees it from then on. */
void mc_arena_adopt(mc_arena *a, mc_arena *from);

/* Growable array of T: struct { T *v; int n, cap; }. */
#define MC_VEC(T) struct { T *v; int n, cap; }
#define MC_VEC_PUSH(vec, x)                                                        \
    do {                                                                           \
        if ((vec).n == (vec).cap) {                                                \
            (vec).cap = (vec).cap ? 2 * (vec).cap : 8;                             \
            (vec).v = mc_xrealloc((vec).v, (size_t)(vec).cap * sizeof *(vec).v);   \
        }                                                                          \
        (vec).v[(vec).n++] = (x);                                                  \
    } while (0)
#define MC_VEC_FREE(vec) (free((vec).v), (vec).v = NULL, (vec).n = (vec).cap = 0)

/* A string builder. */
typedef struct mc_buf {
    char *s;
    size_t len, cap;
} mc_buf;
void mc_buf_printf(mc_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void mc_buf_append(mc_buf *b, const char *s, size_t n);
char *mc_buf_detach(mc_buf *b);    /* returns the string (never NULL) and resets b */

/* A hash map from pointers (e.g. interned strings) to pointers. */
typedef struct mc_ptrmap {
    const void **keys;
    void **vals;
    size_t cap, n;
} mc_ptrmap;
void *mc_ptrmap_get(const mc_ptrmap *m, const void *key);
void mc_ptrmap_put(mc_ptrmap *m, const void *key, void *val);
void mc_ptrmap_clear(mc_ptrmap *m);   /* empties it, keeping its room */
void mc_ptrmap_free(mc_ptrmap *m);

/* A hash map from strings, compared by their text (the same USR interned by
 * two units), to pointers. The map keeps the key pointers it is given. */
typedef struct mc_strmap {
    mc_ptrmap table; /* its keys are the strings */
} mc_strmap;
void *mc_strmap_get(const mc_strmap *m, const char *key); /* m may be NULL */
void mc_strmap_put(mc_strmap *m, const char *key, void *val);
void mc_strmap_clear(mc_strmap *m); /* frees its room (not the keys or values); m may be NULL */

/* Seconds on a monotonic clock, for measuring phases. */
double mc_seconds(void);

/* Hash of a string (FNV-1a, 64 bits). */
uint64_t mc_hash_str(const char *s);
/* Mixes two 64-bit words into a hash (fast, for structured keys). */
static inline uint64_t mc_mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    h *= 0xff51afd7ed558ccdULL;
    return h ^ (h >> 33);
}
uint64_t mc_hash_bytes(uint64_t h, const void *p, size_t n);
/* A fast hash of a whole file's contents, eight bytes at a time (for --cache). */
uint64_t mc_hash_content(const void *p, size_t n);

/* Splits an identifier into lower-case words at '_' and camelCase bounds;
 * calls fn for each word. Returns the number of words. */
int mc_split_words(const char *ident, void (*fn)(const char *word, void *ctx), void *ctx);
/* True when ident contains word, or a word it abbreviates (3+ letters), after splitting */
bool mc_ident_has_word(const char *ident, const char *word);

/* The number of one-byte insertions, deletions and substitutions that turn a
 * into b (Levenshtein distance), for "did you mean" suggestions. */
int mc_edit_distance(const char *a, const char *b);

/* Glob match with '*', '?', and '**' crossing '/'. */
bool mc_glob_match(const char *pattern, const char *s);

/* The n bytes at s as valid UTF-8 text, for JSON and HTML reports (jansson
 * refuses anything else). Text that is valid UTF-8 is copied as it is. In text
 * that is not, each byte outside a valid UTF-8 sequence becomes %XX (its value
 * in hex) and so does '%' itself (%25), so the bytes can be read back; a file
 * name café.c in Latin-1 is caf%E9.c. */
char *mc_utf8_textn(const char *s, size_t n);
char *mc_utf8_text(const char *s);
/* A file's bytes (NUL-terminated, *len of them), or NULL when it cannot be read. */
char *mc_read_file(const char *path, size_t *len);

/* True when path is a file memcheck can read; else one line on stderr says
 * why, naming it ("PATH: is a directory", "PATH: cannot read the WHAT: ..."). */
bool mc_check_readable(const char *path, const char *what);

/* file relative to the directory root when it lies under it, else file itself. */
const char *mc_path_relative(const char *file, const char *root);

/* An output file that is whole or absent: it is written to a temporary file
 * next to it, DIR/.memcheck-tmp.NAME.PID.N, renamed over it once complete. A
 * run killed halfway leaves the old file or the new one, never a torn one.
 * Devices and pipes (/dev/stdout) are written in place. */
typedef struct mc_outfile {
    FILE *f;
    char *path;        /* the target (a symbolic link's target) */
    char *tmp;         /* the temporary file, or NULL when written in place */
    int slot;          /* in the list mc_outfile_remove_pending reads, or -1 */
} mc_outfile;
/* The stream to write; NULL with errno set when the file cannot be written. */
FILE *mc_outfile_open(mc_outfile *o, const char *path);
/* Puts the file in place when complete and every write succeeded, else removes
 * the temporary file and leaves the target as it was. False with errno set
 * when the file was not written. */
bool mc_outfile_close(mc_outfile *o, bool complete);
/* Removes the temporary files being written; async-signal-safe, for a handler
 * that is about to _exit. */
void mc_outfile_remove_pending(void);

#endif
