// RUN: %memcheck --fail-on error --rules=take-naming %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A taker that fills an out-parameter on every path (`*out = NULL;` first,
 * then what it found) hands out there what it took out of a receiver: the
 * pointers its name does not name are not taken, even when its body passes
 * them to code it cannot see. Reduced from curl's Curl_ssl_scache_take(cf,
 * data, key, &session), whose callers go on using 'data'. A taker without
 * such an out-parameter still takes them. */
#include <stdlib.h>

struct session { struct session *next; };
struct cache { struct session *first; };
struct easy { struct cache *cache; void (*lock)(struct easy *); int errors; };

int cache_take(void *filter, struct easy *data, const char *key, struct session **out)
{
    (void)filter;
    (void)key;
    *out = NULL;
    data->lock(data); /* unknown code: 'data' may be kept there */
    struct session *s = data->cache->first;
    if (!s)
        return 1;
    data->cache->first = s->next;
    *out = s;
    return 0;
}

int connect_ok(void *filter, struct easy *data)
{
    struct session *s;
    if (cache_take(filter, data, "host", &s) || !s)
        data->errors++;
    free(s);
    return data->errors;
}

/* control: no out-parameter, the second owner pointer is taken */
struct pool { struct easy *held; };
void pool_take(struct pool *p, struct easy *data)
{
    p->held = data;
}

int park(struct pool *p, struct easy *data)
{
    pool_take(p, data);
    // CHECK: take-into-out-param.c:[[@LINE+1]]:18: warning: 'data' is used after pool_take() took ownership of it at line [[@LINE-1]] [take-naming]
    return data->errors;
}
