/* srcroot.c - finds the source root (see srcroot.h). */
#include "srcroot.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

/* The length of the longest directory prefix dir and file share. */
static size_t common_dir(const char *dir, size_t n, const char *file)
{
    size_t i = 0, last = 0;
    while (i < n && file[i] == dir[i]) {
        if (dir[i] == '/')
            last = i;
        i++;
    }
    if (i == n && (file[i] == '/' || file[i] == '\0'))
        return n;   /* file lies under dir (or is it) */
    return last;
}

/* The deepest directory holding every file, or NULL when it is "/" (no project
 * lives there) or there is no file. */
static char *common_ancestor(const char *const *files, int n)
{
    if (n == 0 || files[0][0] != '/')
        return NULL;
    const char *slash = strrchr(files[0], '/');
    size_t len = (size_t)(slash - files[0]);
    for (int i = 1; i < n && len; i++)
        len = files[i][0] == '/' ? common_dir(files[0], len, files[i]) : 0;
    return len ? mc_xstrndup(files[0], len) : NULL;
}

/* How far up the search for .git may go: as git does, not into a directory
 * GIT_CEILING_DIRECTORIES lists (colon-separated), so that not even a work
 * tree around them counts. The length of the longest listed proper ancestor
 * of dir, or 0. */
static size_t ceiling_of(const char *dir)
{
    const char *list = getenv("GIT_CEILING_DIRECTORIES");
    size_t best = 0;
    for (const char *p = list; p && *p;) {
        const char *end = strchr(p, ':');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        while (n > 1 && p[n - 1] == '/')
            n--;
        if (n > best && strncmp(dir, p, n) == 0 && dir[n] == '/')
            best = n;
        p = end ? end + 1 : p + strlen(p);
    }
    return best;
}

/* The nearest directory from dir up that holds .git (a directory, or a file
 * in a linked work tree or a submodule), or NULL. */
static char *git_root(const char *dir)
{
    char *d = mc_xstrdup(dir);
    size_t ceiling = ceiling_of(dir);
    for (;;) {
        char *git = mc_xasprintf("%s/.git", d);
        struct stat st;
        bool found = stat(git, &st) == 0 && (S_ISDIR(st.st_mode) || S_ISREG(st.st_mode));
        free(git);
        if (found)
            return d;
        char *slash = strrchr(d, '/');
        if (!slash || slash == d || (size_t)(slash - d) <= ceiling) {
            free(d);
            return NULL;
        }
        *slash = '\0';
    }
}

char *mc_srcroot_find(const char *const *files, int n, const char **how)
{
    char *ancestor = common_ancestor(files, n);
    char *git = ancestor ? git_root(ancestor) : NULL;
    if (git) {
        free(ancestor);
        *how = "the git work tree holding the sources";
        return git;
    }
    if (ancestor) {
        *how = "the common directory of the sources";
        return ancestor;
    }
    char cwd[PATH_MAX];
    *how = "the current directory";
    return mc_xstrdup(getcwd(cwd, sizeof cwd) ? cwd : "/");
}

char *mc_srcroot_resolve(const char *base, const char *dir)
{
    char *joined = dir[0] == '/' || !base ? mc_xstrdup(dir) : mc_xasprintf("%s/%s", base, dir);
    char *real = realpath(joined, NULL);
    free(joined);
    struct stat st;
    if (real && stat(real, &st) == 0 && !S_ISDIR(st.st_mode)) {
        free(real);
        errno = ENOTDIR;
        return NULL;
    }
    return real;
}
