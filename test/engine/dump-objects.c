// --debug-engine: addresses that are not heap memory: a local array, a string
// literal, a static array, the address of a local, a pointer off an object's
// start, a member's address.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
void memcheck_dump();
struct pair { int a, b; };

void objects(void)
{
    char buf[8], *s = "lit", *o = buf + 1;
    static char st[4];
    int x = 0;
    struct pair pr;
    memcheck_dump(buf, s, o, st, &x, &pr.b);
    // CHECK: dump-objects.c:[[@LINE-1]]:5: note: memcheck_dump: buf = resource #1: stack, live, not owned, non-null; s = resource #0: string literal, live, not owned, non-null; o = resource #1: stack, live, not owned, non-null, offset; st = resource #2: static, live, not owned, non-null; &x = resource #3: stack, live, not owned, non-null; &pr.b = resource #4: stack, live, not owned, non-null, interior{{$}}
}
