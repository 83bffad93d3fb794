// RUN: %memcheck --fail-on never --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* What a branch learned of an object's bits (`S_ISREG(st->st_mode)`: the
 * kind of file a stat describes) outlives the widening past 12 states at a
 * block. libarchive's entry_from_file opens a descriptor for regular files
 * and directories only, and its later returns under S_ISLNK() leak nothing:
 * `st` may point to the caller's stat or to its own, the descriptor may be
 * the caller's or its own, and those paths bring more than 12 states. */
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>


int entry_ok(const char *path, const struct stat *st, int fd, int want_flags)
{
    struct stat s;
    if (st == NULL) {
        if (lstat(path, &s) != 0)
            return -1;
        st = &s;
    }
    if (want_flags && (S_ISREG(st->st_mode) || S_ISDIR(st->st_mode))) {
        if (fd < 0)
            fd = open(path, O_RDONLY);
        if (fd >= 0)
            fsync(fd);
    }
    if (S_ISLNK(st->st_mode)) {
        char *target = malloc(64);
        if (target == NULL)
            return -1;
        free(target);
    }
    return fd;
}

/* the same paths, but a regular file too big to read returns with the
   descriptor it opened still open */
int entry_bad(const char *path, const struct stat *st, int fd, int want_flags)
{
    struct stat s;
    if (st == NULL) {
        if (lstat(path, &s) != 0)
            return -1;
        st = &s;
    }
    if (want_flags && (S_ISREG(st->st_mode) || S_ISDIR(st->st_mode))) {
        if (fd < 0)
            fd = open(path, O_RDONLY);
        if (fd >= 0)
            fsync(fd);
    }
    if (S_ISREG(st->st_mode) && st->st_size > 1 << 20)
        // CHECK: object-kind-past-12-states.c:[[@LINE+1]]:9: warning: file descriptor 'fd' allocated by open() at line {{[0-9]+}} leaks on the error path returning -1 at line [[@LINE+1]]
        return -1;
    return fd;
}
