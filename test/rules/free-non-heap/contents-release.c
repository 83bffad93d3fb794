// RUN: %memcheck --fail-on never --rules=free-non-heap,leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A destroy-named function of a library (declared, not defined here) given
 * the address of a local record releases what the record holds: the record is
 * the caller's stack object, and what it held is gone with the call. */
#include <stdlib.h>

struct record { char *name; char *value; };
struct cursor { void *state; };
int record_read(struct record *rec, const char *src);  /* fills rec */
void record_release(struct record *rec);               /* frees rec's fields */
void cursor_destroy(struct cursor *it);
static struct cursor g_cursor;

int read_ok(const char *src)
{
    struct record rec = {0};
    int err = record_read(&rec, src);
    record_release(&rec);
    return err;
}
void static_ok(void) { cursor_destroy(&g_cursor); }
int owned_field_ok(void)
{
    struct record rec = {0};
    rec.name = malloc(8);
    record_release(&rec);
    return 0;
}

// CHECK: contents-release.c:[[@LINE+1]]:48: error: free() releases '&rec', which points to a local object on the stack, not to memory it allocated [free-non-heap]
void free_bad(void) { struct record rec = {0}; free(&rec); }
// CHECK: contents-release.c:[[@LINE+1]]:95: warning: memory 'p' allocated by malloc() at line [[@LINE+1]] leaks
int other_arg_bad(void) { struct record rec = {0}; char *p = malloc(4); record_release(&rec); return p ? 0 : 1; }
