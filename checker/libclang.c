/* libclang.c - opens libclang on first need (libclang.h says why). */
#include "libclang.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>

#include "util.h"

mc_libclang_api mc_clang;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static char *load_error;

static void load(void)
{
    const char *path = getenv("MEMCHECK_LIBCLANG");
    if (!path || !*path)
        path = MC_LIBCLANG_PATH;
    void *lib = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        load_error = mc_xasprintf("cannot load libclang: %s", dlerror()); /* (which names path) */
        return;
    }
    /* dlsym's void * into a function pointer: POSIX's way, through its bytes */
#define MC_LIBCLANG_SYMBOL(name)                                                                           \
    if (!(*(void **)&mc_clang.name = dlsym(lib, "clang_" #name))) {                                       \
        load_error = mc_xasprintf("cannot load libclang (%s): it has no clang_%s (libclang 17 or newer is needed)", \
                                  path, #name);                                                            \
        return;                                                                                            \
    }
    MC_LIBCLANG_FUNCTIONS(MC_LIBCLANG_SYMBOL)
#undef MC_LIBCLANG_SYMBOL
}

const char *mc_libclang_load(void)
{
    pthread_once(&once, load);
    return load_error;
}
