/* registry.c - the ordered table of rules, expanded from rules/rules.def. */
#include <string.h>

#include "embedded.h"
#include "rule.h"

#define MC_RULE(sym) extern const mc_rule sym;
#include "../rules/rules.def"
#undef MC_RULE

const mc_rule *const mc_rules[] = {
#define MC_RULE(sym) &sym,
#include "../rules/rules.def"
#undef MC_RULE
    NULL,
};

const int mc_nrules = (int)(sizeof mc_rules / sizeof mc_rules[0]) - 1;
_Static_assert(sizeof mc_rules / sizeof mc_rules[0] - 1 <= MC_MAX_RULES, "raise MC_MAX_RULES");

int mc_rule_index(const char *id)
{
    for (int i = 0; i < mc_nrules; i++)
        if (strcmp(mc_rules[i]->id, id) == 0)
            return i;
    return -1;
}

const mc_rule *mc_rule_find(const char *id)
{
    int i = mc_rule_index(id);
    return i < 0 ? NULL : mc_rules[i];
}

const char *mc_rule_suggest(const char *id)
{
    size_t len = strlen(id);
    int limit = len >= 6 ? (int)(len / 3) : 1, best = limit + 1;
    const char *found = NULL;
    for (int i = 0; i < mc_nrules; i++) {
        int d = mc_edit_distance(id, mc_rules[i]->id);
        if (d < best) {
            best = d;
            found = mc_rules[i]->id;
        }
    }
    return found;
}

const char *mc_rule_doc(const char *id)
{
    size_t n = strlen(id);
    for (const mc_embedded_file *f = mc_embedded_docs; f->name; f++)
        if (strncmp(f->name, id, n) == 0 && strcmp(f->name + n, ".md") == 0)
            return f->text;
    return NULL;
}
