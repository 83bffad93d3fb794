// --debug-engine: a local that only counts up, or a flag set to constants of
// at least 0, that the loop's condition does not read, widens to a tally's
// range (2^16 below its type's highest), not to anything: counting a list's
// nodes gives a count, never a negative one, and a function returning it says
// so to its callers. An index the condition reads is tied to its bound instead.
// RUN: %memcheck --debug-engine %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings %no-other-dumps
void memcheck_dump();

struct node { struct node *next; int ok; };

int count_nodes(const struct node *head)
{
    int n = 0;
    for (const struct node *p = head; p; p = p->next)
        n++;
    memcheck_dump(n);
    // CHECK: dump-loop-tally.c:[[@LINE-1]]:5: note: memcheck_dump: n = int 0{{$}}
    // CHECK-NEXT: dump-loop-tally.c:[[@LINE-2]]:5: note: memcheck_dump: n = int [1, 2147418111]{{$}}
    return n;
}

void caller(const struct node *head)
{
    int c = count_nodes(head);
    memcheck_dump(c);
    // CHECK: dump-loop-tally.c:[[@LINE-1]]:5: note: memcheck_dump: c = int [0, 2147418111]{{$}}
}

/* the count goes back to 0 on a bad node: the rounds that set it so keep 0.
 * Better: no third path where it is unknown (the reset round, widened once
 * more where the paths meet). */
void count_good(const struct node *head)
{
    unsigned run = 0;
    for (const struct node *p = head; p; p = p->next) {
        if (!p->ok)
            run = 0;
        else
            run++;
    }
    memcheck_dump(run);
    // CHECK: dump-loop-tally.c:[[@LINE-1]]:5: note: memcheck_dump: run = int 0{{$}}
    // CHECK-NEXT: dump-loop-tally.c:[[@LINE-2]]:5: note: memcheck_dump: run = int [1, 4294901759]{{$}}
    // CHECK-NEXT: dump-loop-tally.c:[[@LINE-3]]:5: note: memcheck_dump: run = unknown{{$}}
}

/* a count that also goes down is no tally */
void count_both(const struct node *head)
{
    int d = 0;
    for (const struct node *p = head; p; p = p->next) {
        if (p->ok)
            d++;
        else
            d--;
    }
    memcheck_dump(d);
    // CHECK: dump-loop-tally.c:[[@LINE-1]]:5: note: memcheck_dump: d = int 0{{$}}
    // CHECK-NEXT: dump-loop-tally.c:[[@LINE-2]]:5: note: memcheck_dump: d = unknown{{$}}
}
