// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* leak: a block whose only hand-off is a global, when every other function
   that reads the global only borrows what it finds there: nothing can free it.
   A global some other function releases, keeps or may reach is a hand-off. */
#include <stdio.h>
#include <stdlib.h>

void unknown(void);
static char *shown;
static void show(void) { char *data = shown; puts(data); }
// CHECK: globals.c:[[@LINE+1]]:106: warning: memory 'data' allocated by malloc() at line [[@LINE+1]] leaks at the end of the function (line [[@LINE+1]]) [leak]
void borrowed_bad(void) { char *data = malloc(8); if (!data) exit(1); data[0] = 0; shown = data; show(); }

char *shared;
static void show_shared(void) { if (shared) puts(shared); }
// CHECK: globals.c:[[@LINE+1]]:99: warning: memory 'p' allocated by malloc() at line [[@LINE+1]] leaks at the end of the function (line [[@LINE+1]]) [leak]
void extern_bad(void) { char *p = malloc(8); if (!p) return; p[0] = 0; shared = p; show_shared(); }

static char *freed;
static void show_free(void) { char *data = freed; puts(data); free(data); }
void released_ok(void) { char *data = malloc(8); if (!data) exit(1); data[0] = 0; freed = data; show_free(); }

static char *later;
static void show_later(void) { puts(later); }
void fini_later(void) { free(later); }
void freed_elsewhere_ok(void) { char *p = malloc(8); if (!p) return; p[0] = 0; later = p; show_later(); }

static char *kept;
static char *other;
static void move_on(void) { other = kept; }
void kept_ok(void) { char *p = malloc(8); if (!p) return; kept = p; move_on(); }

char *reached;
static void show_reached(void) { puts(reached); }
void unknown_ok(void) { char *p = malloc(8); if (!p) return; p[0] = 0; reached = p; show_reached(); unknown(); }
/* code outside the program cannot name a static: an unknown call does not reach it */
static char *hidden;
static void show_hidden(void) { puts(hidden); }
// CHECK: globals.c:[[@LINE+1]]:118: warning: memory 'p' allocated by malloc() at line [[@LINE+1]] leaks at the end of the function (line [[@LINE+1]]) [leak]
void unknown_static_bad(void) { char *p = malloc(8); if (!p) return; p[0] = 0; hidden = p; show_hidden(); unknown(); }

/* an address taken in a global's initializer: FP_global_address_in_initializer.c */
static char *addressed_here;
static void show_addressed_here(void) { puts(addressed_here); }
void free_through(char **pp) { free(*pp); }
void addressed_ok(void) { char *p = malloc(8); if (!p) return; p[0] = 0; addressed_here = p; show_addressed_here(); }
void addressed_elsewhere(void) { free_through(&addressed_here); }

static char *cache;
void init_only_ok(void) { char *p = malloc(8); if (!p) return; cache = p; }

/* if (!g) g = make(): made once, on first use, and kept for the process. */
static char *channel;
static void show_channel(void) { puts(channel); }
void lazy_singleton_ok(void)
{
    if (channel == NULL) {
        channel = malloc(16);
        if (!channel)
            return;
        channel[0] = 0;
    }
    show_channel();
}

/* A lazy initialisation tested on another global (redis's tracking table and
 * channel name): every global it fills is kept on purpose. */
struct table_entry { int id; };
struct table_entry *make_entry(void)
{
    struct table_entry *e = malloc(sizeof *e);
    if (!e)
        abort();
    e->id = 0;
    return e;
}
static struct table_entry *table_root;
static struct table_entry *table_name;
int table_name_id(void) { return table_name ? table_name->id : 0; }
void table_init_ok(void)
{
    if (table_root == NULL) {
        table_root = make_entry();
        table_name = make_entry();
    }
}
/* a global filled for other functions to read later: handed off (redis's
   evictionPoolAlloc() fills the pool that evictionPoolPopulate() reads) */
void table_rename_ok(void) { struct table_entry *e = make_entry(); table_name = e; }
struct pool_entry { char *cached; };
static struct pool_entry *pool;
void pool_alloc_ok(void)
{
    struct pool_entry *ep = malloc(4 * sizeof *ep);
    if (!ep)
        abort();
    for (int j = 0; j < 4; j++)
        ep[j].cached = NULL;
    pool = ep;
}
char *pool_first(void) { return pool[0].cached; }
