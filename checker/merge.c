/* merge.c - joins SARIF runs: the first file's run is kept (tool, rules, base
 * URIs) and every other file's results are added to it, each distinct result once
 * (same rule, location and fingerprint); the run succeeded when every shard's
 * did, and keeps every shard's notifications. */
#include "merge.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "util.h"

enum { EXIT_OK = 0, EXIT_USAGE = 2 };

static json_t *first_run(json_t *doc)
{
    return json_array_get(json_object_get(doc, "runs"), 0);
}

/* A key that tells two results apart: rule, place and fingerprint. */
static char *result_key(json_t *r)
{
    json_t *loc = json_object_get(json_array_get(json_object_get(r, "locations"), 0), "physicalLocation");
    json_t *region = json_object_get(loc, "region");
    const char *uri = json_string_value(json_object_get(json_object_get(loc, "artifactLocation"), "uri"));
    const char *fp = json_string_value(json_object_get(json_object_get(r, "partialFingerprints"), "memcheck/v1"));
    const char *rule = json_string_value(json_object_get(r, "ruleId"));
    return mc_xasprintf("%s|%s|%lld|%lld|%s", rule ? rule : "", uri ? uri : "",
                        (long long)json_integer_value(json_object_get(region, "startLine")),
                        (long long)json_integer_value(json_object_get(region, "startColumn")), fp ? fp : "");
}

static void add_results(json_t *into, json_t *from, json_t *seen)
{
    json_t *results = json_object_get(from, "results");
    size_t i;
    json_t *r;
    json_array_foreach(results, i, r) {
        char *key = result_key(r);
        if (!json_object_get(seen, key)) {
            json_object_set_new(seen, key, json_true());
            json_array_append(json_object_get(into, "results"), r);
        }
        free(key);
    }
}

static void add_invocation(json_t *into, json_t *from)
{
    json_t *to = json_array_get(json_object_get(into, "invocations"), 0);
    json_t *inv = json_array_get(json_object_get(from, "invocations"), 0);
    if (!to || !inv)
        return;
    bool ok = json_is_true(json_object_get(to, "executionSuccessful")) &&
              json_is_true(json_object_get(inv, "executionSuccessful"));
    json_object_set_new(to, "executionSuccessful", json_boolean(ok));
    /* shards that each parse every TU say the same of it: once is enough */
    json_t *have = json_object_get(to, "toolExecutionNotifications");
    size_t i, k;
    json_t *note, *old;
    json_array_foreach(json_object_get(inv, "toolExecutionNotifications"), i, note) {
        bool seen = false;
        json_array_foreach(have, k, old) seen |= json_equal(old, note);
        if (!seen && json_is_array(have))
            json_array_append(have, note);
    }
}

/* What is wrong with a result, as memcheck writes them, or NULL: the merged
 * report must be as valid as its parts, and the keys read to tell results
 * apart must be what they seem. */
static const char *result_problem(json_t *r)
{
    if (!json_is_object(r))
        return ": expected an object";
    if (!json_is_string(json_object_get(r, "ruleId")))
        return ".ruleId: expected a string";
    json_t *level = json_object_get(r, "level");
    if (level && !json_is_string(level))
        return ".level: expected a string";
    if (!json_is_string(json_object_get(json_object_get(r, "message"), "text")))
        return ".message: expected an object with a \"text\" string";
    json_t *locations = json_object_get(r, "locations");
    if (locations && !json_is_array(locations))
        return ".locations: expected a list";
    size_t i;
    json_t *l;
    json_array_foreach(locations, i, l) {
        json_t *phys = json_object_get(l, "physicalLocation");
        json_t *region = json_object_get(phys, "region");
        if (!json_is_object(phys) || !json_is_string(json_object_get(json_object_get(phys, "artifactLocation"), "uri")))
            return ".locations: expected objects with a physicalLocation.artifactLocation.uri string";
        if (region && (!json_is_object(region) || !json_is_integer(json_object_get(region, "startLine"))))
            return ".locations: expected a region with an integer startLine";
    }
    json_t *fps = json_object_get(r, "partialFingerprints");
    const char *key;
    json_t *fp;
    if (fps && !json_is_object(fps))
        return ".partialFingerprints: expected an object";
    json_object_foreach(fps, key, fp)
        if (!json_is_string(fp))
            return ".partialFingerprints: expected strings";
    static const struct {
        const char *key, *problem;
    } lists[] = {{"codeFlows", ".codeFlows: expected a list"},
                 {"suppressions", ".suppressions: expected a list"},
                 {"relatedLocations", ".relatedLocations: expected a list"}};
    for (size_t k = 0; k < sizeof lists / sizeof *lists; k++) {
        json_t *v = json_object_get(r, lists[k].key);
        if (v && !json_is_array(v))
            return lists[k].problem;
    }
    return NULL;
}

static json_t *load_sarif(const char *path)
{
    json_error_t err;
    if (!mc_check_readable(path, "SARIF report"))
        return NULL;
    json_t *doc = json_load_file(path, 0, &err);
    if (!doc) {
        fprintf(stderr, "memcheck: error: %s:%d:%d: %s\n", path, err.line, err.column, err.text);
        return NULL;
    }
    json_t *run = first_run(doc);
    if (!json_is_array(json_object_get(run, "results"))) {
        fprintf(stderr, "memcheck: error: %s: not a SARIF report (no runs[0].results)\n", path);
        json_decref(doc);
        return NULL;
    }
    size_t i;
    json_t *r;
    json_array_foreach(json_object_get(run, "results"), i, r) {
        const char *problem = result_problem(r);
        if (problem) {
            fprintf(stderr, "memcheck: error: %s: runs[0].results[%zu]%s\n", path, i, problem);
            json_decref(doc);
            return NULL;
        }
    }
    json_t *inv = json_array_get(json_object_get(run, "invocations"), 0);
    json_t *notes = json_object_get(inv, "toolExecutionNotifications");
    if ((json_object_get(run, "invocations") && !json_is_array(json_object_get(run, "invocations"))) ||
        (inv && !json_is_object(inv)) || (notes && !json_is_array(notes))) {
        fprintf(stderr, "memcheck: error: %s: runs[0].invocations: expected a list of objects with a "
                        "toolExecutionNotifications list\n", path);
        json_decref(doc);
        return NULL;
    }
    return doc;
}

static const char usage_text[] =
    "usage: memcheck merge A.sarif B.sarif... -o ALL.sarif\n"
    "\n"
    "Joins the SARIF reports of several runs (the shards of a CI matrix) into one\n"
    "run: the first file's tool, rules and base URIs, and every file's results,\n"
    "each distinct result (rule, location, fingerprint) once.\n"
    "\n"
    "Options:\n"
    "  -o FILE              write the merged report to FILE (required)\n"
    "  --help               print this help\n"
    "\n"
    "Exit status: 0 written, 2 usage error or an input that is not SARIF.\n";

void mc_merge_usage(FILE *out)
{
    fputs(usage_text, out);
}

int mc_merge_main(int argc, char **argv)
{
    const char *out = NULL;
    MC_VEC(const char *) inputs = {0};
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            mc_merge_usage(stdout);
            MC_VEC_FREE(inputs);
            return EXIT_OK;
        }
        if (strcmp(argv[i], "-o") == 0 && i + 1 < argc) {
            out = argv[++i];
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "memcheck: error: merge: unknown option '%s' (see memcheck merge --help)\n", argv[i]);
            MC_VEC_FREE(inputs);
            return EXIT_USAGE;
        } else {
            MC_VEC_PUSH(inputs, argv[i]);
        }
    }
    if (!out || !inputs.n) {
        fprintf(stderr, "memcheck: error: usage: memcheck merge A.sarif B.sarif... -o ALL.sarif "
                        "(see memcheck merge --help)\n");
        MC_VEC_FREE(inputs);
        return EXIT_USAGE;
    }
    json_t *base = NULL, *seen = json_object();
    int rc = EXIT_OK;
    for (int i = 0; i < inputs.n && rc == EXIT_OK; i++) {
        json_t *doc = load_sarif(inputs.v[i]);
        if (!doc) {
            rc = EXIT_USAGE;
        } else if (!base) {
            base = json_deep_copy(doc);
            json_array_clear(json_object_get(first_run(base), "results"));
            add_results(first_run(base), first_run(doc), seen);
        } else {
            add_results(first_run(base), first_run(doc), seen);
            add_invocation(first_run(base), first_run(doc));
        }
        json_decref(doc);
    }
    mc_outfile file;
    FILE *f = rc == EXIT_OK ? mc_outfile_open(&file, out) : NULL;
    if (rc == EXIT_OK &&
        !(f && mc_outfile_close(&file, json_dumpf(base, f, JSON_INDENT(2) | JSON_PRESERVE_ORDER) == 0))) {
        fprintf(stderr, "memcheck: error: %s: cannot write the merged report: %s\n", out, strerror(errno));
        rc = EXIT_USAGE;
    }
    json_decref(base);
    json_decref(seen);
    MC_VEC_FREE(inputs);
    return rc;
}
