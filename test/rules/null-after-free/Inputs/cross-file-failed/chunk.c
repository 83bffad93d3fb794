#include <stdlib.h>
struct chunk { char *id; char *topic; };
int read_string(char **out);

int chunk_read(struct chunk *ch)
{
    if (read_string(&ch->id))
        return 1;
    if (read_string(&ch->topic)) {
        free(ch->id);
        return 1;
    }
    return 0;
}
