#ifndef HOTLINE_CSYSTEMD_SHIM_H
#define HOTLINE_CSYSTEMD_SHIM_H

#include <sys/types.h>
#include <systemd/sd-daemon.h>
#include <systemd/sd-journal.h>

/// Layout-compatible with Linux's `struct ucred` (SO_PEERCRED), which Swift's Glibc
/// module hides behind _GNU_SOURCE.
typedef struct {
    pid_t pid;
    uid_t uid;
    gid_t gid;
} csd_ucred;

#endif
