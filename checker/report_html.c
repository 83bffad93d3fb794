/* report_html.c - one self-contained HTML page (no network): the run (project,
 * memcheck's version, date, command line), counts by rule and by file linking
 * to the findings, filters by rule, severity and file (an inline script that the
 * page's policy allows by its hash alone), then each finding with the source of
 * its whole path, its steps in program order numbered in the code, and the
 * rule's help. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "embedded.h"
#include "report.h"
#include "rule.h"
#include "source.h"
#include "version.h"

static const char *const sev_names[] = {"note", "warning", "error"};

static const char style[] =
    "body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}h1{font-size:1.4em}"
    "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}"
    ".meta th{background:#f6f6f6}#filters{margin:.5em 0 1em}#filters select{margin:0 1em 0 .3em}"
    ".finding{border:1px solid #ccc;border-radius:4px;margin:1em 0;padding:.5em 1em}"
    ".warning{border-left:6px solid #d08000}.error{border-left:6px solid #c00}.note{border-left:6px solid #07c}"
    "pre{background:#f6f6f6;padding:0 .5em;margin:0;overflow-x:auto}.excerpt{margin:.5em 0}"
    ".hit{background:#ffe3a0}.step{background:#dceeff}.gap summary,.gap span{color:#888;font-size:.9em;"
    "background:#f6f6f6;padding:0 .5em}.file{color:#555;font-size:.9em;margin-top:.5em}"
    ".num{color:#888;user-select:none}.badge{display:inline-block;background:#07c;color:#fff;border-radius:8px;"
    "padding:0 6px;margin-left:4px;font-size:.85em}li.hit{background:none;font-weight:bold}"
    ".about pre{white-space:pre-wrap;padding:.5em}"
    ".incomplete{background:#fde8e8;border:1px solid #c00;border-radius:4px;padding:.5em 1em}";

/* Lines of an excerpt kept around each step; a longer run between steps is
 * folded, and not even copied into the page past MAX_FOLDED lines. */
enum { CONTEXT = 2, MIN_FOLDED = 5, MAX_FOLDED = 200 };

/* The page is UTF-8: bytes that are not become %XX (mc_utf8_textn). */
static void esc(FILE *out, const char *s, size_t n)
{
    char *t = mc_utf8_textn(s, strnlen(s, n));
    for (const char *c = t; *c; c++) {
        switch (*c) {
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '&': fputs("&amp;", out); break;
        case '"': fputs("&quot;", out); break;
        default: fputc(*c, out); break;
        }
    }
    free(t);
}

static void esc_str(FILE *out, const char *s)
{
    esc(out, s ? s : "", s ? strlen(s) : 0);
}

static const char *relative(const char *file, const char *root)
{
    return file ? mc_path_relative(file, root) : "";
}

static bool same_file(const char *a, const char *b)
{
    return a && b && strcmp(a, b) == 0;
}

/* ---- the run ---- */

/* An argument as a shell would need it: bare when it is plain, else quoted. */
static void shell_word(FILE *out, const char *arg)
{
    if (*arg && strspn(arg, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,+@%") ==
                    strlen(arg)) {
        esc_str(out, arg);
        return;
    }
    fputc('\'', out);
    for (const char *p = arg; *p;) {
        size_t n = strcspn(p, "'");
        esc(out, p, n);
        p += n;
        if (*p == '\'') {
            fputs("'\\''", out);
            p++;
        }
    }
    fputc('\'', out);
}

static void run_table(FILE *out, const char *root, int argc, char *const *argv)
{
    char date[64];
    time_t now = time(NULL);
    struct tm tm;
    strftime(date, sizeof date, "%Y-%m-%d %H:%M:%S %z", localtime_r(&now, &tm));
    fputs("<table class=\"meta\" id=\"run\">\n<tr><th>Project</th><td>", out);
    esc_str(out, root ? root : "");
    fprintf(out, "</td></tr>\n<tr><th>memcheck</th><td>%s, commit %s</td></tr>\n", MEMCHECK_VERSION,
            mc_build_commit);
    fprintf(out, "<tr><th>Date</th><td>%s</td></tr>\n<tr><th>Command</th><td><code>", date);
    for (int i = 0; i < argc; i++) {
        if (i)
            fputc(' ', out);
        shell_word(out, argv[i]);
    }
    fputs("</code></td></tr>\n</table>\n", out);
}

/* ---- counts, links and filters ---- */

typedef struct counter {
    const char *key;
    int n;
    int first;   /* the number (anchor f<first>) of its first finding */
} counter;

typedef MC_VEC(counter) counters;

static void count(counters *c, const char *key, int index)
{
    for (int i = 0; i < c->n; i++)
        if (strcmp(c->v[i].key, key) == 0) {
            c->v[i].n++;
            return;
        }
    MC_VEC_PUSH(*c, ((counter){key, 1, index}));
}

/* A table whose names link to their first finding and, with the script, show
 * only theirs. */
static void table(FILE *out, const char *title, const char *kind, const counters *c)
{
    fprintf(out, "<h2>%s</h2><table><tr><th>%s</th><th>findings</th></tr>\n", title, kind);
    for (int i = 0; i < c->n; i++) {
        fprintf(out, "<tr><td><a href=\"#f%d\" data-filter=\"%s\" data-value=\"", c->v[i].first, kind);
        esc_str(out, c->v[i].key);
        fputs("\">", out);
        esc_str(out, c->v[i].key);
        fprintf(out, "</a></td><td class=\"count\">%d</td></tr>\n", c->v[i].n);
    }
    fputs("</table>\n", out);
}

static void select_of(FILE *out, const char *kind, const counters *c)
{
    fprintf(out, "<label>%s<select name=\"%s\"><option value=\"\">all</option>", kind, kind);
    for (int i = 0; i < c->n; i++) {
        fputs("<option value=\"", out);
        esc_str(out, c->v[i].key);
        fputs("\">", out);
        esc_str(out, c->v[i].key);
        fprintf(out, " (%d)</option>", c->v[i].n);
    }
    fputs("</select></label>", out);
}

/* Hidden until the script shows it: without the script it would do nothing. */
static void filters(FILE *out, const counters *by_rule, const counters *by_sev, const counters *by_class,
                    const counters *by_file)
{
    fputs("<form id=\"filters\" hidden>", out);
    select_of(out, "rule", by_rule);
    select_of(out, "severity", by_sev);
    if (by_class->n) /* only when the configuration has paths: */
        select_of(out, "class", by_class);
    select_of(out, "file", by_file);
    fputs("<button type=\"button\" id=\"clear\">all findings</button> <span id=\"shown\"></span></form>\n", out);
}

/* ---- a finding ---- */

/* The step numbers (1-based, in path order) at line l of file, as badges. */
static bool badges(FILE *out, const mc_note *path, int n, const char *file, unsigned l)
{
    bool any = false;
    for (int k = 0; k < n; k++)
        if (path[k].loc.line == l && same_file(path[k].loc.file, file)) {
            fprintf(out, "<span class=\"badge\">%d</span>", k + 1);
            any = true;
        }
    return any;
}

static bool near_step(const mc_note *path, int n, const char *file, unsigned l)
{
    for (int k = 0; k < n; k++)
        if (same_file(path[k].loc.file, file) && l + CONTEXT >= path[k].loc.line && l <= path[k].loc.line + CONTEXT)
            return true;
    return false;
}

static void source_line(FILE *out, const mc_note *path, int n, const mc_finding *f, const char *file, unsigned l,
                        const char *text, size_t len)
{
    bool hit = l == f->loc.line && same_file(file, f->loc.file);
    bool step = false;
    for (int k = 0; k < n && !step; k++)
        step = path[k].loc.line == l && same_file(path[k].loc.file, file);
    fprintf(out, "<span%s><span class=\"num\">%5u </span>", hit ? " class=\"hit\"" : step ? " class=\"step\"" : "",
            l);
    if (text)  /* NULL: the file lost the line since it was analysed */
        esc(out, text, len);
    badges(out, path, n, file, l);
    fputs("</span>\n", out);
}

/* Lines first..last of file (they exist), folded: a <details> the reader opens. */
static void folded(FILE *out, const mc_note *path, int n, const mc_finding *f, const char *file, unsigned first,
                   unsigned last)
{
    unsigned count = last - first + 1;
    if (count > MAX_FOLDED) {
        fprintf(out, "<div class=\"gap\"><span>%u lines</span></div>\n", count);
        return;
    }
    fprintf(out, "<details class=\"gap\"><summary>%u lines</summary><pre>", count);
    size_t len;
    for (unsigned l = first; l <= last; l++) {
        const char *text = mc_source_line(file, l, &len);
        source_line(out, path, n, f, file, l, text, len);
    }
    fputs("</pre></details>\n", out);
}

/* The source of file from its first step to its last, with some context; the
 * runs of lines far from every step folded when long. */
static void excerpt(FILE *out, const mc_note *path, int n, const mc_finding *f, const char *file)
{
    unsigned lo = 0, hi = 0;
    for (int k = 0; k < n; k++)
        if (same_file(path[k].loc.file, file) && path[k].loc.line) {
            lo = !lo || path[k].loc.line < lo ? path[k].loc.line : lo;
            hi = path[k].loc.line > hi ? path[k].loc.line : hi;
        }
    size_t len;
    if (!lo || !mc_source_line(file, lo, &len))
        return;
    unsigned first = lo > CONTEXT + 2 ? lo - CONTEXT - 2 : 1, last = hi + CONTEXT;
    while (last > hi && !mc_source_line(file, last, &len))
        last--;
    fputs("<div class=\"excerpt\"><pre>", out);
    for (unsigned l = first; l <= last;) {
        unsigned far = l;
        while (far <= last && !near_step(path, n, file, far))
            far++;
        if (far - l >= MIN_FOLDED) {   /* lines l..far-1 are far from every step */
            fputs("</pre>\n", out);
            folded(out, path, n, f, file, l, far - 1);
            fputs("<pre>", out);
            l = far;
            continue;
        }
        const char *text = mc_source_line(file, l, &len);
        source_line(out, path, n, f, file, l, text, len);
        l++;
    }
    fputs("</pre></div>\n", out);
}

/* One excerpt per file the path goes through, the finding's own file first. */
static void excerpts(FILE *out, const mc_note *path, int n, const mc_finding *f, const char *root)
{
    const char **done = mc_xcalloc((size_t)n + 1, sizeof *done);
    int ndone = 0;
    for (int k = -1; k < n; k++) {
        const char *file = k < 0 ? f->loc.file : path[k].loc.file;
        bool seen = !file;
        for (int i = 0; i < ndone && !seen; i++)
            seen = same_file(done[i], file);
        if (seen)
            continue;
        done[ndone++] = file;
        if (ndone > 1) {
            fputs("<div class=\"file\">", out);
            esc_str(out, relative(file, root));
            fputs("</div>\n", out);
        }
        excerpt(out, path, n, f, file);
    }
    free(done);
}

static void steps(FILE *out, const mc_note *path, int n, int self, const char *root)
{
    fputs("<ol class=\"steps\">", out);
    for (int k = 0; k < n; k++) {
        fputs(k == self ? "<li class=\"hit\">" : "<li>", out);
        esc_str(out, relative(path[k].loc.file, root));
        fprintf(out, ":%u: ", path[k].loc.line);
        esc_str(out, path[k].msg);
        fputs("</li>", out);
    }
    fputs("</ol>\n", out);
}

/* A grouped finding: the macro's body and the other expansions it stands for. */
static void sites(FILE *out, const mc_finding *f, const char *root)
{
    mc_note notes[MC_GROUP_NOTES + 2];
    int n = mc_finding_group_notes(f, notes, MC_GROUP_NOTES);
    if (!n)
        return;
    fputs("<ul class=\"sites\">", out);
    for (int k = 0; k < n; k++) {
        fputs("<li>", out);
        if (notes[k].loc.file) {
            esc_str(out, relative(notes[k].loc.file, root));
            fprintf(out, ":%u: ", notes[k].loc.line);
        }
        esc_str(out, notes[k].msg);
        fputs("</li>", out);
        free(notes[k].msg);
    }
    fputs("</ul>\n", out);
}

static void finding(FILE *out, const mc_finding *f, const char *root, int index)
{
    const char *file = relative(f->loc.file, root);
    fprintf(out, "<div class=\"finding %s\" id=\"f%d\" data-rule=\"", sev_names[f->severity], index);
    esc_str(out, f->rule);
    fprintf(out, "\" data-severity=\"%s\"", sev_names[f->severity]);
    if (f->path_class) {
        fputs(" data-class=\"", out);
        esc_str(out, f->path_class);
        fputc('"', out);
    }
    fputs(" data-file=\"", out);
    esc_str(out, file);
    fprintf(out, "\"><a href=\"#f%d\"><b>", index);
    esc_str(out, file);
    fprintf(out, ":%u:%u</b></a> %s <code>[", f->loc.line, f->loc.col, sev_names[f->severity]);
    esc_str(out, f->rule);
    fputs("]</code>", out);
    if (f->path_class) {
        fputs(" <code>[", out);
        esc_str(out, f->path_class);
        fputs("]</code>", out);
    }
    fputs("<p>", out);
    esc_str(out, f->msg);
    fputs("</p>\n", out);
    mc_note *path = mc_xmalloc((size_t)(f->nnotes + 1) * sizeof *path);
    int self, n = mc_finding_path(f, path, &self);
    excerpts(out, path, n, f, root);
    steps(out, path, n, self, root);
    free(path);
    sites(out, f, root);
    if (f->fixit) {
        fputs("<p><b>Fix:</b> ", out);
        esc_str(out, f->fixit);
        fputs("</p>\n", out);
    }
    const char *doc = mc_rule_doc(f->rule);
    if (doc) {
        fputs("<details class=\"about\"><summary>About this rule</summary><pre>", out);
        esc_str(out, doc);
        fputs("</pre></details>\n", out);
    }
    fputs("</div>\n", out);
}

/* ---- the page ---- */

/* The script's hash as a policy names it: 'sha256-' and the digest in base64. */
static void script_source(FILE *out, const char *hex)
{
    static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    unsigned char digest[32];
    for (int i = 0; i < 32; i++) {
        unsigned v;
        sscanf(hex + 2 * i, "%2x", &v);
        digest[i] = (unsigned char)v;
    }
    fputs("'sha256-", out);
    for (int i = 0; i < 32; i += 3) {
        unsigned v = (unsigned)digest[i] << 16 | (i + 1 < 32 ? (unsigned)digest[i + 1] << 8 : 0) |
                     (i + 2 < 32 ? digest[i + 2] : 0);
        fputc(b64[v >> 18 & 63], out);
        fputc(b64[v >> 12 & 63], out);
        fputc(i + 1 < 32 ? b64[v >> 6 & 63] : '=', out);
        fputc(i + 2 < 32 ? b64[v & 63] : '=', out);
    }
    fputc('\'', out);
}

/* A run that was interrupted or left TUs unanalysed says so above all else. */
static void incomplete_banner(FILE *out, const mc_report_run *run)
{
    enum { SHOWN = 20 };
    if (run->complete)
        return;
    fputs("<div class=\"incomplete\" id=\"incomplete\"><b>This report is incomplete:</b> what was not analysed "
          "may hold more findings.<ul>\n", out);
    for (int i = 0; i < run->nnotices && i < SHOWN; i++) {
        fputs("<li>", out);
        esc_str(out, run->notices[i].msg);
        fputs("</li>\n", out);
    }
    if (run->nnotices > SHOWN)
        fprintf(out, "<li>and %d more</li>\n", run->nnotices - SHOWN);
    fputs("</ul></div>\n", out);
}

bool mc_report_html(const mc_diags *d, const mc_report_run *run, FILE *out)
{
    const char *root = run->root;
    counters by_rule = {0}, by_sev = {0}, by_class = {0}, by_file = {0};
    int shown = 0;
    for (int i = 0; i < d->v.n; i++) {
        if (d->v.v[i].suppressed)
            continue;
        shown++;
        count(&by_rule, d->v.v[i].rule, shown);
        if (d->v.v[i].path_class)
            count(&by_class, d->v.v[i].path_class, shown);
        count(&by_file, relative(d->v.v[i].loc.file, root), shown);
    }
    for (int s = MC_SEV_ERROR; s >= MC_SEV_NOTE; s--) { /* the most severe first */
        int n = 0;
        for (int i = 0; i < d->v.n; i++) {
            if (d->v.v[i].suppressed)
                continue;
            n++;
            if (d->v.v[i].severity == (mc_severity)s)
                count(&by_sev, sev_names[s], n);
        }
    }
    const mc_embedded_file *script = &mc_embedded_html[0];
    /* The policy forbids every fetch and every script but this one: the page is
     * whole and tells no server it was opened. */
    fputs("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
          "script-src ",
          out);
    script_source(out, script->sha256);
    fprintf(out, "\"><title>memcheck report</title><style>%s</style></head><body>\n<h1>memcheck report</h1>\n", style);
    incomplete_banner(out, run);
    run_table(out, root, run->argc, run->argv);
    fprintf(out, "<p id=\"total\">%d finding%s</p>\n", shown, shown == 1 ? "" : "s");
    table(out, "By rule", "rule", &by_rule);
    if (by_class.n)
        table(out, "By class", "class", &by_class);
    table(out, "By file", "file", &by_file);
    fputs("<h2>Findings</h2>\n", out);
    filters(out, &by_rule, &by_sev, &by_class, &by_file);
    for (int i = 0, n = 0; i < d->v.n; i++)
        if (!d->v.v[i].suppressed)
            finding(out, &d->v.v[i], root, ++n);
    fprintf(out, "<script>%s</script>\n</body></html>\n", script->text);
    MC_VEC_FREE(by_rule);
    MC_VEC_FREE(by_sev);
    MC_VEC_FREE(by_class);
    MC_VEC_FREE(by_file);
    return !ferror(out);
}
