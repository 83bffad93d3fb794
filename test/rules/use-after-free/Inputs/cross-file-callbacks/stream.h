/* A stream's operations: the tables are in streams.c, the calls in app.c. */
struct stream;
struct stream_ops {
    void (*close)(struct stream *s);
    int (*flush)(struct stream *s);
    void (*detach)(struct stream *s);
};
struct stream {
    const struct stream_ops *ops;
    char *buf;
    int pending;
};
const struct stream_ops *stream_ops_for(int kind);
void stream_set_detach(struct stream_ops *ops, void (*fn)(struct stream *));
