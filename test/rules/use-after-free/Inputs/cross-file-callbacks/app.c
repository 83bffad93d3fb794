#include <stdlib.h>
#include "stream.h"

int stream_end_bad(struct stream *s)
{
    s->ops->close(s);
    return s->pending;
}

int stream_flush_ok(struct stream *s)
{
    int n = s->ops->flush(s);
    return n + s->pending;
}

int stream_detach_ok(struct stream *s)
{
    s->ops->detach(s);
    free(s);
    return 0;
}

void stream_end_twice_bad(struct stream *s)
{
    s->ops->close(s);
    free(s);
}
