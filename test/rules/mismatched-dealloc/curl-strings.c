// RUN: %memcheck --fail-on never --rules=mismatched-dealloc,leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* Strings libcurl returns (curl_maprintf, curl_getenv, curl_easy_escape) are
 * released with curl_free(): libcurl may have been given its own allocator. */
#include <stdlib.h>

char *curl_maprintf(const char *format, ...);
char *curl_getenv(const char *variable);
void curl_free(void *p);
int use(const char *);

int printed_ok(int n)
{
    char *s = curl_maprintf("%d", n);
    if (!s)
        return -1;
    int r = use(s);
    curl_free(s);
    return r;
}

// CHECK: curl-strings.c:[[@LINE+7]]:5: error: 'home' was acquired by curl_getenv() (family 'curl_str') but is released by free() (family 'malloc') [mismatched-dealloc]
int home_bad(void)
{
    char *home = curl_getenv("HOME");
    if (!home)
        return -1;
    int r = use(home);
    free(home);
    return r;
}
