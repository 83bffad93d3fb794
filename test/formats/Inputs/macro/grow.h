#include <stdlib.h>

/* Each expansion overwrites buf with realloc's result: one cause, in the body. */
#define GROW(buf, n) \
    buf = realloc(buf, (n) * 2)

#define GROW_BY(buf, n) buf = realloc(buf, (n) + 16)

#define RELEASE(p) free(p)

struct vec {
    char *data;
    char *spare;
    size_t cap;
};
