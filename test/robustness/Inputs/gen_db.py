#!/usr/bin/env python3
"""gen_db.py DIR N: writes N small TUs tu0.c .. tuN-1.c into DIR and a
compile_commands.json naming them all. tu0.c has one finding (create-named)."""
import json
import os
import sys

d, n = sys.argv[1], int(sys.argv[2])
entries = []
for i in range(n):
    name = "tu%d.c" % i
    body = ("#include <stdlib.h>\n#include <string.h>\nstruct s%d { int n; };\n" % i)
    if i == 0:
        body += "struct s0 *s_create(void)\n{\n    static struct s0 x;\n    return &x;\n}\n"
    body += ("int work%d(const char *src)\n{\n    char *p = malloc(strlen(src) + 1);\n"
             "    if (!p)\n        return -1;\n    strcpy(p, src);\n    int n = (int)strlen(p);\n"
             "    free(p);\n    return n;\n}\n" % i)
    with open(os.path.join(d, name), "w") as f:
        f.write(body)
    entries.append({"directory": d, "file": name, "command": "cc -c %s -o %s.o" % (name, name)})
with open(os.path.join(d, "compile_commands.json"), "w") as f:
    json.dump(entries, f, indent=1)
