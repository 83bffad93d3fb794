/* report.c - findings as JSON, SARIF 2.1.0 and GitLab Code Quality. Paths are
 * relative to the source root so that reports move with the checkout. Every
 * path and message goes in through text(), valid UTF-8 whatever its bytes, and
 * a report that cannot hold every finding is not written (errno EILSEQ). */
#include "report.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rule.h"
#include "source.h"
#include "triage.h"

static const char *const sev_names[] = {"note", "warning", "error"};

static const char *relative(const char *file, const char *root)
{
    return file ? mc_path_relative(file, root) : "";
}

/* Any bytes as a JSON string: see mc_utf8_text. */
static json_t *text(const char *s)
{
    char *t = mc_utf8_text(s);
    json_t *j = json_string(t);
    free(t);
    return j;
}

static json_t *text_or_null(const char *s)
{
    return s ? text(s) : json_null();
}

/* Appends item to list; false when either is missing (a string jansson refused). */
static bool append(json_t *list, json_t *item)
{
    return json_array_append_new(list, item) == 0;
}

static char *fingerprint_hex(const mc_finding *f, const char *root)
{
    return mc_xasprintf("%016llx", (unsigned long long)mc_triage_fingerprint(f, root));
}

/* Writes doc when whole: else nothing, and errno says why. */
static bool dump(json_t *doc, bool whole, FILE *out)
{
    if (!doc || !whole) {
        json_decref(doc);
        errno = EILSEQ;
        return false;
    }
    bool ok = json_dumpf(doc, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER) == 0 && fputc('\n', out) != EOF;
    json_decref(doc);
    return ok;
}

/* ---- JSON ---- */

static json_t *json_loc(const mc_loc *loc, const char *root)
{
    return json_pack("{s:o, s:i, s:i}", "file", text(relative(loc->file, root)), "line", (int)loc->line, "column",
                     (int)loc->col);
}

/* Where a macro's body spells the finding's place, and the expansions a grouped
 * finding stands for (its own first). */
static bool json_macro(json_t *o, const mc_finding *f, const char *root)
{
    if (!f->loc.macro_file)
        return true;
    mc_loc body = {.file = f->loc.macro_file, .line = f->loc.macro_line, .col = f->loc.macro_col};
    json_object_set_new(o, "macro", json_loc(&body, root));
    if (!f->nsites)
        return true;
    json_t *sites = json_array();
    bool whole = true;
    for (int i = 0; i < f->nsites; i++) {
        json_t *site = json_loc(&f->sites[i].loc, root);
        json_object_set_new(site, "function", text_or_null(f->sites[i].function));
        whole &= append(sites, site);
    }
    json_object_set_new(o, "sites", sites);
    return whole;
}

bool mc_report_json(const mc_diags *d, const mc_report_run *run, FILE *out)
{
    const char *root = run->root;
    json_t *list = json_array();
    bool whole = true;
    for (int i = 0; i < d->v.n; i++) {
        const mc_finding *f = &d->v.v[i];
        json_t *notes = json_array();
        for (int k = 0; k < f->nnotes; k++) {
            json_t *n = json_loc(&f->notes[k].loc, root);
            json_object_set_new(n, "message", text(f->notes[k].msg));
            if (f->notes[k].after) /* on the path after the finding's place */
                json_object_set_new(n, "after", json_true());
            whole &= append(notes, n);
        }
        char *fp = fingerprint_hex(f, root);
        json_t *o = json_loc(&f->loc, root);
        json_object_set_new(o, "rule", json_string(f->rule));
        json_object_set_new(o, "severity", json_string(sev_names[f->severity]));
        if (f->path_class)
            json_object_set_new(o, "class", json_string(f->path_class));
        whole &= json_object_set_new(o, "message", text(f->msg)) == 0;
        json_object_set_new(o, "function", text_or_null(f->function));
        json_object_set_new(o, "notes", notes);
        json_object_set_new(o, "fixit", text_or_null(f->fixit));
        json_object_set_new(o, "fingerprint", json_string(fp));
        json_object_set_new(o, "suppressed", json_boolean(f->suppressed));
        whole &= json_macro(o, f, root);
        whole &= append(list, o);
        free(fp);
    }
    json_t *notices = json_array();
    for (int i = 0; i < run->nnotices; i++) {
        const mc_notice *n = &run->notices[i];
        whole &= append(notices, json_pack("{s:s, s:o, s:o}", "level", sev_names[n->level], "file",
                                           n->file ? text(relative(n->file, root)) : json_null(), "message",
                                           text(n->msg)));
    }
    return dump(json_pack("{s:s, s:b, s:o, s:o}", "version", MEMCHECK_VERSION, "complete", run->complete,
                          "notifications", notices, "findings", list),
                whole, out);
}

/* ---- GitLab Code Quality ---- */

bool mc_report_gitlab(const mc_diags *d, const mc_report_run *run, FILE *out)
{
    const char *root = run->root;
    static const char *const gitlab_sev[] = {"info", "major", "critical"};
    json_t *list = json_array();
    bool whole = true;
    for (int i = 0; i < d->v.n; i++) {
        const mc_finding *f = &d->v.v[i];
        if (f->suppressed)
            continue;
        char *fp = fingerprint_hex(f, root);
        char *description = mc_xasprintf("%s [%s]", f->msg, f->rule);
        whole &= append(list, json_pack("{s:o, s:s, s:s, s:s, s:{s:o, s:{s:i}}}", "description", text(description),
                                        "check_name", f->rule, "fingerprint", fp, "severity", gitlab_sev[f->severity],
                                        "location", "path", text(relative(f->loc.file, root)), "lines", "begin",
                                        (int)f->loc.line));
        free(description);
        free(fp);
    }
    return dump(list, whole, out);
}

/* ---- SARIF 2.1.0 ---- */

static json_t *sarif_tags(const char *cwe)
{
    json_t *tags = json_array();
    char *list = mc_xstrdup(cwe), *save = NULL;
    for (char *t = strtok_r(list, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
        char *tag = mc_xasprintf("CWE-%s", t);
        json_array_append_new(tags, json_string(tag));
        free(tag);
    }
    free(list);
    json_array_append_new(tags, json_string("security"));
    return tags;
}

static json_t *sarif_rules(void)
{
    json_t *rules = json_array();
    for (int i = 0; i < mc_nrules; i++) {
        const mc_rule *r = mc_rules[i];
        const char *doc = mc_rule_doc(r->id);
        json_t *help = json_pack("{s:s}", "text", r->summary);
        if (doc)
            json_object_set_new(help, "markdown", json_string(doc));
        json_array_append_new(rules, json_pack("{s:s, s:s, s:{s:s}, s:{s:s}, s:o, s:{s:s}, s:{s:o}}", "id", r->id,
                                               "name", r->id, "shortDescription", "text", r->summary,
                                               "fullDescription", "text", r->summary, "help", help,
                                               "defaultConfiguration", "level", sev_names[r->severity],
                                               "properties", "tags", sarif_tags(r->cwe)));
    }
    return rules;
}

/* A path as a URI reference: bytes other than unreserved ones and '/' are
 * percent-encoded (a space, '#', '%', UTF-8). */
static char *uri_path(const char *prefix, const char *path)
{
    mc_buf b = {0};
    mc_buf_printf(&b, "%s", prefix);
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || strchr("-._~/", *p))
            mc_buf_append(&b, (const char *)p, 1);
        else
            mc_buf_printf(&b, "%%%02X", *p);
    }
    return mc_buf_detach(&b);
}

/* A file under the source root is relative to %SRCROOT%; one outside is an
 * absolute file:// URI. */
static json_t *sarif_artifact(const char *file, const char *root)
{
    const char *rel = relative(file, root);
    bool outside = rel[0] == '/';
    char *uri = uri_path(outside ? "file://" : "", rel);
    json_t *a = json_pack("{s:s}", "uri", uri);
    if (!outside)
        json_object_set_new(a, "uriBaseId", json_string("%SRCROOT%"));
    free(uri);
    return a;
}

static json_t *sarif_location(const mc_loc *loc, const char *root, const char *message)
{
    json_t *l = json_pack("{s:{s:o, s:{s:i, s:i}}}", "physicalLocation", "artifactLocation",
                          sarif_artifact(loc->file, root), "region", "startLine", loc->line ? (int)loc->line : 1,
                          "startColumn", loc->col ? (int)loc->col : 1);
    if (message)
        json_object_set_new(l, "message", json_pack("{s:o}", "text", text(message)));
    return l;
}

/* The path steps in program order, the finding itself among them. */
static json_t *sarif_code_flow(const mc_finding *f, const char *root)
{
    json_t *steps = json_array();
    mc_note *path = mc_xmalloc((size_t)(f->nnotes + 1) * sizeof *path);
    int self, n = mc_finding_path(f, path, &self);
    bool whole = true;
    for (int k = 0; k < n; k++)
        whole &= append(steps, json_pack("{s:o}", "location", sarif_location(&path[k].loc, root, path[k].msg)));
    free(path);
    if (!whole) {
        json_decref(steps);
        return NULL;
    }
    return json_pack("[{s:[{s:o}]}]", "threadFlows", "locations", steps);
}

/* A grouped finding's related locations: the token of the macro's body, then
 * every expansion it stands for. */
static json_t *sarif_related(const mc_finding *f, const char *root)
{
    json_t *related = json_array();
    mc_note *notes = mc_xmalloc((size_t)(f->nsites + 1) * sizeof *notes);
    int n = mc_finding_group_notes(f, notes, f->nsites);
    bool whole = true;
    for (int k = 0; k < n; k++) {
        json_t *l = sarif_location(&notes[k].loc, root, notes[k].msg);
        json_object_set_new(l, "id", json_integer(k));
        whole &= append(related, l);
        free(notes[k].msg);
    }
    free(notes);
    if (!whole) {
        json_decref(related);
        return NULL;
    }
    return related;
}

static json_t *sarif_result(const mc_finding *f, const char *root)
{
    char *fp = fingerprint_hex(f, root);
    json_t *r = json_pack("{s:s, s:s, s:{s:o}, s:[o], s:{s:s}}", "ruleId", f->rule, "level", sev_names[f->severity],
                          "message", "text", text(f->msg), "locations", sarif_location(&f->loc, root, NULL),
                          "partialFingerprints", "memcheck/v1", fp);
    free(fp);
    int index = mc_rule_index(f->rule);
    if (index >= 0)
        json_object_set_new(r, "ruleIndex", json_integer(index));
    if (r && f->nnotes && json_object_set_new(r, "codeFlows", sarif_code_flow(f, root)) != 0) {
        json_decref(r);
        return NULL;
    }
    if (f->path_class) /* a property of the result: SARIF has no place of its own for it */
        json_object_set_new(r, "properties", json_pack("{s:s}", "pathClass", f->path_class));
    if (r && f->nsites && json_object_set_new(r, "relatedLocations", sarif_related(f, root)) != 0) {
        json_decref(r);
        return NULL;
    }
    if (f->suppressed)
        json_object_set_new(r, "suppressions", json_pack("[{s:s, s:o}]", "kind", "inSource", "justification",
                                                         text(f->suppress_reason ? f->suppress_reason : "")));
    return r;
}

/* How the run went: whether it succeeded, and a notification per TU not
 * analysed or analysed in part, and for an interruption. */
static json_t *sarif_invocation(const mc_report_run *run)
{
    json_t *notes = json_array();
    for (int i = 0; i < run->nnotices; i++) {
        const mc_notice *n = &run->notices[i];
        json_t *note = json_pack("{s:s, s:{s:o}}", "level", sev_names[n->level], "message", "text", text(n->msg));
        if (n->file)
            json_object_set_new(note, "locations",
                                json_pack("[{s:{s:o}}]", "physicalLocation", "artifactLocation",
                                          sarif_artifact(n->file, run->root)));
        if (!append(notes, note))
            return NULL;
    }
    return json_pack("{s:b, s:o}", "executionSuccessful", run->successful, "toolExecutionNotifications", notes);
}

bool mc_report_sarif(const mc_diags *d, const mc_report_run *run, FILE *out)
{
    const char *root = run->root;
    json_t *results = json_array();
    bool whole = true;
    for (int i = 0; i < d->v.n; i++)
        whole &= append(results, sarif_result(&d->v.v[i], root));
    char *dir = mc_xasprintf("%s/", root && strcmp(root, "/") ? root : "");
    char *base = uri_path("file://", dir);
    free(dir);
    json_t *sarif_run = json_pack("{s:{s:{s:s, s:s, s:s, s:o}}, s:[o], s:{s:{s:s}}, s:o}", "tool", "driver",
                                  "name", "memcheck", "version", MEMCHECK_VERSION, "semanticVersion",
                                  MEMCHECK_VERSION, "rules", sarif_rules(), "invocations", sarif_invocation(run),
                                  "originalUriBaseIds", "%SRCROOT%", "uri", base, "results", results);
    free(base);
    return dump(json_pack("{s:s, s:s, s:[o]}", "$schema", "https://json.schemastore.org/sarif-2.1.0.json", "version",
                          "2.1.0", "runs", sarif_run),
                whole, out);
}
