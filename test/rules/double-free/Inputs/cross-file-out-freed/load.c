#include <stdio.h>
#include <stdlib.h>
#include "load.h"

int load(const char *path, unsigned char **buf, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    *n = 100;
    *buf = calloc(1, *n + 1);
    if (!*buf) {
        fclose(f);
        return -2;
    }
    if (fread(*buf, 1, *n, f) != *n) {
        fclose(f);
        free(*buf); /* left set */
        return -3;
    }
    fclose(f);
    return 0;
}
