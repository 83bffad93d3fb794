#include <stddef.h>

void *xmalloc(size_t n);
char *copy_name(const char *s);
void name_release(char *p);

int never_fails_ok(void)
{
    char *p = xmalloc(8);
    p[0] = 'x';
    name_release(p);
    return 0;
}

int may_fail_bad(void)
{
    char *p = copy_name("abc");
    p[0] = 'x';
    name_release(p);
    return 0;
}

int leak_bad(void)
{
    char *p = copy_name("abc");
    if (!p)
        return -1;
    return 0;
}

int released_ok(void)
{
    char *p = copy_name("abc");
    if (!p)
        return -1;
    name_release(p);
    return 0;
}
