# Writes a C file whose functions nest statements n deep (bare 'if (x)', which
# clang's bracket limit does not stop).
import sys

n = int(sys.argv[1])
deep = "if (x) " * n
print(f"""#include <stdlib.h>
void uaf_deep(int x)
{{
    char *q = malloc(4);
    q[0] = 1;
    free(q);
    char *p = malloc(4);
    if (!p)
        return;
    free(p);
    {deep}p[0] = 1;
}}

void freed_deep(int x)
{{
    char *p = malloc(4);
    if (!p)
        return;
    {deep}free(p);
    if (!x)
        free(p);
}}

void uaf_shallow(int x)
{{
    char *p = malloc(4);
    if (!p)
        return;
    free(p);
    {"if (x) " * 10}p[0] = 1;
}}""")
