// RUN: %memcheck --fail-on error --rules=null-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A function that returns the address of its own static result (a parser's
 * `static struct result pr; ... return &pr;`) fills it anew on its next call:
 * a field of it freed by the caller is the callee's scratch, not a long-lived
 * place left dangling. A static object the function names itself is. */
#include <stdlib.h>
#include <string.h>

struct result { int status; char *error; };
struct conf { char *name; };
static struct conf the_conf;

static struct result *parse(const char *s)
{
    static struct result pr;
    pr.status = s[0] == '!';
    pr.error = pr.status ? strdup(s) : NULL;
    return &pr;
}

int load(const char *s)
{
    struct result *pr = parse(s);
    if (pr->status) {
        free(pr->error);
        return -1;
    }
    return 0;
}

void reset_conf(void)
{
    struct conf *c = &the_conf;
// CHECK: static-result.c:[[@LINE+1]]:5: warning: 'the_conf->name' is released by free() but still points to the freed memory when reset_conf() returns at line {{[0-9]+}} [null-after-free]
    free(c->name);
}
