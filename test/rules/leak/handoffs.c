// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* leak: what hands ownership away (return, out-parameter, global, a parameter's
 * field, a list reachable from a parameter, a taker, a destroyer) and what does
 * not (a view, a const parameter, a reading libc function). */
#include <stdlib.h>
#include <string.h>

struct node { struct node *next; char *data; };
struct list { struct node *head; };
static char *g_last;

char *return_ok(void) { char *p = malloc(8); return p; }
void out_param_ok(char **out) { *out = malloc(8); }
void global_ok(void) { g_last = malloc(8); }
void field_ok(struct list *l) { l->head = malloc(sizeof *l->head); }
int append_ok(struct list *l, const char *s)
{
    struct node *n = malloc(sizeof *n);
    if (!n)
        return -1;
    n->data = strdup(s);
    n->next = l->head;
    l->head = n;
    return 0;
}
void list_take_node(struct list *l, struct node *n) { n->next = l->head; l->head = n; }
void take_ok(struct list *l) { struct node *n = malloc(sizeof *n); if (n) list_take_node(l, n); }
static void node_destroy(struct node *n) { if (!n) return; free(n->data); free(n); }
void destroy_ok(void) { struct node *n = calloc(1, sizeof *n); node_destroy(n); }
size_t node_view_len(const struct node *n) { return n && n->data ? strlen(n->data) : 0; }

size_t view_bad(void)
{
    struct node *n = calloc(1, sizeof *n);
    size_t len = node_view_len(n);
// CHECK: handoffs.c:[[@LINE+1]]:5: warning: memory 'n' allocated by calloc() at line {{[0-9]+}} leaks on the path returning len at line {{[0-9]+}} [leak]
    return len;
}

size_t strlen_bad(const char *s)
{
    char *copy = strdup(s);
    if (!copy)
        return 0;
    size_t n = strlen(copy);
// CHECK: handoffs.c:[[@LINE+1]]:5: warning: memory 'copy' allocated by strdup() at line {{[0-9]+}} leaks on the path returning n at line {{[0-9]+}} [leak]
    return n;
}

void overwrite_bad(void)
{
    char *p = malloc(8);
// CHECK: handoffs.c:[[@LINE+1]]:5: warning: memory from malloc() at line {{[0-9]+}} leaks: 'p', the last reference to it, is overwritten [leak]
    p = malloc(16);
    free(p);
}

void scope_bad(int n)
{
    for (int i = 0; i < n; i++) {
        char *p = malloc(8);
        if (!p)
            return;
// CHECK: handoffs.c:[[@LINE+1]]:5: warning: memory 'p' allocated by malloc() at line {{[0-9]+}} leaks when 'p' goes out of scope [leak]
    }
}

/* A new thread owns its argument (pthread_create, thrd_create); when the
 * thread could not start, the caller frees it. */
#include <pthread.h>
struct job { int n; };
static void *job_run(void *arg) { free(arg); return NULL; }
int spawn_ok(void)
{
    pthread_t t;
    struct job *j = malloc(sizeof *j);
    if (!j)
        return -1;
    j->n = 1;
    if (pthread_create(&t, NULL, job_run, j) != 0) {
        free(j);
        return -1;
    }
    return pthread_detach(t);
}
