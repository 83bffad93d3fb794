#!/usr/bin/env bash
# new-rule.sh - creates a rule's three parts, all named by its id: the source
# rules/<id>.c (from rules/template.c), the docs page docs/rules/<id>.md (from
# docs/rules/TEMPLATE.md) and the tests test/rules/<id>/ (a must-flag and a
# must-not-flag case), and registers it at the end of rules/rules.def.
# usage: scripts/new-rule.sh <rule-id>        e.g. scripts/new-rule.sh lock-leak
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
id=${1:-}
if [[ ! $id =~ ^[a-z][a-z0-9]*(-[a-z0-9]+)*$ ]]; then
    echo "usage: scripts/new-rule.sh <rule-id>  (lower-case words joined by '-', e.g. lock-leak)" >&2
    exit 2
fi
sym=${id//-/_}
src=$root/rules/$sym.c
doc=$root/docs/rules/$id.md
tests=$root/test/rules/$id
def=$root/rules/rules.def

for f in "$src" "$doc" "$tests"; do
    if [ -e "$f" ]; then
        echo "new-rule: $f already exists" >&2
        exit 1
    fi
done
if grep -q "^MC_RULE(mc_rule_$sym)" "$def"; then
    echo "new-rule: $def already lists mc_rule_$sym" >&2
    exit 1
fi

# The source: template.c's code under a one-line header (its teaching comment
# stays in template.c).
{
    echo "/* $sym.c - rule $id: TODO say in one line what it flags. */"
    awk 'started { print } /\*\/$/ && !started { started = 1 }' "$root/rules/template.c" |
        sed -e "s/mc_rule_template/mc_rule_$sym/g" -e "s/\"template\"/\"$id\"/g"
} > "$src"

sed -e "s/RULE-ID/$id/g" -e "s/RULE_SYM/$sym/g" "$root/docs/rules/TEMPLATE.md" > "$doc"

mkdir -p "$tests"
cat > "$tests/basic_bad.c" <<EOT
// $id must flag this. TODO: write the smallest code the rule exists for.
// RUN: %memcheck --quiet --no-color --rules $id %s -- > %t.out; echo "exit: \$?" >> %t.out
// RUN: FileCheck %s < %t.out

void basic_bad(void)
{
}
// CHECK: basic_bad.c:[[@LINE-2]]:{{[0-9]+}}: warning: {{.*}} [$id]
// CHECK: exit: 1
EOT
cat > "$tests/basic_ok.c" <<EOT
// $id must not flag this: the same code as basic_bad.c, done right.
// RUN: %memcheck --quiet --no-color --rules $id %s -- > %t.out; echo "exit: \$?" >> %t.out
// RUN: FileCheck %s < %t.out

void basic_ok(void)
{
}
// CHECK-NOT: [$id]
// CHECK: exit: 0
EOT

echo "MC_RULE(mc_rule_$sym)" >> "$def"

echo "new-rule: created"
echo "  $src"
echo "  $doc"
echo "  $tests/basic_bad.c, basic_ok.c"
echo "  and registered mc_rule_$sym in rules/rules.def"
echo "Next: write the rule, its docs and its tests; the build picks them up (re-run cmake)."
