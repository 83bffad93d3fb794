/* main.c - loads a store and prints one key. */
#include <stdio.h>

#include "kv.h"

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: kv FILE KEY\n");
        return 2;
    }
    struct kv_store *kv = kv_load(argv[1]);
    if (!kv) {
        perror(argv[1]);
        return 1;
    }
    const char *v = kv_get(kv, argv[2]);
    printf("%s\n", v ? v : "(none)");
    kv_destroy(kv);
    return 0;
}
