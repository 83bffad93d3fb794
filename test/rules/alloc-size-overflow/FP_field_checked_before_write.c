// RUN: %memcheck --fail-on error --rules=alloc-size-overflow %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* Known limitation: a field's bounds come from the form of each write, not
 * from the checks on the path before it. Every value set_bits() stores is at
 * most 31, yet the field is taken as unknown; the finding below is false. */
#include <stdlib.h>

struct coder { size_t bits; };

int set_bits(struct coder *c, size_t bits)
{
    if (bits > 31)
        return -1;
    c->bits = bits;
    return 0;
}

unsigned *coder_table(const struct coder *c)
{
    // CHECK: FP_field_checked_before_write.c:[[@LINE+1]]:12: warning: size of malloc() computed as '(1 << c->bits) * sizeof(unsigned)' can wrap around in 64-bit unsigned arithmetic; no check bounds '1 << c->bits' [alloc-size-overflow]
    return malloc(((size_t)1 << c->bits) * sizeof(unsigned));
}
