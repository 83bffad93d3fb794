/* fuzz_util.h - what the libFuzzer targets share: the readers under test take
 * file names, so each input is written to a file in a directory of the
 * process's own. */
#ifndef MC_FUZZ_UTIL_H
#define MC_FUZZ_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The process's scratch directory (made on first use, under $TMPDIR or /tmp). */
const char *fuzz_dir(void);
/* Writes data to fuzz_dir()/name; returns the path (static storage, valid
 * until the next call), or NULL when it cannot be written. */
const char *fuzz_write(const char *name, const uint8_t *data, size_t size);
/* Parses the C file at path (-std=gnu11 -w), links it alone and runs every
 * rule over it with the built-in models, reading the nsummaries --summaries
 * files given; budget 0 is the default. False when it did not parse. */
bool fuzz_analyse(const char *path, const char *const *summaries, int nsummaries, int budget);

#endif
