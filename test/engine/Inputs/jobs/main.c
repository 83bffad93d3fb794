/* Callers of queue.c: a block queued with job_queue() is the job's; one only
 * printed with say() is still the caller's, and leaks. */
#include <stdlib.h>
#include <string.h>

void job_queue(int nargs, ...);
void say(const char *fmt, ...);

void free_later(size_t n)
{
    void *block = malloc(n);
    if (!block)
        return;
    job_queue(1, block);
}

void say_name(const char *name)
{
    char *copy = strdup(name);
    if (!copy)
        return;
    say("%s\n", copy);
}
