/* compdb_cache.c - the compile commands kept for warm runs (compdb_cache.h).
 *
 * One file, CACHE/compdb: a first line "memcheck-compdb 1 KEY", then per
 * command "C ARGC" and its strings, each as "LENGTH:BYTES" and a newline, so
 * that any byte may be in them; "E" ends it. Anything else is no entry. */
#include "compdb_cache.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

enum { FORMAT = 1, MAX_ARGS = 1 << 20 };

uint64_t mc_compdb_key(const char *db_dir, const char *json, size_t len)
{
    for (size_t i = 1; i < len; i++)
        if (json[i] == '@' && (json[i - 1] == '"' || json[i - 1] == ' '))
            return 0;
    uint64_t key = mc_mix(mc_hash_content(json, len), mc_hash_str(db_dir));
    return key ? key : 1;
}

static char *entry_path(const char *cache_dir)
{
    return mc_xasprintf("%s/compdb", cache_dir);
}

/* One "LENGTH:BYTES\n" string, or NULL. */
static char *read_string(FILE *f)
{
    size_t n;
    if (fscanf(f, "%zu:", &n) != 1 || n > (1u << 24))
        return NULL;
    char *s = mc_xcalloc(1, n + 1);
    if (fread(s, 1, n, f) != n || fgetc(f) != '\n') {
        free(s);
        return NULL;
    }
    return s;
}

static bool read_command(FILE *f, mc_command *c)
{
    if (fscanf(f, "%d\n", &c->argc) != 1 || c->argc < 0 || c->argc > MAX_ARGS)
        return false;
    c->argv = mc_xcalloc((size_t)c->argc + 1, sizeof *c->argv);
    if (!(c->directory = read_string(f)) || !(c->file = read_string(f)))
        return false;
    for (int i = 0; i < c->argc; i++)
        if (!(c->argv[i] = read_string(f)))
            return false;
    return true;
}

bool mc_compdb_cache_read(const char *cache_dir, uint64_t key, mc_commands *out)
{
    char *path = entry_path(cache_dir);
    FILE *f = key ? fopen(path, "rb") : NULL;
    free(path);
    int format;
    uint64_t stored;
    bool ok = f && fscanf(f, "memcheck-compdb %d %" SCNx64 "\n", &format, &stored) == 2 && format == FORMAT &&
              stored == key;
    for (int tag; ok && (tag = fgetc(f)) != 'E';) {
        mc_command c = {0};
        ok = tag == 'C' && fgetc(f) == ' ' && read_command(f, &c);
        MC_VEC_PUSH(*out, c); /* freed with the others when not whole */
    }
    ok = ok && fgetc(f) == '\n' && fgetc(f) == EOF;
    if (f)
        fclose(f);
    if (!ok)
        mc_commands_free(out);
    return ok;
}

static void write_string(FILE *f, const char *s)
{
    fprintf(f, "%zu:%s\n", strlen(s), s);
}

void mc_compdb_cache_write(const char *cache_dir, uint64_t key, const mc_commands *cmds)
{
    struct stat st;
    if (!key || (mkdir(cache_dir, 0777) != 0 && (stat(cache_dir, &st) != 0 || !S_ISDIR(st.st_mode))))
        return; /* the cache itself says it cannot make its directory */
    char *path = entry_path(cache_dir);
    mc_outfile out;
    FILE *f = mc_outfile_open(&out, path);
    if (f) {
        fprintf(f, "memcheck-compdb %d %" PRIx64 "\n", FORMAT, key);
        for (int i = 0; i < cmds->n; i++) {
            const mc_command *c = &cmds->v[i];
            fprintf(f, "C %d\n", c->argc);
            write_string(f, c->directory);
            write_string(f, c->file);
            for (int k = 0; k < c->argc; k++)
                write_string(f, c->argv[k]);
        }
        fputs("E\n", f);
    }
    if (!f || !mc_outfile_close(&out, !ferror(f)))
        fprintf(stderr, "memcheck: warning: %s: cannot write the cache entry: %s\n", path, strerror(errno));
    free(path);
}

void mc_commands_free(mc_commands *c)
{
    for (int i = 0; i < c->n; i++) {
        mc_command *k = &c->v[i];
        for (int j = 0; k->argv && j < k->argc; j++)
            free(k->argv[j]);
        free(k->argv);
        free(k->directory);
        free(k->file);
    }
    MC_VEC_FREE(*c);
}
