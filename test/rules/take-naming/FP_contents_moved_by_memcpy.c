// RUN: %memcheck --fail-on error --rules=take-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* FP (wrong finding): container_take_buffer() does store what it took: memcpy
 * moves the contents of '*buf' into 'c->buffer'. A move is seen only through a
 * struct copy or field reads, so the taker is reported as dropping 'buf'. The
 * real bug is the one reported for container_adopt_buffer(): the source still
 * points at the moved data (two owners). docs/rules/take-naming.md, "A move is
 * seen only through a struct copy". */
#include <stdlib.h>
#include <string.h>

typedef struct Buffer { char *data; size_t size; } Buffer;
typedef struct Container { Buffer buffer; } Container;

// CHECK: FP_contents_moved_by_memcpy.c:[[@LINE+1]]:117: warning: container_take_buffer() takes ownership of 'buf' by its name, but neither releases, stores nor passes it on on the path returning at line [[@LINE+1]]; the caller has let go of it, so it leaks [take-naming]
void container_take_buffer(Container *c, Buffer *buf) { free(c->buffer.data); memcpy(&c->buffer, buf, sizeof *buf); }

/* control: the same move as a struct copy is seen as a move */
// CHECK: FP_contents_moved_by_memcpy.c:[[@LINE+1]]:98: warning: container_adopt_buffer() moves the contents of 'buf' at line [[@LINE+1]] but leaves the source pointing at them: two owners when it returns at line [[@LINE+1]] [take-naming]
void container_adopt_buffer(Container *c, Buffer *buf) { free(c->buffer.data); c->buffer = *buf; }
