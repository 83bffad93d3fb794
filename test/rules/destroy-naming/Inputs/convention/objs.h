/* ten kinds of object, each with its destroyer */
#include <stdlib.h>

#define OBJECT(T) struct T { char *data; }; void T##_free(struct T *x)
/* a destroyer that takes a live object, and one that accepts NULL */
#define TAKES_LIVE(T) void T##_free(struct T *x) { free(x->data); free(x); }
#define ACCEPTS_NULL(T) void T##_free(struct T *x) { if (x == NULL) return; free(x->data); free(x); }

OBJECT(name); OBJECT(path); OBJECT(key); OBJECT(value); OBJECT(label);
OBJECT(title); OBJECT(note); OBJECT(tag); OBJECT(text); OBJECT(blob);
