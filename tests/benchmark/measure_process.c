/* Runs one command as a user would and records what it cost: wall-clock seconds around the process (to the
 * microsecond; /usr/bin/time counts hundredths, too coarse for verbs of tens of milliseconds), CPU seconds (user
 * and system, from wait4) and peak resident memory in kB. A small C program, so the memory of whoever starts the
 * command (which a forked child counts until it execs) stays as small as /usr/bin/time's.
 * usage: hs-bench-measure OUT COMMAND [ARGS...]   (OUT gets "wall user system kB"; exits with the command's code) */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static double seconds(struct timeval t) { return (double)t.tv_sec + (double)t.tv_usec / 1e6; }

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: hs-bench-measure OUT COMMAND [ARGS...]\n");
        return 2;
    }
    const double start = now();
    const pid_t pid = fork();
    if (pid < 0)
        return 2;
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        perror(argv[2]);
        _exit(127);
    }
    int status = 0;
    struct rusage usage;
    if (wait4(pid, &status, 0, &usage) != pid)
        return 2;
    const double wall = now() - start;
    FILE *out = fopen(argv[1], "w");
    if (!out)
        return 2;
    fprintf(out, "%.6f %.6f %.6f %ld\n", wall, seconds(usage.ru_utime), seconds(usage.ru_stime), usage.ru_maxrss);
    fclose(out);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
