// RUN: %memcheck --fail-on error --rules=alloc-size-overflow %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A field that some write bounds is still anything when bytes from elsewhere
 * fill its struct: read from a file or a socket, copied from a buffer, a
 * buffer read as the struct, or an initialiser given an unknown value. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct header { size_t count; unsigned flags; };
struct record { unsigned short kind; size_t len; };
struct frame { size_t nparts; unsigned char *data; };
struct opts { int n; int verbose; };

void header_add(struct header *h)
{
    h->count++;
}

int header_read(FILE *f, struct header *h)
{
    return fread(h, sizeof *h, 1, f) == 1 ? 0 : -1;
}

int *header_table_bad(const struct header *h)
{
    // CHECK: field-bytes.c:[[@LINE+1]]:12: warning: size of malloc() computed as 'h->count * sizeof(int)' can wrap around in 64-bit unsigned arithmetic; no check bounds 'h->count' [alloc-size-overflow]
    return malloc(h->count * sizeof(int));
}

void record_grow(struct record *r)
{
    r->len += 1;
}

unsigned *record_bad(const unsigned char *buf)
{
    const struct record *r = (const struct record *)buf;
    // CHECK: field-bytes.c:[[@LINE+1]]:12: warning: size of malloc() computed as 'r->len * sizeof(unsigned)' can wrap around in 64-bit unsigned arithmetic; no check bounds 'r->len' [alloc-size-overflow]
    return malloc(r->len * sizeof(unsigned));
}

void frame_more(struct frame *fr)
{
    fr->nparts++;
}

int frame_recv(int fd, struct frame *fr)
{
    return read(fd, fr, sizeof *fr) == sizeof *fr ? 0 : -1;
}

unsigned *frame_parts_bad(const struct frame *fr)
{
    // CHECK: field-bytes.c:[[@LINE+1]]:12: warning: size of malloc() computed as 'fr->nparts * sizeof(unsigned)' can wrap around in 64-bit unsigned arithmetic; no check bounds 'fr->nparts' [alloc-size-overflow]
    return malloc(fr->nparts * sizeof(unsigned));
}

void opts_more(struct opts *o)
{
    o->n++;
    memset(o, 0, sizeof *o);
}

struct opts opts_make(int n)
{
    struct opts o = {.verbose = 1, .n = n};
    return o;
}

int *opts_bad(const struct opts *o)
{
    // CHECK: field-bytes.c:[[@LINE+1]]:12: warning: size of malloc() computed as 'o->n * sizeof(int)': 'o->n' (32-bit signed) may be negative and converts to a huge size [alloc-size-overflow]
    return malloc(o->n * sizeof(int));
}

/* A comparator's `const void *` is an object passed through a generic
 * pointer, not bytes: its fields keep what the program writes. One given
 * with a length is bytes read as the struct. */
struct node { int nkids; };

void node_adopt(struct node *n)
{
    n->nkids++;
}

int node_cmp(const void *a, const void *b)
{
    const struct node *x = a, *y = b;
    return x->nkids - y->nkids;
}

struct node **node_kids_ok(const struct node *n)
{
    return malloc(n->nkids * sizeof(struct node *));
}

struct packet { int nfields; };

void packet_grow(struct packet *p)
{
    p->nfields++;
}

int packet_parse(const void *data, size_t len)
{
    const struct packet *p = data;
    return len >= sizeof *p ? p->nfields : -1;
}

int *packet_fields_bad(const struct packet *p)
{
    // CHECK: field-bytes.c:[[@LINE+1]]:12: warning: size of malloc() computed as 'p->nfields * sizeof(int)': 'p->nfields' (32-bit signed) may be negative and converts to a huge size [alloc-size-overflow]
    return malloc(p->nfields * sizeof(int));
}
