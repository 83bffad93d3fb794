/* The program's flags, defined here and declared extern where they are tested. */
const int CONST_TRUE = 1;
const int CONST_FIVE = 5;
int flagTrue = 1;     /* no function writes it */
int flagSet = 1;      /* set_flag() writes it */
int flagAddressed = 1; /* its address escapes */
int *flag_pointer = &flagAddressed;

void set_flag(int v)
{
    flagSet = v;
}
