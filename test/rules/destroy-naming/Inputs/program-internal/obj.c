#include <stdlib.h>
#define API __attribute__((visibility("default")))

struct obj { char *name; };

/* not static, exported by nobody: judged at its calls */
void obj_free(struct obj *o)
{
    free(o->name);
    free(o);
}

/* every caller checks first */
void cache_free(struct obj *o)
{
    free(o->name);
    free(o);
}

/* declared for export: answers for itself */
API void obj_api_free(struct obj *o)
{
    free(o->name);
    free(o);
}

static struct obj *table[16];

/* NULL when nothing is stored under key: its callers may pass NULL on */
struct obj *lookup(int key)
{
    return key >= 0 && key < 16 ? table[key] : NULL;
}
