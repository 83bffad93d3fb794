/* fuzz_cache.c - libFuzzer target: the input is the entries of two TUs in a
 * --cache directory (split at the first form feed; without one both TUs get the
 * input). They are read, checked against the salt and the hashes of the files
 * they name, reused or not, and the findings of the reused ones are replayed
 * and printed as text and SARIF: a torn or edited entry must never crash. An
 * entry is valid when its salt is "0000000000005eed" and its one line of inputs
 * is "60a2883fd7cad0bb - - in.c" (the file in.c of this target, relative to its
 * directory), ended by an empty line before the JSON; see fuzz/corpus/cache/. Each entry is written
 * behind the checksum line cache.c checks, so that the fuzzer reaches what is
 * behind it, and next to a summaries file of checksum e30726c5861343f9 (an
 * entry's "summaries-checksum" naming that one finds it intact). */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cache.h"
#include "diag.h"
#include "fuzz_util.h"
#include "report.h"
#include "source.h"
#include "util.h"

enum { SALT = 0x5eed };

static const char in_c[] = "int x;\n";
static const char sums[] = "{\"memcheck-summaries\":3,\"functions\":[],\"written_globals\":[],\"uses\":[]}";
static mc_tu tus[2] = {{.file = "a.c"}, {.file = "b.c"}};
static char *entry[2], *sum_file[2];
static FILE *devnull;
static int cwd;  /* where the run started: libFuzzer reads its corpus from there */

/* cache.c's name of a TU's entry: the hash of its file (these have no arguments). */
static char *entry_path(const mc_tu *tu, const char *ext)
{
    return mc_xasprintf("cache/%016llx%s", (unsigned long long)mc_hash_str(tu->file), ext);
}

static void setup(void)
{
    cwd = open(".", O_RDONLY | O_DIRECTORY);
    if (cwd < 0 || chdir(fuzz_dir()) != 0 || mkdir("cache", 0700) != 0 ||
        !fuzz_write("in.c", (const uint8_t *)in_c, strlen(in_c)) || fchdir(cwd) != 0)
        abort();
    for (int i = 0; i < 2; i++) {
        entry[i] = entry_path(&tus[i], ".json");
        sum_file[i] = entry_path(&tus[i], ".sum.json");
    }
    devnull = fopen("/dev/null", "w");
}

static void write_file(const char *path, const char *head, const uint8_t *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    if (f) {
        fputs(head, f);
        fwrite(data, 1, size, f);
        fclose(f);
    }
}

/* An entry as cache.c writes it: "memcheck-cache <checksum of the JSON>\n" first. */
static void write_entry(int i, const uint8_t *data, size_t size)
{
    char head[40];
    snprintf(head, sizeof head, "memcheck-cache %016llx\n", (unsigned long long)mc_hash_content((const char *)data, size));
    write_file(entry[i], head, data, size);
    write_file(sum_file[i], "", (const uint8_t *)sums, strlen(sums));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!devnull)
        setup();
    if (chdir(fuzz_dir()) != 0) /* the entries name in.c relative to it */
        abort();
    const uint8_t *ff = memchr(data, '\f', size);
    size_t first = ff ? (size_t)(ff - data) : size;
    write_entry(0, data, first);
    if (ff)
        write_entry(1, ff + 1, size - first - 1);
    else
        write_entry(1, data, size);
    mc_cache *c = mc_cache_open("cache", tus, 2, SALT);
    mc_diags d = {0};
    mc_cache_replay(c, &d);
    mc_text_opts text = {.show_source = true};
    mc_diags_print_text(&d, &text, devnull);
    mc_report_run run = {.root = "/", .complete = true, .successful = true};
    mc_report_sarif(&d, &run, devnull);
    mc_diags_free(&d);
    mc_cache_free(c);
    mc_source_cache_free();
    if (fchdir(cwd) != 0)
        abort();
    return 0;
}
