/* triage.c - suppressions in code, fingerprints that survive line shifts, and
 * baselines (JSON, with jansson) for adopting memcheck on an old codebase. */
#define _GNU_SOURCE /* memmem */
#include "triage.h"

#include <ctype.h>
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rule.h"
#include "source.h"
#include "util.h"

static const char marker[] = "memcheck: ignore[";

/* ---- source lines ---- */

/* A suppression is a comment: the marker after a // or a slash-star on its line. */
static bool has_marker(const char *line, size_t n)
{
    size_t m = sizeof marker - 1;
    bool in_comment = false;
    for (size_t i = 0; i + m <= n; i++) {
        if (i + 1 < n && line[i] == '/' && (line[i + 1] == '/' || line[i + 1] == '*'))
            in_comment = true;
        if (in_comment && memcmp(line + i, marker, m) == 0)
            return true;
    }
    return false;
}

/* Does the suppression comment on this line name rule? Sets *reason. */
static bool names_rule(const char *line, size_t n, const char *rule, const char **reason)
{
    char buf[1024];
    snprintf(buf, sizeof buf, "%.*s", (int)(n < sizeof buf - 1 ? n : sizeof buf - 1), line);
    const char *m = has_marker(line, n) ? strstr(buf, marker) : NULL;
    if (!m)
        return false;
    const char *ids = m + sizeof marker - 1, *close = strchr(ids, ']');
    if (!close)
        return false;
    size_t want = strlen(rule);
    for (const char *p = ids; p < close;) {
        while (p < close && (*p == ',' || *p == ' '))
            p++;
        const char *q = p;
        while (q < close && *q != ',' && *q != ' ')
            q++;
        if ((size_t)(q - p) == want && strncmp(p, rule, want) == 0) {
            *reason = line + (close + 1 - buf);
            return true;
        }
        p = q;
    }
    return false;
}

static char *reason_text(const char *r, const char *line, size_t n)
{
    const char *end = line + n;
    while (r < end && isspace((unsigned char)*r))
        r++;
    size_t len = (size_t)(end - r);
    if (len >= 2 && r[len - 2] == '*' && r[len - 1] == '/')
        len -= 2;
    while (len && isspace((unsigned char)r[len - 1]))
        len--;
    return mc_xstrndup(r, len);
}

/* ---- suppressions ---- */

typedef struct used {
    const char *file;
    unsigned line;
} used;

typedef MC_VEC(used) used_list;

/* The finding's line, then the line before. */
static void suppress_one(mc_finding *f, used_list *hits)
{
    size_t n;
    for (unsigned l = f->loc.line; f->loc.file && l >= 1 && l + 1 >= f->loc.line; l--) {
        const char *line = mc_source_line(f->loc.file, l, &n), *reason;
        if (line && names_rule(line, n, f->rule, &reason)) {
            f->suppressed = true;
            f->suppress_reason = reason_text(reason, line, n);
            MC_VEC_PUSH(*hits, ((used){f->loc.file, l}));
            return;
        }
    }
}

static bool was_used(const used_list *hits, const char *file, unsigned line)
{
    for (int i = 0; i < hits->n; i++)
        if (hits->v[i].line == line && strcmp(hits->v[i].file, file) == 0)
            return true;
    return false;
}

/* What to say of the first id of a suppression comment that names no rule (a
 * typo suppresses nothing), or NULL when every id is a rule's. */
static char *unknown_id_text(const char *line, size_t n)
{
    char buf[1024];
    snprintf(buf, sizeof buf, "%.*s", (int)(n < sizeof buf - 1 ? n : sizeof buf - 1), line);
    char *ids = strstr(buf, marker), *close = ids ? strchr(ids, ']') : NULL;
    if (!close)
        return NULL;
    *close = '\0';
    for (char *save = NULL, *id = strtok_r(ids + sizeof marker - 1, ", ", &save); id; id = strtok_r(NULL, ", ", &save)) {
        if (mc_rule_find(id))
            continue;
        const char *guess = mc_rule_suggest(id);
        if (guess)
            return mc_xasprintf("'%s' in this suppression is no rule; did you mean '%s'?", id, guess);
        return mc_xasprintf("'%s' in this suppression is no rule (see memcheck --list-rules)", id);
    }
    return NULL;
}

static void note_unused(mc_diags *d, const char *file, const used_list *hits)
{
    size_t len, n;
    const char *text = mc_source_file(file, &len);
    if (!text || !memmem(text, len, marker, sizeof marker - 1))
        return;
    /* one pass over the file: line_of() per line would be quadratic */
    const char *line = text, *end = text + len;
    for (unsigned l = 1; line < end; l++, line += n + 1) {
        const char *nl = memchr(line, '\n', (size_t)(end - line));
        n = (size_t)((nl ? nl : end) - line);
        if (!has_marker(line, n))
            continue;
        char *msg = unknown_id_text(line, n);
        if (!msg && !was_used(hits, file, l))
            msg = mc_xstrdup("this suppression matches no finding: remove it or correct its rule ids");
        if (msg)
            mc_diags_new(d, "unused-suppression", MC_SEV_NOTE, (mc_loc){.file = file, .line = l, .col = 1}, NULL, msg);
    }
}

void mc_triage_suppress(mc_diags *d, const char *const *files, int nfiles)
{
    used_list hits = {0};
    for (int i = 0; i < d->v.n; i++)
        suppress_one(&d->v.v[i], &hits);
    for (int i = 0; i < nfiles; i++)
        note_unused(d, files[i], &hits);
    MC_VEC_FREE(hits);
    mc_diags_sort_unique(d);
}

/* ---- fingerprints ---- */

/* Hashes s with runs of digits after "line " and white space folded away. */
static uint64_t hash_words(uint64_t h, const char *s, size_t n, bool drop_line_numbers)
{
    for (size_t i = 0; i < n; i++) {
        if (isspace((unsigned char)s[i]))
            continue;
        if (drop_line_numbers && isdigit((unsigned char)s[i]) && i >= 5 && memcmp(s + i - 5, "line ", 5) == 0) {
            while (i + 1 < n && isdigit((unsigned char)s[i + 1]))
                i++;
            continue;
        }
        h = mc_mix(h, (unsigned char)s[i]);
    }
    return h;
}

/* A cause in a macro's body is the same wherever and however often the macro
 * is expanded: rule, the body's file and the text of its line (and the function,
 * for a rule that judges functions by their names, see mc_rule.per_function).
 * The messages of the expansions name their own arguments and functions, so
 * they are left out. */
static uint64_t macro_fingerprint(const mc_finding *f, const char *root)
{
    uint64_t h = mc_mix(mc_hash_str("macro"), mc_hash_str(f->rule));
    h = mc_mix(h, mc_hash_str(mc_path_relative(f->loc.macro_file, root)));
    const mc_rule *r = mc_rule_find(f->rule);
    if (r && r->per_function)
        h = mc_mix(h, f->function ? mc_hash_str(f->function) : 0);
    size_t n;
    const char *line = mc_source_line(f->loc.macro_file, f->loc.macro_line, &n);
    return line ? hash_words(h, line, n, false) : h;
}

/* Where the finding is: rule, file, function, message and the flagged line. */
static uint64_t site_fingerprint(const mc_finding *f, const char *root)
{
    const char *file = f->loc.file ? mc_path_relative(f->loc.file, root) : "";
    uint64_t h = mc_hash_str(f->rule);
    h = mc_mix(h, mc_hash_str(file));
    h = mc_mix(h, f->function ? mc_hash_str(f->function) : 0);
    h = hash_words(h, f->msg, strlen(f->msg), true);
    size_t n;
    const char *line = f->loc.file ? mc_source_line(f->loc.file, f->loc.line, &n) : NULL;
    return line ? hash_words(h, line, n, false) : h;
}

uint64_t mc_triage_fingerprint(const mc_finding *f, const char *root)
{
    return mc_finding_in_macro(f) ? macro_fingerprint(f, root) : site_fingerprint(f, root);
}

/* ---- baselines ---- */

bool mc_triage_write_baseline(const mc_diags *d, const char *path, const char *root)
{
    json_t *list = json_array();
    bool whole = true;
    for (int i = 0; i < d->v.n; i++) {
        const mc_finding *f = &d->v.v[i];
        if (f->suppressed)
            continue;
        char fp[17];
        snprintf(fp, sizeof fp, "%016llx", (unsigned long long)mc_triage_fingerprint(f, root));
        /* the fingerprint is of the bytes; file and message only inform a reader */
        char *file = mc_utf8_text(f->loc.file ? mc_path_relative(f->loc.file, root) : "");
        char *msg = mc_utf8_text(f->msg);
        whole &= json_array_append_new(list, json_pack("{s:s, s:s, s:s, s:s}", "rule", f->rule, "file", file,
                                                       "fingerprint", fp, "message", msg)) == 0;
        free(file);
        free(msg);
    }
    json_t *doc = json_pack("{s:i, s:o}", "version", 1, "findings", list);
    mc_outfile out;
    FILE *f = mc_outfile_open(&out, path);
    if (f && (!doc || !whole))
        errno = EILSEQ; /* a finding it could not hold: the file is not written */
    bool ok = f && mc_outfile_close(&out, doc && whole && json_dumpf(doc, f, JSON_INDENT(2) | JSON_SORT_KEYS) == 0);
    json_decref(doc);
    if (!ok)
        fprintf(stderr, "memcheck: error: %s: cannot write the baseline: %s\n", path, strerror(errno));
    return ok;
}

bool mc_triage_apply_baseline(mc_diags *d, const char *path, const char *root, int *hidden)
{
    json_error_t err;
    if (!mc_check_readable(path, "baseline")) /* it may have gone since the options were read */
        return false;
    json_t *doc = json_load_file(path, 0, &err);
    json_t *list = doc ? json_object_get(doc, "findings") : NULL;
    if (!json_is_array(list)) {
        fprintf(stderr, "memcheck: error: %s:%d:%d: %s\n", path, doc ? 1 : err.line, doc ? 1 : err.column,
                doc ? "expected an object with a \"findings\" list (written by --write-baseline)" : err.text);
        json_decref(doc);
        return false;
    }
    size_t n = json_array_size(list);
    char *taken = mc_xcalloc(n + 1, 1);
    int out = 0;
    for (int i = 0; i < d->v.n; i++) {
        mc_finding *f = &d->v.v[i];
        char fp[17], site_fp[17];
        snprintf(fp, sizeof fp, "%016llx", (unsigned long long)mc_triage_fingerprint(f, root));
        /* a baseline written before findings in macros had their own fingerprint */
        snprintf(site_fp, sizeof site_fp, "%016llx", (unsigned long long)site_fingerprint(f, root));
        bool known = false;
        for (size_t k = 0; k < n && !known; k++) {
            const char *have = json_string_value(json_object_get(json_array_get(list, k), "fingerprint"));
            if (!taken[k] && have && (strcmp(have, fp) == 0 || strcmp(have, site_fp) == 0)) {
                taken[k] = 1;
                known = true;
            }
        }
        if (known) {
            mc_finding_release(f);
            ++*hidden;
        } else
            d->v.v[out++] = *f;
    }
    d->v.n = out;
    free(taken);
    json_decref(doc);
    return true;
}
