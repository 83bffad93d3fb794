#include <stdlib.h>
#include "stream.h"

static void file_close(struct stream *s) { free(s->buf); free(s); }
static void mem_close(struct stream *s) { free(s); }
static int file_flush(struct stream *s) { return s->pending; }
static void file_detach(struct stream *s) { s->pending = 0; }

static struct stream_ops file_ops = { .close = file_close, .flush = file_flush, .detach = file_detach };
static struct stream_ops mem_ops = { mem_close, file_flush, file_detach };

const struct stream_ops *stream_ops_for(int kind) { return kind ? &file_ops : &mem_ops; }

/* what detach holds is also set from a parameter: its targets are unknown */
void stream_set_detach(struct stream_ops *ops, void (*fn)(struct stream *)) { ops->detach = fn; }
