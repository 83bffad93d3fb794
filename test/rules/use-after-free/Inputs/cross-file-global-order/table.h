struct item {
    char *name;
    struct item *next;
};
extern struct item *head;
void unlink_and_free(struct item *it);
void free_then_print(struct item *it);
