/* cache.c - per-TU entries of --cache DIR (see cache.h), JSON with jansson. */
#include "cache.h"

#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "rule.h"
#include "source.h"
#include "summaries.h"
#include "util.h"

enum { FORMAT = 7 }; /* 3: summaries hold global_values; 4: locations in macros hold the body's;
                     5: summaries hold the verdicts functions not static leave to callers;
                     6: summaries hold field_spans; inputs their size and time;
                     7: the inputs as lines of text before the JSON, read faster */

/* An entry file starts with this and the checksum of the rest: the TU's inputs,
 * a line each ("HASH SIZE MTIME PATH", SIZE and MTIME "-" when the file was not
 * settled), an empty line, then the JSON. The inputs are hundreds a TU, read on
 * every warm run: as text they cost a tenth of what jansson spends on them. */
static const char MAGIC[] = "memcheck-cache ";

typedef struct entry {
    char *path;        /* DIR/<key>.json: inputs, then salt, uses, defines, findings */
    char *sum_path;    /* DIR/<key>.sum.json: its summaries, read only when some TU is analysed */
    json_t *doc;       /* the entry read, or NULL */
    char *inputs;      /* ... and its lines of inputs */
    bool reused;
} entry;

typedef struct file_hash {
    char *path;
    char hex[17];
} file_hash;

struct mc_cache {
    char *dir;
    bool read_only;               /* entries are read, none is stored */
    int64_t opened_ns;            /* when the run began: files changed since are not settled */
    int by_stamp, hashed;         /* inputs found unchanged by size and time, inputs hashed */
    char salt[17];
    int n;
    entry *entries;
    MC_VEC(file_hash) hashes;     /* contents hashed in this run, by path */
    MC_VEC(const char *) summary_files;
    MC_VEC(char *) strings;       /* file and function names of replayed findings */
};

static void hex64(uint64_t h, char out[17])
{
    snprintf(out, 17, "%016llx", (unsigned long long)h);
}

/* The hash of a file's contents now, "" when it cannot be read. */
static const char *content_hash(mc_cache *c, const char *path)
{
    for (int i = 0; i < c->hashes.n; i++)
        if (strcmp(c->hashes.v[i].path, path) == 0)
            return c->hashes.v[i].hex;
    file_hash fh = {mc_xstrdup(path), ""};
    size_t len;
    const char *text = mc_source_file(path, &len);
    if (text)
        hex64(mc_hash_content(text, len), fh.hex);
    MC_VEC_PUSH(c->hashes, fh);
    return c->hashes.v[c->hashes.n - 1].hex;
}

static char *entry_path(const char *dir, const mc_tu *tu, const char *suffix)
{
    uint64_t h = mc_hash_str(tu->file);
    for (int i = 0; i < tu->argc; i++)
        h = mc_mix(h, mc_hash_str(tu->argv[i]));
    char hex[17];
    hex64(h, hex);
    return mc_xasprintf("%s/%s%s", dir, hex, suffix);
}

/* A finding as finding_json wrote it: a known rule, a message, a severity. */
static bool finding_valid(json_t *j)
{
    const char *rule = json_string_value(json_object_get(j, "rule"));
    json_t *sev = json_object_get(j, "severity");
    return rule && mc_rule_find(rule) && json_is_string(json_object_get(j, "msg")) && json_is_integer(sev) &&
           json_integer_value(sev) >= MC_SEV_NOTE && json_integer_value(sev) <= MC_SEV_ERROR;
}

/* Findings that can be replayed: an entry edited or torn by hand is not one
 * this memcheck wrote, and its TU is analysed again. */
static bool findings_valid(json_t *doc)
{
    json_t *list = json_object_get(doc, "findings");
    size_t i;
    json_t *f;
    json_array_foreach(list, i, f) {
        if (!finding_valid(f))
            return false;
    }
    return json_is_array(list);
}

/* A file's size and modification time (ns). */
typedef struct stamp {
    int64_t size, mtime_ns;
} stamp;

static bool file_stamp(const char *path, stamp *s)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return false;
    s->size = (int64_t)st.st_size;
    s->mtime_ns = (int64_t)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;
    return true;
}

static int64_t now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

/* A stamp that vouches for the contents: last changed at least 2 s before the
 * run began. A file written during the run, or in the same clock tick as the
 * write before, could change again with its size and time unchanged (git's
 * "racy" entries); its contents are hashed. */
static bool settled(const mc_cache *c, stamp s)
{
    return s.mtime_ns <= c->opened_ns - (int64_t)2 * 1000000000;
}

/* "SIZE " or "- " at *s: the number, or -1 for "-"; false when neither. */
static bool stamp_field(const char **s, int64_t *v)
{
    char *end;
    if ((*s)[0] == '-' && (*s)[1] == ' ') {
        *v = -1;
        *s += 2;
        return true;
    }
    long long n = strtoll(*s, &end, 10);
    if (end == *s || *end != ' ' || n < 0)
        return false;
    *v = n;
    *s = end + 1;
    return true;
}

/* An input unchanged since its entry was written: the same size and time as
 * then, or else the same contents. Reading and hashing every header of a large
 * TU is most of a warm run. line is "HASH SIZE MTIME PATH", len long. */
static bool input_unchanged(mc_cache *c, const char *line, size_t len)
{
    stamp then, now;
    const char *s = line + 17;
    if (len < 17 + 4 || line[16] != ' ' || !stamp_field(&s, &then.size) || !stamp_field(&s, &then.mtime_ns) ||
        s >= line + len)
        return false;
    char *path = mc_xstrndup(s, (size_t)(line + len - s));
    bool same = then.size >= 0 && file_stamp(path, &now) && now.size == then.size && now.mtime_ns == then.mtime_ns;
    if (same)
        c->by_stamp++;
    else {
        c->hashed++;
        same = memcmp(content_hash(c, path), line, 16) == 0;
    }
    free(path);
    return same;
}

static bool inputs_unchanged(mc_cache *c, const char *inputs)
{
    int n = 0;
    for (const char *line = inputs; *line; n++) {
        const char *end = strchr(line, '\n');
        if (!end || !input_unchanged(c, line, (size_t)(end - line)))
            return false;
        line = end + 1;
    }
    return n > 0;
}

/* The entry still describes the TU: same salt, every input unchanged. */
/* An entry of a TU with errors is never reused: the TU is parsed again, so that
 * every run says so, and a header missing then is looked for again (it is no
 * input). Its entry still tells what it defined, so that only its users are
 * analysed again with it. */
static bool still_valid(mc_cache *c, const entry *e)
{
    json_t *doc = e->doc;
    if (json_integer_value(json_object_get(doc, "memcheck-cache")) != FORMAT ||
        json_integer_value(json_object_get(doc, "errors")) != 0 ||
        !json_is_string(json_object_get(doc, "salt")) ||
        strcmp(json_string_value(json_object_get(doc, "salt")), c->salt) != 0 || !findings_valid(doc))
        return false;
    return inputs_unchanged(c, e->inputs);
}

/* "uses" and "defines" are sets: JSON objects keyed by USR. */
static bool in_set(json_t *set, const char *usr)
{
    return usr && json_object_get(set, usr) != NULL;
}

/* Does entry a use something that a TU to be analysed again defined? */
static bool depends_on_redone(const mc_cache *c, const entry *a)
{
    const char *usr;
    json_t *v;
    json_object_foreach(json_object_get(a->doc, "uses"), usr, v) {
        for (int k = 0; k < c->n; k++)
            if (!c->entries[k].reused && in_set(json_object_get(c->entries[k].doc, "defines"), usr))
                return true;
    }
    return false;
}

/* What a TU to be analysed again defined may change what its users find: they
 * are analysed again too, to a fixpoint. A TU new to the cache may define
 * anything, so then nothing is reused. */
static void close_over_users(mc_cache *c)
{
    for (int i = 0; i < c->n; i++)
        if (!c->entries[i].doc) {
            for (int k = 0; k < c->n; k++)
                c->entries[k].reused = false;
            return;
        }
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < c->n; i++)
            if (c->entries[i].reused && depends_on_redone(c, &c->entries[i])) {
                c->entries[i].reused = false;
                changed = true;
            }
    }
}

static void hex_of(const char *text, size_t len, char out[17])
{
    hex64(mc_hash_content(text, len), out);
}

typedef enum { ENTRY_NONE, ENTRY_READ, ENTRY_DAMAGED } entry_state;

/* Reads an entry file: its checksum line, then the JSON it covers. */
static entry_state read_entry(entry *e)
{
    e->doc = NULL;
    size_t len;
    char *text = mc_read_file(e->path, &len);
    if (!text || text[0] == '{') { /* none, or an older memcheck's: not damaged, just not ours */
        free(text);
        return ENTRY_NONE;
    }
    size_t head = sizeof MAGIC - 1 + 16 + 1;
    char hex[17];
    entry_state st = ENTRY_DAMAGED;
    if (len >= head && memcmp(text, MAGIC, sizeof MAGIC - 1) == 0 && text[head - 1] == '\n') {
        hex_of(text + head, len - head, hex);
        const char *json = strstr(text + head - 1, "\n\n"); /* ends the inputs */
        if (memcmp(hex, text + sizeof MAGIC - 1, 16) == 0 && json) {
            json_error_t err;
            e->inputs = mc_xstrndup(text + head, (size_t)(json + 1 - (text + head)));
            e->doc = json_loadb(json + 2, len - (size_t)(json + 2 - text), 0, &err);
            st = e->doc ? ENTRY_READ : ENTRY_DAMAGED;
        }
    }
    free(text);
    return st;
}

/* The summaries file is the one the entry was written with. */
static bool summaries_intact(const entry *e)
{
    const char *want = json_string_value(json_object_get(e->doc, "summaries-checksum"));
    size_t len;
    char *text = mc_read_file(e->sum_path, &len);
    char hex[17] = "";
    if (text)
        hex_of(text, len, hex);
    free(text);
    return want && strcmp(want, hex) == 0;
}

static void say_damaged(const mc_tu *tu)
{
    fprintf(stderr, "memcheck: note: cache entry for %s was damaged; analysed again\n", tu->file);
}

/* Is the process that wrote .memcheck-tmp.NAME.PID.N gone? Another run using
 * the same cache may still be writing its own. */
static bool writer_gone(const char *name)
{
    const char *end = strrchr(name, '.');
    const char *start = end;
    while (start && start > name && start[-1] != '.')
        start--;
    if (!end || start == end)
        return false;
    long pid = strtol(start, NULL, 10);
    return pid > 0 && pid != (long)getpid() && kill((pid_t)pid, 0) != 0 && errno == ESRCH;
}

/* Temporary files of writes a killed run left behind. */
static void remove_leftovers(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    for (struct dirent *de; (de = readdir(d));) {
        const char *name = de->d_name;
        size_t n = strlen(name);
        bool ours = strncmp(name, ".memcheck-tmp.", 14) == 0 && writer_gone(name);
        if (ours || (n > 4 && strcmp(name + n - 4, ".tmp") == 0)) {
            char *path = mc_xasprintf("%s/%s", dir, name);
            unlink(path);
            free(path);
        }
    }
    closedir(d);
}

mc_cache *mc_cache_open(const char *dir, const mc_tu *tus, int n, uint64_t salt)
{
    mc_cache *c = mc_xcalloc(1, sizeof *c);
    c->dir = mc_xstrdup(dir);
    c->opened_ns = now_ns();
    c->read_only = access(dir, W_OK | X_OK) != 0;
    if (c->read_only)
        fprintf(stderr, "memcheck: note: %s: the cache directory is read-only: entries are read, new ones are not "
                "stored\n", dir);
    else
        remove_leftovers(dir);
    hex64(salt, c->salt);
    c->n = n;
    c->entries = mc_xcalloc((size_t)n + 1, sizeof *c->entries);
    for (int i = 0; i < n; i++) {
        entry *e = &c->entries[i];
        e->path = entry_path(dir, &tus[i], ".json");
        e->sum_path = entry_path(dir, &tus[i], ".sum.json");
        bool damaged = read_entry(e) == ENTRY_DAMAGED;
        e->reused = e->doc && still_valid(c, e);
        /* Intact entry, damaged summaries: what it defines and uses is known,
         * so only it and its users are analysed again. */
        if (e->reused && !summaries_intact(e)) {
            e->reused = false;
            damaged = true;
        }
        if (damaged)
            say_damaged(&tus[i]);
    }
    close_over_users(c);
    bool all_reused = true;
    for (int i = 0; i < n; i++)
        all_reused &= c->entries[i].reused;
    for (int i = 0; i < n && !all_reused; i++) /* nothing to analyse: no summaries needed */
        if (c->entries[i].reused)
            MC_VEC_PUSH(c->summary_files, c->entries[i].sum_path);
    return c;
}

void mc_cache_inputs_checked(const mc_cache *c, int *by_stamp, int *hashed)
{
    *by_stamp = c ? c->by_stamp : 0;
    *hashed = c ? c->hashed : 0;
}

bool mc_cache_reused(const mc_cache *c, int tu)
{
    return c && tu < c->n && c->entries[tu].reused;
}

int mc_cache_nreused(const mc_cache *c)
{
    return c ? c->summary_files.n : 0;
}

const char *const *mc_cache_summary_files(const mc_cache *c, int *n)
{
    *n = c ? c->summary_files.n : 0;
    return c ? c->summary_files.v : NULL;
}


/* ---- replaying findings ---- */

static const char *keep(mc_cache *c, const char *s)
{
    if (!s)
        return NULL;
    char *copy = mc_xstrdup(s);
    MC_VEC_PUSH(c->strings, copy);
    return copy;
}

static mc_loc loc_of(mc_cache *c, json_t *j)
{
    return (mc_loc){keep(c, json_string_value(json_object_get(j, "file"))),
                    (unsigned)json_integer_value(json_object_get(j, "line")),
                    (unsigned)json_integer_value(json_object_get(j, "col")),
                    keep(c, json_string_value(json_object_get(j, "macro_file"))),
                    (unsigned)json_integer_value(json_object_get(j, "macro_line")),
                    (unsigned)json_integer_value(json_object_get(j, "macro_col"))};
}

static void replay_one(mc_cache *c, json_t *j, mc_diags *d)
{
    const mc_rule *rule = mc_rule_find(json_string_value(json_object_get(j, "rule"))); /* finding_valid */
    const char *msg = json_string_value(json_object_get(j, "msg"));
    mc_finding *f = mc_diags_new(d, rule->id, (mc_severity)json_integer_value(json_object_get(j, "severity")),
                                 loc_of(c, j), keep(c, json_string_value(json_object_get(j, "function"))),
                                 mc_xstrdup(msg));
    const char *fixit = json_string_value(json_object_get(j, "fixit"));
    f->fixit = fixit ? mc_xstrdup(fixit) : NULL;
    size_t i;
    json_t *note;
    json_array_foreach(json_object_get(j, "notes"), i, note) {
        const char *text = json_string_value(json_object_get(note, "msg"));
        mc_finding_note(f, loc_of(c, note), mc_xstrdup(text ? text : ""));
        f->notes[f->nnotes - 1].after = json_is_true(json_object_get(note, "after"));
        f->notes[f->nnotes - 1].context = json_is_true(json_object_get(note, "context"));
    }
}

void mc_cache_replay(mc_cache *c, mc_diags *d)
{
    for (int i = 0; c && i < c->n; i++) {
        if (!c->entries[i].reused)
            continue;
        size_t k;
        json_t *f;
        json_array_foreach(json_object_get(c->entries[i].doc, "findings"), k, f) replay_one(c, f, d);
    }
}

/* ---- storing ---- */

static json_t *loc_json(json_t *j, mc_loc loc)
{
    json_object_set_new(j, "file", loc.file ? json_string(loc.file) : json_null());
    json_object_set_new(j, "line", json_integer(loc.line));
    json_object_set_new(j, "col", json_integer(loc.col));
    if (loc.macro_file) {
        json_object_set_new(j, "macro_file", json_string(loc.macro_file));
        json_object_set_new(j, "macro_line", json_integer(loc.macro_line));
        json_object_set_new(j, "macro_col", json_integer(loc.macro_col));
    }
    return j;
}

static json_t *finding_json(const mc_finding *f)
{
    json_t *notes = json_array();
    for (int i = 0; i < f->nnotes; i++) {
        json_t *note = loc_json(json_pack("{s:s}", "msg", f->notes[i].msg), f->notes[i].loc);
        if (f->notes[i].after)
            json_object_set_new(note, "after", json_true());
        if (f->notes[i].context)
            json_object_set_new(note, "context", json_true());
        json_array_append_new(notes, note);
    }
    json_t *j = json_pack("{s:s, s:i, s:s, s:o, s:o}", "rule", f->rule, "severity", f->severity, "msg", f->msg,
                          "fixit", f->fixit ? json_string(f->fixit) : json_null(), "notes", notes);
    json_object_set_new(j, "function", f->function ? json_string(f->function) : json_null());
    return loc_json(j, f->loc);
}

static void add(json_t *set, const char *usr)
{
    if (usr)
        json_object_set_new(set, usr, json_true());
}

/* What one expression of the unit uses from elsewhere and which globals it writes. */
static void scan_expr(const mc_expr *e, json_t *uses, json_t *written)
{
    if (!e)
        return;
    for (int i = 0; i < e->nkids; i++)
        scan_expr(e->kids[i], uses, written);
    if ((e->kind == MC_EX_CALL || e->kind == MC_EX_GLOBAL) && e->usr)
        add(uses, e->usr);
    const mc_expr *t = mc_expr_written(e);
    if (t && t->kind == MC_EX_GLOBAL && t->usr)
        add(written, t->usr);
}

static void scan_unit(const mc_unit *u, json_t *uses, json_t *written, json_t *defines)
{
    for (int k = 0; k < u->funcs.n; k++) {
        const mc_func *f = u->funcs.v[k];
        if (f->sym && f->sym->usr)
            add(defines, f->sym->usr);
        for (int b = 0; b < f->nblocks; b++) {
            for (int i = 0; i < f->blocks[b].nstmts; i++)
                scan_expr(f->blocks[b].stmts[i].e, uses, written);
            scan_expr(f->blocks[b].cond, uses, written);
        }
    }
    for (int i = 0; i < u->globals.n; i++)
        if (u->globals.v[i]->named_in_init && u->globals.v[i]->usr)
            add(written, u->globals.v[i]->usr);
    json_object_update(defines, written);
    const char *usr;
    json_t *v;
    void *tmp;
    json_object_foreach_safe(uses, tmp, usr, v) /* only what comes from other TUs */
        if (in_set(defines, usr))
            json_object_del(uses, usr);
}

static json_t *keys_of(json_t *set)
{
    json_t *list = json_array();
    const char *usr;
    json_t *v;
    json_object_foreach(set, usr, v) json_array_append_new(list, json_string(usr));
    return list;
}

/* A file the TU read: its contents' hash, its stamp when settled, its path. A
 * path with a line break in it cannot be written: false. */
static bool input_line(mc_cache *c, const char *path, mc_buf *b)
{
    stamp s;
    if (strchr(path, '\n'))
        return false;
    mc_buf_printf(b, "%s ", content_hash(c, path));
    if (file_stamp(path, &s) && settled(c, s))
        mc_buf_printf(b, "%lld %lld %s\n", (long long)s.size, (long long)s.mtime_ns, path);
    else
        mc_buf_printf(b, "- - %s\n", path);
    return true;
}

/* The entry's lines of inputs, or NULL when one cannot be written. */
static char *inputs_text(mc_cache *c, const mc_unit *u)
{
    mc_buf b = {0};
    bool ok = input_line(c, u->file, &b);
    for (int i = 0; ok && i < u->includes.n; i++)
        if (strcmp(u->includes.v[i], u->file) != 0) /* the main file is listed among them */
            ok = input_line(c, u->includes.v[i], &b);
    char *text = mc_buf_detach(&b);
    if (!ok) {
        free(text);
        return NULL;
    }
    return text;
}

/* Written whole, then renamed: a run killed halfway leaves no torn file. */
static void write_text(const char *head, const char *text, const char *path)
{
    mc_outfile out;
    FILE *f = mc_outfile_open(&out, path);
    bool ok = f && fputs(head, f) != EOF && fputs(text, f) != EOF;
    if (!f || !mc_outfile_close(&out, ok))
        fprintf(stderr, "memcheck: warning: %s: cannot write the cache entry: %s\n", path, strerror(errno));
}

static char *dump_text(json_t *doc)
{
    char *text = json_dumps(doc, JSON_COMPACT);
    json_decref(doc);
    if (!text) { /* jansson fails only when out of memory */
        fprintf(stderr, "memcheck: out of memory (writing a cache entry)\n");
        abort();
    }
    return text;
}

/* Each file is checksummed: the entry's first line covers the entry, and the
 * entry holds the checksum of its summaries file (read by the summaries reader,
 * so kept plain JSON). A flipped bit anywhere makes the entry be discarded. */
static void store_unit(mc_cache *c, const mc_program *p, int unit, const entry *e, const void *fam,
                       const mc_diags *out)
{
    const mc_unit *u = p->units.v[unit];
    char *inputs = inputs_text(c, u);
    if (!inputs)
        return; /* not cached: analysed again on the next run */
    json_t *sums = mc_summaries_doc(p, unit, fam);
    json_t *uses = json_object(), *written = json_object(), *defines = json_object(), *findings = json_array();
    scan_unit(u, uses, written, defines);
    json_object_set_new(sums, "written_globals", keys_of(written));
    char *sums_text = dump_text(sums);
    char sums_hex[17];
    hex_of(sums_text, strlen(sums_text), sums_hex);
    write_text("", sums_text, e->sum_path); /* first: an entry is only valid with its summaries */
    free(sums_text);
    for (int i = 0; i < out->v.n; i++)
        if (out->v.v[i].unit == unit)
            json_array_append_new(findings, finding_json(&out->v.v[i]));
    json_t *doc = json_pack("{s:i, s:s, s:i, s:s, s:o, s:o, s:o}", "memcheck-cache", FORMAT, "salt", c->salt,
                            "errors", u->nerrors, "summaries-checksum", sums_hex, "uses", uses, "defines", defines,
                            "findings", findings);
    json_decref(written);
    char *json = dump_text(doc);
    char *text = mc_xasprintf("%s\n%s", inputs, json);
    free(json);
    free(inputs);
    char hex[17];
    hex_of(text, strlen(text), hex);
    char *head = mc_xasprintf("%s%s\n", MAGIC, hex);
    write_text(head, text, e->path);
    free(head);
    free(text);
}

void mc_cache_store(mc_cache *c, const mc_program *p, const int *unit_tu, const void *fam, const mc_diags *out)
{
    for (int u = 0; c && !c->read_only && u < p->units.n; u++) {
        int tu = unit_tu[u];
        if (tu >= 0 && tu < c->n && !c->entries[tu].reused)
            store_unit(c, p, u, &c->entries[tu], fam, out);
    }
}

void mc_cache_free(mc_cache *c)
{
    if (!c)
        return;
    for (int i = 0; i < c->n; i++) {
        free(c->entries[i].path);
        free(c->entries[i].sum_path);
        free(c->entries[i].inputs);
        json_decref(c->entries[i].doc);
    }
    free(c->entries);
    for (int i = 0; i < c->hashes.n; i++)
        free(c->hashes.v[i].path);
    MC_VEC_FREE(c->hashes);
    MC_VEC_FREE(c->summary_files);
    for (int i = 0; i < c->strings.n; i++)
        free(c->strings.v[i]);
    MC_VEC_FREE(c->strings);
    free(c->dir);
    free(c);
}
