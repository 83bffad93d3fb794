#include <stdlib.h>
#include <stdio.h>
struct box { char *buf; };
int work(int);

int long_path(const char *path, int n)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    n = work(n + 0);
    n = work(n + 1);
    n = work(n + 2);
    n = work(n + 3);
    n = work(n + 4);
    n = work(n + 5);
    n = work(n + 6);
    n = work(n + 7);
    n = work(n + 8);
    n = work(n + 9);
    n = work(n + 10);
    n = work(n + 11);
    n = work(n + 12);
    n = work(n + 13);
    n = work(n + 14);
    n = work(n + 15);
    n = work(n + 16);
    n = work(n + 17);
    n = work(n + 18);
    n = work(n + 19);
    n = work(n + 20);
    n = work(n + 21);
    n = work(n + 22);
    n = work(n + 23);
    n = work(n + 24);
    n = work(n + 25);
    n = work(n + 26);
    n = work(n + 27);
    n = work(n + 28);
    n = work(n + 29);
    if (n > 3)
        return n;
    fclose(f);
    return 0;
}

void reset(struct box *b)
{
    free(b->buf);
}

int after(void)
{
    char *p = malloc(4);
    if (!p)
        return 0;
    free(p);
    return p[0];
}
