// RUN: %memcheck --fail-on never --rules=null-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* What a teardown releases dies with it: the fields of the one struct a
 * teardown-named function (config_cleanup, loop_fini, net_deinit, or a
 * destroyer of its contents: config_free_contents) is given,
 * the module state a parameterless one releases, and anything main() frees
 * before it returns, as the program ends. A function of another name, or a
 * teardown's other objects, still leave a dangling pointer behind. */
#include <stdlib.h>

struct config { char *name; char *path; struct config *parent; };
static char *line_buf;
static char **topics;

void config_cleanup(struct config *c)
{
    free(c->name);
    free(c->path);
    // CHECK: teardown.c:[[@LINE+1]]:5: warning: 'c->parent->name' is released by free() but still points to the freed memory when config_cleanup() returns at line [[@LINE+2]] [null-after-free]
    free(c->parent->name);
}

void net_deinit(void)
{
    free(line_buf);
    free(topics);
}

void config_reset(struct config *c)
{
    // CHECK: teardown.c:[[@LINE+1]]:5: warning: 'c->name' is released by free() but still points to the freed memory when config_reset() returns at line [[@LINE+2]] [null-after-free]
    free(c->name);
}

/* a destroy verb whose object is the struct's insides tears it down too
 * (mosquitto_message_free_contents: "leaving the struct unallocated") */
void config_free_contents(struct config *c)
{
    free(c->name);
    free(c->path);
}

/* ... but not a part of them */
void config_free_name(struct config *c)
{
    // CHECK: teardown.c:[[@LINE+1]]:5: warning: 'c->name' is released by free() but still points to the freed memory when config_free_name() returns at line [[@LINE+2]] [null-after-free]
    free(c->name);
}

void flush_lines(void)
{
    // CHECK: teardown.c:[[@LINE+1]]:5: warning: 'line_buf' is released by free() but still points to the freed memory when flush_lines() returns at line [[@LINE+2]] [null-after-free]
    free(line_buf);
}

int main(void)
{
    line_buf = malloc(64);
    topics = calloc(4, sizeof *topics);
    free(topics);
    free(line_buf);
    return 0;
}
