// RUN: %memcheck --fail-on never --rules=use-after-free,double-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A callee that frees a global and stores a bigger block in it leaves the
 * global holding the new block (pcre2test's expand_input_buffers); one that
 * only frees it leaves it dangling. */
#include <stdlib.h>
#include <string.h>

static char *buffer;
static size_t buffer_size = 64;

static void expand_buffer(void)
{
    char *bigger = malloc(2 * buffer_size);
    if (!bigger)
        exit(1);
    memcpy(bigger, buffer, buffer_size);
    free(buffer);
    buffer = bigger;
    buffer_size *= 2;
}

static void drop_buffer(void) { free(buffer); }

char *read_line_ok(size_t used)
{
    char *here = buffer + used;
    while (used + 1 >= buffer_size) {
        size_t offset = here - buffer;
        expand_buffer();
        here = buffer + offset;
    }
    *here = '\0';
    return buffer;
}

void expand_twice_ok(void)
{
    buffer = malloc(buffer_size);
    if (!buffer)
        return;
    expand_buffer();
    expand_buffer();
    buffer[0] = 'x';
}

void drop_then_use_bad(void)
{
    buffer = malloc(buffer_size);
    if (!buffer)
        return;
    drop_buffer();
    // CHECK: global-replaced.c:[[@LINE+1]]:5: error: 'buffer' is written through after drop_buffer() released it at line {{[0-9]+}} [use-after-free]
    buffer[0] = 'x';
}
