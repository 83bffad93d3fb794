// RUN: %memcheck --fail-on error --rules=create-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A create word inside a longer name (check_create_errors) with a pointer to
 * const as the result describes, it does not hand out memory: returning
 * string literals there is fine. A creator returning a plain pointer must
 * still own what it returns. */
#include <stdlib.h>

const char *check_create_errors(int code)
{
    switch (code) {
    case 1: return "duplicate name";
    case 2: return "bad port";
    default: return NULL;
    }
}

// CHECK: const-answer.c:[[@LINE+1]]:43: warning: create-named label_create() returns '"none"', a string literal, not memory the caller will own [create-naming]
char *label_create(int code) { if (!code) return "none"; return malloc(8); }
