// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* leak: FILE*, descriptors, DIR*, mmap, popen, getline, asprintf,
 * posix_memalign and strdup, each released on every path or not. */
#define _GNU_SOURCE /* asprintf */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>

int count_lines_ok(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    int n = 0, c;
    while ((c = fgetc(f)) != EOF)
        if (c == '\n')
            n++;
    fclose(f);
    return n;
}

int first_byte_bad(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    int c = fgetc(f);
    if (c == EOF)
// CHECK: resources.c:[[@LINE+1]]:9: warning: file 'f' allocated by fopen() at line {{[0-9]+}} leaks on the error path returning -1 at line {{[0-9]+}} (taken when 'c == -1' at line {{[0-9]+}}) [leak]
        return -1;
    fclose(f);
    return c;
}

int read_header_ok(const char *path, char *buf, size_t len)
{
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return -1;
    ssize_t got = read(fd, buf, len);
    close(fd);
    return got < 0 ? -1 : 0;
}

int connect_bad(int port)
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0)
        return -1;
    if (port <= 0)
// CHECK: resources.c:[[@LINE+1]]:9: warning: file descriptor 's' allocated by socket() at line {{[0-9]+}} leaks on the error path returning -1 at line {{[0-9]+}} [leak]
        return -1;
    close(s);
    return 0;
}

int count_entries_ok(const char *path)
{
    DIR *d = opendir(path);
    if (!d)
        return -1;
    int n = 0;
    while (readdir(d))
        n++;
    closedir(d);
    return n;
}

/* fdopendir() hands the descriptor to the stream: closedir() closes both */
int count_fd_entries_ok(const char *path)
{
    int fd = open(path, O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return -1;
    DIR *d = fdopendir(fd);
    if (!d) {
        close(fd);
        return -1;
    }
    int n = 0;
    while (readdir(d))
        n++;
    closedir(d);
    return n;
}

int count_fd_entries_bad(const char *path)
{
    int fd = open(path, O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return -1;
    DIR *d = fdopendir(fd);
    /* a failed fdopendir() leaves fd with the caller */
    if (!d)
        // CHECK: resources.c:[[@LINE+1]]:9: warning: file descriptor 'fd' allocated by open() at line {{[0-9]+}} leaks on the error path returning -1 at line [[@LINE+1]] (taken when 'd' is NULL at line {{[0-9]+}}) [leak]
        return -1;
    int n = 0;
    while (readdir(d))
        n++;
    closedir(d);
    return n;
}

int map_sum_bad(int fd, size_t len)
{
    unsigned char *m = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
    if (m == MAP_FAILED)
        return -1;
    if (len < 4)
// CHECK: resources.c:[[@LINE+1]]:9: warning: mapping 'm' allocated by mmap() at line {{[0-9]+}} leaks on the path returning 0 at line {{[0-9]+}} [leak]
        return 0;
    int sum = m[0] + m[1];
    munmap(m, len);
    return sum;
}

int run_cmd_ok(const char *cmd)
{
    FILE *p = popen(cmd, "r");
    if (!p)
        return -1;
    char line[128];
    while (fgets(line, sizeof line, p))
        fputs(line, stdout);
    return pclose(p);
}

int print_lines_bad(FILE *in)
{
    char *line = NULL;
    size_t cap = 0;
    int n = 0;
    while (getline(&line, &cap, in) > 0)
        n++;
// CHECK: resources.c:[[@LINE+1]]:5: warning: memory 'line' allocated by getline() at line {{[0-9]+}} leaks on the path returning n at line {{[0-9]+}} [leak]
    return n;
}

int print_lines_ok(FILE *in)
{
    char *line = NULL;
    size_t cap = 0;
    int n = 0;
    while (getline(&line, &cap, in) > 0)
        n++;
    free(line);
    return n;
}

int format_ok(int v)
{
    char *s;
    if (asprintf(&s, "value=%d", v) < 0)
        return -1;
    puts(s);
    free(s);
    return 0;
}

int format_bad(int v)
{
    char *s;
    if (asprintf(&s, "value=%d", v) < 0)
        return -1;
// CHECK: resources.c:[[@LINE+1]]:5: warning: memory 's' allocated by asprintf() at line {{[0-9]+}} leaks on the path returning puts(s) at line {{[0-9]+}} [leak]
    return puts(s);
}

int aligned_ok(size_t n)
{
    void *p;
    if (posix_memalign(&p, 64, n) != 0)
        return -1;
    memset(p, 0, n);
    free(p);
    return 0;
}

size_t name_len_bad(const char *name)
{
    char *copy = strdup(name);
    if (!copy)
        return 0;
// CHECK: resources.c:[[@LINE+1]]:5: warning: memory 'copy' allocated by strdup() at line {{[0-9]+}} leaks on the path returning strlen(copy) at line {{[0-9]+}} [leak]
    return strlen(copy);
}
