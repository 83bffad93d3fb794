/* source.h - the text of source files, read once and shared, for messages that
 * quote code and for printing source lines under diagnostics. */
#ifndef MC_SOURCE_H
#define MC_SOURCE_H

#include <stddef.h>

/* The whole file (NUL-terminated; its length in *len), or NULL when unreadable.
 * Valid until mc_source_cache_free(). Thread-safe. */
const char *mc_source_file(const char *path, size_t *len);
void mc_source_cache_free(void);

#endif
