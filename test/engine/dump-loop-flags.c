// --debug-engine: a flag a loop sets keeps what it says across the rounds, as
// an int flag does: a _Bool set only to true is 0 until set and 1 after; one
// the loop also clears is anything once the rounds are widened.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
#include <stdbool.h>
void memcheck_dump();

void set_once(const char *s)
{
    _Bool seen = 0;
    bool found = false;
    int count = 0;
    for (int i = 0; s[i]; i++) {
        memcheck_dump(seen, found, count);
        // CHECK: dump-loop-flags.c:[[@LINE-1]]:9: note: memcheck_dump: seen = int 0; found = int 0; count = int 0{{$}}
        // CHECK: dump-loop-flags.c:[[@LINE-2]]:9: note: memcheck_dump: seen = int 1; found = int 1; count = int [1, 2147418111]{{$}}
        if (s[i] == '@') {
            seen = 1;
            found = true;
            count = 1;
        }
    }
}

void set_and_cleared(const char *s)
{
    bool inside = false;
    for (int i = 0; s[i]; i++) {
        if (s[i] == '"')
            inside = !inside;
        memcheck_dump(inside);
        // CHECK: dump-loop-flags.c:[[@LINE-1]]:9: note: memcheck_dump: inside = int 0{{$}}
        // CHECK: dump-loop-flags.c:[[@LINE-2]]:9: note: memcheck_dump: inside = int 1{{$}}
        // CHECK: dump-loop-flags.c:[[@LINE-3]]:9: note: memcheck_dump: inside = unknown{{$}}
    }
}
