// RUN: %memcheck --fail-on never --rules=null-after-free %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A function that fails part way may leave its caller's struct half built,
 * with a member freed and dangling: a caller whose struct is its own local
 * drops it on failure (`if (chunk_read(&ch)) return 1;`), one whose struct
 * lives on (a parameter, the heap) keeps the dangling pointer. Where every
 * call is known (a static function), the finding is made at the calls that
 * pass such an object, and not at all when each passes a local. Reduced from
 * mosquitto's persist_read_*.c. */
#include <stdlib.h>
#include <string.h>

struct chunk { char *id; char *topic; };
int read_string(char **out);

/* every caller passes its own local: nothing dangles */
static int chunk_read(struct chunk *ch)
{
    if (read_string(&ch->id))
        return 1;
    if (read_string(&ch->topic)) {
        free(ch->id);
        return 1;
    }
    return 0;
}

/* the status of the call that failed, passed on: not 0 there */
static int topic_read(struct chunk *ch)
{
    int rc = read_string(&ch->id);
    if (rc)
        return rc;
    rc = read_string(&ch->topic);
    if (rc) {
        free(ch->id);
        return rc;
    }
    return 0;
}

int topic_restore(void)
{
    struct chunk ch = {0};
    int rc = topic_read(&ch);
    if (rc)
        return rc;
    free(ch.id);
    free(ch.topic);
    return 0;
}

int chunk_restore(void)
{
    struct chunk ch;
    memset(&ch, 0, sizeof ch);
    if (chunk_read(&ch))
        return 1;
    free(ch.id);
    free(ch.topic);
    return 0;
}

/* one caller keeps the struct: reported, that call named */
static int header_read(struct chunk *h)
{
    if (read_string(&h->id))
        return -1;
    if (read_string(&h->topic)) {
    // CHECK: failed-out-struct.c:[[@LINE+1]]:9: warning: 'h->id' is released by free() but still points to the freed memory when header_read() returns at line [[@LINE+2]] [null-after-free]
        free(h->id);
        return -1;
    }
    return 0;
}

int header_restore(void)
{
    struct chunk h = {0};
    if (header_read(&h) != 0)
        return 1;
    free(h.id);
    free(h.topic);
    return 0;
}

int header_reload(struct chunk *kept)
{
    // CHECK: failed-out-struct.c:[[@LINE+1]]:12: note: header_read() is given an object that outlives this call here
    return header_read(kept);
}

/* on success the struct is the caller's to use: a member left dangling there
 * is reported where it is, whoever calls */
static int title_read(struct chunk *t)
{
    if (read_string(&t->id))
        return 1;
    // CHECK: failed-out-struct.c:[[@LINE+1]]:5: warning: 't->topic' is released by free() but still points to the freed memory when title_read() returns at line [[@LINE+2]] [null-after-free]
    free(t->topic);
    return 0;
}

int title_restore(void)
{
    struct chunk t = {0};
    if (title_read(&t))
        return 1;
    free(t.id);
    return 0;
}
