/* util.c - checked allocation, arenas, string builders, hashing, word splitting, globs,
 * paths, and output files written whole or not at all. */
#include "util.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static void out_of_memory(size_t n)
{
    fprintf(stderr, "memcheck: out of memory (allocating %zu bytes)\n", n);
    abort();
}

void *mc_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        out_of_memory(n);
    return p;
}

void *mc_xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        out_of_memory(n * size);
    return p;
}

void *mc_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        out_of_memory(n);
    return q;
}

char *mc_xstrdup(const char *s)
{
    return mc_xstrndup(s, strlen(s));
}

char *mc_xstrndup(const char *s, size_t n)
{
    char *d = mc_xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *mc_xvasprintf(const char *fmt, va_list ap)
{
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    char *s = mc_xmalloc(n > 0 ? (size_t)n + 1 : 1);
    vsnprintf(s, n > 0 ? (size_t)n + 1 : 1, fmt, ap);
    return s;
}

char *mc_xasprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = mc_xvasprintf(fmt, ap);
    va_end(ap);
    return s;
}

/* ---- arenas ---- */

struct mc_arena_chunk {
    mc_arena_chunk *next;
    size_t used, size;
    _Alignas(16) unsigned char data[];
};

enum { ARENA_CHUNK = 64 * 1024 };

void *mc_arena_alloc(mc_arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    mc_arena_chunk *c = a->head;
    if (!c || c->size - c->used < n) {
        size_t size = n > ARENA_CHUNK / 4 ? n : ARENA_CHUNK;
        c = mc_xmalloc(sizeof *c + size);
        c->used = 0;
        c->size = size;
        /* A big one-off block goes behind the current chunk so the latter keeps filling. */
        if (n > ARENA_CHUNK / 4 && a->head) {
            c->next = a->head->next;
            a->head->next = c;
        } else {
            c->next = a->head;
            a->head = c;
        }
    }
    void *p = c->data + c->used;
    c->used += n;
    memset(p, 0, n);
    return p;
}

char *mc_arena_strdup(mc_arena *a, const char *s)
{
    size_t n = strlen(s);
    char *d = mc_arena_alloc(a, n + 1);
    memcpy(d, s, n);
    return d;
}

void mc_arena_adopt(mc_arena *a, mc_arena *from)
{
    mc_arena_chunk **tail = &from->head;
    while (*tail)
        tail = &(*tail)->next;
    if (a->head) { /* behind a's head, which keeps filling */
        *tail = a->head->next;
        a->head->next = from->head;
    } else {
        a->head = from->head;
    }
    from->head = NULL;
}

void mc_arena_free(mc_arena *a)
{
    mc_arena_chunk *c = a->head;
    while (c) {
        mc_arena_chunk *next = c->next;
        free(c);
        c = next;
    }
    a->head = NULL;
}

/* ---- string builder ---- */

void mc_buf_append(mc_buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2;
        b->s = mc_xrealloc(b->s, b->cap);
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

void mc_buf_printf(mc_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if (b->len + (size_t)n + 1 > b->cap) {
        b->cap = (b->len + (size_t)n + 1) * 2;
        b->s = mc_xrealloc(b->s, b->cap);
    }
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

char *mc_buf_detach(mc_buf *b)
{
    char *s = b->s ? b->s : mc_xstrdup("");
    b->s = NULL;
    b->len = b->cap = 0;
    return s;
}

/* ---- hashing ---- */

uint64_t mc_hash_bytes(uint64_t h, const void *p, size_t n)
{
    const unsigned char *c = p;
    for (size_t i = 0; i < n; i++) {
        h ^= c[i];
        h *= 1099511628211ULL;
    }
    return h;
}

uint64_t mc_hash_content(const void *p, size_t n)
{
    const unsigned char *c = p;
    uint64_t h = mc_mix(0x6d656d636865636bULL, n);
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, c + i, 8);
        h = mc_mix(h, w);
    }
    uint64_t tail = 0;
    memcpy(&tail, c + i, n - i);
    return mc_mix(h, tail);
}

double mc_seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

uint64_t mc_hash_str(const char *s)
{
    return mc_hash_bytes(14695981039346656037ULL, s, strlen(s));
}

/* ---- maps: one open-addressing table, keyed by pointers or by text ---- */

static size_t first_slot(const void *key, size_t cap, bool by_text)
{
    if (by_text)
        return (size_t)mc_hash_str(key) & (cap - 1);
    uint64_t h = (uint64_t)(uintptr_t)key * 11400714819323198485ULL;
    return (size_t)(h >> 32) & (cap - 1);
}

/* Where key is in m, or the empty slot where it would go. */
static size_t slot_of(const mc_ptrmap *m, const void *key, bool by_text)
{
    size_t i = first_slot(key, m->cap, by_text);
    while (m->keys[i] && (by_text ? strcmp(m->keys[i], key) != 0 : m->keys[i] != key))
        i = (i + 1) & (m->cap - 1);
    return i;
}

static void *table_get(const mc_ptrmap *m, const void *key, bool by_text)
{
    if (!m->cap)
        return NULL;
    size_t i = slot_of(m, key, by_text);
    return m->keys[i] ? m->vals[i] : NULL;
}

static void table_put(mc_ptrmap *m, const void *key, void *val, bool by_text)
{
    if ((m->n + 1) * 2 > m->cap) {
        mc_ptrmap bigger = {0};
        bigger.cap = m->cap ? m->cap * 2 : 64;
        bigger.keys = mc_xcalloc(bigger.cap, sizeof *bigger.keys);
        bigger.vals = mc_xcalloc(bigger.cap, sizeof *bigger.vals);
        for (size_t i = 0; i < m->cap; i++)
            if (m->keys[i])
                table_put(&bigger, m->keys[i], m->vals[i], by_text);
        mc_ptrmap_free(m);
        *m = bigger;
    }
    size_t i = slot_of(m, key, by_text);
    if (!m->keys[i])
        m->n++;
    m->keys[i] = key;
    m->vals[i] = val;
}

void *mc_ptrmap_get(const mc_ptrmap *m, const void *key)
{
    return table_get(m, key, false);
}

void mc_ptrmap_put(mc_ptrmap *m, const void *key, void *val)
{
    table_put(m, key, val, false);
}

void *mc_strmap_get(const mc_strmap *m, const char *key)
{
    return m ? table_get(&m->table, key, true) : NULL;
}

void mc_strmap_put(mc_strmap *m, const char *key, void *val)
{
    table_put(&m->table, key, val, true);
}

void mc_strmap_clear(mc_strmap *m)
{
    if (m)
        mc_ptrmap_free(&m->table);
}

void mc_ptrmap_clear(mc_ptrmap *m)
{
    if (m->n)
        memset(m->keys, 0, m->cap * sizeof *m->keys);
    m->n = 0;
}

void mc_ptrmap_free(mc_ptrmap *m)
{
    free(m->keys);
    free(m->vals);
    *m = (mc_ptrmap){0};
}

/* ---- identifiers ---- */

int mc_split_words(const char *ident, void (*fn)(const char *word, void *ctx), void *ctx)
{
    char word[128];
    size_t n = 0;
    int count = 0;
    for (const char *p = ident;; p++) {
        int c = (unsigned char)*p;
        bool boundary = c == '\0' || c == '_' || !isalnum(c);
        /* camelCase: a capital after a lower-case letter or digit starts a word;
         * so does the last capital of a run followed by a lower-case letter (XMLParser). */
        if (!boundary && isupper(c) && n > 0) {
            int prev = (unsigned char)p[-1];
            int next = (unsigned char)p[1];
            if (islower(prev) || isdigit(prev) || (isupper(prev) && islower(next)))
                boundary = true;
        }
        if (boundary && n > 0) {
            word[n] = '\0';
            fn(word, ctx);
            count++;
            n = 0;
        }
        if (c == '\0')
            break;
        if (isalnum(c) && n + 1 < sizeof word)
            word[n++] = (char)tolower(c);
    }
    return count;
}

struct has_word_ctx {
    const char *word;
    bool found;
};

/* The word itself or its abbreviation: "conn" names a connection, "buf" a buffer. */
static void has_word_cb(const char *w, void *ctx)
{
    struct has_word_ctx *h = ctx;
    size_t n = strlen(h->word);
    if (strcmp(w, h->word) == 0 || (n >= 3 && strncmp(w, h->word, n) == 0))
        h->found = true;
}

bool mc_ident_has_word(const char *ident, const char *word)
{
    struct has_word_ctx h = {word, false};
    mc_split_words(ident, has_word_cb, &h);
    return h.found;
}

/* ---- globs ---- */

bool mc_glob_match(const char *pat, const char *s)
{
    for (; *pat; pat++, s++) {
        if (pat[0] == '*' && pat[1] == '*') {
            pat += 2;
            if (*pat == '/')
                pat++;
            for (const char *t = s;; t++) {
                if (mc_glob_match(pat, t))
                    return true;
                if (!*t)
                    return false;
            }
        }
        if (*pat == '*') {
            for (const char *t = s;; t++) {
                if (mc_glob_match(pat + 1, t))
                    return true;
                if (!*t || *t == '/')
                    return false;
            }
        }
        if (!*s)
            return false;
        if (*pat != '?' && *pat != *s)
            return false;
        if (*pat == '?' && *s == '/')
            return false;
    }
    return *s == '\0';
}

int mc_edit_distance(const char *a, const char *b)
{
    size_t n = strlen(b);
    int *row = mc_xmalloc((n + 1) * sizeof *row);
    for (size_t j = 0; j <= n; j++)
        row[j] = (int)j;
    for (size_t i = 1; a[i - 1]; i++) {
        int diag = row[0];  /* the distance of a[..i-1] to b[..j-1] */
        row[0] = (int)i;
        for (size_t j = 1; j <= n; j++) {
            int up = row[j], best = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < best)
                best = up + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            diag = up;
            row[j] = best;
        }
    }
    int d = row[n];
    free(row);
    return d;
}

/* ---- UTF-8 ---- */

/* The length of the valid UTF-8 sequence at p (of at most n bytes), or 0: no
 * overlong forms, surrogates or code points above U+10FFFF, as jansson checks. */
static size_t utf8_sequence(const unsigned char *p, size_t n)
{
    size_t len = p[0] < 0x80 ? 1 : p[0] >= 0xC2 && p[0] <= 0xDF ? 2 : p[0] >= 0xE0 && p[0] <= 0xEF ? 3
               : p[0] >= 0xF0 && p[0] <= 0xF4 ? 4 : 0;
    if (!len || len > n)
        return 0;
    for (size_t i = 1; i < len; i++)
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    if ((p[0] == 0xE0 && p[1] < 0xA0) || (p[0] == 0xED && p[1] >= 0xA0) || (p[0] == 0xF0 && p[1] < 0x90) ||
        (p[0] == 0xF4 && p[1] >= 0x90))
        return 0;
    return len;
}

static bool utf8_valid(const unsigned char *p, size_t n)
{
    for (size_t i = 0, len; i < n; i += len)
        if (!(len = utf8_sequence(p + i, n - i)))
            return false;
    return true;
}

char *mc_utf8_textn(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    if (utf8_valid(p, n))
        return mc_xstrndup(s, n);
    mc_buf b = {0};
    mc_buf_append(&b, "", 0);
    for (size_t i = 0, len; i < n; i += len) {
        len = utf8_sequence(p + i, n - i);
        if (len && p[i] != '%') {
            mc_buf_append(&b, s + i, len);
        } else {
            mc_buf_printf(&b, "%%%02X", p[i]);
            len = 1;
        }
    }
    return mc_buf_detach(&b);
}

char *mc_utf8_text(const char *s)
{
    return mc_utf8_textn(s, strlen(s));
}

/* ---- paths ---- */

const char *mc_path_relative(const char *file, const char *root)
{
    size_t n = root ? strlen(root) : 0;
    while (n && root[n - 1] == '/')
        n--;
    if (!file || !root || !*root || strncmp(file, root, n) != 0 || file[n] != '/')
        return file;
    return file + n + 1;
}

bool mc_check_readable(const char *path, const char *what)
{
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        fprintf(stderr, "memcheck: error: %s: is a directory\n", path);
        return false;
    }
    if (access(path, R_OK) != 0) {
        fprintf(stderr, "memcheck: error: %s: cannot read the %s: %s\n", path, what, strerror(errno));
        return false;
    }
    return true;
}

/* ---- output files that are whole or absent ---- */

/* The temporary files being written, for the second Ctrl-C to remove: slots an
 * async-signal handler can read (the path is set before the slot is marked used). */
enum { MAX_PENDING = 32, TMP_PATH_MAX = 4096 };
static struct {
    atomic_int used;
    char path[TMP_PATH_MAX];
} pending[MAX_PENDING];
static atomic_uint tmp_serial;

static int pending_add(const char *path)
{
    if (strlen(path) >= TMP_PATH_MAX)
        return -1;
    for (int i = 0; i < MAX_PENDING; i++) {
        int expect = 0;
        if (atomic_compare_exchange_strong(&pending[i].used, &expect, -1)) {
            strcpy(pending[i].path, path);
            atomic_store(&pending[i].used, 1);
            return i;
        }
    }
    return -1;   /* not listed: only its name then says what it is */
}

static void pending_drop(int slot)
{
    if (slot >= 0)
        atomic_store(&pending[slot].used, 0);
}

void mc_outfile_remove_pending(void)
{
    for (int i = 0; i < MAX_PENDING; i++)
        if (atomic_load(&pending[i].used) == 1)
            unlink(pending[i].path);
}

/* Where the file is written: a symbolic link's target (existing or not yet),
 * so that the link stays. */
static char *target_of(const char *path)
{
    struct stat st;
    if (lstat(path, &st) != 0 || !S_ISLNK(st.st_mode))
        return mc_xstrdup(path);
    char *real = realpath(path, NULL);
    if (real)
        return real;
    char link[4096];
    ssize_t n = readlink(path, link, sizeof link - 1);
    if (n <= 0)
        return mc_xstrdup(path);
    link[n] = '\0';
    const char *slash = strrchr(path, '/');
    if (link[0] == '/' || !slash)
        return mc_xstrdup(link);
    return mc_xasprintf("%.*s%s", (int)(slash - path + 1), path, link);
}

/* Creates DIR/.memcheck-tmp.NAME.PID.N next to the target, with the target's
 * permissions when it exists (else the umask's). */
static int open_temp(mc_outfile *o, const struct stat *old)
{
    const char *slash = strrchr(o->path, '/');
    int dirlen = slash ? (int)(slash - o->path + 1) : 0;
    const char *name = slash ? slash + 1 : o->path;
    for (int tries = 0; tries < 100; tries++) {
        free(o->tmp);
        o->tmp = mc_xasprintf("%.*s.memcheck-tmp.%.100s.%ld.%u", dirlen, o->path, name, (long)getpid(),
                              atomic_fetch_add(&tmp_serial, 1));
        int fd = open(o->tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, old ? old->st_mode & 07777 : 0666);
        if (fd >= 0 || errno != EEXIST) {
            if (fd >= 0 && old)
                (void)fchmod(fd, old->st_mode & 07777);   /* the umask narrowed it at open */
            return fd;
        }
    }
    return -1;
}

FILE *mc_outfile_open(mc_outfile *o, const char *path)
{
    *o = (mc_outfile){.path = target_of(path), .slot = -1};
    struct stat st;
    bool exists = stat(o->path, &st) == 0;
    if (exists && !S_ISREG(st.st_mode)) {   /* a device or a pipe: written in place */
        o->f = fopen(o->path, "w");
    } else if (exists && access(o->path, W_OK) != 0) {
        errno = EACCES;  /* a read-only report stays as it is, as with an open for writing */
    } else {
        int fd = open_temp(o, exists ? &st : NULL);
        o->f = fd >= 0 ? fdopen(fd, "w") : NULL;
        if (fd >= 0 && !o->f)
            close(fd);
        if (o->f)
            o->slot = pending_add(o->tmp);
        else if (fd >= 0)
            unlink(o->tmp);
    }
    if (!o->f) {
        int err = errno;
        free(o->path);
        free(o->tmp);
        *o = (mc_outfile){.slot = -1};
        errno = err;
    }
    return o->f;
}

bool mc_outfile_close(mc_outfile *o, bool complete)
{
    if (!o->f)
        return false;
    bool ok = complete && fflush(o->f) == 0 && !ferror(o->f);
    int err = errno;
    ok = fclose(o->f) == 0 && ok;
    err = ok ? 0 : err ? err : errno;
    if (o->tmp) {
        if (ok && rename(o->tmp, o->path) != 0) {
            err = errno;
            ok = false;
        }
        if (!ok)
            unlink(o->tmp);
        pending_drop(o->slot);
    }
    free(o->path);
    free(o->tmp);
    *o = (mc_outfile){.slot = -1};
    errno = err;
    return ok;
}

char *mc_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    mc_buf b = {0};
    char chunk[1 << 16];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        mc_buf_append(&b, chunk, n);
    bool ok = !ferror(f);
    fclose(f);
    *len = b.len;
    char *text = mc_buf_detach(&b);
    if (!ok) {
        free(text);
        return NULL;
    }
    return text;
}
