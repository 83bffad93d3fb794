// A memcheck_dump() the program defines is its own function, not the hook:
// --debug-engine prints nothing for it.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
void memcheck_dump(const void *p) { (void)p; }

void caller(const char *s)
{
    memcheck_dump(s);
}
// CHECK: no findings
