/* fuzz_util.h - what the libFuzzer targets share: the readers under test take
 * file names, so each input is written to a file in a directory of the
 * process's own. */
#ifndef MC_FUZZ_UTIL_H
#define MC_FUZZ_UTIL_H

#include <stddef.h>
#include <stdint.h>

/* The process's scratch directory (made on first use, under $TMPDIR or /tmp). */
const char *fuzz_dir(void);
/* Writes data to fuzz_dir()/name; returns the path (static storage, valid
 * until the next call), or NULL when it cannot be written. */
const char *fuzz_write(const char *name, const uint8_t *data, size_t size);

#endif
