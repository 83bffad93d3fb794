// Text output: path:line:col: severity: message [rule], the line, a caret under
// the column (tabs expanded to 8 columns), paths relative to the current directory.
// RUN: rm -rf %t && mkdir -p %t/src && cp %s %t/src/t.c && %mkdb %t src/t.c
// RUN: cd %t && { %memcheck --no-color > %t/out 2>&1 || true; }
// RUN: FileCheck %s --strict-whitespace --match-full-lines < %t/out
// RUN: cd %t/src && { %memcheck --no-color > %t/out2 2>&1 || true; }
// RUN: FileCheck %s --check-prefix=HERE < %t/out2
// RUN: cd / && { %memcheck --no-color -p %t > %t/out3 2>&1 || true; }
// RUN: FileCheck %s --check-prefix=ABS -DDIR=%t < %t/out3

struct box {
    int n;
};

struct box *box_create(void)
{
    static struct box b;
	if (b.n)	return &b;
    return 0;
}

// CHECK:src/t.c:18:11: warning: create-named box_create() returns '&b', a static object, not memory the caller will own [create-naming]
// CHECK-NEXT:        if (b.n)        return &b;
// CHECK-NEXT:                        ^
// HERE: {{^}}t.c:18:11: warning:
// ABS: {{^}}[[DIR]]/src/t.c:18:11: warning:
