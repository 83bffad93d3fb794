// RUN: %memcheck --fail-on error --rules=view-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* FN: a stricter checker reports buffer_view_len(), which keeps the pointer it
 * only borrows in a global: once the caller frees the buffer, 'g_last_viewed'
 * dangles. Storing a borrowed pointer is not reported (common and legitimate
 * for strings the caller keeps alive). docs/rules/view-naming.md, "Storing a
 * borrowed pointer somewhere is not reported". */
#include <stdlib.h>

typedef struct Buffer { char *data; size_t len; } Buffer;

static const Buffer *g_last_viewed;

size_t buffer_view_len(const Buffer *b)
{
    g_last_viewed = b;
    return b->len;
}

/* control: releasing what it borrows is reported */
// CHECK: FN_borrowed_pointer_stored.c:[[@LINE+1]]:63: warning: buffer_view_size() releases 'b', which it only borrows (it is a pointer to const); the caller still owns it [view-naming]
size_t buffer_view_size(const Buffer *b) { size_t n = b->len; free((void *)b); return n; }
