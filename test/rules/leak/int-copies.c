// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A descriptor opened only when the caller gave none: `myfd = fd`, then a
 * branch on either says what both hold, so the close under `if (fd < 0)` is
 * the close of what was opened (libarchive's set_fflags_platform), also past
 * the bound on a block's states, where the other integers are forgotten. */
#include <errno.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

void report_error(int e, const char *msg);

int set_flags(int fd, const char *name, unsigned long set, unsigned long clear)
{
    int myfd = fd, ret = 0, flags;
    if (set == 0 && clear == 0)
        return 0;
    if (myfd < 0)
        myfd = open(name, O_RDONLY | O_NONBLOCK);
    if (myfd < 0)
        return 0;
    if (ioctl(myfd, 1, &flags) < 0)
        goto fail;
    flags = (flags & ~clear) | set;
    if (ioctl(myfd, 2, &flags) >= 0)
        goto cleanup;
    if (errno != EPERM)
        goto fail;
    flags &= ~0x30;
    if (ioctl(myfd, 2, &flags) >= 0)
        goto cleanup;
fail:
    report_error(errno, "cannot set flags");
    ret = -1;
cleanup:
    if (fd < 0)
        close(myfd);
    return ret;
}

int assigned_copy(int fd, const char *name)
{
    int myfd;
    myfd = fd;
    if (myfd < 0)
        myfd = open(name, O_RDONLY);
    if (myfd < 0)
        return -1;
    int r = (int)write(myfd, "x", 1);
    if (fd < 0)
        close(myfd);
    return r;
}

// CHECK: int-copies.c:[[@LINE+9]]:9: warning: file descriptor 'myfd' allocated by open() at line [[@LINE+5]] leaks on the error path returning -1 at line [[@LINE+9]]
int early_return(int fd, const char *name)
{
    int myfd = fd, flags;
    if (myfd < 0)
        myfd = open(name, O_RDONLY);
    if (myfd < 0)
        return 0;
    if (ioctl(myfd, 1, &flags) < 0)
        return -1;
    if (fd < 0)
        close(myfd);
    return flags;
}

/* a copy changed after the copy says nothing of the original any more */
// CHECK: int-copies.c:[[@LINE+11]]:5: warning: file descriptor 'myfd' allocated by open() at line [[@LINE+6]] leaks on the path returning 0 at line [[@LINE+11]]
int copy_then_changed(int fd, const char *name)
{
    int myfd = fd;
    myfd--;
    if (myfd < 0)
        myfd = open(name, O_RDONLY);
    if (myfd < 0)
        return -1;
    if (fd < 0)
        close(myfd);
    return 0;
}
