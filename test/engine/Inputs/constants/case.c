#include <stdlib.h>

extern const int CONST_TRUE, CONST_FIVE;
extern int flagTrue, flagSet, flagAddressed;
void memcheck_dump();

void values(void)
{
    memcheck_dump(CONST_TRUE, CONST_FIVE, flagTrue, flagSet, flagAddressed);
}

/* Freed under the same flag that was true when it was allocated. */
void const_flag(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    if (CONST_TRUE)
        free(p);
}

void const_value(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    if (CONST_FIVE == 5)
        free(p);
}

void unwritten_flag(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    if (flagTrue)
        free(p);
}

/* Bad twins: a flag some function writes, and one whose address escapes. */
void written_flag(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    if (flagSet)
        free(p);
}

void addressed_flag(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    if (flagAddressed)
        free(p);
}

/* Off by one: the constant is 5, not 4. */
void wrong_value(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    if (CONST_FIVE == 4)
        free(p);
}
