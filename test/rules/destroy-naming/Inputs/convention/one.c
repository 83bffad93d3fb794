#include <stdlib.h>
#include "objs.h"

void name_free(struct name *x)
{
    free(x->data);
    free(x);
}

void path_free(struct path *x)
{
    free(x->data);
    free(x);
}

void key_free(struct key *x)
{
    free(x->data);
    free(x);
}

void value_free(struct value *x)
{
    free(x->data);
    free(x);
}

void label_free(struct label *x)
{
    free(x->data);
    free(x);
}

