// RUN: %memcheck --fail-on error --rules=create-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* create-naming: a create-named function returns NULL or memory it owns. */
#include <stdlib.h>
#include <string.h>

typedef struct Config { int verbose; } Config;
typedef struct Arena { char *mem; size_t used, cap; } Arena;

Config *config_create(void) { Config *c = malloc(sizeof *c); if (!c) return NULL; c->verbose = 0; return c; }
Config *config_new_or_null(int ok) { if (!ok) return NULL; return calloc(1, sizeof(Config)); }
Config *config_clone(const Config *src) { Config *c = config_create(); if (c) *c = *src; return c; }
char *str_dup(const char *s) { char *d = malloc(strlen(s) + 1); if (d) strcpy(d, s); return d; }
void *arena_alloc(Arena *a, size_t n) { if (a->used + n > a->cap) return NULL; void *p = a->mem + a->used; a->used += n; return p; }

// CHECK: cases.c:[[@LINE+1]]:56: warning: create-named config_new_static_bad() returns '&c', a static object, not memory the caller will own [create-naming]
Config *config_new_static_bad(void) { static Config c; return &c; }
// CHECK: cases.c:[[@LINE+1]]:73: warning: create-named config_create_stack_bad() returns 'p', a local object that dies when it returns, not memory the caller will own [create-naming]
Config *config_create_stack_bad(void) { Config c = {0}; Config *p = &c; return p; }
// CHECK: cases.c:[[@LINE+1]]:37: warning: create-named name_dup_bad() returns 's', its own borrowed parameter, not memory the caller will own [create-naming]
char *name_dup_bad(const char *s) { return (char *)s; }
// CHECK: cases.c:[[@LINE+1]]:29: warning: create-named label_new_bad() returns '"label"', a string literal, not memory the caller will own [create-naming]
char *label_new_bad(void) { return "label"; }
