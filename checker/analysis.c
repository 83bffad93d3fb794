/* analysis.c - STUB: being written. */
#include "analysis.h"

void mc_analyze_program(mc_program *p, const mc_analysis_opts *o, mc_diags *out,
                        mc_analysis_stats *stats)
{
    stats->functions = p->funcs.n;
}
