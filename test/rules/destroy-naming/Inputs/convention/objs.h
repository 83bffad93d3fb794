/* ten kinds of object, each with its destroyer */
#include <stddef.h>
struct name { char *data; };
void name_free(struct name *x);
struct path { char *data; };
void path_free(struct path *x);
struct key { char *data; };
void key_free(struct key *x);
struct value { char *data; };
void value_free(struct value *x);
struct label { char *data; };
void label_free(struct label *x);
struct title { char *data; };
void title_free(struct title *x);
struct note { char *data; };
void note_free(struct note *x);
struct tag { char *data; };
void tag_free(struct tag *x);
struct text { char *data; };
void text_free(struct text *x);
struct blob { char *data; };
void blob_free(struct blob *x);
