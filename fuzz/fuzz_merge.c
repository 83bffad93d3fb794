/* fuzz_merge.c - libFuzzer target: the input is a SARIF report given to
 * `memcheck merge` after a valid one (its results joined, its invocation
 * folded in) and alone (kept as the base run). Either it is merged or refused
 * with a message, never a crash or a leak. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_util.h"
#include "merge.h"
#include "util.h"

/* A shard's report as memcheck writes it: one result, one notification. */
static const char valid[] =
    "{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"memcheck\"}},"
    " \"invocations\": [{\"executionSuccessful\": true, \"toolExecutionNotifications\":"
    " [{\"level\": \"note\", \"message\": {\"text\": \"n\"}}]}],"
    " \"results\": [{\"ruleId\": \"leak\", \"message\": {\"text\": \"m\"}, \"locations\": [{\"physicalLocation\":"
    " {\"artifactLocation\": {\"uri\": \"a.c\"}, \"region\": {\"startLine\": 3, \"startColumn\": 5}}}],"
    " \"partialFingerprints\": {\"memcheck/v1\": \"0123456789abcdef\"}}]}]}";

static char *good, *input, *out;

static void setup(void)
{
    good = mc_xstrdup(fuzz_write("good.sarif", (const uint8_t *)valid, strlen(valid)));
    input = mc_xasprintf("%s/input.sarif", fuzz_dir());
    out = mc_xasprintf("%s/merged.sarif", fuzz_dir());
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!good)
        setup();
    if (!fuzz_write("input.sarif", data, size))
        return 0;
    char *after_valid[] = {good, input, "-o", out};
    char *alone[] = {input, "-o", out};
    mc_merge_main(4, after_valid);
    mc_merge_main(3, alone);
    return 0;
}
