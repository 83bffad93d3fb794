// RUN: %memcheck --fail-on error --rules=view-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A view-named function looks at one argument and writes its answer through
 * others (the next character, whether something was found, how far to skip):
 * writing an answer is not writing through what it borrows. */
#include <stdbool.h>
#include <stddef.h>

typedef struct scanner { const char *line; size_t len; } Scanner;

int scanner_peek(char *out, Scanner *sc)
{
    if (!sc->len)
        return -1;
    *out = sc->line[0];
    return 0;
}
int peek_bracket(const char *text, size_t *skip, bool *found)
{
    *found = text[0] == '[';
    *skip = *found ? 1 : 0;
    return 0;
}

// CHECK: answer-slots.c:[[@LINE+1]]:55: warning: view-named scanner_peek_reset() writes through 'sc', which it only borrows [view-naming]
void scanner_peek_reset(char *out, Scanner *sc) { sc->len = 0; *out = 0; }
// CHECK: answer-slots.c:[[@LINE+1]]:41: warning: view-named buf_peek() writes through 'buf', which it only borrows [view-naming]
char buf_peek(char *buf, bool *empty) { buf[0] = 0; *empty = true; return 0; }
