#include <stdlib.h>
#include <string.h>

void *emalloc(size_t n);
char *estrdup(const char *s);
void *try_zalloc(size_t n);

struct opt { char *key; int value; };

struct opt *opt_new_ok(const char *key)
{
    struct opt *o = emalloc(sizeof *o);
    o->key = estrdup(key);
    o->value = 0;
    return o;
}

struct opt *opt_zero_bad(void)
{
    struct opt *o = try_zalloc(sizeof *o);
    o->value = 1;
    return o;
}

struct opt *opt_zero_ok(void)
{
    struct opt *o = try_zalloc(sizeof *o);
    if (!o)
        return NULL;
    o->value = 1;
    return o;
}

size_t key_len_bad(void)
{
    char *k = try_zalloc(16);
    size_t n = strlen(k);
    free(k);
    return n;
}
