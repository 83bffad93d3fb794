#include <stdlib.h>
struct obj;
void obj_free(struct obj *o);
void cache_free(struct obj *o);
void obj_api_free(struct obj *o);
struct obj *lookup(int key);

void drop(int key)
{
    obj_free(lookup(key));
}

void drop_checked(int key)
{
    struct obj *o = lookup(key);
    if (o)
        cache_free(o);
}

int main(void)
{
    struct obj *o = lookup(1);
    if (o == NULL)
        return 1;
    obj_free(o);
    obj_api_free(lookup(2));
    return 0;
}
