/* summary.c - a summary's per-parameter arrays, made and freed. */
#include <stdlib.h>

#include "summary.h"

#include "analysis.h"
#include "util.h"

void mc_summary_init_params(mc_summary *s, int n)
{
    s->nparams = n;
    s->outcome = (mc_outcome){.param = -1, .out_param = -1, .out_family = -1};
    s->param_effect = mc_xcalloc((size_t)n + 1, 1);
    s->param_deref = mc_xcalloc((size_t)n + 1, 1);
    s->pointee_effect = mc_xcalloc((size_t)n + 1, 1);
    s->pointee_deref = mc_xcalloc((size_t)n + 1, 1);
    s->pointee_after = mc_xcalloc((size_t)n + 1, 1);
    s->param_family = mc_xcalloc((size_t)n + 1, sizeof *s->param_family);
    s->pointee_family = mc_xcalloc((size_t)n + 1, sizeof *s->pointee_family);
    s->param_fields = mc_xcalloc((size_t)n + 1, sizeof *s->param_fields);
    for (int i = 0; i <= n; i++) {
        s->pointee_family[i] = -1;
        s->param_fields[i].all = true; /* until the body is read */
    }
}

void mc_summary_free(mc_summary *s)
{
    if (!s)
        return;
    free(s->param_effect);
    free(s->param_deref);
    free(s->pointee_effect);
    free(s->pointee_deref);
    free(s->pointee_after);
    for (int i = 0; s->entries && i < s->nentries; i++)
        if (s->entries[i].owns_field)
            free((char *)s->entries[i].field);
    free(s->entries);
    free(s->writes.v);
    free(s->param_family);
    free(s->pointee_family);
    for (int i = 0; s->param_fields && i <= s->nparams; i++) {
        for (int k = 0; k < s->param_fields[i].n; k++)
            free(s->param_fields[i].names[k]);
        free(s->param_fields[i].names);
    }
    free(s->param_fields);
    for (int i = 0; i < s->ndeferred; i++) {
        free((char *)s->deferred[i].text);
        free((char *)s->deferred[i].subject);
    }
    free(s->deferred);
    free(s);
}
