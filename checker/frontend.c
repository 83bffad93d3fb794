/* frontend.c - STUB: being written; parses the TU and lowers nothing yet. */
#include <stdlib.h>
#include "frontend.h"

mc_unit *mc_fe_parse(CXIndex idx, const mc_tu *tu, mc_fe_status *status, char **msg)
{
    CXTranslationUnit tu_cx = NULL;
    enum CXErrorCode rc = clang_parseTranslationUnit2(idx, tu->file, (const char *const *)tu->argv, tu->argc,
                                                      NULL, 0, CXTranslationUnit_None, &tu_cx);
    if (rc != CXError_Success) {
        *status = MC_FE_FAILED;
        *msg = mc_xasprintf("%s: cannot be parsed", tu->file);
        return NULL;
    }
    clang_disposeTranslationUnit(tu_cx);
    mc_unit *u = mc_xcalloc(1, sizeof *u);
    u->file = mc_arena_strdup(&u->arena, tu->file);
    *status = MC_FE_OK;
    *msg = NULL;
    return u;
}
