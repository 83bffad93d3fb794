// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* leak: a round of a loop that failed and went on to the next is over; a leak
 * after a later round is not told as taken on the earlier failure. Reduced
 * from mosquitto's password file reader: a salt that decodes but has the
 * wrong length leaks, and decode() failing allocates nothing. */
#include <stdlib.h>
#include <string.h>

static int decode(const char *s, char **out, size_t *len)
{
    *out = strdup(s);
    if (*out == NULL)
        return 1;
    *len = strlen(s);
    return 0;
}

int load_salts(const char **tokens, int n, char **keep)
{
    char *salt;
    size_t len = 0;
    for (int i = 0; i < n; i++) {
        int rc = decode(tokens[i], &salt, &len);
        if (rc == 0 && len == 12)
            keep[i] = salt;
        else
            keep[i] = NULL;
    }
    // CHECK: loop-error-rounds.c:[[@LINE+1]]:5: warning: memory 'salt' allocated by decode() at line 23 leaks on the path returning 0 at line [[@LINE+1]] [leak]
    return 0;
}
