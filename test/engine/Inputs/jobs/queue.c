/* A job queue: job_queue() keeps the pointers it is given through va_arg, to
 * free them when the job has run; say() only prints its arguments. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

struct job { int n; void *args[4]; };
static struct job *pending[16];
static int npending;

void job_queue(int nargs, ...)
{
    struct job *j = malloc(sizeof *j);
    if (!j)
        abort();
    va_list ap;
    va_start(ap, nargs);
    for (int i = 0; i < nargs && i < 4; i++)
        j->args[i] = va_arg(ap, void *);
    va_end(ap);
    j->n = nargs;
    pending[npending++] = j;
}

void say(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
}
