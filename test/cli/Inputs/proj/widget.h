/* widget.h - shared by the TUs; its inline function has one finding, reported once. */
struct widget {
    int n;
};

static struct widget widget_spare;

static inline struct widget *widget_spare_create(void)
{
    return &widget_spare;
}
