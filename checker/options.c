/* options.c - the command line: every option of SPEC §3, checked before any work. */
#include "options.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rule.h"

enum { EXIT_USAGE = 2 };

static const char usage_text[] =
    "usage: memcheck [options] [path...] [-- compiler-args...]\n"
    "\n"
    "Checks the ownership conventions of C code: leaks, unchecked allocations,\n"
    "overflowing allocation sizes, double frees and more (see --list-rules).\n"
    "\n"
    "Input:\n"
    "  -p DIR               directory holding compile_commands.json (default: search\n"
    "                       ., build/, then each parent directory and its build/)\n"
    "  path...              analyse only the database's files under these paths\n"
    "  file.c -- ARGS       analyse files with these compiler arguments, no database\n"
    "  -j N                 parse N translation units at a time (default: CPUs)\n"
    "Rules:\n"
    "  --rules LIST         comma-separated rule ids or globs, '-' removes:\n"
    "                       'all,-create-naming'; starting with a removal keeps the\n"
    "                       default set, starting with an addition starts empty\n"
    "  --list-rules         list every rule: id, severity, CWE, summary\n"
    "  --explain RULE       print the rule's documentation\n"
    "  --config FILE        configuration file (default: nearest .memcheck.yml)\n"
    "Output:\n"
    "  --format FMT         text (default), json, sarif, html or gitlab\n"
    "  -o FILE              write the preceding --format to FILE (repeatable pairs)\n"
    "  --fail-on SEV        exit 1 on findings of at least note|warning|error\n"
    "                       (default: warning); never: findings never fail the run\n"
    "  --baseline FILE      report only findings not in FILE\n"
    "  --write-baseline FILE\n"
    "                       write the findings to FILE as a baseline (exit 0\n"
    "                       whatever they are)\n"
    "  --source-root DIR    paths in reports, baselines and fingerprints are relative\n"
    "                       to DIR (default: source-root: in .memcheck.yml, else the\n"
    "                       git work tree of the sources, else their common folder)\n"
    "  --color, --no-color  colour the text output (default: on a terminal only,\n"
    "                       unless NO_COLOR is set)\n"
    "  --quiet              no progress, notes or summary on stderr\n"
    "  --verbose            say what is parsed and analysed, and the seconds each phase took\n"
    "Scale:\n"
    "  --shard K/N          analyse the K-th of N equal parts of the database\n"
    "  --cache DIR          reuse results of unchanged files\n"
    "  --budget N           work per function before it is skipped, in block visits\n"
    "                       (default 40000); counted, never timed: the same findings\n"
    "                       on any machine, at any load\n"
    "  --summaries-out FILE write what the analysed functions do, for other shards,\n"
    "                       and report nothing (a first pass)\n"
    "  --summaries FILE     use other shards' summaries (repeatable); with --shard,\n"
    "                       parse only this shard's TUs\n"
    "Other:\n"
    "  --version            print the version and the commit it was built from\n"
    "  --help               print this help\n"
    "Subcommand:\n"
    "  merge A.sarif... -o ALL.sarif\n"
    "                       join the SARIF reports of shards into one (memcheck\n"
    "                       merge --help)\n"
    "Environment:\n"
    "  NO_COLOR             when set and not empty, no colour unless --color\n"
    "\n"
    "Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage or\n"
    "configuration error or nothing to analyse, 3 some file could not be analysed,\n"
    "130 interrupted by Ctrl-C (what was done is reported).\n";

void mc_opts_usage(FILE *out)
{
    fputs(usage_text, out);
}

static int usage_error(const char *fmt, const char *arg)
{
    fputs("memcheck: error: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs(" (see memcheck --help)\n", stderr);
    return EXIT_USAGE;
}

/* ---- --rules ---- */

static bool is_glob(const char *s)
{
    return strpbrk(s, "*?[") != NULL;
}

/* Applies one item ("leak", "-*-naming", "all"); false when it names no rule. */
static bool apply_rule_item(const char *item, bool *enabled)
{
    bool on = item[0] != '-';
    const char *pat = on ? item : item + 1;
    if (strcmp(pat, "all") == 0)
        pat = "*";
    bool matched = false;
    for (int i = 0; i < mc_nrules; i++) {
        bool hit = is_glob(pat) ? mc_glob_match(pat, mc_rules[i]->id) : strcmp(pat, mc_rules[i]->id) == 0;
        if (hit) {
            enabled[i] = on;
            matched = true;
        }
    }
    return matched;
}

/* An item that names no rule, with the id it may be a typo of. */
static void unknown_rule_item(const char *item)
{
    bool removal = item[0] == '-';
    const char *guess = is_glob(item) ? NULL : mc_rule_suggest(item + removal);
    fprintf(stderr, "memcheck: error: --rules: '%s' matches no rule", item);
    if (guess)
        fprintf(stderr, "; did you mean '%s%s'?", removal ? "-" : "", guess);
    fputs(" (see memcheck --list-rules)\n", stderr);
}

bool mc_opts_rules(const char *spec, bool *enabled)
{
    bool additive = spec[0] != '-' && spec[0] != '\0';
    for (int i = 0; i < mc_nrules; i++)
        enabled[i] = !additive && !mc_rules[i]->default_off;
    char *copy = mc_xstrdup(spec);
    int items = 0;
    bool ok = true;
    for (char *save = NULL, *item = strtok_r(copy, ", ", &save); item && ok; item = strtok_r(NULL, ", ", &save)) {
        items++;
        ok = apply_rule_item(item, enabled);
        if (!ok)
            unknown_rule_item(item);
    }
    free(copy);
    if (ok && !items)
        fprintf(stderr, "memcheck: error: --rules: empty list (see memcheck --list-rules)\n");
    return ok && items;
}

/* ---- option values ---- */

/* A whole number in [1, max] into *out; false when v is not one. */
static bool parse_count(const char *v, long max, int *out)
{
    char *end;
    errno = 0;
    long n = strtol(v, &end, 10);
    if (errno || *end || end == v || n < 1 || n > max)
        return false;
    *out = (int)n;
    return true;
}

static int parse_jobs(mc_opts *o, const char *v)
{
    if (!parse_count(v, 1024, &o->jobs))
        return usage_error("-j: expected a number of jobs from 1 to 1024, got '%s'", v);
    return -1;
}

static int parse_budget(mc_opts *o, const char *v)
{
    if (!parse_count(v, 100000000, &o->budget))
        return usage_error("--budget: expected a number of block visits from 1 to 100000000, got '%s'", v);
    return -1;
}

static int parse_fail_on(mc_opts *o, const char *v)
{
    if (strcmp(v, "note") == 0)
        o->fail_on = MC_SEV_NOTE;
    else if (strcmp(v, "warning") == 0)
        o->fail_on = MC_SEV_WARNING;
    else if (strcmp(v, "error") == 0)
        o->fail_on = MC_SEV_ERROR;
    else if (strcmp(v, "never") == 0)
        o->fail_on = MC_FAIL_NEVER;
    else
        return usage_error("--fail-on: expected note, warning, error or never, got '%s'", v);
    return -1;
}

static int parse_format(mc_opts *o, const char *v)
{
    static const char *const formats[] = {"text", "json", "sarif", "html", "gitlab"};
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++) {
        if (strcmp(v, formats[i]) == 0) {
            MC_VEC_PUSH(o->outputs, ((mc_output){formats[i], NULL}));
            return -1;
        }
    }
    return usage_error("--format: expected text, json, sarif, html or gitlab, got '%s'", v);
}

/* -o names the file of the latest --format that has none yet; alone it means text. */
static int parse_output(mc_opts *o, const char *v)
{
    if (!*v)
        return usage_error("-o: empty file name%s", "");
    if (o->outputs.n == 0 || o->outputs.v[o->outputs.n - 1].file)
        MC_VEC_PUSH(o->outputs, ((mc_output){"text", NULL}));
    o->outputs.v[o->outputs.n - 1].file = v;
    return -1;
}

static int parse_shard(mc_opts *o, const char *v)
{
    int k, n;
    char tail;
    if (sscanf(v, "%d/%d%c", &k, &n, &tail) != 2 || n < 1 || k < 1 || k > n)
        return usage_error("--shard: expected K/N with 1 <= K <= N, got '%s'", v);
    o->shard = k;
    o->shards = n;
    return -1;
}

/* --cache DIR: made when missing. One that cannot be written is read (a cache
 * shared read-only by CI); cache.c says so. */
static int parse_cache(mc_opts *o, const char *v)
{
    if (mkdir(v, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "memcheck: error: %s: cannot create the cache directory: %s\n", v, strerror(errno));
        return EXIT_USAGE;
    }
    if (access(v, R_OK | X_OK) != 0) {
        fprintf(stderr, "memcheck: error: %s: cannot read the cache directory: %s\n", v, strerror(errno));
        return EXIT_USAGE;
    }
    o->cache_dir = v;
    return -1;
}

/* Options that take a value; the value comes after '=' or as the next argument. */
static int with_value(mc_opts *o, const char *name, const char *v)
{
    if (strcmp(name, "-p") == 0) {
        o->db_dir = v;
        return -1;
    }
    if (strcmp(name, "-j") == 0)
        return parse_jobs(o, v);
    if (strcmp(name, "--rules") == 0) {
        MC_VEC_PUSH(o->rules_specs, v);
        return mc_opts_rules(v, o->rule_enabled) ? -1 : EXIT_USAGE;
    }
    if (strcmp(name, "--baseline") == 0) {
        if (!mc_check_readable(v, "baseline"))
            return EXIT_USAGE;
        o->baseline = v;
        return -1;
    }
    if (strcmp(name, "--write-baseline") == 0) {
        o->write_baseline = v;
        return -1;
    }
    if (strcmp(name, "--fail-on") == 0)
        return parse_fail_on(o, v);
    if (strcmp(name, "--budget") == 0)
        return parse_budget(o, v);
    if (strcmp(name, "--format") == 0)
        return parse_format(o, v);
    if (strcmp(name, "-o") == 0)
        return parse_output(o, v);
    if (strcmp(name, "--summaries") == 0) {
        if (!mc_check_readable(v, "summaries"))
            return EXIT_USAGE;
        MC_VEC_PUSH(o->summaries_in, v);
        return -1;
    }
    if (strcmp(name, "--summaries-out") == 0) {
        o->summaries_out = v;
        return -1;
    }
    if (strcmp(name, "--explain") == 0) {
        o->action = MC_ACT_EXPLAIN;
        o->explain = v;
        return -1;
    }
    if (strcmp(name, "--shard") == 0)
        return parse_shard(o, v);
    if (strcmp(name, "--source-root") == 0) {
        o->source_root = v;
        return -1;
    }
    if (strcmp(name, "--cache") == 0)
        return parse_cache(o, v);
    if (strcmp(name, "--config") == 0) {
        if (!mc_check_readable(v, "configuration"))
            return EXIT_USAGE;
        o->config = v;
        return -1;
    }
    return usage_error("unknown option '%s'", name);
}

static int flag(mc_opts *o, const char *name)
{
    static const struct { const char *name; mc_action action; } actions[] = {
        {"--help", MC_ACT_HELP}, {"-h", MC_ACT_HELP}, {"--version", MC_ACT_VERSION},
        {"--list-rules", MC_ACT_LIST_RULES}, {"--dump-models", MC_ACT_DUMP_MODELS}, {"--man", MC_ACT_MAN},
    };
    for (size_t i = 0; i < sizeof actions / sizeof actions[0]; i++)
        if (strcmp(name, actions[i].name) == 0) {
            o->action = actions[i].action;
            return -1;
        }
    if (strcmp(name, "--quiet") == 0)
        o->quiet = true;
    else if (strcmp(name, "--verbose") == 0)
        o->verbose = true;
    else if (strcmp(name, "--color") == 0)
        o->color = 1;
    else if (strcmp(name, "--no-color") == 0)
        o->color = 0;
    else if (strcmp(name, "--dump-ir") == 0)
        o->dump_ir = true;
    else if (strcmp(name, "--debug-engine") == 0)
        o->debug_engine = true;
    else
        return usage_error("unknown option '%s'", name);
    return -1;
}

static const char *const valued[] = {
    "-p", "-j", "-o", "--budget", "--rules", "--fail-on", "--format", "--explain", "--config",
    "--baseline", "--write-baseline", "--shard", "--cache", "--summaries-out", "--summaries", "--source-root",
};

/* The valued option arg starts with, and where its attached value begins
 * ("--rules=x", "-j4", "-pbuild"), or NULL. */
static const char *valued_option(const char *arg, const char **attached)
{
    for (size_t i = 0; i < sizeof valued / sizeof valued[0]; i++) {
        const char *name = valued[i];
        size_t n = strlen(name);
        if (strncmp(arg, name, n) != 0)
            continue;
        if (arg[n] == '\0' || (arg[n] == '=' && name[1] == '-') || (name[1] != '-' && arg[n])) {
            *attached = arg[n] == '\0' ? NULL : arg + n + (arg[n] == '=');
            return name;
        }
    }
    return NULL;
}

/* NO_COLOR (no-color.org): set and not empty, it turns off the colour a terminal
 * would get; --color still turns it on. */
static int default_color(void)
{
    const char *no_color = getenv("NO_COLOR");
    return no_color && *no_color ? 0 : -1;
}

static void defaults(mc_opts *o)
{
    *o = (mc_opts){.color = default_color(), .fail_on = MC_SEV_WARNING};
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    o->jobs = cpus > 0 ? (int)cpus : 1;
    o->rule_enabled = mc_xcalloc((size_t)mc_nrules + 1, sizeof *o->rule_enabled);
    for (int i = 0; i < mc_nrules; i++)
        o->rule_enabled[i] = !mc_rules[i]->default_off;
}

/* Handles argv[*i] when it is an option; returns -1 to go on or an exit code. */
static int parse_option(mc_opts *o, int argc, char **argv, int *i)
{
    const char *arg = argv[*i], *value;
    const char *name = valued_option(arg, &value);
    if (!name)
        return flag(o, arg);
    if (!value) {
        if (*i + 1 >= argc)
            return usage_error("%s needs a value", name);
        value = argv[++*i];
    }
    return with_value(o, name, value);
}

/* A --summaries-out pass reports nothing: options about reports are a mistake. */
static int check_first_pass(const mc_opts *o)
{
    if (!o->summaries_out)
        return -1;
    const char *report = o->outputs.n ? "-o/--format" : o->baseline ? "--baseline" : o->write_baseline ? "--write-baseline" : NULL;
    if (report)
        return usage_error("--summaries-out writes summaries and reports no finding: drop %s", report);
    return -1;
}

int mc_opts_parse(mc_opts *o, int argc, char **argv)
{
    defaults(o);
    o->argc = argc;
    o->argv = argv;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (strcmp(arg, "--") == 0) {
            o->dashdash = true;
            for (i++; i < argc; i++)
                MC_VEC_PUSH(o->extra, argv[i]);
            break;
        }
        if (arg[0] != '-' || arg[1] == '\0') {
            MC_VEC_PUSH(o->paths, arg);
            continue;
        }
        int rc = parse_option(o, argc, argv, &i);
        if (rc >= 0)
            return rc;
    }
    return check_first_pass(o);
}

void mc_opts_free(mc_opts *o)
{
    if (!o)
        return;
    MC_VEC_FREE(o->paths);
    MC_VEC_FREE(o->extra);
    MC_VEC_FREE(o->outputs);
    MC_VEC_FREE(o->rules_specs);
    MC_VEC_FREE(o->summaries_in);
    free(o->rule_enabled);
    o->rule_enabled = NULL;
}
