// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* leak: fdopen() and fdopendir() take the descriptor only when they succeed;
   when they fail it is still the caller's to close. */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

// CHECK: fdopen.c:[[@LINE+1]]:125: warning: file descriptor 'fd' allocated by open() at line [[@LINE+1]] leaks on the error path returning -1 at line [[@LINE+1]] (taken when 'f' is NULL at line [[@LINE+1]]) [leak]
int fdopen_bad(const char *path) { int fd = open(path, O_RDONLY); if (fd < 0) return -1; FILE *f = fdopen(fd, "r"); if (!f) return -1; fclose(f); return 0; }
int fdopen_ok(const char *path) { int fd = open(path, O_RDONLY); if (fd < 0) return -1; FILE *f = fdopen(fd, "r"); if (!f) { close(fd); return -1; } fclose(f); return 0; }
int fdopen_else_ok(const char *path) { int fd = open(path, O_RDONLY); if (fd < 0) return -1; FILE *f = fdopen(fd, "r"); if (f) { fclose(f); return 0; } close(fd); return -1; }
// CHECK: fdopen.c:[[@LINE+1]]:132: warning: file descriptor 'fd' allocated by open() at line [[@LINE+1]] leaks on the error path returning -1 at line [[@LINE+1]] (taken when 'd == NULL' at line [[@LINE+1]]) [leak]
int fdopendir_bad(const char *path) { int fd = open(path, O_RDONLY); if (fd < 0) return -1; DIR *d = fdopendir(fd); if (d == NULL) return -1; closedir(d); return 0; }
int fdopendir_ok(const char *path) { int fd = open(path, O_RDONLY); if (fd < 0) return -1; DIR *d = fdopendir(fd); if (d == NULL) { close(fd); return -1; } closedir(d); return 0; }
/* on success the stream owns the descriptor: closing the stream is enough */
int fdopen_success_ok(int sock) { int fd = dup(sock); if (fd < 0) return -1; FILE *f = fdopen(fd, "w"); if (!f) { close(fd); return -1; } fputs("x", f); return fclose(f); }
