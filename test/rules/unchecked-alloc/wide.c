// RUN: %memcheck --fail-on error --rules=unchecked-alloc,leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* unchecked-alloc and leak: wide-character strings, as narrow ones. */
#include <stdlib.h>
#include <wchar.h>

// CHECK: wide.c:[[@LINE+1]]:70: warning: 'data' from malloc() at line [[@LINE+1]] may be NULL: passed to wcscpy() (argument 1 must not be NULL) without a check [unchecked-alloc]
void copy_bad(void) { wchar_t *data = malloc(100 * sizeof(wchar_t)); wcscpy(data, L"x"); free(data); }
// CHECK: wide.c:[[@LINE+1]]:71: warning: 'd' from wcsdup() at line [[@LINE+1]] may be NULL: passed to wcslen() (argument 1 must not be NULL) without a check [unchecked-alloc]
size_t dup_bad(const wchar_t *s) { wchar_t *d = wcsdup(s); size_t n = wcslen(d); free(d); return n; }
// CHECK: wide.c:[[@LINE+1]]:92: warning: memory 'd' allocated by wcsdup() at line [[@LINE+1]] leaks at the end of the function (line [[@LINE+1]]) [leak]
void dup_leak_bad(const wchar_t *s) { wchar_t *d = wcsdup(s); if (!d) return; d[0] = L'a'; }
void copy_ok(void) { wchar_t *data = malloc(100 * sizeof(wchar_t)); if (data == NULL) exit(1); wcscpy(data, L"x"); free(data); }
wchar_t *ret_ok(void) { wchar_t *data = malloc(8 * sizeof(wchar_t)); if (!data) return NULL; return wcscpy(data, L"x"); }
