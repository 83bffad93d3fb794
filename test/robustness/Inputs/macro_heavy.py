"""Prints a C file of nested function-like macros (for macro-heavy.test)."""
lines = ["#include <stdlib.h>", "#define M0(x) ((x) + 1)"]
for i in range(1, 9):
    lines.append(f"#define M{i}(x) (M{i - 1}(x) * M{i - 1}((x) + {i}))")
lines += ["#define STORE(p, v) (*(p) = M8(v))", "", "", "",
          "int unchecked(int a)",
          "{",
          "    int *p = malloc(sizeof *p);",
          "    return STORE(p, a);",
          "}"]
assert lines[17].startswith("    return STORE")
for f in range(40):
    lines.append(f"int f{f}(int a) {{ int r = M8(a); if (r > {f}) r -= M6(a); return r; }}")
print("\n".join(lines))
