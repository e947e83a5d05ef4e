/* A network guard for tests/test_offline.py, loaded with LD_PRELOAD into the program under test.
 *
 * Python's audit hooks see only what Python does; onnxruntime's telemetry resolves and connects from C++.
 * Every library call that would reach another machine (a name lookup, a connect or a send to an internet
 * address) is written as one line to the file named by NET_GUARD_LOG and then refused, so the test sees the
 * attempt and nothing leaves. Local sockets (AF_UNIX, AF_NETLINK) pass: they never leave the machine.
 * Not caught: raw syscalls and libresolv's res_* calls, which no library in the app uses.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

static void record(const char *format, ...) {
    const char *path = getenv("NET_GUARD_LOG");
    char line[512];
    va_list args;
    int saved = errno, length, fd;
    if (path == NULL) return;
    va_start(args, format);
    length = vsnprintf(line, sizeof line - 1, format, args);
    va_end(args);
    if (length < 0) return;
    if (length > (int)sizeof line - 2) length = (int)sizeof line - 2;
    line[length++] = '\n';
    /* Opened per line, with O_APPEND: lines from several threads and processes never interleave. */
    fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd >= 0) {
        if (write(fd, line, (size_t)length) < 0) { /* nothing more to do: the test then sees no line */ }
        close(fd);
    }
    errno = saved;
}

static int leaves_the_machine(const struct sockaddr *address) {
    return address != NULL && address->sa_family != AF_UNIX && address->sa_family != AF_NETLINK;
}

static const char *describe(const struct sockaddr *address, char *text, size_t size) {
    char host[INET6_ADDRSTRLEN] = "?";
    unsigned port = 0;
    if (address->sa_family == AF_INET) {
        const struct sockaddr_in *v4 = (const struct sockaddr_in *)address;
        inet_ntop(AF_INET, &v4->sin_addr, host, sizeof host);
        port = ntohs(v4->sin_port);
    } else if (address->sa_family == AF_INET6) {
        const struct sockaddr_in6 *v6 = (const struct sockaddr_in6 *)address;
        inet_ntop(AF_INET6, &v6->sin6_addr, host, sizeof host);
        port = ntohs(v6->sin6_port);
    }
    snprintf(text, size, "family=%d %s port %u", address->sa_family, host, port);
    return text;
}

static int refuse(const char *call, const struct sockaddr *address) {
    char text[128];
    record("%s %s", call, describe(address, text, sizeof text));
    errno = ENETUNREACH;
    return -1;
}

#define NEXT(name) ((__typeof__(&name))dlsym(RTLD_NEXT, #name))

int connect(int fd, const struct sockaddr *address, socklen_t length) {
    if (leaves_the_machine(address)) return refuse("connect", address);
    return NEXT(connect)(fd, address, length);
}

ssize_t sendto(int fd, const void *data, size_t size, int flags, const struct sockaddr *address, socklen_t length) {
    if (leaves_the_machine(address)) return refuse("sendto", address);
    return NEXT(sendto)(fd, data, size, flags, address, length);
}

ssize_t sendmsg(int fd, const struct msghdr *message, int flags) {
    if (leaves_the_machine(message->msg_name)) return refuse("sendmsg", message->msg_name);
    return NEXT(sendmsg)(fd, message, flags);
}

int getaddrinfo(const char *node, const char *service, const struct addrinfo *hints, struct addrinfo **result) {
    record("getaddrinfo %s %s", node ? node : "(none)", service ? service : "(none)");
    *result = NULL;
    return EAI_FAIL;
}

struct hostent *gethostbyname(const char *name) {
    record("gethostbyname %s", name);
    h_errno = NO_RECOVERY;
    return NULL;
}

struct hostent *gethostbyname2(const char *name, int family) {
    record("gethostbyname2 %s family=%d", name, family);
    h_errno = NO_RECOVERY;
    return NULL;
}

int gethostbyname_r(const char *name, struct hostent *entry, char *buffer, size_t size, struct hostent **result,
                    int *error) {
    record("gethostbyname_r %s", name);
    *result = NULL;
    *error = NO_RECOVERY;
    return 0;
}

int gethostbyname2_r(const char *name, int family, struct hostent *entry, char *buffer, size_t size,
                     struct hostent **result, int *error) {
    record("gethostbyname2_r %s family=%d", name, family);
    *result = NULL;
    *error = NO_RECOVERY;
    return 0;
}

struct hostent *gethostbyaddr(const void *address, socklen_t length, int family) {
    record("gethostbyaddr family=%d", family);
    h_errno = NO_RECOVERY;
    return NULL;
}
