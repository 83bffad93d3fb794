/* manpage.c - `memcheck --man` (hidden): the manual page in roff, made from the
 * texts --help and `merge --help` print and from the rule registry, so that the
 * page installed by `cmake --install` never says something the binary does not.
 *
 * The help texts are read as a small format: "usage: ..." opens the synopsis,
 * unindented prose the description, "Name:" a section, "  term  text" an entry
 * whose text continues on deeper-indented lines, "Exit status: ..." the last
 * paragraph. */
#define _GNU_SOURCE /* open_memstream */
#include "manpage.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "merge.h"
#include "options.h"
#include "rule.h"
#include "version.h"

typedef struct entry {
    char *term;   /* "-p DIR", or NULL for a paragraph */
    mc_buf text;
} entry;

typedef struct section {
    char *name;   /* "usage", "" (the description), "Input", ..., "Exit status" */
    MC_VEC(entry) entries;
} section;

typedef MC_VEC(section) help;

/* ---- reading a help text ---- */

static void open_section(help *h, const char *name, size_t n)
{
    MC_VEC_PUSH(*h, ((section){mc_xstrndup(name, n), {0}}));
}

static entry *open_entry(help *h, char *term)
{
    section *s = &h->v[h->n - 1];
    MC_VEC_PUSH(s->entries, ((entry){term, {0}}));
    return &s->entries.v[s->entries.n - 1];
}

static void add_text(entry *e, const char *s, size_t n)
{
    while (n && isspace((unsigned char)*s))
        s++, n--;
    if (e->text.len && n)
        mc_buf_append(&e->text, " ", 1);
    mc_buf_append(&e->text, s, n);
}

static size_t indent_of(const char *line, size_t n)
{
    size_t i = 0;
    while (i < n && line[i] == ' ')
        i++;
    return i;
}

/* "  -p DIR               directory ...": the term ends at two spaces, or at the
 * one space before the description's column when the term fills the room. */
static entry *read_item(help *h, const char *line, size_t n)
{
    enum { TEXT_COLUMN = 23 };
    const char *term = line + 2, *end = line + n;
    const char *gap = term;
    while (gap < end && !(gap[0] == ' ' && gap + 1 < end && gap[1] == ' '))
        gap++;
    if (gap == end && n > TEXT_COLUMN && line[TEXT_COLUMN - 1] == ' ' && line[TEXT_COLUMN - 2] != ' ')
        gap = line + TEXT_COLUMN - 1;
    entry *e = open_entry(h, mc_xstrndup(term, (size_t)(gap - term)));
    add_text(e, gap, (size_t)(end - gap));
    return e;
}

static void read_line(help *h, const char *line, size_t n, entry **cur)
{
    static const char usage[] = "usage: ", exit_status[] = "Exit status: ";
    size_t indent = indent_of(line, n);
    if (indent == n) {                     /* a blank line ends a paragraph */
        *cur = NULL;
    } else if (strncmp(line, usage, sizeof usage - 1) == 0) {
        open_section(h, "usage", 5);
        *cur = open_entry(h, NULL);
        add_text(*cur, line + sizeof usage - 1, n - (sizeof usage - 1));
        *cur = NULL;
    } else if (strncmp(line, exit_status, sizeof exit_status - 1) == 0) {
        open_section(h, "Exit status", 11);
        *cur = open_entry(h, NULL);
        add_text(*cur, line + sizeof exit_status - 1, n - (sizeof exit_status - 1));
    } else if (indent == 0 && line[n - 1] == ':') {
        open_section(h, line, n - 1);
        *cur = NULL;
    } else if (indent == 2) {
        *cur = read_item(h, line, n);
    } else if (indent > 2 && *cur) {
        add_text(*cur, line, n);
    } else {                               /* prose */
        if (strcmp(h->v[h->n - 1].name, "usage") == 0)
            open_section(h, "", 0);
        if (!*cur)
            *cur = open_entry(h, NULL);
        add_text(*cur, line, n);
    }
}

static void read_help(void (*print)(FILE *), help *h)
{
    char *text = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&text, &size);
    if (!f)
        return;
    print(f);
    fclose(f);
    open_section(h, "", 0);
    entry *cur = NULL;
    for (const char *line = text, *nl; *line; line = nl ? nl + 1 : line + strlen(line)) {
        nl = strchr(line, '\n');
        read_line(h, line, nl ? (size_t)(nl - line) : strlen(line), &cur);
    }
    free(text);
}

static void free_help(help *h)
{
    for (int i = 0; i < h->n; i++) {
        for (int k = 0; k < h->v[i].entries.n; k++) {
            free(h->v[i].entries.v[k].term);
            free(h->v[i].entries.v[k].text.s);
        }
        MC_VEC_FREE(h->v[i].entries);
        free(h->v[i].name);
    }
    MC_VEC_FREE(*h);
}

/* The first section of that name with something in it. */
static const section *find(const help *h, const char *name)
{
    for (int i = 0; i < h->n; i++)
        if (h->v[i].entries.n && strcmp(h->v[i].name, name) == 0)
            return &h->v[i];
    return NULL;
}

/* ---- writing roff ---- */

/* Text as roff: backslashes escaped, every dash of an option ("--list-rules",
 * "-p") as \- (a hyphen inside a word stays one), and no line starting with a
 * control character. */
static void roff(FILE *out, const char *s)
{
    if (*s == '.' || *s == '\'')
        fputs("\\&", out);
    bool option = false;
    for (const char *p = s; *p; p++) {
        if (*p == '-' && (p == s || !isalnum((unsigned char)p[-1])))
            option = true;
        else if (!isalnum((unsigned char)*p) && *p != '-' && *p != '_')
            option = false;
        if (*p == '\\')
            fputs("\\e", out);
        else if (*p == '-' && option)
            fputs("\\-", out);
        else
            fputc(*p, out);
    }
}

static void write_entries(FILE *out, const section *s)
{
    for (int k = 0; s && k < s->entries.n; k++) {
        const entry *e = &s->entries.v[k];
        if (e->term) {
            fputs(".TP\n.B ", out);
            roff(out, e->term);
            fputc('\n', out);
        } else {
            fputs(".PP\n", out);
        }
        roff(out, e->text.s ? e->text.s : "");
        fputc('\n', out);
    }
}

static bool is_option_section(const char *name)
{
    static const char *const others[] = {"", "usage", "Subcommand", "Environment", "Exit status"};
    for (size_t i = 0; i < sizeof others / sizeof *others; i++)
        if (strcmp(name, others[i]) == 0)
            return false;
    return true;
}

static void write_synopsis(FILE *out, const section *usage)
{
    const char *text = usage && usage->entries.n ? usage->entries.v[0].text.s : "memcheck";
    fputs(".PP\n", out);
    roff(out, text);
    fputc('\n', out);
}

/* `memcheck merge`, from its own --help. */
static void write_merge(FILE *out)
{
    help m = {0};
    read_help(mc_merge_usage, &m);
    fputs(".SS memcheck merge\n", out);
    write_synopsis(out, find(&m, "usage"));
    write_entries(out, find(&m, ""));
    write_entries(out, find(&m, "Options"));
    const section *st = find(&m, "Exit status");
    if (st && st->entries.n) {
        fputs(".PP\nExit status: ", out);
        roff(out, st->entries.v[0].text.s);
        fputc('\n', out);
    }
    free_help(&m);
}

static void write_rules(FILE *out)
{
    static const char *const sev[] = {"note", "warning", "error"};
    fputs(".SH RULES\n.PP\nThe rules this build has (\\fBmemcheck \\-\\-list\\-rules\\fR); "
          "\\fBmemcheck \\-\\-explain\\fR \\fIRULE\\fR prints a rule's page.\n", out);
    for (int i = 0; i < mc_nrules; i++) {
        const mc_rule *r = mc_rules[i];
        fprintf(out, ".TP\n.B %s\n", r->id);
        roff(out, r->summary);
        fprintf(out, " (%s, CWE %s%s)\n", sev[r->severity], r->cwe, r->default_off ? ", off by default" : "");
    }
}

static const char files_and_more[] =
    ".SH FILES\n"
    ".TP\n.I compile_commands.json\n"
    "The compilation database: \\fB\\-p\\fR \\fIDIR\\fR, else the first found in the current directory, "
    "its \\fIbuild/\\fR, then each parent directory and its \\fIbuild/\\fR.\n"
    ".TP\n.I .memcheck.yml\n"
    "The project's configuration (rules and severities, its own allocators, naming vocabulary, "
    "exclusions): \\fB\\-\\-config\\fR, else the nearest one up from the database's directory; "
    "a nearer one governs the files under it.\n"
    ".TP\n.I share/memcheck/models/*.yml\n"
    "Under the installation prefix: copies, for reading, of the library models compiled into "
    "memcheck (what functions allocate, release, and return on failure); a project adds its own "
    "in \\fI.memcheck.yml\\fR.\n"
    ".SH SEE ALSO\n"
    ".BR clang (1).\n"
    "The documentation in the source tree: \\fIdocs/usage.md\\fR, \\fIdocs/configuration.md\\fR, "
    "\\fIdocs/ci.md\\fR, \\fIdocs/rules/\\fR.\n";

void mc_man_page(FILE *out)
{
    help h = {0};
    read_help(mc_opts_usage, &h);
    fprintf(out, ".TH MEMCHECK 1 \"\" \"memcheck %s\" \"User Commands\"\n", MEMCHECK_VERSION);
    fputs(".nh\n.ad l\n", out); /* identifiers and paths are not to be hyphenated */
    fputs(".SH NAME\nmemcheck \\- check the ownership conventions of C code\n", out);
    fputs(".SH SYNOPSIS\n", out);
    write_synopsis(out, find(&h, "usage"));
    fputs(".PP\nmemcheck merge A.sarif B.sarif... \\-o ALL.sarif\n", out);
    fputs(".SH DESCRIPTION\n", out);
    write_entries(out, find(&h, ""));
    fputs(".SH OPTIONS\n", out);
    for (int i = 0; i < h.n; i++) {
        if (!is_option_section(h.v[i].name))
            continue;
        fputs(".SS ", out);
        roff(out, h.v[i].name);
        fputc('\n', out);
        write_entries(out, &h.v[i]);
    }
    fputs(".SH SUBCOMMANDS\n", out);
    write_entries(out, find(&h, "Subcommand"));
    write_merge(out);
    fputs(".SH ENVIRONMENT\n", out);
    write_entries(out, find(&h, "Environment"));
    fputs(".SH EXIT STATUS\n", out);
    write_entries(out, find(&h, "Exit status"));
    write_rules(out);
    fputs(files_and_more, out);
    fprintf(out, ".SH VERSION\nmemcheck %s, commit %s.\n", MEMCHECK_VERSION, mc_build_commit);
    free_help(&h);
}
