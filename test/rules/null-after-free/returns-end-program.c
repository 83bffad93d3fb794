// RUN: %memcheck --fail-on never --rules=null-after-free,leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A function whose every call is the status of exit() (tmux's
 * `exit(client_main(...))`) or what main() returns (`return run(argc);`)
 * ends the program when it returns, as main() does: what it leaves dangling
 * or still holds then is nobody's to reset or free (leaks-at-exit: true
 * asks for the leaks). One also called as a statement returns to its caller. */
#include <stdlib.h>
#include <string.h>

char *global_env;
static char *scratch;

int client_main(int argc)
{
    char *buf = malloc(16);
    if (buf == NULL)
        return 1;
    free(global_env);
    if (argc > 2)
        return 1;
    free(buf);
    return 0;
}

static int run(int argc)
{
    scratch = malloc(8);
    if (scratch == NULL)
        return 1;
    free(scratch);
    return argc > 1;
}

static int serve(int argc)
{
    char *buf = malloc(16);
    if (buf == NULL)
        return 1;
    // CHECK: returns-end-program.c:[[@LINE+1]]:5: warning: 'global_env' is released by free() but still points to the freed memory when serve() returns at line [[@LINE+4]]
    free(global_env);
    if (argc > 2)
        // CHECK: returns-end-program.c:[[@LINE+1]]:9: warning: memory 'buf' allocated by malloc() at line {{[0-9]+}} leaks on the path returning 1 at line [[@LINE+1]]
        return 1;
    free(buf);
    return 0;
}

int main(int argc, char **argv)
{
    (void)argv;
    global_env = strdup("x");
    if (argc > 5)
        return run(argc);
    if (argc > 4)
        exit(client_main(argc));
    if (argc > 3)
        exit(serve(argc));
    serve(argc);
    return 0;
}
