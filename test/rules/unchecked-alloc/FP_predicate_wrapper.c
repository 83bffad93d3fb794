// RUN: %memcheck --fail-on never --rules=unchecked-alloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* FP: clean_name() returns NULL only where valid_utf8(name) is zero, and the
 * caller has just checked check_name(name), which returns valid_utf8(name).
 * memcheck does not know that the two tests are one: "returns NULL only where
 * a predicate of an argument is zero" is not in a summary, nor is "returns
 * that predicate". Reduced from tmux's cmd-rename-session.c.
 * docs/rules/unchecked-alloc.md, "A NULL result ruled out by a predicate". */
#include <stdlib.h>
#include <string.h>

int valid_utf8(const char *s);

static char *clean_name(const char *name)
{
    if (!valid_utf8(name))
        return NULL;
    return strdup(name);
}

static int check_name(const char *name)
{
    if (!valid_utf8(name))
        return 0;
    return 1;
}

int rename_to(const char *tmp, const char *old)
{
    if (!check_name(tmp))
        return -1;
    char *newname = clean_name(tmp);
    // CHECK: FP_predicate_wrapper.c:[[@LINE+1]]:16: warning: 'newname' from clean_name() at line {{[0-9]+}} may be NULL: passed to strcmp() (argument 1 must not be NULL) without a check [unchecked-alloc]
    int same = strcmp(newname, old) == 0;
    free(newname);
    return same;
}
