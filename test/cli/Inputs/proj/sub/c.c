/* sub/c.c - one finding */
struct gadget {
    int id;
};

struct gadget *gadget_create(void)
{
    static struct gadget g;
    return &g;
}
