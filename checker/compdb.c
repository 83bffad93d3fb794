/* compdb.c - turns the command line and compile_commands.json into the list of
 * translation units to analyse, each with arguments libclang can parse. */
#include "compdb.h"

#include <errno.h>
#include <jansson.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "compdb_cache.h"
#include "libclang.h"

enum { EXIT_USAGE = 2 };

static const char db_name[] = "compile_commands.json";

/* ---- paths ---- */

/* base/path (or path when absolute) with "." and ".." resolved by text, since the
 * file may not exist (yet, or any more). */
static char *path_norm(const char *base, const char *path)
{
    char *joined = path[0] == '/' ? mc_xstrdup(path) : mc_xasprintf("%s/%s", base, path);
    MC_VEC(char *) parts = {0};
    for (char *save = NULL, *p = strtok_r(joined, "/", &save); p; p = strtok_r(NULL, "/", &save)) {
        if (strcmp(p, ".") == 0)
            continue;
        if (strcmp(p, "..") == 0) {
            if (parts.n)
                parts.n--;
            continue;
        }
        MC_VEC_PUSH(parts, p);
    }
    mc_buf b = {0};
    for (int i = 0; i < parts.n; i++)
        mc_buf_printf(&b, "/%s", parts.v[i]);
    if (!parts.n)
        mc_buf_append(&b, "/", 1);
    MC_VEC_FREE(parts);
    free(joined);
    return mc_buf_detach(&b);
}

/* The path as the front end will name it: symlinks resolved when it exists. */
static char *path_canon(const char *base, const char *path)
{
    char *norm = path_norm(base, path);
    char *real = realpath(norm, NULL);
    if (!real)
        return norm;
    free(norm);
    return real;
}

static char *cwd_path(void)
{
    char buf[PATH_MAX];
    return mc_xstrdup(getcwd(buf, sizeof buf) ? buf : ".");
}

static bool path_under(const char *file, const char *dir)
{
    size_t n = strlen(dir);
    if (n == 1 && dir[0] == '/')
        return true;
    return strncmp(file, dir, n) == 0 && (file[n] == '\0' || file[n] == '/');
}

static bool is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

char *mc_compdb_search(const char *start)
{
    char *dir = mc_xstrdup(start);
    for (;;) {
        static const char *const subdirs[] = {"", "/build"};
        for (int i = 0; i < 2; i++) {
            char *cand = mc_xasprintf("%s%s/%s", strcmp(dir, "/") ? dir : "", subdirs[i], db_name);
            bool found = is_file(cand);
            free(cand);
            if (found) {
                char *r = i ? mc_xasprintf("%s/build", strcmp(dir, "/") ? dir : "") : mc_xstrdup(dir);
                free(dir);
                return r;
            }
        }
        char *slash = strrchr(dir, '/');
        if (!slash || strcmp(dir, "/") == 0)
            break;
        slash[slash == dir] = '\0';   /* "/a" -> "/", "/a/b" -> "/a" */
    }
    free(dir);
    return NULL;
}

/* ---- compiler arguments ---- */

/* Options whose value is the next argument: kept or dropped with it, never taken
 * for an input file. */
static bool takes_value(const char *a)
{
    static const char *const opts[] = {
        "-I", "-D", "-U", "-include", "-imacros", "-isystem", "-iquote", "-idirafter",
        "-iprefix", "-iwithprefix", "-iwithprefixbefore", "-isysroot", "--sysroot", "-x",
        "-target", "-arch", "-F", "-Xclang", "-Xpreprocessor", "-Xassembler", "-Xlinker",
        "-mllvm", "-aux-info", "--param", "-T", "-u", "-z", "-L", "-l", "-working-directory",
    };
    for (size_t i = 0; i < sizeof opts / sizeof opts[0]; i++)
        if (strcmp(a, opts[i]) == 0)
            return true;
    return false;
}

/* Arguments that make the driver write files or stop early, or that turn warnings
 * into errors: none of them helps a parse, and -M* or -o break libclang's. */
static bool dropped_flag(const char *a)
{
    static const char *const flags[] = {
        "-c", "-S", "-E", "-M", "-MM", "-MD", "-MMD", "-MP", "-MG", "-Werror",
        "-pedantic-errors", "-pipe", "-save-temps",
    };
    for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++)
        if (strcmp(a, flags[i]) == 0)
            return true;
    return strncmp(a, "-Werror=", 8) == 0 || strncmp(a, "-Wp,-M", 6) == 0;
}

/* Dropped together with their value (separate or attached). */
static bool dropped_with_value(const char *a, bool *separate)
{
    static const char *const opts[] = {"-o", "-MF", "-MT", "-MQ"};
    for (size_t i = 0; i < sizeof opts / sizeof opts[0]; i++) {
        size_t n = strlen(opts[i]);
        if (strncmp(a, opts[i], n) == 0) {
            *separate = a[n] == '\0';
            return true;
        }
    }
    return false;
}

static const char *resource_dir(void)
{
#ifdef MEMCHECK_RESOURCE_DIR
    static int exists = -1;   /* checked once; read-only afterwards */
    if (exists < 0)
        exists = is_dir(MEMCHECK_RESOURCE_DIR);
    return exists ? MEMCHECK_RESOURCE_DIR : NULL;
#else
    return NULL;
#endif
}

/* What to call a -x language that is not C, or NULL for C. */
static const char *lang_name(const char *lang)
{
    if (strcmp(lang, "c") == 0 || strcmp(lang, "c-header") == 0 || strcmp(lang, "cpp-output") == 0)
        return NULL;
    return strstr(lang, "c++") ? "C++" : lang;
}

/* What the compiler would read the file as: NULL for C, else the language's name. */
static const char *not_c(const char *compiler, const char *lang, const char *file)
{
    if (lang)
        return lang_name(lang);
    const char *base = compiler ? strrchr(compiler, '/') : NULL;
    if (compiler && strstr(base ? base : compiler, "++"))
        return "C++";   /* g++ and clang++ compile even .c files as C++ */
    const char *dot = strrchr(file, '.');
    if (!dot || strchr(dot, '/'))
        return NULL;
    static const char *const cxx[] = {".cc", ".cpp", ".cxx", ".c++", ".C", ".cp", ".CPP", ".ii",
                                      ".cppm", ".ixx", ".hpp", ".hh", ".hxx", ".H", ".tcc", ".mm", ".M"};
    for (size_t i = 0; i < sizeof cxx / sizeof cxx[0]; i++)
        if (strcmp(dot, cxx[i]) == 0)
            return "C++";
    if (strcmp(dot, ".m") == 0)
        return "Objective-C";
    if (strcmp(dot, ".s") == 0 || strcmp(dot, ".S") == 0 || strcmp(dot, ".asm") == 0)
        return "assembler";
    if (strcmp(dot, ".cu") == 0)
        return "CUDA";
    return NULL;
}

static bool known_c_ext(const char *file)
{
    const char *dot = strrchr(file, '.');
    return dot && !strchr(dot, '/') && (strcmp(dot, ".c") == 0 || strcmp(dot, ".h") == 0 || strcmp(dot, ".i") == 0);
}

typedef MC_VEC(char *) strvec;

/* Fills tu->argv from a compiler's arguments (args[first..n)): no compiler, no
 * input files, no -c/-o/-M*; the LLVM resource directory first so that stddef.h
 * and friends are found. Returns NULL for a C TU, else its language. */
static const char *make_args(mc_tu *tu, const char *compiler, int n, const char *const *args, int first)
{
    strvec v = {0};
    const char *lang = NULL, *res = resource_dir();
    if (res) {
        MC_VEC_PUSH(v, mc_xstrdup("-resource-dir"));
        MC_VEC_PUSH(v, mc_xstrdup(res));
    }
    for (int i = first; i < n; i++) {
        const char *a = args[i];
        bool separate = false;
        if (dropped_flag(a))
            continue;
        if (dropped_with_value(a, &separate)) {
            i += separate;
            continue;
        }
        if (a[0] != '-')
            continue;   /* an input file; libclang is given the TU's own */
        if (strcmp(a, "-x") == 0 && i + 1 < n)
            lang = args[i + 1];
        else if (strncmp(a, "-x", 2) == 0 && a[2])
            lang = a + 2;
        else if (strncmp(a, "--driver-mode=", 14) == 0 && strstr(a, "++"))
            lang = "c++";
        MC_VEC_PUSH(v, mc_xstrdup(a));
        if (takes_value(a) && i + 1 < n)
            MC_VEC_PUSH(v, mc_xstrdup(args[++i]));
    }
    /* clang reads a file of unknown extension as linker input; we only get C files */
    if (!lang && !known_c_ext(tu->file) && !not_c(compiler, NULL, tu->file)) {
        MC_VEC_PUSH(v, mc_xstrdup("-x"));
        MC_VEC_PUSH(v, mc_xstrdup("c"));
    }
    tu->argc = v.n;
    tu->argv = v.v;
    return not_c(compiler, lang, tu->file);
}

void mc_tu_free(mc_tu *tu)
{
    if (!tu)
        return;
    for (int i = 0; i < tu->argc; i++)
        free(tu->argv[i]);
    free(tu->argv);
    free(tu->file);
    free(tu->directory);
}

/* ---- the database ---- */

static int db_error(const char *path, const char *what, int entry)
{
    if (entry >= 0)
        fprintf(stderr, "memcheck: error: %s: malformed compilation database: entry %d: %s\n", path, entry + 1, what);
    else
        fprintf(stderr, "memcheck: error: %s: malformed compilation database: %s\n", path, what);
    return EXIT_USAGE;
}

static bool string_member(json_t *o, const char *key)
{
    return json_is_string(json_object_get(o, key));
}

static const char *entry_problem(json_t *e)
{
    if (!json_is_object(e))
        return "not a JSON object";
    if (!string_member(e, "directory"))
        return "no \"directory\" string";
    if (!string_member(e, "file"))
        return "no \"file\" string";
    json_t *args = json_object_get(e, "arguments");
    if (!string_member(e, "command") && !json_is_array(args))
        return "neither a \"command\" string nor an \"arguments\" array";
    size_t i;
    json_t *a;
    json_array_foreach(args, i, a) if (!json_is_string(a)) return "an \"arguments\" item is not a string";
    return NULL;
}

/* libclang says only "cannot load"; jansson can say where and why. */
static int validate_db(const char *path)
{
    json_error_t err;
    json_t *root = json_load_file(path, 0, &err);
    if (!root) {
        if (access(path, R_OK) != 0) {
            fprintf(stderr, "memcheck: error: %s: cannot read the compilation database: %s\n", path, strerror(errno));
            return EXIT_USAGE;
        }
        fprintf(stderr, "memcheck: error: %s:%d:%d: malformed compilation database: %s\n", path, err.line,
                err.column, err.text);
        return EXIT_USAGE;
    }
    int rc = -1;
    if (!json_is_array(root))
        rc = db_error(path, "expected a JSON array of compile commands", -1);
    for (size_t i = 0; rc < 0 && i < json_array_size(root); i++) {
        const char *problem = entry_problem(json_array_get(root, i));
        if (problem)
            rc = db_error(path, problem, (int)i);
    }
    json_decref(root);
    return rc;
}

static char *take_cxstring(CXString s)
{
    const char *c = clang_getCString(s);
    char *r = mc_xstrdup(c ? c : "");
    clang_disposeString(s);
    return r;
}

static mc_command read_command(CXCompileCommand c)
{
    mc_command k = {take_cxstring(clang_CompileCommand_getDirectory(c)),
                    take_cxstring(clang_CompileCommand_getFilename(c)), (int)clang_CompileCommand_getNumArgs(c),
                    NULL};
    k.argv = mc_xcalloc((size_t)k.argc + 1, sizeof *k.argv);
    for (int i = 0; i < k.argc; i++)
        k.argv[i] = take_cxstring(clang_CompileCommand_getArg(c, (unsigned)i));
    return k;
}

/* The commands of the database in dir as libclang reads them (which splits
 * "command" strings, expands response files and infers targets). */
static int read_commands(const char *dir, const char *db_path, mc_commands *out)
{
    const char *no_libclang = mc_libclang_load();
    if (no_libclang) {
        fprintf(stderr, "memcheck: error: %s: %s\n", db_path, no_libclang);
        return EXIT_USAGE;
    }
    CXCompilationDatabase_Error ec;
    CXCompilationDatabase db = clang_CompilationDatabase_fromDirectory(dir, &ec);
    if (ec != CXCompilationDatabase_NoError || !db)
        return db_error(db_path, "libclang cannot load it", -1);
    CXCompileCommands cmds = clang_CompilationDatabase_getAllCompileCommands(db);
    unsigned n = cmds ? clang_CompileCommands_getSize(cmds) : 0;
    for (unsigned i = 0; i < n; i++)
        MC_VEC_PUSH(*out, read_command(clang_CompileCommands_getCommand(cmds, i)));
    if (cmds)
        clang_CompileCommands_dispose(cmds);
    clang_CompilationDatabase_dispose(db);
    return -1;
}

/* The TU of one command; returns the language when it is not C (a copy), else
 * NULL. A relative "directory" is taken from the database's own directory, so
 * that a database shipped inside a source tree works wherever the tree is. */
static char *use_command(const mc_command *c, const char *db_dir, mc_tu *tu)
{
    tu->directory = path_norm(db_dir, c->directory);
    tu->file = path_canon(tu->directory, c->file);
    const char *lang = make_args(tu, c->argc ? c->argv[0] : NULL, c->argc, (const char *const *)c->argv, 1);
    return lang ? mc_xstrdup(lang) : NULL;
}

/* The database's TUs in another language, noted when a run selects them. */
typedef struct skipped_tu {
    char *file, *lang;
} skipped_tu;
typedef MC_VEC(skipped_tu) skips;

static void note_skipped(const char *file, const char *lang)
{
    fprintf(stderr, "memcheck: note: %s: %s translation unit skipped (memcheck checks C)\n", file, lang);
}

static bool any_skipped_under(const skips *k, const char *path)
{
    for (int i = 0; i < k->n; i++)
        if (path_under(k->v[i].file, path))
            return true;
    return false;
}

static void skips_free(skips *k)
{
    for (int i = 0; i < k->n; i++) {
        free(k->v[i].file);
        free(k->v[i].lang);
    }
    MC_VEC_FREE(*k);
}

static bool seen_file(const mc_tus *t, const char *file)
{
    for (int i = 0; i < t->v.n; i++)
        if (strcmp(t->v.v[i].file, file) == 0)
            return true;
    return false;
}

/* The database's commands: from the --cache directory when it read these bytes
 * before, else validated and read through libclang (and kept there). */
static int cached_commands(const mc_opts *o, const char *dir, const char *db_path, mc_commands *out)
{
    size_t len = 0;
    char *json = o->cache_dir ? mc_read_file(db_path, &len) : NULL;
    uint64_t key = json ? mc_compdb_key(dir, json, len) : 0;
    free(json);
    if (key && mc_compdb_cache_read(o->cache_dir, key, out))
        return -1;
    int rc = validate_db(db_path);
    if (rc < 0)
        rc = read_commands(dir, db_path, out);
    if (rc < 0 && key)
        mc_compdb_cache_write(o->cache_dir, key, out);
    return rc;
}

/* Every C TU of the database in order, each file once; the others in skipped. */
static int load_db(const mc_opts *o, const char *dir, mc_tus *out, skips *skipped)
{
    mc_commands cmds = {0};
    int rc = cached_commands(o, dir, out->db_path, &cmds);
    for (int i = 0; rc < 0 && i < cmds.n; i++) {
        mc_tu tu = {0};
        char *lang = use_command(&cmds.v[i], dir, &tu);
        bool is_c = !lang;
        if (lang && !any_skipped_under(skipped, tu.file)) /* each file once, as for C */
            MC_VEC_PUSH(*skipped, ((skipped_tu){mc_xstrdup(tu.file), lang}));
        else
            free(lang);
        if (is_c && !seen_file(out, tu.file))
            MC_VEC_PUSH(out->v, tu);
        else
            mc_tu_free(&tu);
    }
    mc_commands_free(&cmds);
    return rc;
}

/* The database directory: -p, or the search from the current directory. */
static int find_db(const mc_opts *o, const char *cwd, char **dir)
{
    if (o->db_dir) {
        *dir = path_norm(cwd, o->db_dir);
        if (!is_dir(*dir)) {
            fprintf(stderr, "memcheck: error: %s: -p needs a directory holding %s\n", o->db_dir, db_name);
            free(*dir);
            *dir = NULL;
            return EXIT_USAGE;
        }
        return -1;
    }
    *dir = mc_compdb_search(cwd);
    if (!*dir) {
        fprintf(stderr,
                "memcheck: error: %s/%s: not found, nor in build/ or any parent directory; "
                "give -p DIR, or name files followed by '-- compiler-args'\n",
                cwd, db_name);
        return EXIT_USAGE;
    }
    return -1;
}

/* ---- selection ---- */

/* A TU of a file named on the command line, with the '--' arguments. */
static void add_loose_file(const mc_opts *o, const char *cwd, const char *file, mc_tus *out)
{
    mc_tu tu = {.file = mc_xstrdup(file), .directory = mc_xstrdup(cwd)};
    const char *lang = make_args(&tu, NULL, o->extra.n, o->extra.v, 0);
    if (lang) {
        if (!o->quiet)
            note_skipped(file, lang);
        mc_tu_free(&tu);
    } else if (seen_file(out, tu.file)) {
        mc_tu_free(&tu);
    } else {
        MC_VEC_PUSH(out->v, tu);
    }
}

/* Moves the TUs of all under path into out; returns how many it moved. */
static int select_under(mc_tus *all, const char *path, mc_tus *out)
{
    int moved = 0;
    for (int i = 0; i < all->v.n; i++) {
        if (!all->v.v[i].file || !path_under(all->v.v[i].file, path))
            continue;
        moved++;
        MC_VEC_PUSH(out->v, all->v.v[i]);
        all->v.v[i].file = NULL;
    }
    return moved;
}

static bool any_under(const mc_tus *t, const char *path)
{
    for (int i = 0; i < t->v.n; i++)
        if (path_under(t->v.v[i].file, path))
            return true;
    return false;
}

/* Whether the database was written before file was last changed. */
static bool older_than(const char *db_path, const char *file)
{
    struct stat db, f;
    return stat(db_path, &db) == 0 && stat(file, &f) == 0 && db.st_mtime < f.st_mtime;
}

/* A file missing from the database is most often one added since the database
 * was written: say how to write it again, or how to go without it. */
static int unmatched_path(const char *given, const char *path, const char *db_path)
{
    if (is_dir(path)) {
        fprintf(stderr, "memcheck: error: %s: no C translation unit of %s is under this directory\n", given,
                db_path);
        return EXIT_USAGE;
    }
    fprintf(stderr, "memcheck: error: %s: not in %s%s; if the file is new, regenerate the database "
                    "(cmake -DCMAKE_EXPORT_COMPILE_COMMANDS=ON ..., meson setup, or bear -- make), "
                    "or give its compiler arguments: memcheck %s -- ARGS\n",
            given, db_path, older_than(db_path, path) ? " (the database is older than the file)" : "", given);
    return EXIT_USAGE;
}

static int missing_path(const char *given)
{
    fprintf(stderr, "memcheck: error: %s: %s\n", given, strerror(errno));
    return EXIT_USAGE;
}

/* Notes each skipped TU under one of the paths, or all of them when none is given. */
static void note_selected_skips(const mc_opts *o, const char *cwd, const skips *skipped)
{
    for (int i = 0; i < skipped->n && !o->quiet; i++) {
        bool selected = !o->paths.n;
        for (int k = 0; k < o->paths.n && !selected; k++) {
            char *path = path_canon(cwd, o->paths.v[k]);
            selected = path_under(skipped->v[i].file, path);
            free(path);
        }
        if (selected)
            note_skipped(skipped->v[i].file, skipped->v[i].lang);
    }
}

/* Paths select the database's TUs under them, in database order, and note the
 * skipped ones they select; a file outside it takes the '--' arguments when there
 * are some. */
static int select_paths(const mc_opts *o, const char *cwd, mc_tus *all, const skips *skipped, mc_tus *out)
{
    note_selected_skips(o, cwd, skipped);
    if (!o->paths.n)
        select_under(all, "/", out);
    for (int i = 0; i < o->paths.n; i++) {
        struct stat st;
        if (stat(o->paths.v[i], &st) != 0)
            return missing_path(o->paths.v[i]);
        char *path = path_canon(cwd, o->paths.v[i]);
        int rc = -1;
        if (select_under(all, path, out) == 0 && !any_under(out, path) && !any_skipped_under(skipped, path)) {
            if (o->dashdash && S_ISREG(st.st_mode))
                add_loose_file(o, cwd, path, out);
            else
                rc = unmatched_path(o->paths.v[i], path, all->db_path);
        }
        free(path);
        if (rc >= 0)
            return rc;
    }
    return -1;
}

static int loose_files(const mc_opts *o, const char *cwd, mc_tus *out)
{
    if (!o->paths.n) {
        fprintf(stderr, "memcheck: error: '--' given but no source file named before it (see memcheck --help)\n");
        return EXIT_USAGE;
    }
    for (int i = 0; i < o->paths.n; i++) {
        struct stat st;
        if (stat(o->paths.v[i], &st) != 0)
            return missing_path(o->paths.v[i]);
        if (S_ISDIR(st.st_mode)) {
            fprintf(stderr, "memcheck: error: %s: is a directory; with '--', name source files\n", o->paths.v[i]);
            return EXIT_USAGE;
        }
        char *path = path_canon(cwd, o->paths.v[i]);
        add_loose_file(o, cwd, path, out);
        free(path);
    }
    return -1;
}

static void add_sys_dir(mc_tus *t, const char *base, const char *dir)
{
    char *d = path_canon(base, dir);
    for (int i = 0; i < t->sys_dirs.n; i++)
        if (strcmp(t->sys_dirs.v[i], d) == 0) {
            free(d);
            return;
        }
    MC_VEC_PUSH(t->sys_dirs, d);
}

/* Where findings are never reported: the usual system directories and every
 * -isystem directory of the selected TUs. */
static void collect_sys_dirs(mc_tus *t)
{
    add_sys_dir(t, "/", "/usr/include");
    add_sys_dir(t, "/", "/usr/local/include");
    if (resource_dir())
        add_sys_dir(t, "/", resource_dir());
    for (int i = 0; i < t->v.n; i++) {
        const mc_tu *tu = &t->v.v[i];
        for (int k = 0; k < tu->argc; k++) {
            if (strcmp(tu->argv[k], "-isystem") == 0 && k + 1 < tu->argc)
                add_sys_dir(t, tu->directory, tu->argv[++k]);
            else if (strncmp(tu->argv[k], "-isystem", 8) == 0 && tu->argv[k][8])
                add_sys_dir(t, tu->directory, tu->argv[k] + 8);
        }
    }
}

/* A run on part of a database knows the functions of the other TUs by their
 * names and models only, which can make a call look like a release
 * (conn_close) that its body does not do, and cannot know which globals the
 * others write: the user is told, and the run is marked partial. */
static void note_partial(const mc_opts *o, const mc_tus *all, int total, mc_tus *out)
{
    int left = 0;
    for (int i = 0; i < all->v.n; i++)
        left += all->v.v[i].file != NULL;
    out->partial = left && left < total && !o->summaries_in.n; /* none selected: an error follows */
    if (out->partial && !o->quiet)
        fprintf(stderr, "memcheck: note: %d of the %d TUs of %s analysed; functions defined only in the others "
                        "are known by their names and models, not their bodies (analyse the whole database, or "
                        "pass --summaries)\n", total - left, total, all->db_path);
}

static int from_db(const mc_opts *o, const char *cwd, mc_tus *out)
{
    char *dir;
    int rc = find_db(o, cwd, &dir);
    if (rc >= 0)
        return rc;
    mc_tus all = {0};
    skips skipped = {0};
    all.db_path = mc_xasprintf("%s/%s", strcmp(dir, "/") ? dir : "", db_name);
    out->db_path = mc_xstrdup(all.db_path);
    struct stat st = {0};
    if (stat(all.db_path, &st) != 0 || !S_ISREG(st.st_mode)) {
        fprintf(stderr, "memcheck: error: %s: %s\n", all.db_path,
                S_ISDIR(st.st_mode) ? "is a directory" : strerror(errno));
        rc = EXIT_USAGE;
    }
    if (rc < 0)
        rc = load_db(o, dir, &all, &skipped);
    int total = all.v.n;
    if (rc < 0)
        rc = select_paths(o, cwd, &all, &skipped, out);
    if (rc < 0)
        note_partial(o, &all, total, out);
    free(dir);
    mc_compdb_free(&all);
    skips_free(&skipped);
    return rc;
}

int mc_compdb_inputs(const mc_opts *o, mc_tus *out)
{
    char *cwd = cwd_path();
    int rc = o->dashdash && !o->db_dir ? loose_files(o, cwd, out) : from_db(o, cwd, out);
    free(cwd);
    if (rc >= 0)
        return rc;
    if (!out->v.n) {
        fprintf(stderr, "memcheck: error: %s: no C translation unit to analyse\n",
                out->db_path ? out->db_path : "command line");
        return EXIT_USAGE;
    }
    collect_sys_dirs(out);
    return -1;
}

void mc_compdb_free(mc_tus *t)
{
    if (!t)
        return;
    for (int i = 0; i < t->v.n; i++)
        if (t->v.v[i].file)
            mc_tu_free(&t->v.v[i]);
    MC_VEC_FREE(t->v);
    for (int i = 0; i < t->sys_dirs.n; i++)
        free(t->sys_dirs.v[i]);
    MC_VEC_FREE(t->sys_dirs);
    free(t->db_path);
}
