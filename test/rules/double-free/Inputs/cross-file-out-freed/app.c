#include <stdlib.h>
#include "load.h"

int parse_file(const char *path)
{
    unsigned char *buf = NULL;
    size_t n;
    int ret = load(path, &buf, &n);
    if (ret != 0)
        goto exit;
    ret = buf[0];
exit:
    free(buf);
    return ret;
}

int parse_file_ok(const char *path)
{
    unsigned char *buf = NULL;
    size_t n;
    int ret = load(path, &buf, &n);
    if (ret != 0)
        return ret;
    ret = buf[0];
    free(buf);
    return ret;
}
