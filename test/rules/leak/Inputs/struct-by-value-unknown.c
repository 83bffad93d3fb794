/* Input of FN_struct_by_value_to_unknown.test: run with unknown-calls: borrow.
 * (No RUN line: lit does not run files under Inputs.) */
#include <stdlib.h>

struct message { char *text; int len; };
void log_message(struct message m); /* unknown: defined nowhere in the program */
void log_text(char *text);          /* unknown */

void by_value(void)
{
    struct message m = {malloc(8), 8};
    if (!m.text)
        return;
    m.text[0] = 0;
    log_message(m);
}
void by_pointer(void) { char *t = malloc(8); if (!t) return; t[0] = 0; log_text(t); }
