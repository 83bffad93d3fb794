// --debug-engine: a block handed to a callee that keeps it, with the object a
// parameter points to as another argument (list_add(&parent->kids, node)), is
// linked there; a constructor that returns it so gives its caller a block the
// parent may hold too, and the caller leaks nothing when it drops it. Reduced
// from tmux's file_create_with_client(), which inserts the new file into its
// client's tree when it has a client.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
#include <stdlib.h>
void memcheck_dump();

struct file;
struct client { int flags; struct file *files; };
struct file { struct client *c; struct file *next; char *path; };

static void files_insert(struct file **head, struct file *f)
{
    f->next = *head;
    *head = f;
}

struct file *file_create(struct client *c)
{
    struct file *f = calloc(1, sizeof *f);
    if (f == NULL)
        abort();
    f->c = c;
    if (f->c != NULL) {
        files_insert(&f->c->files, f);
        memcheck_dump(f);
        // CHECK: dump-linked-by-callee.c:[[@LINE-1]]:9: note: memcheck_dump: f = resource #{{[0-9]+}}: alloc by calloc(), family malloc, escaped, owned, non-null, may fail, linked{{$}}
    }
    return f;
}

void file_print(struct client *c)
{
    if (c == NULL)
        return;
    struct file *f = file_create(c);
    f->path = NULL;
}

/* a callee that keeps it where no parameter's object is: not linked */
static struct file *last;
static void remember(struct file *f, int n)
{
    if (n)
        last = f;
}

void kept_elsewhere(int n)
{
    struct file *f = malloc(sizeof *f);
    if (f == NULL)
        return;
    remember(f, n);
    memcheck_dump(f);
    // CHECK: dump-linked-by-callee.c:[[@LINE-1]]:5: note: memcheck_dump: f = resource #{{[0-9]+}}: alloc by malloc(), family malloc, {{.*}}owned, non-null, may fail{{$}}
}
