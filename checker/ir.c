/* ir.c - STUB: being written. */
#include <stdlib.h>
#include "ir.h"

void mc_program_init(mc_program *p) { *p = (mc_program){0}; }
void mc_program_add_unit(mc_program *p, mc_unit *u) { MC_VEC_PUSH(p->units, u); }
void mc_program_link(mc_program *p)
{
    for (int i = 0; i < p->units.n; i++)
        for (int j = 0; j < p->units.v[i]->funcs.n; j++)
            MC_VEC_PUSH(p->funcs, p->units.v[i]->funcs.v[j]);
}
void mc_unit_free(mc_unit *u) { mc_arena_free(&u->arena); MC_VEC_FREE(u->funcs); MC_VEC_FREE(u->symbols); free(u); }
void mc_program_free(mc_program *p)
{
    for (int i = 0; i < p->units.n; i++)
        mc_unit_free(p->units.v[i]);
    MC_VEC_FREE(p->units);
    MC_VEC_FREE(p->funcs);
    MC_VEC_FREE(p->symbols);
}
void mc_func_dump(const mc_func *f, void *out) { (void)f; (void)out; }
