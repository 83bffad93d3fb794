// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* leak: POSIX resources beyond FILE * and memory: pipes to commands, directory
 * streams and their listings, mappings, sockets, libraries, and the buffers
 * getline, asprintf and realpath allocate. */
#define _GNU_SOURCE
#include <dirent.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>

// CHECK: more-resources.c:[[@LINE+1]]:126: warning: process stream 'p' allocated by popen() at line {{[0-9]+}} leaks on the error path returning -1 at line {{[0-9]+}} [leak]
int popen_bad(const char *cmd) { FILE *p = popen(cmd, "r"); if (!p) return -1; char buf[64]; if (!fgets(buf, sizeof buf, p)) return -1; return pclose(p); }
int popen_ok(const char *cmd) { FILE *p = popen(cmd, "r"); if (!p) return -1; char buf[64]; int ok = fgets(buf, sizeof buf, p) != NULL; pclose(p); return ok; }
// CHECK: more-resources.c:[[@LINE+1]]:130: warning: directory stream 'd' allocated by opendir() at line {{[0-9]+}} leaks on the path returning n at line {{[0-9]+}} [leak]
int dir_count_bad(const char *path) { DIR *d = opendir(path); if (!d) return -1; int n = 0; while (readdir(d)) n++; if (n > 100) return n; closedir(d); return n; }
int dir_count_ok(const char *path) { DIR *d = opendir(path); if (!d) return -1; int n = 0; while (readdir(d)) n++; closedir(d); return n; }
// CHECK: more-resources.c:[[@LINE+1]]:126: warning: mapping 'm' allocated by mmap() at line {{[0-9]+}} leaks on the path returning m[0] at line {{[0-9]+}} [leak]
long map_bad(int fd, size_t len) { char *m = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0); if (m == MAP_FAILED) return -1; return m[0]; }
long map_ok(int fd, size_t len) { char *m = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0); if (m == MAP_FAILED) return -1; long c = m[0]; munmap(m, len); return c; }
// CHECK: more-resources.c:[[@LINE+1]]:109: warning: file descriptor 's' allocated by socket() at line {{[0-9]+}} leaks on the error path returning -1 at line {{[0-9]+}} (taken when 'listen(s, 4) < 0' at line {{[0-9]+}}) [leak]
int socket_bad(void) { int s = socket(AF_INET, SOCK_STREAM, 0); if (s < 0) return -1; if (listen(s, 4) < 0) return -1; close(s); return 0; }
int socket_ok(void) { int s = socket(AF_INET, SOCK_STREAM, 0); if (s < 0) return -1; if (listen(s, 4) < 0) { close(s); return -1; } return s; }
// CHECK: more-resources.c:[[@LINE+1]]:87: warning: shared object handle 'h' allocated by dlopen() at line {{[0-9]+}} leaks on the path returning 0 at line {{[0-9]+}} [leak]
int dlopen_bad(const char *lib) { void *h = dlopen(lib, RTLD_NOW); if (!h) return -1; return 0; }
int dlopen_ok(const char *lib) { void *h = dlopen(lib, RTLD_NOW); if (!h) return -1; int ok = dlsym(h, "init") != NULL; dlclose(h); return ok; }
// CHECK: more-resources.c:[[@LINE+1]]:103: warning: memory 'line' allocated by getline() at line {{[0-9]+}} leaks on the path returning (value) at line {{[0-9]+}} [leak]
size_t getline_bad(FILE *f) { char *line = NULL; size_t cap = 0; ssize_t n = getline(&line, &cap, f); return n > 0 ? (size_t)n : 0; }
size_t getline_ok(FILE *f) { char *line = NULL; size_t cap = 0; ssize_t n = getline(&line, &cap, f); free(line); return n > 0 ? (size_t)n : 0; }
// CHECK: more-resources.c:[[@LINE+1]]:78: warning: memory 's' allocated by asprintf() at line {{[0-9]+}} leaks on the path returning puts(s) at line {{[0-9]+}} [leak]
int asprintf_bad(int v) { char *s; if (asprintf(&s, "%d", v) < 0) return -1; return puts(s); }
int asprintf_ok(int v) { char *s; if (asprintf(&s, "%d", v) < 0) return -1; int r = puts(s); free(s); return r; }
// CHECK: more-resources.c:[[@LINE+1]]:89: warning: memory 'full' allocated by realpath() at line {{[0-9]+}} leaks on the path returning puts(full) at line {{[0-9]+}} [leak]
int realpath_bad(const char *p) { char *full = realpath(p, NULL); if (!full) return -1; return puts(full); }
int realpath_buffer_ok(const char *p) { char buf[PATH_MAX]; char *full = realpath(p, buf); return full ? puts(full) : -1; }
int scandir_ok(const char *path) { struct dirent **list; int n = scandir(path, &list, NULL, alphasort); if (n < 0) return -1; for (int i = 0; i < n; i++) free(list[i]); free(list); return n; }
int fdopen_ok(int fd) { FILE *f = fdopen(fd, "r"); if (!f) return -1; int c = fgetc(f); fclose(f); return c; }
// CHECK: more-resources.c:[[@LINE+1]]:68: warning: file descriptor 'copy' allocated by dup() at line {{[0-9]+}} leaks on the error path returning (value) at line {{[0-9]+}} [leak]
int dup_bad(int fd) { int copy = dup(fd); if (copy < 0) return -1; return write(copy, "x", 1) == 1 ? 0 : -1; }
