/* The contracts are stated here, in the header; the definitions in contract.c
 * repeat none of them, except grow_buffer's, stated on its definition only. */
#include <stddef.h>

#define NORETURN __attribute__((noreturn))

__attribute__((returns_nonnull)) void *safe_alloc(size_t n);
NORETURN void fatal(const char *msg);
extern NORETURN void (*fatal_hook)(const char *msg);
__attribute__((nonnull(1))) size_t text_length(const char *s);
void *grow_buffer(void *p, size_t n);
void *hooked_alloc(size_t n);
