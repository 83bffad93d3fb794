/* fuzz_summaries.c - libFuzzer target: the input is a summaries file
 * (--summaries FILE). It is read for a small program that declares the
 * functions and globals it names and defines two of its own, which is then
 * analysed with every rule: a file that is refused, or one whose summaries say
 * odd things (a parameter out of range, an unknown family), must never crash
 * the reader or the engine that uses what it read. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_util.h"
#include "util.h"

/* conn_* are declared only, as in a shard that parses the callers; helper and
 * use are defined here, so that summaries of them are compared, not used. */
static const char program[] =
    "struct conn { char *buf; struct conn *next; int fd; };\n"
    "extern struct conn *pool;\n"
    "extern int ready;\n"
    "void free(void *p);\n"
    "void fatal(const char *msg);\n"
    "void *xalloc(unsigned long n);\n"
    "struct conn *conn_open(const char *name);\n"
    "void conn_close(struct conn *c);\n"
    "int conn_send(struct conn *c, char *data, int n);\n"
    "char *conn_take_buf(struct conn *c);\n"
    "void conn_keep(struct conn *c);\n"
    "int conn_check(struct conn *c);\n"
    "int helper(struct conn *c, char *p) { if (!conn_check(c)) return -1; return conn_send(c, p, 4); }\n"
    "int use(void) {\n"
    "    struct conn *c = conn_open(\"x\");\n"
    "    if (!c) return -1;\n"
    "    char *d = xalloc(8);\n"
    "    if (helper(c, d) < 0) fatal(\"send\");\n"
    "    char *b = conn_take_buf(c);\n"
    "    free(b);\n"
    "    if (ready) conn_keep(c); else conn_close(c);\n"
    "    return pool != 0;\n"
    "}\n";

static char *source, *summaries;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!source) {
        source = mc_xstrdup(fuzz_write("program.c", (const uint8_t *)program, strlen(program)));
        summaries = mc_xasprintf("%s/summaries.json", fuzz_dir());
    }
    if (!fuzz_write("summaries.json", data, size))
        return 0;
    const char *in[] = {summaries};
    if (!fuzz_analyse(source, in, 1, 0))
        abort(); /* the program is fixed: it always parses */
    return 0;
}
