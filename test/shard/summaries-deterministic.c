// RUN: %memcheck --fail-on never --summaries-out %t.json %s -- -std=gnu11 2>/dev/null
// RUN: python3 -c "import json, sys; fs = json.load(open(sys.argv[1]))['functions']; bad = [f['name'] for f in fs if f['const_value'] != 0 and f['returns_const'] is False]; print('stale:', bad)" %t.json | FileCheck %s
// CHECK: stale: []
/* A summary's const_value is the constant a function returns on every path,
 * or 0: never what the function analysed before it returned (which made a
 * summaries file, and the cache's salt of a shard that reads it, depend on
 * the order the workers took the functions in). */
int seven(void) { return 7; }
int answer(int x) { if (x) return 1; return x + 2; }
int eight(void) { return 8; }
int either(int x) { return x ? 3 : 4; }
