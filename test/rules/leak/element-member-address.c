// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* leak: the address of a member of an array element (`&socks[i].addr`) points
   into the block, as `&p->member` does: stored where it outlives the function,
   it hands the block off (nginx's resolver keeps each address that way). A loop
   up to an unsigned count the path found nonzero runs at least once. */
#include <stdlib.h>

struct sock { char addr[16]; int len; };
struct entry { char *addr; int len; };
struct server { struct entry *entries; unsigned long n; };

void keep(void *p);

int fill_ok(struct server *srv, unsigned long n)
{
    if (!n)
        return 0;
    struct entry *entries = calloc(n, sizeof *entries);
    if (!entries)
        return -1;
    struct sock *socks = calloc(n, sizeof *socks);
    if (!socks) {
        free(entries);
        return -1;
    }
    for (unsigned long i = 0; i < n; i++) {
        entries[i].addr = socks[i].addr;
        entries[i].len = 16;
    }
    srv->entries = entries;
    srv->n = n;
    return 0;
}

int fill_member_address_ok(struct server *srv)
{
    struct entry *entries = calloc(1, sizeof *entries);
    if (!entries)
        return -1;
    struct sock *socks = calloc(1, sizeof *socks);
    if (!socks) {
        free(entries);
        return -1;
    }
    entries[0].addr = (char *)&socks[0].len;
    srv->entries = entries;
    return 0;
}

// CHECK: element-member-address.c:[[@LINE+13]]:1: warning: memory 'socks' allocated by calloc() at line [[@LINE+6]] leaks at the end of the function
void dropped_bad(void)
{
    struct entry *entry = calloc(1, sizeof *entry);
    if (!entry)
        return;
    struct sock *socks = calloc(1, sizeof *socks);
    if (!socks) {
        free(entry);
        return;
    }
    entry->addr = socks[0].addr;
    free(entry);
}

/* nonzero but signed: it may be negative, and the loop may not run */
// CHECK: element-member-address.c:[[@LINE+9]]:5: warning: memory 'p' allocated by malloc() at line [[@LINE+4]] leaks when 'p' goes out of scope
void signed_count_bad(int n)
{
    if (n) {
        char *p = malloc(16);
        if (!p)
            return;
        for (int i = 0; i < n; i++)
            keep(p);
    }
}

void unsigned_count_ok(unsigned n)
{
    if (n) {
        char *p = malloc(16);
        if (!p)
            return;
        for (unsigned i = 0; i < n; i++)
            keep(p);
    }
}
