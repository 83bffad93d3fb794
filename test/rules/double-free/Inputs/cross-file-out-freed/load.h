#include <stddef.h>
/* Gives the file's bytes in *buf and returns 0, or fails with a negative value. */
int load(const char *path, unsigned char **buf, size_t *n);
