/* diag.c - findings: collection, ordering, deduplication and compiler-style text output. */
#include "diag.h"

#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rule.h"
#include "source.h"

mc_finding *mc_diags_new(mc_diags *d, const char *rule, mc_severity sev, mc_loc loc,
                         const char *function, char *msg)
{
    mc_finding f = {.rule = rule, .severity = sev, .loc = loc, .msg = msg, .function = function, .unit = -1};
    MC_VEC_PUSH(d->v, f);
    return &d->v.v[d->v.n - 1];
}

void mc_finding_note(mc_finding *f, mc_loc loc, char *msg)
{
    f->notes = mc_xrealloc(f->notes, (size_t)(f->nnotes + 1) * sizeof *f->notes);
    f->notes[f->nnotes++] = (mc_note){.loc = loc, .msg = msg};
}

int mc_finding_path(const mc_finding *f, mc_note *steps, int *self)
{
    int n = 0;
    for (int k = 0; k < f->nnotes; k++)
        if (!f->notes[k].after)
            steps[n++] = f->notes[k];
    *self = n;
    steps[n++] = (mc_note){.loc = f->loc, .msg = f->msg};
    for (int k = 0; k < f->nnotes; k++)
        if (f->notes[k].after)
            steps[n++] = f->notes[k];
    return n;
}

void mc_diags_append(mc_diags *dst, mc_diags *src)
{
    for (int i = 0; i < src->v.n; i++)
        MC_VEC_PUSH(dst->v, src->v.v[i]);
    MC_VEC_FREE(src->v);
}

void mc_finding_release(mc_finding *f)
{
    if (!f)
        return;
    free(f->suppress_reason);
    f->suppress_reason = NULL;
    for (int i = 0; i < f->nnotes; i++)
        free(f->notes[i].msg);
    free(f->notes);
    free(f->msg);
    free(f->fixit);
    free(f->sites);
    f->sites = NULL;
    f->nsites = 0;
}

/* NULL files sort first so that file-less findings do not crash strcmp. */
static int cmp_str(const char *a, const char *b)
{
    if (!a || !b)
        return (a != NULL) - (b != NULL);
    return strcmp(a, b);
}

static int cmp_u32(uint32_t a, uint32_t b)
{
    return (a > b) - (a < b);
}

static int cmp_loc(mc_loc a, mc_loc b)
{
    int c = cmp_str(a.file, b.file);
    if (!c)
        c = cmp_u32(a.line, b.line);
    if (!c)
        c = cmp_u32(a.col, b.col);
    return c;
}

static int cmp_notes(const mc_finding *a, const mc_finding *b)
{
    int n = a->nnotes < b->nnotes ? a->nnotes : b->nnotes;
    for (int i = 0; i < n; i++) {
        int c = cmp_loc(a->notes[i].loc, b->notes[i].loc);
        if (!c)
            c = cmp_str(a->notes[i].msg, b->notes[i].msg);
        if (c)
            return c;
    }
    return (a->nnotes > b->nnotes) - (a->nnotes < b->nnotes);
}

/* The key orders everything a reader sees, so equal keys print identically. */
static int cmp_key(const mc_finding *a, const mc_finding *b)
{
    int c = cmp_loc(a->loc, b->loc);
    if (!c)
        c = cmp_str(a->rule, b->rule);
    if (!c)
        c = cmp_str(a->msg, b->msg);
    return c;
}

/* Full order: the key, then what else is printed, so the result never depends on
 * the order findings were produced in (which may vary with -j). */
static int cmp_finding(const void *pa, const void *pb)
{
    const mc_finding *a = pa, *b = pb;
    int c = cmp_key(a, b);
    if (!c)
        c = (a->severity > b->severity) - (a->severity < b->severity);
    if (!c)
        c = cmp_notes(a, b);
    if (!c)
        c = cmp_str(a->fixit, b->fixit);
    if (!c)
        c = cmp_str(a->function, b->function);
    return c;
}

void mc_diags_sort_unique(mc_diags *d)
{
    if (d->v.n < 2)
        return;
    qsort(d->v.v, (size_t)d->v.n, sizeof *d->v.v, cmp_finding);
    int out = 1;
    for (int i = 1; i < d->v.n; i++) {
        if (cmp_key(&d->v.v[out - 1], &d->v.v[i]) == 0)
            mc_finding_release(&d->v.v[i]);
        else
            d->v.v[out++] = d->v.v[i];
    }
    d->v.n = out;
}

void mc_diags_free(mc_diags *d)
{
    if (!d)
        return;
    for (int i = 0; i < d->v.n; i++)
        mc_finding_release(&d->v.v[i]);
    MC_VEC_FREE(d->v);
}

/* ---- one finding per cause in a macro ---- */

static bool same_place(mc_loc a, mc_loc b)
{
    return cmp_loc(a, b) == 0;
}

bool mc_finding_in_macro(const mc_finding *f)
{
    if (!f->loc.macro_file)
        return false;
    for (int i = 0; i < f->nnotes; i++)
        if (!f->notes[i].context && !same_place(f->notes[i].loc, f->loc))
            return false;
    return true;
}

static bool same_function(const mc_finding *a, const mc_finding *b)
{
    return a->function && b->function && strcmp(a->function, b->function) == 0;
}

/* A naming rule's finding is its function's: a destroyer whose first
 * dereference of its argument is in TAILQ_FIRST shares no cause with
 * another destroyer's. */
static bool same_cause(const mc_finding *a, const mc_finding *b)
{
    if (strcmp(a->rule, b->rule) != 0 || strcmp(a->loc.macro_file, b->loc.macro_file) != 0 ||
        a->loc.macro_line != b->loc.macro_line || a->loc.macro_col != b->loc.macro_col)
        return false;
    const mc_rule *r = mc_rule_find(a->rule);
    return !(r && r->per_function) || same_function(a, b);
}

static bool groupable(const mc_finding *f)
{
    return !f->suppressed && mc_finding_in_macro(f);
}

static void add_site(mc_finding *f, mc_loc loc, const char *function)
{
    f->sites = mc_xrealloc(f->sites, (size_t)(f->nsites + 1) * sizeof *f->sites);
    f->sites[f->nsites++] = (mc_site){loc, function};
}

/* Quadratic in the findings of one cause only: a run's findings in macros are
 * few against its findings. */
void mc_diags_group_macros(mc_diags *d)
{
    int out = 0;
    for (int i = 0; i < d->v.n; i++) {
        mc_finding *f = &d->v.v[i];
        mc_finding *first = NULL;
        for (int k = 0; groupable(f) && k < out && !first; k++)
            if (groupable(&d->v.v[k]) && same_cause(&d->v.v[k], f))
                first = &d->v.v[k];
        if (!first) {
            d->v.v[out++] = *f;
            continue;
        }
        if (!first->nsites)
            add_site(first, first->loc, first->function);
        bool known = false; /* two findings at one expansion are one site */
        for (int k = 0; k < first->nsites && !known; k++)
            known = same_place(first->sites[k].loc, f->loc);
        if (!known)
            add_site(first, f->loc, f->function);
        mc_finding_release(f);
    }
    d->v.n = out;
    for (int i = 0; i < d->v.n; i++) {
        if (d->v.v[i].nsites == 1) { /* findings of one expansion only: no group to speak of */
            free(d->v.v[i].sites);
            d->v.v[i].sites = NULL;
            d->v.v[i].nsites = 0;
        }
    }
}

/* The macro's name, quoted: the identifier at its expansion, read from the source. */
static char *macro_name(mc_loc at)
{
    size_t n = 0;
    const char *line = at.file ? mc_source_line(at.file, at.line, &n) : NULL;
    size_t from = at.col ? at.col - 1 : 0, to = from;
    while (line && to < n && (isalnum((unsigned char)line[to]) || line[to] == '_'))
        to++;
    return to > from ? mc_xasprintf("'%.*s'", (int)(to - from), line + from) : mc_xstrdup("a macro");
}

int mc_finding_group_notes(const mc_finding *f, mc_note *notes, int max)
{
    if (f->nsites < 2)
        return 0;
    mc_loc body = {.file = f->loc.macro_file, .line = f->loc.macro_line, .col = f->loc.macro_col};
    char *name = macro_name(f->loc);
    int n = 0;
    notes[n++] = (mc_note){.loc = body, .msg = mc_xasprintf("one finding for %d expansions of %s: the cause is "
                                                            "in its body here", f->nsites, name)};
    free(name);
    for (int i = 1; i < f->nsites && i <= max; i++)
        notes[n++] = (mc_note){.loc = f->sites[i].loc,
                               .msg = f->sites[i].function
                                          ? mc_xasprintf("also expanded here, in '%s'", f->sites[i].function)
                                          : mc_xstrdup("also expanded here")};
    if (f->nsites - 1 > max)
        notes[n++] = (mc_note){.msg = mc_xasprintf("and %d more expansions", f->nsites - 1 - max)};
    return n;
}

/* ---- text output ---- */

#define C_RESET "\033[0m"
#define C_BOLD "\033[1m"
#define C_RED "\033[1;31m"
#define C_GREEN "\033[1;32m"
#define C_MAGENTA "\033[1;35m"
#define C_CYAN "\033[1;36m"

/* Source lines wider than this are shown as a window around the column. */
enum { MAX_SHOWN = 160, TAB_STOP = 8 };

typedef struct printer {
    const mc_text_opts *o;
    FILE *out;
    char cwd[PATH_MAX];
    size_t cwd_len;
} printer;

/* Paths under the current directory are printed relative to it, as compilers do
 * for the files they were given. */
static const char *shown_path(const printer *p, const char *file)
{
    if (!file)
        return "<unknown>";
    if (p->cwd_len && strncmp(file, p->cwd, p->cwd_len) == 0 && file[p->cwd_len] == '/')
        return file + p->cwd_len + 1;
    return file;
}

static void color_on(const printer *p, const char *c)
{
    if (p->o->color)
        fputs(c, p->out);
}

static const char *sev_name(mc_severity s)
{
    return s == MC_SEV_ERROR ? "error" : s == MC_SEV_WARNING ? "warning" : "note";
}

static const char *sev_color(mc_severity s)
{
    return s == MC_SEV_ERROR ? C_RED : s == MC_SEV_WARNING ? C_MAGENTA : C_CYAN;
}

static void print_head(const printer *p, mc_loc loc, mc_severity sev, const char *label,
                       const char *msg)
{
    color_on(p, C_BOLD);
    if (loc.file)
        fprintf(p->out, "%s:%u:%u: ", shown_path(p, loc.file), loc.line, loc.col);
    color_on(p, sev_color(sev));
    fprintf(p->out, "%s:", label);
    color_on(p, C_RESET);
    color_on(p, C_BOLD);
    fprintf(p->out, " %s", msg);
    color_on(p, C_RESET);
}

/* Length of the well-formed UTF-8 sequence at s (at most n bytes), or 0. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
    size_t need = s[0] >= 0xf0 && s[0] <= 0xf4 ? 4 : s[0] >= 0xe0 ? 3 : s[0] >= 0xc2 ? 2 : 0;
    if (s[0] >= 0xf5 || need == 0 || need > n)
        return 0;
    for (size_t i = 1; i < need; i++)
        if ((s[i] & 0xc0) != 0x80)
            return 0;
    return need;
}

/* Appends the display form of one character at s to b and returns the bytes it
 * used; *width grows by its display columns. Tabs expand to the next stop, control
 * characters and bytes that are not UTF-8 show as <XX>, as clang shows them. */
static size_t render_char(mc_buf *b, const unsigned char *s, size_t n, size_t *width)
{
    if (s[0] == '\t') {
        size_t w = TAB_STOP - *width % TAB_STOP;
        mc_buf_append(b, "        ", w);
        *width += w;
        return 1;
    }
    if (s[0] >= 0x20 && s[0] < 0x7f) {
        mc_buf_append(b, (const char *)s, 1);
        *width += 1;
        return 1;
    }
    size_t u = s[0] >= 0x80 ? utf8_len(s, n) : 0;
    if (u) {
        mc_buf_append(b, (const char *)s, u);
        *width += 1;
        return u;
    }
    mc_buf_printf(b, "<%02X>", s[0]);
    *width += 4;
    return 1;
}

/* Prints the line and a caret under byte column col (1-based). */
static void print_source(const printer *p, const char *line, size_t len, uint32_t col)
{
    size_t at = col ? col - 1 : 0;
    if (at > len)
        at = len;
    size_t from = 0, to = len;
    if (len > MAX_SHOWN) {
        from = at > MAX_SHOWN / 2 ? at - MAX_SHOWN / 2 : 0;
        while (from > 0 && ((unsigned char)line[from] & 0xc0) == 0x80)
            from--;
        to = from + MAX_SHOWN < len ? from + MAX_SHOWN : len;
    }
    mc_buf b = {0};
    size_t width = 0, caret = 0;
    if (from > 0) {
        mc_buf_append(&b, "...", 3);
        width = 3;
    }
    const unsigned char *s = (const unsigned char *)line;
    for (size_t i = from; i < to;) {
        if (i <= at)
            caret = width;
        i += render_char(&b, s + i, to - i, &width);
    }
    if (at >= to)
        caret = width;
    if (to < len)
        mc_buf_append(&b, "...", 3);
    char *text = mc_buf_detach(&b);
    fprintf(p->out, "%s\n%*s", text, (int)caret, "");
    free(text);
    color_on(p, C_GREEN);
    fputc('^', p->out);
    color_on(p, C_RESET);
    fputc('\n', p->out);
}

static void print_source_line(const printer *p, mc_loc loc)
{
    size_t len;
    const char *line = loc.file ? mc_source_line(loc.file, loc.line, &len) : NULL;
    if (line && len && line[len - 1] == '\r')
        len--;
    if (line)
        print_source(p, line, len, loc.col);
}

static void print_finding(const printer *p, const mc_finding *f)
{
    print_head(p, f->loc, f->severity, sev_name(f->severity), f->msg);
    fprintf(p->out, " [%s]", f->rule);
    if (f->path_class)
        fprintf(p->out, " [%s]", f->path_class);
    fputc('\n', p->out);
    if (p->o->show_source)
        print_source_line(p, f->loc);
    for (int i = 0; i < f->nnotes; i++) {
        print_head(p, f->notes[i].loc, MC_SEV_NOTE, "note", f->notes[i].msg);
        fputc('\n', p->out);
    }
    mc_note group[MC_GROUP_NOTES + 2];
    int ngroup = mc_finding_group_notes(f, group, MC_GROUP_NOTES);
    for (int i = 0; i < ngroup; i++) {
        print_head(p, group[i].loc, MC_SEV_NOTE, "note", group[i].msg);
        fputc('\n', p->out);
        free(group[i].msg);
    }
    if (f->fixit) {
        char *msg = mc_xasprintf("fix: %s", f->fixit);
        print_head(p, f->loc, MC_SEV_NOTE, "note", msg);
        fputc('\n', p->out);
        free(msg);
    }
}

void mc_diags_print_text(const mc_diags *d, const mc_text_opts *o, FILE *out)
{
    printer p = {.o = o, .out = out};
    if (getcwd(p.cwd, sizeof p.cwd))
        p.cwd_len = strlen(p.cwd);
    if (p.cwd_len == 1)   /* "/": every absolute path is already as short as it gets */
        p.cwd_len = 0;
    for (int i = 0; i < d->v.n; i++)
        if (!d->v.v[i].suppressed)
            print_finding(&p, &d->v.v[i]);
}
