#!/usr/bin/env python3
"""flow-variants.py - bad/good function pairs in the style of static-analysis
benchmark suites, and how many memcheck gets right. Not a test: it prints figures.

    bench/flow-variants.py [path/to/memcheck [kind...]]

With kinds (npd690, leak401-df, ...), only the cases of those kinds run.
With --decl-only, the print helpers are only declared, as when a benchmark's
support file is not in the compile database.

Control-flow variants (constant, static and global flags, flag-returning functions,
switch, loops, goto) wrap each kind's bad and good body, or put its source and its
sink under two tests of the same flag (-2if kinds); data-flow variants carry
the pointer through copies, pointers to locals, unions, helpers, globals, other
files, function pointers, arrays and structs passed by value. A bad case counts
as found when memcheck reports anything; a good case with any report is a false
alarm. Cases are generated into a temporary directory."""
import collections, json, os, re, subprocess, sys, tempfile

PRE = '''#include <alloca.h>
#include <fcntl.h>
#include <unistd.h>
#include <wchar.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
static const int STATIC_CONST_TRUE = 1;
static const int STATIC_CONST_FALSE = 0;
static int staticTrue = 1;
static int staticFalse = 0;
static int staticFive = 5;
static const int STATIC_CONST_FIVE = 5;
static int staticReturnsTrue(void) { return 1; }
static int staticReturnsFalse(void) { return 0; }
const int GLOBAL_CONST_TRUE = 1;
const int GLOBAL_CONST_FALSE = 0;
const int GLOBAL_CONST_FIVE = 5;
int globalTrue = 1;
int globalFalse = 0;
int globalFive = 5;
int globalReturnsTrue(void) { return 1; }
int globalReturnsFalse(void) { return 0; }
int globalReturnsTrueOrFalse(void) { return rand() % 2; }
void printLine(const char *s) { puts(s); }
void printWLine(const wchar_t *s) { fputws(s, stdout); }
void printIntLine(int n) { printf("%d\\n", n); }
typedef struct { int a; int b; } twoInts;
typedef struct { char *buf; } holder;
char globalBuf[100];
'''
# (kind, bad body, good body): body uses `data`
K = {
 'df415': ('char *data = (char *)malloc(100); if (data == NULL) exit(-1); free(data); {SINK}',
           'char *data = (char *)malloc(100); if (data == NULL) exit(-1); {SINK}',
           'free(data);'),
 'uaf416': ('char *data = (char *)malloc(100); if (data == NULL) exit(-1); memset(data, 65, 99); data[99] = 0; free(data); {SINK}',
            'char *data = (char *)malloc(100); if (data == NULL) exit(-1); memset(data, 65, 99); data[99] = 0; {SINK} free(data);',
            'printLine(data);'),
 'leak401': ('char *data = (char *)malloc(100); if (data == NULL) exit(-1); strcpy(data, "x"); printLine(data); {SINK}',
             'char *data = (char *)malloc(100); if (data == NULL) exit(-1); strcpy(data, "x"); printLine(data); {SINK} free(data);',
             ';'),
 'npd690': ('char *data = (char *)malloc(100); {SINK} free(data);',
            'char *data = (char *)malloc(100); if (data == NULL) exit(-1); {SINK} free(data);',
            'data[0] = 0; printLine(data);'),
 'mm762': ('char *data = (char *)malloc(100); if (data == NULL) exit(-1); {SINK}',
           'char *data = new_buf(); {SINK}', 'free(data);'),
 'fnh590': ('char buf[100]; char *data = buf; memset(data, 65, 99); data[99] = 0; printLine(data); {SINK}',
            'char *data = (char *)malloc(100); if (data == NULL) exit(-1); memset(data, 65, 99); data[99] = 0; printLine(data); {SINK}',
            'free(data);'),
 # more allocators that may fail, each unchecked (bad) or checked (good)
 'npd690c': ('int *data = (int *)calloc(10, sizeof(int)); {SINK} free(data);',
             'int *data = (int *)calloc(10, sizeof(int)); if (data == NULL) exit(-1); {SINK} free(data);',
             'data[0] = 5; printIntLine(data[0]);'),
 'npd690r': ('char *data = NULL; data = (char *)realloc(data, 100); {SINK} free(data);',
             'char *data = NULL; data = (char *)realloc(data, 100); if (data == NULL) exit(-1); {SINK} free(data);',
             'strcpy(data, "x"); printLine(data);'),
 'npd690s': ('char *data = strdup("abc"); {SINK} free(data);',
             'char *data = strdup("abc"); if (!data) return; {SINK} free(data);',
             'printIntLine((int)strlen(data));'),
 'npd690f': ('FILE *data = fopen("f.txt", "w"); {SINK} fclose(data);',
             'FILE *data = fopen("f.txt", "w"); if (data == NULL) exit(-1); {SINK} fclose(data);',
             'fputs("x", data);'),
 'npd690st': ('twoInts *data = (twoInts *)malloc(sizeof(twoInts)); {SINK} free(data);',
              'twoInts *data = (twoInts *)malloc(sizeof(twoInts)); if (data == NULL) exit(-1); {SINK} free(data);',
              'data->a = 1; data->b = 2; printIntLine(data->a);'),
 'npd690w': ('wchar_t *data = (wchar_t *)malloc(100 * sizeof(wchar_t)); {SINK} free(data);',
             'wchar_t *data = (wchar_t *)malloc(100 * sizeof(wchar_t)); if (data == NULL) exit(-1); {SINK} free(data);',
             'wcscpy(data, L"Initialize"); printWLine(data);'),
 'leak401w': ('wchar_t *data = (wchar_t *)malloc(100 * sizeof(wchar_t)); if (data == NULL) exit(-1); wcscpy(data, L"A String"); printWLine(data); {SINK}',
              'wchar_t *data = (wchar_t *)malloc(100 * sizeof(wchar_t)); if (data == NULL) exit(-1); wcscpy(data, L"A String"); printWLine(data); {SINK} free(data);',
              ';'),
 # CWE-775: a file or descriptor opened and never closed
 'leak775': ('FILE *data = fopen("f.txt", "w+"); if (data == NULL) exit(-1); fputs("x", data); {SINK}',
             'FILE *data = fopen("f.txt", "w+"); if (data == NULL) exit(-1); fputs("x", data); {SINK} fclose(data);',
             ';'),
 'leak775o': ('int data = open("f.txt", O_RDWR | O_CREAT, 0600); if (data == -1) exit(-1); write(data, "x", 1); {SINK}',
              'int data = open("f.txt", O_RDWR | O_CREAT, 0600); if (data == -1) exit(-1); write(data, "x", 1); {SINK} close(data);',
              ';'),
 # CWE-404: released with the other family's function
 'mm404': ('int data = open("f.txt", O_RDWR | O_CREAT, 0600); if (data != -1) { {SINK} }',
           'int data = open("f.txt", O_RDWR | O_CREAT, 0600); if (data != -1) { close(data); }',
           'fclose((FILE *)(long)data);'),
 # CWE-476: a pointer left NULL, dereferenced
 'npd476n': ('int *data = NULL; {SINK}',
             'int tmp = 5; int *data = &tmp; {SINK}',
             'printIntLine(*data);'),
 'npd476ns': ('twoInts *data = NULL; {SINK}',
              'twoInts tmp = {1, 2}; twoInts *data = &tmp; {SINK}',
              'printIntLine(data->a);'),
 # CWE-476: a check that does not guard the use
 'npd476': ('char *data = (char *)malloc(100); if (data == NULL) { {SINK} exit(-1); } free(data);',
            'char *data = (char *)malloc(100); if (data != NULL) { {SINK} free(data); }',
            'data[0] = 0; printLine(data);'),
 'npd476b': ('char *data = (char *)malloc(100); if ((data != NULL) & ({SINK} 1)) { printLine("x"); } free(data);',
             'char *data = (char *)malloc(100); if ((data != NULL) && ({SINK} 1)) { printLine("x"); } free(data);',
             'data[0] == 0 &&'),
 # more leaks: other allocators and a struct's inner buffer
 'leak401c': ('int *data = (int *)calloc(100, sizeof(int)); if (data == NULL) exit(-1); data[0] = 5; printIntLine(data[0]); {SINK}',
              'int *data = (int *)calloc(100, sizeof(int)); if (data == NULL) exit(-1); data[0] = 5; printIntLine(data[0]); {SINK} free(data);',
              ';'),
 'leak401r': ('char *data = NULL; data = (char *)realloc(data, 100); if (data == NULL) exit(-1); strcpy(data, "x"); printLine(data); {SINK}',
              'char *data = NULL; data = (char *)realloc(data, 100); if (data == NULL) exit(-1); strcpy(data, "x"); printLine(data); {SINK} free(data);',
              ';'),
 'leak401s': ('char *data = strdup("abc"); if (data == NULL) exit(-1); printLine(data); {SINK}',
              'char *data = strdup("abc"); if (data == NULL) exit(-1); printLine(data); {SINK} free(data);',
              ';'),
 'leak401in': ('holder *h = (holder *)malloc(sizeof(holder)); if (h == NULL) exit(-1); h->buf = (char *)malloc(10); if (h->buf == NULL) exit(-1); h->buf[0] = 0; {SINK} free(h);',
               'holder *h = (holder *)malloc(sizeof(holder)); if (h == NULL) exit(-1); h->buf = (char *)malloc(10); if (h->buf == NULL) exit(-1); h->buf[0] = 0; {SINK} free(h->buf); free(h);',
               'printLine(h->buf);'),
 # double free and use after free of a struct
 'df415st': ('twoInts *data = (twoInts *)malloc(sizeof(twoInts)); if (data == NULL) exit(-1); data->a = 1; free(data); {SINK}',
             'twoInts *data = (twoInts *)malloc(sizeof(twoInts)); if (data == NULL) exit(-1); data->a = 1; {SINK}',
             'free(data);'),
 'uaf416st': ('twoInts *data = (twoInts *)malloc(sizeof(twoInts)); if (data == NULL) exit(-1); data->a = 1; free(data); {SINK}',
              'twoInts *data = (twoInts *)malloc(sizeof(twoInts)); if (data == NULL) exit(-1); data->a = 1; {SINK} free(data);',
              'printIntLine(data->a);'),
 # through a struct's member, an alias, an overwrite
 'uaf416m': ('holder *h = (holder *)malloc(sizeof(holder)); if (h == NULL) exit(-1); h->buf = (char *)malloc(10); if (h->buf == NULL) exit(-1); strcpy(h->buf, "x"); free(h->buf); {SINK} free(h);',
             'holder *h = (holder *)malloc(sizeof(holder)); if (h == NULL) exit(-1); h->buf = (char *)malloc(10); if (h->buf == NULL) exit(-1); strcpy(h->buf, "x"); {SINK} free(h->buf); free(h);',
             'printLine(h->buf);'),
 'df415al': ('char *data = (char *)malloc(100); if (data == NULL) exit(-1); char *alias = data; free(data); {SINK}',
             'char *data = (char *)malloc(100); if (data == NULL) exit(-1); char *alias = data; {SINK}',
             'free(alias);'),
 'leak401ov': ('char *data = (char *)malloc(100); if (data == NULL) exit(-1); data[0] = 0; {SINK} free(data);',
               'char *data = (char *)malloc(100); if (data == NULL) exit(-1); data[0] = 0; free(data); {SINK} free(data);',
               'data = (char *)malloc(50); if (data == NULL) exit(-1);'),
 # free of memory not on the heap: alloca, static, global, string literal
 'fnh590a': ('char *data = (char *)alloca(100); data[0] = 0; printLine(data); {SINK}',
             'char *data = (char *)malloc(100); if (data == NULL) exit(-1); data[0] = 0; printLine(data); {SINK}',
             'free(data);'),
 'fnh590s': ('static char buf[100]; char *data = buf; data[0] = 0; printLine(data); {SINK}',
             'char *data = (char *)malloc(100); if (data == NULL) exit(-1); data[0] = 0; printLine(data); {SINK}',
             'free(data);'),
 'fnh590g': ('char *data = globalBuf; data[0] = 0; printLine(data); {SINK}',
             'char *data = (char *)malloc(100); if (data == NULL) exit(-1); data[0] = 0; printLine(data); {SINK}',
             'free(data);'),
 'fnh590i': ('int n = 5; int *data = &n; printIntLine(*data); {SINK}',
             'int *data = (int *)malloc(sizeof(int)); if (data == NULL) exit(-1); *data = 5; printIntLine(*data); {SINK}',
             'free(data);'),
 'fnh590l': ('char *data = "a literal"; printLine(data); {SINK}',
             'char *data = strdup("a literal"); if (data == NULL) exit(-1); printLine(data); {SINK}',
             'free(data);'),
}
CF = {
 '01': '{B}',
 '02': 'if (1) { {B} }',
 '03': 'if (5 == 5) { {B} }',
 '04': 'if (STATIC_CONST_TRUE) { {B} }',
 '05': 'if (staticTrue) { {B} }',
 '06': 'if (staticFive == 5) { {B} }',
 '07': 'if (globalFive == 5) { {B} }',
 '08': 'if (globalReturnsTrue()) { {B} }',
 '09': 'if (globalTrue) { {B} }',
 '10': 'if (globalTrue) { {B} }',
 '11': 'if (globalReturnsTrue()) { {B} }',
 '12': 'if (globalReturnsTrueOrFalse()) { {B} } else { {G} }',
 '13': 'if (globalFive == 5) { {B} }',
 '14': 'if (globalFive == 5) { {B} }',
 '15': 'switch (6) { case 6: { {B} } break; default: printLine("x"); break; }',
 '16': 'while (1) { { {B} } break; }',
 '17': 'for (int i = 0; i < 1; i++) { {B} }',
 '18': 'goto sink; sink: { {B} }',
}
# good twins of the constant-flag forms: the bad branch is dead
CFG = {
 '02': 'if (0) { printLine("x"); } else { {G} }',
 '04': 'if (STATIC_CONST_FALSE) { printLine("x"); } else { {G} }',
 '05': 'if (staticFalse) { printLine("x"); } else { {G} }',
 '08': 'if (globalReturnsFalse()) { printLine("x"); } else { {G} }',
 '09': 'if (globalFalse) { printLine("x"); } else { {G} }',
 '15': 'switch (5) { case 6: printLine("x"); break; default: { {G} } break; }',
}
DECL_ONLY = '--decl-only' in sys.argv
if DECL_ONLY:
    sys.argv.remove('--decl-only')
    for fn in ('printLine(const char *s)', 'printWLine(const wchar_t *s)', 'printIntLine(int n)'):
        i = PRE.index('void ' + fn)
        PRE = PRE[:i] + 'void ' + fn + ';' + PRE[PRE.index('\n', i):]

def body(k, which):
    bad, good, sink = K[k]
    return (bad if which == 'bad' else good).replace('{SINK}', sink)
EXTRA = {'mm762': 'static char *new_buf(void) { char *p = malloc(100); if (!p) exit(-1); return p; }\n'}

def cf_cases(out):
    """One file per control-flow case; yields (kind, is_bad, path)."""
    for k in K:
        for cf, tmpl in CF.items():
            for which in ('bad', 'good'):
                t = tmpl.replace('{B}', body(k, which)).replace('{G}', body(k, 'good'))
                if k == 'mm762' and which == 'bad':
                    t = t.replace('(char *)malloc(100)', '(char *)fopen("f", "r")').replace('char *data', 'FILE *data')
                path = f'{out}/{k}_{cf}_{which}.c'
                open(path, 'w').write(PRE + EXTRA.get(k, '') + f'void {k}_{cf}_{which}(void) {{ {t} }}\n')
                yield k, which == 'bad', path
            if cf in CFG:
                t = CFG[cf].replace('{G}', body(k, 'good'))
                path = f'{out}/{k}_{cf}_good2.c'
                open(path, 'w').write(PRE + EXTRA.get(k, '') + f'void {k}_{cf}_good2(void) {{ {t} }}\n')
                yield k, False, path

# Source and sink under two tests of the same flag, as Juliet writes its
# control-flow variants: (declaration, source, bad sink, good sink).
SPLIT = {
 'leak401': ('char *data = NULL;', 'data = (char *)malloc(100); if (data == NULL) exit(-1); strcpy(data, "x"); printLine(data);',
             ';', 'free(data);'),
 'df415': ('char *data = NULL;', 'data = (char *)malloc(100); if (data == NULL) exit(-1); free(data);',
           'free(data);', ';'),
 'uaf416': ('char *data = NULL;', 'data = (char *)malloc(100); if (data == NULL) exit(-1); strcpy(data, "x"); free(data);',
            'printLine(data);', ';'),
 'npd690': ('char *data = NULL;', 'data = (char *)malloc(100);',
            'data[0] = 0; free(data);', 'if (data != NULL) { data[0] = 0; free(data); }'),
 'npd476n': ('int *data = NULL; int tmp = 5;', 'data = NULL;', 'printIntLine(*data);', 'if (data != NULL) printIntLine(*data);'),
}
FLAGS = {  # variant: (true test, false test)
 '02': ('1', '0'), '03': ('5 == 5', '5 != 5'), '04': ('STATIC_CONST_TRUE', 'STATIC_CONST_FALSE'),
 '05': ('staticTrue', 'staticFalse'), '06': ('STATIC_CONST_FIVE == 5', 'STATIC_CONST_FIVE != 5'),
 '07': ('staticFive == 5', 'staticFive != 5'), '08': ('staticReturnsTrue()', 'staticReturnsFalse()'),
 '09': ('GLOBAL_CONST_TRUE', 'GLOBAL_CONST_FALSE'), '10': ('globalTrue', 'globalFalse'),
 '11': ('globalReturnsTrue()', 'globalReturnsFalse()'), '13': ('GLOBAL_CONST_FIVE == 5', 'GLOBAL_CONST_FIVE != 5'),
 '14': ('globalFive == 5', 'globalFive != 5'),
}

def split_cases(out):
    """Bad: if (T) {source} if (T) {bad sink}; good: the sink fixed under
    if (F) {...} else {...} and under if (T) {...}."""
    for k, (decl, src, bad, good) in SPLIT.items():
        for v, (t, f) in FLAGS.items():
            bodies = {'bad': f'if ({t}) {{ {src} }} if ({t}) {{ {bad} }}',
                      'good1': f'if ({t}) {{ {src} }} if ({f}) {{ printLine("x"); }} else {{ {good} }}',
                      'good2': f'if ({t}) {{ {src} }} if ({t}) {{ {good} }}'}
            for which, b in bodies.items():
                path = f'{out}/{k}_{v}_{which}.c'
                open(path, 'w').write(PRE + f'void {k}_{v}_{which}(void) {{ {decl} {b} }}\n')
                yield k + '-2if', which == 'bad', path

HDR = '#include <alloca.h>\n#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\nvoid printLine(const char *s);\n'
KINDS = {  # (pre-action in source, sink action) for bad and good
 'df415': (('free(data);', 'free(D);'), ('', 'free(D);')),
 'uaf416': (('free(data);', 'printLine(D);'), ('', 'printLine(D); free(D);')),
 'leak401': (('', 'printLine(D);'), ('', 'printLine(D); free(D);')),
 'npd690': (('', 'D[0] = 0; printLine(D); free(D);'), ('', 'D[0] = 0; printLine(D); free(D);')),
 'fnh590': (('', 'printLine(D); free(D);'), ('', 'printLine(D); free(D);')),
 'fnh590s': (('', 'printLine(D); free(D);'), ('', 'printLine(D); free(D);')),
 'mm762': (('', 'free(D);'), ('', 'free(D);')),
 'npd476n': (('', 'D[0] = 0; printLine(D);'), ('', 'D[0] = 0; printLine(D);')),
}
ALLOC = 'char *data = (char *)malloc(100); if (data == NULL) exit(-1); strcpy(data, "x");'
# the allocation of kinds whose bad case is in it: (bad, good)
KIND_ALLOC = {'npd690': ('char *data = (char *)malloc(100);', ALLOC),
              'fnh590': ('char *data = (char *)alloca(100); strcpy(data, "x");', ALLOC),
              'fnh590s': ('static char dataBuf[100]; char *data = dataBuf; strcpy(data, "x");', ALLOC),
              'mm762': ('char *data = (char *)fopen("f.txt", "r"); if (data == NULL) exit(-1);', ALLOC),
              'npd476n': ('char *data = NULL;', 'static char dataBuf[8] = "x"; char *data = dataBuf;')}
def variants(pre, sink, ALLOC=ALLOC):
    S = lambda d: sink.replace('D', d)
    v = {}
    v['31'] = {'main.c': f'void f(void) {{ {ALLOC} {pre} {{ char *dataCopy = data; char *data2 = dataCopy; {S("data2")} }} }}'}
    v['32'] = {'main.c': f'void f(void) {{ char *data; char **p1 = &data; char **p2 = &data; {{ {ALLOC.replace("data", "d")} *p1 = d; }} {{ char *dd = *p2; data = dd; {pre} }} {{ char *d3 = *p2; {S("d3")} }} }}'}
    v['34'] = {'main.c': f'union U {{ char *a; char *b; }}; void f(void) {{ union U u; {ALLOC} {pre} u.a = data; {{ char *d = u.b; {S("d")} }} }}'}
    v['41'] = {'main.c': f'static void sink(char *data) {{ {S("data")} }} void f(void) {{ {ALLOC} {pre} sink(data); }}'}
    v['42'] = {'main.c': f'static char *source(char *data) {{ {ALLOC.replace("char *data", "data")} {pre} return data; }} void f(void) {{ char *data = NULL; data = source(data); {S("data")} }}'}
    v['45'] = {'main.c': f'static char *gData; static void sink(void) {{ char *data = gData; {S("data")} }} void f(void) {{ {ALLOC} {pre} gData = data; sink(); }}'}
    v['51'] = {'main.c': f'void sink51(char *data); void f(void) {{ {ALLOC} {pre} sink51(data); }}',
               'other.c': f'void sink51(char *data) {{ {S("data")} }}'}
    v['52'] = {'main.c': f'void sinkB(char *data); void f(void) {{ {ALLOC} {pre} sinkB(data); }}',
               'b.c': 'void sinkC(char *data); void sinkB(char *data) { sinkC(data); }',
               'c.c': f'void sinkC(char *data) {{ {S("data")} }}'}
    v['54'] = {'main.c': f'static void s5(char *data) {{ {S("data")} }} static void s4(char *d) {{ s5(d); }} static void s3(char *d) {{ s4(d); }} static void s2(char *d) {{ s3(d); }} void f(void) {{ {ALLOC} {pre} s2(data); }}'}
    v['61'] = {'main.c': f'char *source61(void); void f(void) {{ char *data = source61(); {S("data")} }}',
               'other.c': f'char *source61(void) {{ {ALLOC} {pre} return data; }}'}
    v['63'] = {'main.c': f'static void sink(char **dp) {{ char *data = *dp; {S("data")} }} void f(void) {{ {ALLOC} {pre} sink(&data); }}'}
    v['64'] = {'main.c': f'static void sink(void *vp) {{ char **dp = (char **)vp; char *data = *dp; {S("data")} }} void f(void) {{ {ALLOC} {pre} sink(&data); }}'}
    v['66'] = {'main.c': f'static void sink(char *arr[]) {{ char *data = arr[2]; {S("data")} }} void f(void) {{ char *arr[5]; {ALLOC} {pre} arr[2] = data; sink(arr); }}'}
    v['67'] = {'main.c': f'struct S {{ char *a; }}; static void sink(struct S s) {{ char *data = s.a; {S("data")} }} void f(void) {{ struct S s; {ALLOC} {pre} s.a = data; sink(s); }}'}
    v['68'] = {'main.c': f'char *g68; void sink68(void); void f(void) {{ {ALLOC} {pre} g68 = data; sink68(); }}',
               'other.c': f'extern char *g68; void sink68(void) {{ char *data = g68; {S("data")} }}'}
    # the sink acts only when a flag the caller sets says so (static, or a global of another file)
    v['21'] = {'main.c': f'static int sinkOn = 0; static void sink(char *data) {{ if (sinkOn) {{ {S("data")} }} }} void f(void) {{ {ALLOC} {pre} sinkOn = 1; sink(data); }}'}
    v['22'] = {'main.c': f'int sinkOn22 = 0; void sink22(char *data); void f(void) {{ {ALLOC} {pre} sinkOn22 = 1; sink22(data); }}',
               'other.c': f'extern int sinkOn22; void sink22(char *data) {{ if (sinkOn22) {{ {S("data")} }} }}'}
    # Juliet's 65-67 put the sink in another file
    v['65'] = {'main.c': f'void sink65(char *data); void f(void) {{ void (*fp)(char *) = sink65; {ALLOC} {pre} fp(data); }}',
               'other.c': f'void sink65(char *data) {{ {S("data")} }}'}
    v['66x'] = {'main.c': f'void sink66(char *arr[]); void f(void) {{ char *arr[5]; {ALLOC} {pre} arr[2] = data; sink66(arr); }}',
                'other.c': f'void sink66(char *arr[]) {{ char *data = arr[2]; {S("data")} }}'}
    v['67x'] = {'main.c': f'struct S67 {{ char *a; }}; void sink67(struct S67 s); void f(void) {{ struct S67 s; {ALLOC} {pre} s.a = data; sink67(s); }}',
                'other.c': f'struct S67 {{ char *a; }}; void sink67(struct S67 s) {{ char *data = s.a; {S("data")} }}'}
    v['44'] = {'main.c': f'static void sink(char *data) {{ {S("data")} }} void f(void) {{ void (*fp)(char *) = sink; {ALLOC} {pre} fp(data); }}'}
    return v

def df_cases(out):
    """One compile database per data-flow case; yields (kind, is_bad, dir)."""
    for k, (bad, good) in KINDS.items():
        for which, (pre, sink) in (('bad', bad), ('good', good)):
            alloc = KIND_ALLOC[k][which == 'good'] if k in KIND_ALLOC else ALLOC
            for name, files in variants(pre, sink, alloc).items():
                d = f'{out}/{k}_{name}_{which}'
                os.makedirs(d)
                files = dict(files)
                if not DECL_ONLY:
                    files['util.c'] = '#include <stdio.h>\nvoid printLine(const char *s) { puts(s); }'
                db = []
                for fn, txt in files.items():
                    open(f'{d}/{fn}', 'w').write(HDR + txt + '\n')
                    db.append({'directory': d, 'file': f'{d}/{fn}', 'arguments': ['cc', '-c', fn, '-w']})
                json.dump(db, open(f'{d}/compile_commands.json', 'w'))
                yield k + '-df', which == 'bad', d

def findings(memcheck, case):
    args = ['-p', case] if os.path.isdir(case) else [case, '--', '-std=gnu11', '-w']
    out = subprocess.run([memcheck, '--no-color', '--quiet'] + args, capture_output=True, text=True).stdout
    return len(re.findall(r'^\S+:\d+:\d+: (?:note|warning|error): .*\[[a-z-]+\]$', out, re.M))

def main():
    memcheck = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', 'build', 'memcheck')
    score = collections.defaultdict(lambda: [0, 0, 0, 0])
    missed, alarms = [], []
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(f'{tmp}/cf'); os.makedirs(f'{tmp}/df'); os.makedirs(f'{tmp}/split')
        cases = list(cf_cases(f'{tmp}/cf')) + list(df_cases(f'{tmp}/df')) + list(split_cases(f'{tmp}/split'))
        for kind, bad, case in cases:
            if len(sys.argv) > 2 and kind not in sys.argv[2:]:
                continue
            n = findings(memcheck, case)
            s = score[kind]
            if bad:
                s[0] += n > 0; s[1] += 1
                if not n: missed.append(os.path.basename(case))
            else:
                s[2] += n > 0; s[3] += 1
                if n: alarms.append(os.path.basename(case))
    print(f'{"kind":12} {"found":>9} {"false alarms":>13}')
    for kind, (tp, nb, fp, ng) in sorted(score.items()):
        print(f'{kind:12} {tp:>4}/{nb:<4} {fp:>6}/{ng:<6}')
    print('missed:', ' '.join(sorted(missed)) or '-')
    print('false alarms:', ' '.join(sorted(alarms)) or '-')

if __name__ == '__main__':
    main()
