// RUN: %memcheck --fail-on never --rules=leak,double-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* pipe(), pipe2() and socketpair() make two descriptors, in the first two
 * elements of the array they are given, both or neither: a failed call
 * (nonzero) holds nothing, and a successful one holds both ends. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

int spawn_reader(const char *path)
{
    int fds[2];
    if (pipe(fds) != 0)
        return -1;
    pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        return -1;
    }
    if (pid == 0) {
        close(fds[0]);
        dup2(fds[1], STDOUT_FILENO);
        close(fds[1]);
        execl(path, path, (char *)0);
        _exit(127);
    }
    close(fds[1]);
    return fds[0];
}

int spawn_leaks_write_end(const char *path)
{
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0)
        return -1;
    pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        return -1;
    }
    if (pid == 0) {
        dup2(fds[1], STDOUT_FILENO);
        execl(path, path, (char *)0);
        _exit(127);
    }
    // CHECK: pipe-pair.c:[[@LINE+1]]:5: warning: file descriptor 'fds[1]' allocated by pipe2() at line {{[0-9]+}} leaks on the path returning fds[0] at line [[@LINE+1]]
    return fds[0];
}

int pair_leaks_on_fork_failure(void)
{
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0)
        return -1;
    pid_t pid = fork();
    if (pid < 0)
        // one finding a line: both ends leak here, the first is named
        // CHECK: pipe-pair.c:[[@LINE+1]]:9: warning: file descriptor 'sv[0]' allocated by socketpair() at line {{[0-9]+}} leaks on the error path returning -1 at line [[@LINE+1]]
        return -1;
    if (pid == 0) {
        close(sv[0]);
        _exit(0);
    }
    close(sv[1]);
    return sv[0];
}

void closes_twice(void)
{
    int fds[2];
    if (pipe(fds) == -1)
        return;
    close(fds[0]);
    close(fds[1]);
    // CHECK: pipe-pair.c:[[@LINE+1]]:5: error: 'fds[1]' is released twice: close() here, after close() at line [[@LINE-1]] already released it
    close(fds[1]);
}
