/* rule.h - how a rule is written. A rule is one file in rules/ holding one
 * `const mc_rule` with its id, summary, CWE tags and default severity, and an
 * event handler. The ownership engine (checker/engine/) walks every path of every
 * function and raises the events below; a rule reads the state they carry and
 * reports. The engine never names a rule; rules never re-walk the CFG.
 * rules/template.c is a commented example; rules/rules.def lists every rule.
 *
 * A rule keeps what it needs between events in data the engine holds for it
 * (it has no static variables): per function (func_data bytes, zeroed when the
 * walk of a function begins, freed after its MC_EV_FUNC_END) and per resource
 * on each path (res_data bytes, zeroed when the resource is acquired, copied
 * with it when a path splits, joined by res_data_join where paths meet). It
 * reaches them on an event with mc_rule_func_data() and mc_rule_res_data()
 * (analysis.h). */
#ifndef MC_RULE_H
#define MC_RULE_H

#include "analysis.h"
#include "diag.h"
#include "naming.h"

typedef struct mc_rule {
    const char *id;          /* "double-free" */
    const char *summary;     /* one line, for --list-rules and SARIF */
    const char *cwe;         /* "415" or "690,252,476" */
    mc_severity severity;    /* default severity */
    bool default_off;        /* opt-in rules */
    bool per_function;       /* its findings judge a function against its name: the
                                same token of a macro's body in two functions is two
                                causes (diag.c's grouping) */
    void (*on_event)(const mc_event *ev);
    size_t func_data;        /* bytes of data per function, 0 when none */
    void (*func_data_free)(void *data); /* frees what the rule allocated in it, or NULL */
    size_t res_data;         /* bytes of data per resource and path, 0 when none (all
                                rules together at most MC_RES_RULE_BYTES) */
    void (*res_data_join)(void *into, const void *other); /* where two paths meet as one
                                state: joins the arriving path's data (other) into the
                                data of the one that goes on; NULL keeps the latter */
} mc_rule;

/* The ordered registry (registry.c, generated from rules/rules.def). */
extern const mc_rule *const mc_rules[];
extern const int mc_nrules;
enum { MC_MAX_RULES = 64 }; /* the most rules.def may hold (registry.c checks) */
const mc_rule *mc_rule_find(const char *id);
int mc_rule_index(const char *id);
/* The rule id closest to a misspelt one ("lek": "leak"), or NULL when none is
 * close: at most a third of its letters (and at least one) differ. */
const char *mc_rule_suggest(const char *id);

/* The documentation page of a rule (docs/rules/<id>.md, embedded at build time). */
const char *mc_rule_doc(const char *id);

#endif
