#include <stdlib.h>

int globalReturnsTrue(void);
int globalReturnsFalse(void);
int globalReturnsTrueOrFalse(void);
int clampPercent(int d);
int passThrough(int d);
int input(void);

void good_true(void)
{
    char *p = NULL;
    if (globalReturnsTrue())
        p = malloc(16);
    if (globalReturnsTrue())
        free(p);
}

void good_false(void)
{
    char *p = malloc(16);
    if (globalReturnsFalse())
        return;
    free(p);
}

void good_percent(void)
{
    char *p = malloc(16);
    if (clampPercent(input()) > 100)
        return;
    free(p);
}

void good_passed(void)
{
    int data = passThrough(20);
    char *p = malloc(16);
    if (data != 20)
        return;
    free(p);
}

void bad_varies(void)
{
    char *p = NULL;
    if (globalReturnsTrueOrFalse())
        p = malloc(16);
    if (globalReturnsTrueOrFalse())
        free(p);
}

void bad_percent(void)
{
    char *p = malloc(16);
    if (clampPercent(input()) > 99)
        return;
    free(p);
}

int isEnabled(int flag);

void good_enabled(int verbose)
{
    char *p = malloc(16);
    if (!verbose) {
        free(p);
        return;
    }
    if (!isEnabled(verbose))
        return;
    free(p);
}

void bad_enabled(int verbose, int other)
{
    char *p = malloc(16);
    if (!verbose) {
        free(p);
        return;
    }
    if (!isEnabled(other))
        return;
    free(p);
}
