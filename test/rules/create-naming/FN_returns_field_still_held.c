// RUN: %memcheck --fail-on error --rules=create-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* FN: a correct checker reports config_new_from() below: the registry still
 * holds 'r->current' when it is returned, so the caller that frees what a
 * create-named function gave it leaves 'r->current' dangling. A pointer read
 * from a field of a parameter that is not a pointer to const is not reported
 * (pools hand out objects from their free lists that way).
 * docs/rules/create-naming.md, "Returning a pointer read from a field". */
#include <stdlib.h>

typedef struct Config { int verbose; } Config;
typedef struct Registry { Config *current; } Registry;

Config *config_new_from(Registry *r) { return r->current; }

/* controls: a global, or a field behind a const parameter, that still holds the
   pointer is reported */
static Config *g_current;
// CHECK: FN_returns_field_still_held.c:[[@LINE+1]]:39: warning: create-named config_create_current() returns 'g_current', a pointer that a field or global still owns, not memory the caller will own [create-naming]
Config *config_create_current(void) { return g_current; }
// CHECK: FN_returns_field_still_held.c:[[@LINE+1]]:46: warning: create-named config_dup_held() returns 'r->current', a pointer that a field or global still owns, not memory the caller will own [create-naming]
Config *config_dup_held(const Registry *r) { return r->current; }
