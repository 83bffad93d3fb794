/* report_html.c - one self-contained HTML page (no network): counts by rule and
 * by file, then each finding with its source excerpt, the path steps numbered
 * in the code, and the rule's help. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "rule.h"
#include "source.h"

static const char *const sev_names[] = {"note", "warning", "error"};

static const char style[] =
    "body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}h1{font-size:1.4em}"
    "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}"
    ".finding{border:1px solid #ccc;border-radius:4px;margin:1em 0;padding:.5em 1em}"
    ".warning{border-left:6px solid #d08000}.error{border-left:6px solid #c00}.note{border-left:6px solid #07c}"
    "pre{background:#f6f6f6;padding:.5em;overflow-x:auto}.hit{background:#ffe3a0}.step{background:#dceeff}"
    ".num{color:#888;user-select:none}.badge{display:inline-block;background:#07c;color:#fff;border-radius:8px;"
    "padding:0 6px;margin-left:4px;font-size:.85em}details pre{white-space:pre-wrap}";

static void esc(FILE *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n && s[i]; i++) {
        switch (s[i]) {
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '&': fputs("&amp;", out); break;
        case '"': fputs("&quot;", out); break;
        default: fputc(s[i], out); break;
        }
    }
}

static void esc_str(FILE *out, const char *s)
{
    esc(out, s ? s : "", s ? strlen(s) : 0);
}

static const char *relative(const char *file, const char *root)
{
    size_t n = root ? strlen(root) : 0;
    if (!file)
        return "";
    return n && strncmp(file, root, n) == 0 && file[n] == '/' ? file + n + 1 : file;
}

typedef struct counter {
    const char *key;
    int n;
} counter;

typedef MC_VEC(counter) counters;

static void count(counters *c, const char *key)
{
    for (int i = 0; i < c->n; i++)
        if (strcmp(c->v[i].key, key) == 0) {
            c->v[i].n++;
            return;
        }
    MC_VEC_PUSH(*c, ((counter){key, 1}));
}

static void table(FILE *out, const char *title, const counters *c)
{
    fprintf(out, "<h2>%s</h2><table><tr><th>%s</th><th>findings</th></tr>\n", title,
            strcmp(title, "By rule") == 0 ? "rule" : "file");
    for (int i = 0; i < c->n; i++) {
        fputs("<tr><td>", out);
        esc_str(out, c->v[i].key);
        fprintf(out, "</td><td class=\"count\">%d</td></tr>\n", c->v[i].n);
    }
    fputs("</table>\n", out);
}

/* The step number of line l of file in f's path (notes first), or 0. */
static int step_at(const mc_finding *f, const char *file, unsigned l)
{
    for (int k = 0; k < f->nnotes; k++)
        if (f->notes[k].loc.line == l && f->notes[k].loc.file && strcmp(f->notes[k].loc.file, file) == 0)
            return k + 1;
    return 0;
}

static void excerpt(FILE *out, const mc_finding *f)
{
    if (!f->loc.file)
        return;
    unsigned first = f->loc.line > 4 ? f->loc.line - 4 : 1, last = f->loc.line + 2;
    for (int k = 0; k < f->nnotes; k++)
        if (f->notes[k].loc.file && strcmp(f->notes[k].loc.file, f->loc.file) == 0 && f->notes[k].loc.line < first &&
            f->loc.line - f->notes[k].loc.line < 40)
            first = f->notes[k].loc.line;
    fputs("<pre>", out);
    const char *p;
    size_t n;
    for (unsigned l = first; l <= last && (p = mc_source_line(f->loc.file, l, &n)); l++) {
        int step = step_at(f, f->loc.file, l);
        const char *cls = l == f->loc.line ? " class=\"hit\"" : step ? " class=\"step\"" : "";
        fprintf(out, "<span%s><span class=\"num\">%5u </span>", cls, l);
        esc(out, p, n);
        if (step)
            fprintf(out, "<span class=\"badge\">%d</span>", step);
        if (l == f->loc.line)
            fprintf(out, "<span class=\"badge\">%d</span>", f->nnotes + 1);
        fputs("</span>\n", out);
    }
    fputs("</pre>\n", out);
}

static void finding(FILE *out, const mc_finding *f, const char *root, int index)
{
    fprintf(out, "<div class=\"finding %s\" id=\"f%d\"><b>", sev_names[f->severity], index);
    esc_str(out, relative(f->loc.file, root));
    fprintf(out, ":%u:%u</b> %s <code>[", f->loc.line, f->loc.col, sev_names[f->severity]);
    esc_str(out, f->rule);
    fputs("]</code><p>", out);
    esc_str(out, f->msg);
    fputs("</p>\n", out);
    excerpt(out, f);
    fputs("<ol class=\"steps\">", out);
    for (int k = 0; k < f->nnotes; k++) {
        fprintf(out, "<li>%s:%u: ", relative(f->notes[k].loc.file, root), f->notes[k].loc.line);
        esc_str(out, f->notes[k].msg);
        fputs("</li>", out);
    }
    fputs("<li>", out);
    esc_str(out, f->msg);
    fputs("</li></ol>\n", out);
    if (f->fixit) {
        fputs("<p><b>Fix:</b> ", out);
        esc_str(out, f->fixit);
        fputs("</p>\n", out);
    }
    const char *doc = mc_rule_doc(f->rule);
    if (doc) {
        fputs("<details><summary>About this rule</summary><pre>", out);
        esc_str(out, doc);
        fputs("</pre></details>\n", out);
    }
    fputs("</div>\n", out);
}

bool mc_report_html(const mc_diags *d, const char *root, FILE *out)
{
    counters by_rule = {0}, by_file = {0};
    int shown = 0;
    for (int i = 0; i < d->v.n; i++) {
        if (d->v.v[i].suppressed)
            continue;
        count(&by_rule, d->v.v[i].rule);
        count(&by_file, relative(d->v.v[i].loc.file, root));
        shown++;
    }
    /* The policy forbids every fetch: the page is whole and tells no server it was opened. */
    fprintf(out, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                 "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
                 "<title>memcheck report</title><style>%s</style></head><body>\n<h1>memcheck report</h1>\n"
                 "<p id=\"total\">%d finding%s</p>\n",
            style, shown, shown == 1 ? "" : "s");
    table(out, "By rule", &by_rule);
    table(out, "By file", &by_file);
    fputs("<h2>Findings</h2>\n", out);
    for (int i = 0, n = 0; i < d->v.n; i++)
        if (!d->v.v[i].suppressed)
            finding(out, &d->v.v[i], root, ++n);
    fputs("</body></html>\n", out);
    MC_VEC_FREE(by_rule);
    MC_VEC_FREE(by_file);
    return !ferror(out);
}
