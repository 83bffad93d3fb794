// RUN: %memcheck --fail-on error --rules=unchecked-alloc,leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* getline() fills its buffer through its first argument and says how it went in
 * its result: negative when it failed. A test of the result that leaves no
 * negative value on one side (`n < 1` is false, `n > 0` is true) is a check;
 * the other side also holds successes, so what it does stays open. The buffer
 * may also come through a T ** that is no address (a parameter's *path). */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>

int skip_blanks(FILE *in)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = getline(&line, &cap, in);
    if (n < 1)
        goto done;
    for (char *p = line; *p == ' '; p++)
        ;
done:
    free(line);
    return 0;
}

int first_char(FILE *in)
{
    char *line = NULL;
    size_t cap = 0;
    int c = -1;
    ssize_t n = getline(&line, &cap, in);
    if (n > 0)
        c = line[0];
    free(line);
    return c;
}

// CHECK: getline-status.c:[[@LINE+8]]:13: warning: 'line' from getline() at line [[@LINE+6]] may be -1: dereferenced without a check [unchecked-alloc]
int first_char_wrong_side(FILE *in)
{
    char *line = NULL;
    size_t cap = 0;
    int c = -1;
    ssize_t n = getline(&line, &cap, in);
    if (n < 1)
        c = line[0];
    free(line);
    return c;
}

/* *path is the caller's: getline puts the new buffer there */
int read_name(char **path, FILE *in)
{
    size_t cap = 0;
    free(*path);
    *path = NULL;
    ssize_t len = getline(path, &cap, in);
    if (len < 1)
        return -1;
    if ((*path)[len - 1] == '\n')
        (*path)[len - 1] = '\0';
    return 0;
}

/* a failed getline may still have allocated the buffer */
// CHECK: getline-status.c:[[@LINE+9]]:9: warning: memory 'pp' allocated by getline() at line [[@LINE+7]] leaks on the error path returning -1 at line [[@LINE+9]] [leak]
// CHECK: getline-status.c:[[@LINE+10]]:5: warning: memory 'pp' allocated by getline() at line [[@LINE+6]] leaks on the path returning 0 at line [[@LINE+10]] [leak]
int read_through_local(FILE *in)
{
    char *line = NULL;
    char **pp = &line;
    size_t cap = 0;
    ssize_t len = getline(pp, &cap, in);
    if (len < 1)
        return -1;
    printf("%s", line);
    return 0;
}
