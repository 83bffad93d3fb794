// RUN: %memcheck --fail-on error --rules=leak %s -- -std=gnu11 2>&1 | FileCheck %s %no-other-findings
/* A descriptor handed to a constructor that stores it in the object it
 * returns belongs to that object from then on. */
#include <fcntl.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

struct conn { int fd; int state; };
void conn_register(struct conn *c); /* keeps c */

static struct conn *conn_wrap(int fd)
{
    struct conn *c = calloc(1, sizeof *c);
    if (!c)
        abort();
    c->fd = fd;
    return c;
}
static int conn_peek_state(int fd) { struct conn local = {fd, 0}; return local.state; }

void accept_ok(int lfd)
{
    int cfd = accept(lfd, NULL, NULL);
    if (cfd < 0)
        return;
    conn_register(conn_wrap(cfd));
}

// CHECK: fd-wrapped.c:[[@LINE+6]]:1: warning: file descriptor 'cfd' allocated by accept() at line [[@LINE+3]] leaks
void accept_local_copy_bad(int lfd)
{
    int cfd = accept(lfd, NULL, NULL);
    if (cfd >= 0)
        conn_peek_state(cfd);
}

/* An open() result that is 0, 1 or 2 is taken for the standard stream: curl's
 * getpass reads from /dev/tty, or stdin when that fails, and closes only what
 * is not stdin. */
char *getpass_ok(char *buf, size_t len)
{
    int fd = open("/dev/tty", O_RDONLY);
    if (fd == -1)
        fd = STDIN_FILENO;
    ssize_t n = read(fd, buf, len);
    buf[n > 0 ? n - 1 : 0] = '\0';
    if (STDIN_FILENO != fd)
        close(fd);
    return buf;
}

/* nginx's ngx_daemon: /dev/null is dup2'ed over the standard streams and closed
 * only when it is above them. */
int daemon_ok(void)
{
    int fd = open("/dev/null", O_RDWR);
    if (fd == -1)
        return -1;
    dup2(fd, STDIN_FILENO);
    if (fd > STDERR_FILENO)
        close(fd);
    return 0;
}

int below_ok(void)
{
    int fd = open("/dev/null", O_RDWR);
    if (fd < 3)
        return fd;
    close(fd);
    return 0;
}

// CHECK: fd-wrapped.c:[[@LINE+6]]:5: warning: file descriptor 'fd' allocated by open() at line [[@LINE+3]] leaks
int above_kept_bad(void)
{
    int fd = open("/dev/null", O_RDWR);
    if (fd > STDERR_FILENO)
        write(fd, "x", 1);
    return 0;
}
