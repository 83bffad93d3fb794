// RUN: %memcheck --fail-on error --rules=unchecked-alloc %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* unchecked-alloc: a use on the branch where the check found the failure value
   (CWE-476: NULL dereference after a check that does not stop the path). */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

struct pt { int x, y; };

// CHECK: after-failed-check.c:[[@LINE+1]]:79: warning: 'p' from malloc() at line [[@LINE+1]] is NULL here (the check at line [[@LINE+1]] failed): written through [unchecked-alloc]
void inside_bad(void) { struct pt *p = malloc(sizeof *p); if (p == NULL) { p->x = 1; } free(p); }
// CHECK: after-failed-check.c:[[@LINE+1]]:99: warning: 'p' from malloc() at line [[@LINE+1]] is NULL here (the check at line [[@LINE+1]] failed): written through [unchecked-alloc]
void fall_through_bad(void) { struct pt *p = malloc(sizeof *p); if (!p) { puts("no memory"); } p->y = 2; free(p); }
// CHECK: after-failed-check.c:[[@LINE+1]]:65: warning: 's' from malloc() at line [[@LINE+1]] is NULL here (the check at line [[@LINE+1]] failed): passed to sprintf() (argument 1 must not be NULL) [unchecked-alloc]
void passed_bad(int n) { char *s = malloc(16); if (s == NULL) { sprintf(s, "%d", n); } free(s); }
// CHECK: after-failed-check.c:[[@LINE+1]]:100: warning: 'fd' from open() at line [[@LINE+1]] is -1 here (the check at line [[@LINE+1]] failed): passed to read() (argument 1 must not be -1) [unchecked-alloc]
int fd_bad(const char *path, char *buf) { int fd = open(path, O_RDONLY); if (fd < 0) { return (int)read(fd, buf, 1); } close(fd); return 0; }

void stops_ok(void) { struct pt *p = malloc(sizeof *p); if (p == NULL) { puts("no memory"); exit(1); } p->x = 1; free(p); }
void else_ok(void) { struct pt *p = malloc(sizeof *p); if (p == NULL) { puts("no memory"); } else { p->x = 1; } free(p); }
void retry_ok(void) { struct pt *p = malloc(sizeof *p); if (!p) p = calloc(1, sizeof *p); if (!p) return; p->x = 1; free(p); }
void replaced_ok(void) { static struct pt fallback; struct pt *p = malloc(sizeof *p); int heap = p != NULL; if (!p) p = &fallback; p->x = 1; if (heap) free(p); }
/* a failure branch that calls something unknown may not come back (a fatal() defined elsewhere) */
void fatal(const char *msg);
void unknown_stop_ok(void) { struct pt *p = malloc(sizeof *p); if (!p) fatal("no memory"); p->x = 1; free(p); }

/* A failure branch calling a function of the program that never returns on
 * some path (a test framework's fail(), which bails with longjmp unless a
 * failure is already recorded) gets the benefit of the doubt, as fatal() does.
 * One that always returns does not. */
#include <setjmp.h>
#include <string.h>
static struct { int failed; jmp_buf bail; } unit;
void unit_fail(const char *msg, int line)
{
    if (unit.failed)
        return;
    unit.failed = 1;
    fprintf(stderr, "%d: %s\n", line, msg);
    longjmp(unit.bail, 1);
}
void unit_note(const char *msg, int line) { fprintf(stderr, "%d: %s\n", line, msg); }

void framework_ok(void)
{
    char *s = malloc(8);
    if (s == NULL)
        unit_fail("out of memory", __LINE__);
    strcpy(s, "abc");
    free(s);
}

// CHECK: after-failed-check.c:[[@LINE+6]]:5: warning: 's' from malloc() at line [[@LINE+3]] is NULL here (the check at line [[@LINE+4]] failed): passed to strcpy() (argument 1 must not be NULL) [unchecked-alloc]
void note_only_bad(void)
{
    char *s = malloc(8);
    if (s == NULL)
        unit_note("out of memory", __LINE__);
    strcpy(s, "abc");
    free(s);
}
