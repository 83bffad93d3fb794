/* A chain of allocating wrappers, one per file: w9 calls w8, ..., w1 calls
 * malloc. Split among shards, the chain crosses between them several times. */
#include <stddef.h>
void *w1(size_t n);
void *w2(size_t n);
void *w3(size_t n);
void *w4(size_t n);
void *w5(size_t n);
void *w6(size_t n);
void *w7(size_t n);
void *w8(size_t n);
void *w9(size_t n);
