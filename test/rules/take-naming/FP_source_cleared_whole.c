// RUN: %memcheck --fail-on error --rules=take-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* FP: both takers below clear the source after moving its contents, by
 * writing the whole object (memset, a compound literal), so there is one owner
 * only. A clearing is seen only through writes to the moved field
 * ('buf->data = NULL'), and both are reported. docs/rules/take-naming.md,
 * "a clearing only through writes to the moved field". */
#include <stdlib.h>
#include <string.h>

typedef struct Buffer { char *data; size_t size; } Buffer;
typedef struct Container { Buffer buffer; } Container;

// CHECK: FP_source_cleared_whole.c:[[@LINE+1]]:126: warning: container_take_buffer() moves the contents of 'buf' at line [[@LINE+1]] but leaves the source pointing at them: two owners when it returns at line [[@LINE+1]] [take-naming]
void container_take_buffer(Container *c, Buffer *buf) { free(c->buffer.data); c->buffer = *buf; memset(buf, 0, sizeof *buf); }
// CHECK: FP_source_cleared_whole.c:[[@LINE+1]]:118: warning: container_adopt_buffer() moves the contents of 'buf' at line [[@LINE+1]] but leaves the source pointing at them: two owners when it returns at line [[@LINE+1]] [take-naming]
void container_adopt_buffer(Container *c, Buffer *buf) { free(c->buffer.data); c->buffer = *buf; *buf = (Buffer){0}; }

/* control: clearing the moved field is seen */
void container_sink_buffer(Container *c, Buffer *buf) { free(c->buffer.data); c->buffer = *buf; buf->data = NULL; }
