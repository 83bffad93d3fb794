#include <stdlib.h>
void vendored_leak(void) { char *p = malloc(8); if (p) p[0] = 0; }
