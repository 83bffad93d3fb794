/* The libevent prototypes the libevent-callbacks.c test needs, in a system
 * include directory as an installed libevent's are. */
struct event { int fd; };
struct event_base;
struct timeval;
typedef void (*event_callback_fn)(int, short, void *);
int event_base_once(struct event_base *, int, short, event_callback_fn, void *, const struct timeval *);
void event_set(struct event *, int, short, event_callback_fn, void *);
int event_add(struct event *, const struct timeval *);
void event_active(struct event *, int, short);
#define evtimer_set(ev, cb, arg) event_set((ev), -1, 0, (cb), (arg))
#define EV_TIMEOUT 0x01
