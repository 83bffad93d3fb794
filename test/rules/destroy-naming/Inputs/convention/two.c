#include <stdlib.h>
#include "objs.h"

void title_free(struct title *x)
{
    free(x->data);
    free(x);
}

void note_free(struct note *x)
{
    free(x->data);
    free(x);
}

void tag_free(struct tag *x)
{
    free(x->data);
    free(x);
}

void text_free(struct text *x)
{
    free(x->data);
    free(x);
}

void blob_free(struct blob *x)
{
    if (x == NULL)
        return;
    free(x->data);
    free(x);
}

