/* source.h - the text of source files, read once and shared, for messages that
 * quote code and for printing source lines under diagnostics. */
#ifndef MC_SOURCE_H
#define MC_SOURCE_H

#include <stddef.h>

/* The whole file (NUL-terminated; its length in *len), or NULL when unreadable.
 * Valid until mc_source_cache_free(). Thread-safe. */
const char *mc_source_file(const char *path, size_t *len);
/* Line `line` (1-based) of the file without its newline (length in *n), or NULL.
 * Constant time after the first call on a file. Thread-safe. */
const char *mc_source_line(const char *path, unsigned line, size_t *n);
void mc_source_cache_free(void);

#endif
