// RUN: %memcheck --fail-on never --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* The exec family returns only when it fails, and then returns -1 (the model
 * key `returns: -1`): a test of its result has one feasible side. */
#include <stdlib.h>
#include <unistd.h>

int exec_or_exit(char *const argv[])
{
    char *buf = malloc(16);
    if (!buf)
        return -1;
    if (execv(argv[0], argv) < 0) {
        free(buf);
        _exit(127);
    }
    return 0; /* never reached: execv returned, so it returned -1 */
}

int exec_not_failed(char *const argv[], char *const envp[])
{
    char *buf = malloc(16);
    if (!buf)
        return -1;
    if (execve(argv[0], argv, envp) != -1)
        return 0; /* never reached */
    free(buf);
    return -1;
}

int exec_then_exit(const char *path)
{
    char *buf = malloc(16);
    if (!buf)
        return -1;
    execl(path, path, (char *)NULL);
    free(buf);
    _exit(127);
}

int exec_fails_leaks(char *const argv[])
{
    char *buf = malloc(16);
    if (!buf)
        return -1;
    if (execvp(argv[0], argv) == -1)
// CHECK: exec-returns.c:[[@LINE+1]]:9: warning: memory 'buf' allocated by malloc() at line {{[0-9]+}} leaks on the error path returning -1 at line [[@LINE+1]] [leak]
        return -1;
    free(buf);
    return 0;
}
