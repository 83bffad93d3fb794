#include <stddef.h>

struct list { char **items; size_t count; size_t limit; };

void list_add(struct list *l, char *s);
void list_set_limit(struct list *l, size_t n);
char **list_copy(const struct list *l);
char **list_window(const struct list *l);
