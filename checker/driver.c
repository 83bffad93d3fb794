/* driver.c - one run: parse every TU on a pool of threads (one CXIndex each), link
 * the units in database order, analyse the program, print findings and a summary. */
#include "driver.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "analysis.h"
#include "compdb.h"
#include "frontend.h"
#include "cache.h"
#include "layers.h"
#include "rule.h"
#include "source.h"
#include "srcroot.h"
#include "report.h"
#include "triage.h"

enum { EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_USAGE = 2, EXIT_INCOMPLETE = 3, EXIT_INTERRUPTED = 130 };

/* Ctrl-C: the first stops taking new work (while parsing, the TUs parsed so far
 * are still analysed; while analysing, no more functions are) and what was done
 * is reported; the second ends the process at once, removing the temporary
 * files of the outputs being written (their targets stay as they were). */
static volatile sig_atomic_t interrupted, analysing, stop_analysis;

static void on_interrupt(int sig)
{
    (void)sig;
    if (interrupted) {
        mc_outfile_remove_pending();
        _exit(EXIT_INTERRUPTED);
    }
    interrupted = 1;
    stop_analysis = analysing;
    static const char msg[] = "\nmemcheck: interrupted: finishing what is under way (Ctrl-C again to quit now)\n";
    ssize_t n = write(STDERR_FILENO, msg, sizeof msg - 1);
    (void)n;
}

static void catch_interrupts(void)
{
    struct sigaction sa = {.sa_handler = on_interrupt};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
}

/* Deep ASTs (long operator chains, deep nesting) recurse deeply in the front end
 * and the engine; the stack is reserved, not committed, so a large one is cheap. */
enum { BIG_STACK = 256u << 20 };

typedef struct parsed {
    mc_unit *unit;
    mc_fe_status status;
    char *msg;              /* one line naming the file, when status is not OK */
    bool cached;            /* not parsed: --cache has what it gives */
} parsed;

typedef struct pool {
    const mc_opts *o;
    const mc_tus *tus;
    const mc_cache *cache;
    parsed *parts;          /* per work item: part k of TU i is item i * nparts + k */
    int nparts;             /* the parts each TU's bodies are lowered in */
    atomic_int next;        /* the next work item to take */
    atomic_int done;
    bool progress;
    const char *no_libclang; /* why libclang could not be loaded, when a TU needed it */
    struct timespec started;
    pthread_mutex_t lock;   /* progress and verbose lines */
} pool;

/* ---- parsing ---- */

/* What libclang would report vaguely ("could not parse") is said plainly here. */
static char *precheck(const char *file)
{
    int fd = open(file, O_RDONLY);
    if (fd < 0)
        return mc_xasprintf("%s: %s", file, strerror(errno));
    struct stat st;
    char head[65536];
    char *why = NULL;
    if (fstat(fd, &st) != 0)
        why = mc_xasprintf("%s: %s", file, strerror(errno));
    else if (S_ISDIR(st.st_mode))
        why = mc_xasprintf("%s: is a directory, not a source file", file);
    else if (!S_ISREG(st.st_mode))
        why = mc_xasprintf("%s: not a regular file", file);
    if (!why) {
        ssize_t n = read(fd, head, sizeof head);
        if (n < 0)
            why = mc_xasprintf("%s: %s", file, strerror(errno));
        else if (memchr(head, '\0', (size_t)n))
            why = mc_xasprintf("%s: binary data (NUL bytes), not C source", file);
    }
    close(fd);
    return why;
}

/* A progress line only on a terminal: never in a pipe or a file. */
static bool show_progress(const mc_opts *o)
{
    return !o->quiet && isatty(STDERR_FILENO);
}

static void report_progress(pool *pl, const mc_tu *tu)
{
    pthread_mutex_lock(&pl->lock);
    if (pl->o->verbose) {
        fprintf(stderr, "memcheck: parsing %s:", tu->file);
        for (int i = 0; i < tu->argc; i++)
            fprintf(stderr, " %s", tu->argv[i]);
        fputc('\n', stderr);
    }
    if (pl->progress) {
        struct timespec now;
        clock_gettime(CLOCK_MONOTONIC, &now);
        double elapsed = (double)(now.tv_sec - pl->started.tv_sec) + (now.tv_nsec - pl->started.tv_nsec) / 1e9;
        fprintf(stderr, "\r\033[K[%d/%d TUs, %.1f s] %s", atomic_load(&pl->done) + 1, pl->tus->v.n, elapsed, tu->file);
    }
    pthread_mutex_unlock(&pl->lock);
}

/* ---- a crash while parsing (clang overflowing its stack on a 4M-term
 * expression, which kills clang itself) costs that TU, not the run ---- */

/* Under ASan the sanitizer reports crashes: they must not be hidden. */
#if defined(__SANITIZE_ADDRESS__)
#define MC_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MC_SANITIZED 1
#endif
#endif

static _Thread_local sigjmp_buf *crash_return;

#ifndef MC_SANITIZED
static void on_crash(int sig)
{
    if (crash_return)
        siglongjmp(*crash_return, sig);
    signal(sig, SIG_DFL);
    raise(sig);
}
#endif

static void catch_crashes(void)
{
#ifndef MC_SANITIZED
    setenv("LIBCLANG_DISABLE_CRASH_RECOVERY", "1", 1); /* its handlers need a stack */
    struct sigaction sa = {.sa_handler = on_crash, .sa_flags = SA_ONSTACK | SA_NODEFER};
    sigemptyset(&sa.sa_mask);
    const int sigs[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE};
    for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++)
        sigaction(sigs[i], &sa, NULL);
#endif
}

/* The handler's own stack: after a stack overflow the thread has none left. */
static void *signal_stack(bool on, void *mem)
{
    enum { SIZE = 256 << 10 };
    stack_t ss = {.ss_sp = on ? mc_xmalloc(SIZE) : NULL, .ss_size = SIZE, .ss_flags = on ? 0 : SS_DISABLE};
    sigaltstack(&ss, NULL);
    free(mem);
    return ss.ss_sp;
}

/* Parses one TU and lowers its part; false when the parser crashed on it (the
 * index is then unusable). */
static bool parse_one(CXIndex idx, const mc_tu *tu, int part, int nparts, parsed *r)
{
    r->msg = precheck(tu->file);
    if (r->msg) {
        r->status = MC_FE_FAILED;
        return true;
    }
    sigjmp_buf jb;
    int sig = sigsetjmp(jb, 1);
    if (sig) {
        crash_return = NULL;
        r->unit = NULL;
        r->status = MC_FE_FAILED;
        r->msg = mc_xasprintf("%s: the parser crashed on it (%s); the other TUs are still analysed", tu->file,
                              strsignal(sig));
        return false;
    }
    crash_return = &jb;
    r->unit = mc_fe_parse(idx, tu, part, nparts, &r->status, &r->msg);
    crash_return = NULL;
    if (r->status == MC_FE_FAILED && !r->msg)
        r->msg = mc_xasprintf("%s: could not be parsed", tu->file);
    return true;
}

/* A TU that needed parsing when libclang could not be loaded. */
static void not_parsed(const pool *pl, const mc_tu *tu, parsed *r)
{
    r->status = MC_FE_FAILED;
    r->msg = mc_xasprintf("%s: not analysed: %s", tu->file, pl->no_libclang);
}

static void *worker(void *arg)
{
    pool *pl = arg;
    void *stack = signal_stack(true, NULL);
    CXIndex idx = NULL; /* made when a TU first needs parsing: a warm run may need none */
    int items = pl->tus->v.n * pl->nparts;
    for (int j; !interrupted && (j = atomic_fetch_add(&pl->next, 1)) < items;) {
        int i = j / pl->nparts, part = j % pl->nparts;
        if (mc_cache_reused(pl->cache, i)) {
            pl->parts[j].cached = true;
            if (part == 0)
                atomic_fetch_add(&pl->done, 1);
            continue;
        }
        if (part == 0)
            report_progress(pl, &pl->tus->v.v[i]);
        if (pl->no_libclang)
            not_parsed(pl, &pl->tus->v.v[i], &pl->parts[j]);
        else if (!parse_one(idx ? idx : (idx = clang_createIndex(0, 0)), &pl->tus->v.v[i], part, pl->nparts,
                            &pl->parts[j]))
            idx = NULL; /* the crashed one is abandoned, not touched */
        if (part == 0)
            atomic_fetch_add(&pl->done, 1);
    }
    if (idx)
        clang_disposeIndex(idx);
    signal_stack(false, stack);
    return NULL;
}

static bool start_thread(pthread_t *t, void *(*fn)(void *), void *arg)
{
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, BIG_STACK);
    bool ok = pthread_create(t, &attr, fn, arg) == 0;
    pthread_attr_destroy(&attr);
    return ok;
}

/* A TU's parts as one result: failed when one failed, not started when one was
 * not (interrupted), else their units merged. */
static parsed join_parts(parsed *parts, int n)
{
    parsed r = parts[0];
    bool failed = r.status == MC_FE_FAILED, missing = !r.unit && !r.cached;
    for (int k = 1; k < n; k++) {
        missing |= !parts[k].unit && !parts[k].cached && parts[k].status != MC_FE_FAILED;
        if (parts[k].status == MC_FE_FAILED && !failed) {
            free(r.msg);
            r.msg = parts[k].msg;
            r.status = MC_FE_FAILED;
            failed = true;
        } else {
            free(parts[k].msg);
        }
    }
    mc_unit **units = mc_xcalloc((size_t)n, sizeof *units);
    for (int k = 0; k < n; k++)
        units[k] = parts[k].unit;
    if (failed || missing || r.cached) {
        for (int k = 0; k < n; k++)
            mc_unit_free(units[k]);
        r.unit = NULL;
    } else {
        r.unit = mc_unit_merge(units, n);
    }
    free(units);
    return r;
}

/* With fewer TUs than jobs, the workers left over would idle while a TU is
 * parsed: each TU is parsed by several at once instead (a parse costs no wall
 * time next to another) and each lowers a share of its bodies. */
static int parts_per_tu(int jobs, int ntus)
{
    int n = ntus > 0 && jobs > ntus ? jobs / ntus : 1;
    return n < MC_FE_MAX_PARTS ? n : MC_FE_MAX_PARTS;
}

static bool needs_parsing(const mc_tus *tus, const mc_cache *cache)
{
    for (int i = 0; i < tus->v.n; i++)
        if (!mc_cache_reused(cache, i))
            return true;
    return false;
}

/* Parses every TU; results are in TU order whatever the number of jobs. */
static parsed *parse_all(const mc_opts *o, const mc_tus *tus, const mc_cache *cache)
{
    pool pl = {.o = o, .tus = tus, .cache = cache, .nparts = parts_per_tu(o->jobs, tus->v.n)};
    if (needs_parsing(tus, cache))
        pl.no_libclang = mc_libclang_load();
    int items = tus->v.n * pl.nparts;
    pl.parts = mc_xcalloc((size_t)items + 1, sizeof *pl.parts);
    pl.progress = show_progress(o);
    clock_gettime(CLOCK_MONOTONIC, &pl.started);
    pthread_mutex_init(&pl.lock, NULL);
    int n = o->jobs < items ? o->jobs : items;
    pthread_t *threads = mc_xcalloc((size_t)n, sizeof *threads);
    int started = 0;
    while (started < n && start_thread(&threads[started], worker, &pl))
        started++;
    if (started == 0)
        worker(&pl);   /* no thread to be had: parse here, on the normal stack */
    for (int i = 0; i < started; i++)
        pthread_join(threads[i], NULL);
    free(threads);
    if (pl.progress)
        fputs("\r\033[K", stderr);
    pthread_mutex_destroy(&pl.lock);
    parsed *out = mc_xcalloc((size_t)tus->v.n + 1, sizeof *out);
    for (int i = 0; i < tus->v.n; i++)
        out[i] = join_parts(&pl.parts[i * pl.nparts], pl.nparts);
    free(pl.parts);
    return out;
}

/* ---- reporting ---- */

static bool under_dir(const char *file, const char *dir)
{
    size_t n = strlen(dir);
    return strncmp(file, dir, n) == 0 && file[n] == '/';
}

/* The front end lowers no system-header function; this catches what it cannot
 * see, such as a macro from a system header expanded into a finding's location. */
static void drop_system_findings(mc_diags *d, const mc_tus *tus)
{
    mc_diags dropped = {0};
    int out = 0;
    for (int i = 0; i < d->v.n; i++) {
        bool sys = false;
        for (int k = 0; k < tus->sys_dirs.n && !sys && d->v.v[i].loc.file; k++)
            sys = under_dir(d->v.v[i].loc.file, tus->sys_dirs.v[k]);
        if (sys)
            MC_VEC_PUSH(dropped.v, d->v.v[i]);
        else
            d->v.v[out++] = d->v.v[i];
    }
    d->v.n = out;
    mc_diags_free(&dropped);
}

static bool use_color(const mc_opts *o, FILE *f)
{
    return o->color < 0 ? isatty(fileno(f)) != 0 : o->color != 0;
}

static bool format_report(const mc_opts *o, const mc_diags *d, const char *format, const mc_report_run *run,
                          FILE *f)
{
    if (strcmp(format, "json") == 0)
        return mc_report_json(d, run, f);
    if (strcmp(format, "sarif") == 0)
        return mc_report_sarif(d, run, f);
    if (strcmp(format, "gitlab") == 0)
        return mc_report_gitlab(d, run, f);
    if (strcmp(format, "html") == 0)
        return mc_report_html(d, run, f);
    mc_text_opts t = {.color = use_color(o, f), .show_source = true};
    mc_diags_print_text(d, &t, f);
    return true;
}

static bool report_error(const char *file)
{
    fprintf(stderr, "memcheck: error: %s: cannot write the report: %s\n", file ? file : "<stdout>", strerror(errno));
    return false;
}

/* Writes one report in its format to its file (whole, or not at all) or to
 * standard output. */
static bool write_report(const mc_opts *o, const mc_diags *d, const mc_output *w, const mc_report_run *run)
{
    if (!w->file) {
        bool ok = format_report(o, d, w->format, run, stdout);
        return (fflush(stdout) == 0 && !ferror(stdout) && ok) || report_error(NULL);
    }
    mc_outfile out;
    FILE *f = mc_outfile_open(&out, w->file);
    return (f && mc_outfile_close(&out, format_report(o, d, w->format, run, f))) || report_error(w->file);
}

/* Output files are tried before any work, so a typo costs nothing; nothing is
 * created or changed yet. */
static bool outputs_writable(const mc_opts *o)
{
    for (int i = 0; i < o->outputs.n; i++) {
        mc_outfile probe;
        const char *path = o->outputs.v[i].file;
        if (path && (!mc_outfile_open(&probe, path) || mc_outfile_close(&probe, false)))
            return report_error(path);
    }
    return true;
}

static bool write_outputs(const mc_opts *o, const mc_diags *d, const mc_report_run *run)
{
    static const mc_output text = {"text", NULL};
    if (!o->outputs.n)
        return write_report(o, d, &text, run);
    bool ok = true;
    for (int i = 0; i < o->outputs.n; i++)
        ok = write_report(o, d, &o->outputs.v[i], run) && ok;
    return ok;
}

typedef struct tally {
    int tus, failed, with_errors, cached;
    int not_started;          /* TUs left when the run was interrupted */
    int by_sev[3];
    int in_baseline;          /* findings --baseline hid, or -1 without one */
    /* --verbose: seconds in each phase; parsing and lowering are summed over TUs */
    double parse_s, lower_s, link_s, analysis_s;
} tally;

static void plural(mc_buf *b, int n, const char *what)
{
    mc_buf_printf(b, "%d %s%s", n, what, n == 1 ? "" : "s");
}

static void print_summary(const tally *t, const mc_analysis_stats *st, const mc_diags *d, const char *summaries_out)
{
    int shown = t->by_sev[MC_SEV_NOTE] + t->by_sev[MC_SEV_WARNING] + t->by_sev[MC_SEV_ERROR];
    int suppressed = d->v.n - shown;
    mc_buf b = {0};
    mc_buf_printf(&b, "memcheck: ");
    plural(&b, t->tus, "TU");
    if (t->failed && t->with_errors)
        mc_buf_printf(&b, " (%d could not be analysed, %d with errors)", t->failed, t->with_errors);
    else if (t->failed)
        mc_buf_printf(&b, " (%d could not be analysed)", t->failed);
    else if (t->with_errors)
        mc_buf_printf(&b, " (%d with errors)", t->with_errors);
    if (t->not_started)
        mc_buf_printf(&b, " (%d not started: interrupted)", t->not_started);
    if (t->cached)
        mc_buf_printf(&b, " (%d from the cache)", t->cached);
    mc_buf_printf(&b, ", %d function%s analysed, %d skipped; ", st->functions, st->functions == 1 ? "" : "s",
                  st->skipped);
    if (summaries_out)
        mc_buf_printf(&b, "summaries in %s; findings come from the pass that reads them", summaries_out);
    else if (t->in_baseline >= 0)
        mc_buf_printf(&b, "%d new", shown);
    else if (!shown)
        mc_buf_printf(&b, "no findings");
    else
        plural(&b, shown, "finding");
    static const char *const names[] = {"note", "warning", "error"};
    const char *sep = " (";
    for (int s = MC_SEV_ERROR; s >= MC_SEV_NOTE && shown; s--) {
        if (!t->by_sev[s])
            continue;
        mc_buf_printf(&b, "%s", sep);
        plural(&b, t->by_sev[s], names[s]);
        sep = ", ";
    }
    if (shown)
        mc_buf_printf(&b, ")");
    if (t->in_baseline >= 0)
        mc_buf_printf(&b, ", %d in the baseline", t->in_baseline);
    if (suppressed)
        mc_buf_printf(&b, ", %d suppressed", suppressed);
    char *line = mc_buf_detach(&b);
    fprintf(stderr, "%s\n", line);
    free(line);
}

/* ---- the run ---- */

typedef struct run {
    const mc_opts *o;
    const mc_models *models;
    const mc_settings *s;
    mc_tus tus;
    parsed *parsed;
    mc_program prog;
    mc_diags diags;
    mc_analysis_stats stats;
    tally tally;
    char *root;               /* the source root: report paths are relative to it */
    MC_VEC(mc_notice) notices; /* what the reports say of TUs not analysed, or analysed in part */
    mc_layers *layers;        /* .memcheck.yml files nearer to the code than the root's */
    bool *run_rules;          /* the root's rules and those a layer turns on */
    mc_cache *cache;          /* --cache */
    MC_VEC(int) unit_tu;      /* per program unit: its TU */
    MC_VEC(const char *) summaries_in; /* --summaries files and reused cache entries */
    MC_VEC(void *) summaries_loaded;   /* per summaries_in: the entry already read, or NULL */
    double started, progress_shown;    /* mc_seconds() at the start, at the last progress line */
} run;

/* msg with the source root taken out of the paths it names, as in reports. */
static char *relative_text(const char *msg, const char *root)
{
    mc_buf b = {0};
    size_t n = strlen(root);
    for (const char *p = msg, *hit; *p; p = hit + n + 1) {
        hit = n > 1 ? strstr(p, root) : NULL;
        while (hit && hit[n] != '/')
            hit = strstr(hit + 1, root);
        if (!hit) {
            mc_buf_printf(&b, "%s", p);
            break;
        }
        mc_buf_append(&b, p, (size_t)(hit - p));
    }
    return mc_buf_detach(&b);
}

/* One line on stderr (unless left to the reports), and a notice for them. */
static void say_of_tu(run *r, mc_severity level, const char *file, bool print, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = mc_xvasprintf(fmt, ap);
    va_end(ap);
    if (print)
        fprintf(stderr, "memcheck: %s: %s\n", level == MC_SEV_ERROR ? "error" : "warning", msg);
    MC_VEC_PUSH(r->notices, ((mc_notice){level, file, relative_text(msg, r->root)}));
    free(msg);
}

/* Says what happened to each TU, in database order, and links what parsed. */
static void collect_units(run *r)
{
    mc_program_init(&r->prog);
    r->tally.tus = r->tus.v.n;
    for (int i = 0; i < r->tus.v.n; i++) {
        parsed *p = &r->parsed[i];
        const char *file = r->tus.v.v[i].file;
        if (p->status == MC_FE_FAILED) {
            say_of_tu(r, MC_SEV_ERROR, file, true, "%s", p->msg);
            r->tally.failed++;
        } else if (p->status == MC_FE_ERRORS && p->unit && p->unit->funcs.n == 0) {
            mc_unit *u = p->unit;
            say_of_tu(r, MC_SEV_ERROR, file, true,
                      "%s: %d error%s and clang recovered no function: nothing in it was analysed (first: %s)",
                      u->file, u->nerrors, u->nerrors == 1 ? "" : "s", u->first_error);
            r->tally.failed++;
        } else if (p->status == MC_FE_ERRORS) {
            say_of_tu(r, MC_SEV_WARNING, file, true, "%s", p->msg);
            r->tally.with_errors++;
        } else if (p->cached) {
            r->tally.cached++;
        } else if (!p->unit) {
            say_of_tu(r, MC_SEV_ERROR, file, false, "%s: not analysed: the run was interrupted", file);
            r->tally.not_started++;
        }
        free(p->msg);
        if (p->unit) {
            r->tally.parse_s += p->unit->parse_seconds;
            r->tally.lower_s += p->unit->lower_seconds;
            mc_program_add_unit(&r->prog, p->unit);
            MC_VEC_PUSH(r->unit_tu, i);
        }
    }
    free(r->parsed);
    r->parsed = NULL;
    double started = mc_seconds();
    r->prog.partial = r->tus.partial;
    mc_program_link(&r->prog);
    r->tally.link_s = mc_seconds() - started;
}

/* Findings in files the configuration excludes (headers of third-party code). */
static void drop_excluded_findings(mc_diags *d, const mc_config *c)
{
    int out = 0;
    for (int i = 0; i < d->v.n; i++) {
        if (d->v.v[i].loc.file && mc_config_excluded(c, d->v.v[i].loc.file))
            mc_finding_release(&d->v.v[i]);
        else
            d->v.v[out++] = d->v.v[i];
    }
    d->v.n = out;
}

/* Without nearer files, what the root's classes: says of the findings in each
 * class (with them, mc_layers_apply decides it). */
static void settle_by_class(mc_diags *d, const mc_config *c, const bool *root_enabled)
{
    int out = 0;
    for (int i = 0; i < d->v.n; i++) {
        mc_finding *f = &d->v.v[i];
        int rule = mc_rule_index(f->rule);
        if (rule < 0 || !f->loc.file || mc_config_settle(c, f, MC_LEVEL_UNSET, root_enabled[rule]))
            d->v.v[out++] = *f;
        else
            mc_finding_release(f);
    }
    d->v.n = out;
}

static void store_cache(void *ctx, const mc_program *p, const struct mc_family_names *fam, const mc_diags *out);

/* The progress line of the analysis: functions done of all, at the first, the
 * last and at most ten times a second between (a large TU's parse is one step;
 * its thousands of functions are not). */
static void analysis_progress(void *ctx, int k, int n)
{
    run *r = ctx;
    double now = mc_seconds();
    if (k > 1 && k < n && now - r->progress_shown < 0.1)
        return;
    r->progress_shown = now;
    fprintf(stderr, "\r\033[K[%d/%d functions, %.1f s] analysing", k, n, now - r->started);
}

static void analyse(run *r)
{
    const mc_config *c = r->s->config;
    mc_analysis_opts ao = {
        .models = r->models,
        .rule_enabled = r->run_rules,
        .rule_severity = r->s->rule_severity,
        .unknown_calls = c->unknown_calls == 1 ? MC_UNKNOWN_BORROW : MC_UNKNOWN_ESCAPE,
        .leaks_at_exit = c->leaks_at_exit == 1,
        .strict_names = c->strict_names == 1,
        .jobs = r->o->jobs,
        .budget = r->o->budget,
        .stop = &stop_analysis,
        .summaries_in = r->summaries_in.v,
        .nsummaries_in = r->summaries_in.n,
        .summaries_loaded = r->summaries_loaded.v,
        .summaries_out = r->o->summaries_out,
        .after = r->cache ? store_cache : NULL,
        .after_ctx = r,
        .progress = show_progress(r->o) ? analysis_progress : NULL,
        .progress_ctx = r,
        .verbose = r->o->verbose,
        .debug_engine = r->o->debug_engine,
    };
    mc_analyze_program(&r->prog, &ao, &r->diags, &r->stats);
    if (ao.progress)
        fputs("\r\033[K", stderr);
    mc_cache_replay(r->cache, &r->diags);
    drop_system_findings(&r->diags, &r->tus);
    drop_excluded_findings(&r->diags, c);
    mc_config_tag_classes(c, &r->diags);
    if (r->layers)
        mc_layers_apply(r->layers, &r->diags, r->s->rule_enabled);
    else if (c->classes.n)
        settle_by_class(&r->diags, c, r->s->rule_enabled);
    mc_diags_sort_unique(&r->diags);
}

static void drop_excluded_tus(mc_tus *tus, const mc_config *c)
{
    int out = 0;
    for (int i = 0; i < tus->v.n; i++) {
        if (mc_config_excluded(c, tus->v.v[i].file))
            mc_tu_free(&tus->v.v[i]);
        else
            tus->v.v[out++] = tus->v.v[i];
    }
    tus->v.n = out;
}

/* The source root: --source-root, else the configuration's source-root:,
 * else found from the TUs (all of them, before a shard takes its share, so
 * that every shard has the same). False after an error line. */
static bool choose_root(run *r)
{
    const char *how = "--source-root";
    if (r->o->source_root) {
        r->root = mc_srcroot_resolve(NULL, r->o->source_root);
        if (!r->root) {
            fprintf(stderr, "memcheck: error: --source-root: %s: %s\n", r->o->source_root, strerror(errno));
            return false;
        }
    } else if (r->s->config->source_root) {
        r->root = mc_xstrdup(r->s->config->source_root);
        how = "source-root: in the configuration";
    } else {
        const char **files = mc_xcalloc((size_t)r->tus.v.n + 1, sizeof *files);
        for (int i = 0; i < r->tus.v.n; i++)
            files[i] = r->tus.v.v[i].file;
        r->root = mc_srcroot_find(files, r->tus.v.n, &how);
        free(files);
    }
    if (r->o->verbose)
        fprintf(stderr, "memcheck: source root: %s (%s)\n", r->root, how);
    return true;
}

/* Whether file belongs to this shard: its path relative to the root hashes to
 * it, the same split on every machine of a CI matrix. */
static bool in_shard(const mc_opts *o, const char *root, const char *file)
{
    return (int)(mc_hash_str(mc_path_relative(file, root)) % (uint64_t)o->shards) == o->shard - 1;
}

/* With summaries exchanged as files (--summaries-out, then --summaries), a shard
 * parses only its own TUs; the findings in headers its TUs share with others'
 * are merged as one. */
static bool splits_tus(const mc_opts *o)
{
    return o->shards >= 2 && (o->summaries_in.n > 0 || o->summaries_out);
}

static void keep_shard_tus(run *r)
{
    if (!splits_tus(r->o))
        return;
    int out = 0;
    for (int i = 0; i < r->tus.v.n; i++) {
        if (in_shard(r->o, r->root, r->tus.v.v[i].file))
            r->tus.v.v[out++] = r->tus.v.v[i];
        else
            mc_tu_free(&r->tus.v.v[i]);
    }
    r->tus.v.n = out;
}

/* --shard K/N without summaries: every shard analyses the whole program, so
 * summaries across files are a single run's, and reports the findings of the
 * files that hash to it; the shards' reports add up to one run. */
static void keep_shard(mc_diags *d, const mc_opts *o, const char *root)
{
    if (o->shards < 2 || splits_tus(o))
        return;
    int out = 0;
    for (int i = 0; i < d->v.n; i++) {
        if (in_shard(o, root, d->v.v[i].loc.file ? d->v.v[i].loc.file : ""))
            d->v.v[out++] = d->v.v[i];
        else
            mc_finding_release(&d->v.v[i]);
    }
    d->v.n = out;
}

/* --write-baseline: not after Ctrl-C, which would leave out what was not
 * analysed (a baseline that hides too little). */
static bool write_baseline(const run *r)
{
    const char *path = r->o->write_baseline;
    if (interrupted) {
        fprintf(stderr, "memcheck: interrupted: %s was not written, the findings being incomplete\n", path);
        return true;
    }
    if (!mc_triage_write_baseline(&r->diags, path, r->root))
        return false;
    int n = 0;
    for (int i = 0; i < r->diags.v.n; i++)
        n += !r->diags.v.v[i].suppressed;
    if (!r->o->quiet)
        fprintf(stderr, "memcheck: wrote %d finding%s to %s\n", n, n == 1 ? "" : "s", path);
    return true;
}

/* Suppressions, one finding per cause in a macro (over the whole run, before
 * a shard takes its files' share), then the baseline: what is left is what the
 * run reports. */
static bool triage(run *r)
{
    MC_VEC(const char *) files = {0};
    for (int i = 0; i < r->tus.v.n; i++)
        MC_VEC_PUSH(files, r->tus.v.v[i].file);
    mc_triage_suppress(&r->diags, files.v, files.n);
    MC_VEC_FREE(files);
    mc_diags_group_macros(&r->diags);
    keep_shard(&r->diags, r->o, r->root);
    bool ok = true;
    if (r->o->baseline) {
        r->tally.in_baseline = 0;
        ok = mc_triage_apply_baseline(&r->diags, r->o->baseline, r->root, &r->tally.in_baseline);
    }
    if (ok && r->o->write_baseline)
        ok = write_baseline(r);
    return ok;
}

static void *analyse_thread(void *arg)
{
    analyse(arg);
    return NULL;
}

static void analyse_on_big_stack(run *r)
{
    pthread_t t;
    if (start_thread(&t, analyse_thread, r))
        pthread_join(t, NULL);
    else
        analyse(r);
}

static void dump_ir(const mc_program *p)
{
    for (int i = 0; i < p->funcs.n; i++)
        mc_func_dump(p->funcs.v[i], stdout);
}

/* Each function skipped or lowered in part, with why: one note on stderr and
 * one for the reports. */
static void report_skipped(run *r)
{
    for (int i = 0; i < r->stats.skipped_names.n; i++) {
        if (!r->o->quiet)
            fprintf(stderr, "memcheck: note: %s\n", r->stats.skipped_names.v[i]);
        MC_VEC_PUSH(r->notices,
                    ((mc_notice){MC_SEV_NOTE, NULL, relative_text(r->stats.skipped_names.v[i], r->root)}));
    }
}

static int exit_code(const run *r)
{
    if (interrupted)
        return EXIT_INTERRUPTED;
    if (r->tally.failed)
        return EXIT_INCOMPLETE;
    if (r->o->write_baseline || r->o->summaries_out) /* adopting, or a first pass: nothing to fail on */
        return EXIT_CLEAN;
    for (int i = 0; i < r->diags.v.n; i++)
        if (!r->diags.v.v[i].suppressed && (int)r->diags.v.v[i].severity >= r->o->fail_on)
            return EXIT_FINDINGS;
    return EXIT_CLEAN;
}

/* Whether some output writes paths relative to the source root. */
static bool root_matters(const mc_opts *o)
{
    bool machine = o->baseline || o->write_baseline;
    for (int i = 0; i < o->outputs.n; i++)
        machine |= strcmp(o->outputs.v[i].format, "text") != 0;
    return machine;
}

/* Findings outside the source root keep absolute paths in the reports: one
 * line says how many, and how to move the root. */
static void warn_outside_root(const run *r)
{
    int outside = 0;
    for (int i = 0; i < r->diags.v.n; i++) {
        const char *file = r->diags.v.v[i].loc.file;
        outside += file && !r->diags.v.v[i].suppressed && mc_path_relative(file, r->root) == file;
    }
    if (outside && root_matters(r->o))
        fprintf(stderr,
                "memcheck: warning: %d finding%s outside the source root %s keep%s absolute paths in the reports "
                "(see --source-root)\n",
                outside, outside == 1 ? "" : "s", r->root, outside == 1 ? "s" : "");
}

/* A first pass (--summaries-out) reports nothing: what it finds may still
 * lack what other shards' functions do. */
static void drop_findings(mc_diags *d)
{
    for (int i = 0; i < d->v.n; i++)
        mc_finding_release(&d->v.v[i]);
    d->v.n = 0;
}

/* "a, b, c and 4 more" (at most five names). */
static char *name_list(char *const *names, int n)
{
    mc_buf b = {0};
    for (int i = 0; i < n && i < 5; i++)
        mc_buf_printf(&b, "%s%s", i == 0 ? "" : i == n - 1 ? " and " : ", ", names[i]);
    if (n > 5)
        mc_buf_printf(&b, " and %d more", n - 5);
    return mc_buf_detach(&b);
}

/* Summaries exchanged between shards settle after as many rounds as the
 * longest chain of calls crossing shards: until then, a function of this shard
 * does more or less than other shards were told, and their findings in its
 * callers may be missing or wrong. */
static void say_unsettled(run *r)
{
    int n = r->stats.changed_summaries.n;
    if (!n || !r->o->summaries_in.n)
        return;
    char *names = name_list(r->stats.changed_summaries.v, n);
    if (r->o->summaries_out) {
        if (!r->o->quiet)
            fprintf(stderr, "memcheck: note: %d function%s changed since the summaries read: %s\n", n,
                    n == 1 ? "" : "s", names);
    } else {
        char *msg = mc_xasprintf("the exchanged summaries have not settled: %d function%s of this shard (%s) "
                                 "do%s otherwise than other shards were told; findings in %s callers there may be "
                                 "missing or wrong: run one more --summaries-out round",
                                 n, n == 1 ? "" : "s", names, n == 1 ? "es" : "", n == 1 ? "its" : "their");
        fprintf(stderr, "memcheck: warning: %s\n", msg);
        MC_VEC_PUSH(r->notices, ((mc_notice){MC_SEV_WARNING, NULL, msg}));
    }
    free(names);
}

static int finish(run *r)
{
    if (r->o->summaries_out)
        drop_findings(&r->diags);
    say_unsettled(r);
    if (!triage(r))
        return EXIT_USAGE;
    mc_config_tag_classes(r->s->config, &r->diags); /* the notes of unused suppressions */
    for (int i = 0; i < r->diags.v.n; i++)
        if (!r->diags.v.v[i].suppressed)
            r->tally.by_sev[r->diags.v.v[i].severity]++;
    report_skipped(r);
    warn_outside_root(r);
    int rc = exit_code(r);
    char *why = NULL;
    if (interrupted) {
        why = mc_xasprintf("interrupted: %d of %d TUs were not parsed%s; the findings so far are reported",
                           r->tally.not_started, r->tally.tus, stop_analysis ? " and some functions not analysed" : "");
        MC_VEC_PUSH(r->notices, ((mc_notice){MC_SEV_ERROR, NULL, mc_xstrdup(why)}));
    }
    mc_report_run facts = {.root = r->root, .argc = r->o->argc, .argv = r->o->argv,
                           .complete = rc != EXIT_INCOMPLETE && rc != EXIT_INTERRUPTED,
                           .successful = rc == EXIT_CLEAN || rc == EXIT_FINDINGS,
                           .notices = r->notices.v, .nnotices = r->notices.n};
    if (!r->o->summaries_out && !write_outputs(r->o, &r->diags, &facts)) {
        free(why);
        return EXIT_USAGE;
    }
    if (why)
        fprintf(stderr, "memcheck: %s\n", why);
    else if (r->tally.failed && r->tally.failed == r->tally.tus)
        fprintf(stderr, "memcheck: error: nothing was analysed: no translation unit could be analysed\n");
    free(why);
    if (r->o->verbose)
        fprintf(stderr,
                "memcheck: seconds: parsing %.3f, lowering %.3f (both summed over TUs), linking %.3f, analysis %.3f "
                "(%ld block visits; %d functions owning nothing walked joined)\n",
                r->tally.parse_s, r->tally.lower_s, r->tally.link_s, r->tally.analysis_s, r->stats.visits,
                r->stats.joined);
    if (!r->o->quiet)   /* the summary is the last line */
        print_summary(&r->tally, &r->stats, &r->diags, r->o->summaries_out);
    return rc;
}

/* What, besides a TU's own inputs, shapes what is found in it: memcheck itself,
 * the configuration, the rules and their severities, other shards' summaries. */
static uint64_t cache_salt(const run *r)
{
    size_t len;
    const char *bytes = mc_source_file("/proc/self/exe", &len);
    uint64_t h = bytes ? mc_hash_content(bytes, len) : mc_hash_str(MEMCHECK_VERSION);
    const char *config = r->s->config->path ? mc_source_file(r->s->config->path, &len) : NULL;
    h = config ? mc_mix(h, mc_hash_content(config, len)) : h;
    for (int i = 0; i < mc_nrules; i++)
        h = mc_mix(h, (uint64_t)r->run_rules[i] << 8 | (uint64_t)r->s->rule_severity[i]);
    h = mc_mix(h, (uint64_t)r->o->budget);
    for (int i = 0; i < r->o->summaries_in.n; i++) {
        const char *text = mc_source_file(r->o->summaries_in.v[i], &len);
        h = text ? mc_mix(h, mc_hash_content(text, len)) : h;
    }
    return h;
}

/* --cache: which TUs need no parsing; their entries are read as summaries. */
static void open_cache(run *r)
{
    for (int i = 0; i < r->o->summaries_in.n; i++) {
        MC_VEC_PUSH(r->summaries_in, r->o->summaries_in.v[i]);
        MC_VEC_PUSH(r->summaries_loaded, NULL);
    }
    if (!r->o->cache_dir)
        return;
    r->cache = mc_cache_open(r->o->cache_dir, r->tus.v.v, r->tus.v.n, cache_salt(r));
    int by_stamp, hashed;
    mc_cache_inputs_checked(r->cache, &by_stamp, &hashed);
    if (r->o->verbose)
        fprintf(stderr, "memcheck: cache: %d inputs unchanged by size and time, %d hashed\n", by_stamp, hashed);
    int n;
    const char *const *files = mc_cache_summary_files(r->cache, &n);
    for (int i = 0; i < n; i++) {
        MC_VEC_PUSH(r->summaries_in, files[i]);
        MC_VEC_PUSH(r->summaries_loaded, NULL);
    }
}

static void store_cache(void *ctx, const mc_program *p, const struct mc_family_names *fam, const mc_diags *out)
{
    run *r = ctx;
    if (!stop_analysis) /* an interrupted analysis is not a result to keep */
        mc_cache_store(r->cache, p, r->unit_tu.v, fam, out);
}

/* Without --config, each file's nearest .memcheck.yml may turn rules off or on,
 * and a class of the root's may: the engine runs every rule some layer or class
 * wants, findings are sorted out after. */
static bool choose_rules(run *r)
{
    r->run_rules = mc_xcalloc((size_t)mc_nrules + 1, sizeof *r->run_rules);
    memcpy(r->run_rules, r->s->rule_enabled, (size_t)mc_nrules * sizeof *r->run_rules);
    if (r->o->rules_specs.n == 0) /* --rules on the command line is final */
        mc_config_widen_classes(r->s->config, r->run_rules);
    if (r->o->config)
        return true;
    const char **files = mc_xcalloc((size_t)r->tus.v.n + 1, sizeof *files);
    for (int i = 0; i < r->tus.v.n; i++)
        files[i] = r->tus.v.v[i].file;
    r->layers = mc_layers_load(r->s->config, files, r->tus.v.n);
    free(files);
    if (r->layers && r->o->rules_specs.n == 0) /* --rules on the command line is final */
        mc_layers_widen(r->layers, r->run_rules);
    return r->layers != NULL;
}

static void run_free(run *r)
{
    if (!r)
        return;
    mc_diags_free(&r->diags);
    mc_program_free(&r->prog);
    for (int i = 0; i < r->stats.skipped_names.n; i++)
        free(r->stats.skipped_names.v[i]);
    MC_VEC_FREE(r->stats.skipped_names);
    for (int i = 0; i < r->stats.changed_summaries.n; i++)
        free(r->stats.changed_summaries.v[i]);
    MC_VEC_FREE(r->stats.changed_summaries);
    mc_compdb_free(&r->tus);
    mc_layers_free(r->layers);
    free(r->root);
    for (int i = 0; i < r->notices.n; i++)
        free(r->notices.v[i].msg);
    MC_VEC_FREE(r->notices);
    free(r->run_rules);
    mc_cache_free(r->cache);
    MC_VEC_FREE(r->unit_tu);
    MC_VEC_FREE(r->summaries_in);
    MC_VEC_FREE(r->summaries_loaded);
    mc_source_cache_free();
}

int mc_driver_run(const mc_opts *o, const mc_models *models, const mc_settings *s)
{
    run r = {.o = o, .models = models, .s = s, .started = mc_seconds(), .tally.in_baseline = -1};
    if (!outputs_writable(o))
        return EXIT_USAGE;
    int rc = mc_compdb_inputs(o, &r.tus);
    if (rc >= 0) {
        mc_compdb_free(&r.tus);
        return rc;
    }
    drop_excluded_tus(&r.tus, s->config);
    if (!choose_root(&r)) {
        run_free(&r);
        return EXIT_USAGE;
    }
    keep_shard_tus(&r);
    if (!choose_rules(&r)) {
        run_free(&r);
        return EXIT_USAGE;
    }
    /* libclang parses on a thread of its own with an 8 MB stack, which deep
     * nesting overflows (a crash, not an error); this keeps the parse on our
     * worker, whose stack is BIG_STACK. */
    setenv("LIBCLANG_NOTHREADS", "1", 1);
    catch_interrupts();
    catch_crashes();
    open_cache(&r);
    r.parsed = parse_all(o, &r.tus, r.cache);
    collect_units(&r);
    if (o->dump_ir) {
        dump_ir(&r.prog);
        rc = r.tally.failed ? EXIT_INCOMPLETE : EXIT_CLEAN;
    } else {
        analysing = 1;
        double started = mc_seconds();
        analyse_on_big_stack(&r);
        r.tally.analysis_s = mc_seconds() - started;
        analysing = 0;
        rc = r.stats.summaries_failed ? EXIT_USAGE : finish(&r);
    }
    run_free(&r);
    return rc;
}
