// RUN: %memcheck --fail-on never --rules=null-after-free,double-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A static helper that makes an object, keeps it in a field of what it is
 * given (or in a global), and frees it from there before it returns leaves
 * that field dangling for its callers, as one that frees what the field held
 * on entry does: the callers' exits judge it. A main() that returns right
 * after ends the program; a caller that keeps its object alive gets the
 * finding; one that frees the field again frees it twice. Reduced from
 * bsdcpio's mode_pass(cpio), called once from main(). */
#include <stdlib.h>

struct resolver { int links; };
struct job { struct resolver *resolver; char *dest; int status; };

static struct resolver *resolver_new(void)
{
    struct resolver *r = calloc(1, sizeof *r);
    if (!r)
        abort();
    return r;
}

static void copy_all(struct job *job)
{
    job->resolver = resolver_new();
    job->resolver->links = 1;
    free(job->resolver);
    job->status = 0;
}

int main(void)
{
    struct job job = {0};
    copy_all(&job);
    return job.status;
}

void job_run(struct job *job)
{
    // CHECK: helper-makes-and-frees.c:[[@LINE+1]]:5: warning: 'job->resolver' is released by copy_all() but still points to the freed memory when job_run() returns at line [[@LINE+2]] [null-after-free]
    copy_all(job);
}

void job_run_twice_freed(struct job *job)
{
    // CHECK: helper-makes-and-frees.c:[[@LINE+1]]:5: warning: 'job->resolver' is released by copy_all() but still points to the freed memory when job_run_twice_freed() returns at line [[@LINE+4]] [null-after-free]
    copy_all(job);
    // CHECK: helper-makes-and-frees.c:[[@LINE+1]]:5: error: 'job->resolver' is released twice: free() here, after copy_all() at line [[@LINE-1]] already released it [double-free]
    free(job->resolver);
}

void job_run_reset(struct job *job)
{
    copy_all(job);
    job->resolver = NULL;
}
