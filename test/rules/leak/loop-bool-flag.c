// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* leak: a _Bool flag set in a loop tells the later rounds what happened, as
 * an int flag does. "user[:pass]@": the first ':' before any '@' copies the
 * name; the first '@' moves it into user, so no round after it copies or
 * moves again. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

int split_login_ok(const char *s, char **u, char **p)
{
    char *first = NULL, *user = NULL, *pass = NULL;
    bool seen_at = false;
    for (int i = 0; s[i]; i++) {
        if (s[i] == ':' && !seen_at && !first) {
            if (!(first = strdup(s)))
                goto fail;
        } else if (s[i] == '@') {
            seen_at = true;
            if (first) {
                user = first;
                first = NULL;
                if (!(pass = strdup(s + i)))
                    goto fail;
            } else if (user || !(user = strdup(s))) {
                goto fail;
            }
        }
    }
    if (!user)
        goto fail;
    *u = user;
    *p = pass;
    return 0;
fail:
    free(first);
    free(user);
    free(pass);
    return 1;
}

/* The flag is cleared again at each ',': a later ':' copies a second name over
 * the first. */
int split_list_bad(const char *s, char **u)
{
    char *first = NULL;
    bool seen_at = false;
    for (int i = 0; s[i]; i++) {
        if (s[i] == ':' && !seen_at) {
            // CHECK: loop-bool-flag.c:[[@LINE+1]]:13: warning: memory from strdup() at line [[@LINE+1]] leaks: 'first', the last reference to it, is overwritten [leak]
            first = strdup(s + i);
            if (!first)
                return 1;
        } else if (s[i] == '@') {
            seen_at = true;
        } else if (s[i] == ',') {
            seen_at = false;
        }
    }
    *u = first;
    return 0;
}
