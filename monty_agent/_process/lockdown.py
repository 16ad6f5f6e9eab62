"""Locking a worker process down with seccomp, once it has started.

After `lock_down()` the kernel refuses (with `EPERM`) every system call that would reach
outside the process: opening or creating files (or changing them by name), sockets, running
programs, starting processes (a `clone` without `CLONE_THREAD`: threads still work), tracing
or signalling other processes, mounting, loading kernel code, io_uring, BPF. Already open
descriptors (the pipes to the host) keep working. The filter covers every thread of the
process (`TSYNC`) and every thread started later, and cannot be lifted.

The filter is built with libseccomp (`libseccomp.so.2`, part of every systemd-based Linux)
through ctypes. When it cannot be installed `lock_down` raises `LockdownError`: a worker
never serves runs unlocked.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os

__all__ = ["DENIED_SYSCALLS", "LockdownError", "lock_down"]


class LockdownError(Exception):
    """seccomp is not available here, or the filter could not be installed."""


#: System calls refused outright.
DENIED_SYSCALLS = (
    # files, by name
    "open",
    "openat",
    "openat2",
    "creat",
    "open_by_handle_at",
    "name_to_handle_at",
    "truncate",
    "unlink",
    "unlinkat",
    "rename",
    "renameat",
    "renameat2",
    "link",
    "linkat",
    "symlink",
    "symlinkat",
    "mkdir",
    "mkdirat",
    "rmdir",
    "mknod",
    "mknodat",
    "chmod",
    "fchmodat",
    "fchmodat2",
    "chown",
    "lchown",
    "fchownat",
    "utime",
    "utimes",
    "utimensat",
    "futimesat",
    "setxattr",
    "lsetxattr",
    "removexattr",
    "lremovexattr",
    "chroot",
    "pivot_root",
    "mount",
    "umount2",
    "move_mount",
    "fsopen",
    "fsmount",
    "open_tree",
    "swapon",
    "swapoff",
    "acct",
    "quotactl",
    # network
    "socket",
    "socketpair",
    "connect",
    "bind",
    "listen",
    "accept",
    "accept4",
    # programs and processes
    "execve",
    "execveat",
    "fork",
    "vfork",
    "ptrace",
    "process_vm_readv",
    "process_vm_writev",
    "pidfd_open",
    "pidfd_getfd",
    "pidfd_send_signal",
    "tkill",
    "setns",
    "unshare",
    "kcmp",
    "setuid",
    "setgid",
    "setreuid",
    "setregid",
    "setresuid",
    "setresgid",
    "setgroups",
    "setfsuid",
    "setfsgid",
    "capset",
    # the kernel
    "bpf",
    "perf_event_open",
    "kexec_load",
    "kexec_file_load",
    "init_module",
    "finit_module",
    "delete_module",
    "reboot",
    "iopl",
    "ioperm",
    "keyctl",
    "add_key",
    "request_key",
    "userfaultfd",
    "io_uring_setup",
    "io_uring_enter",
    "io_uring_register",
    "fanotify_init",
    "lookup_dcookie",
    "syslog",
    "personality",
)

_ACT_ALLOW = 0x7FFF0000
_CLONE_THREAD = 0x00010000
_CMP_NE = 1
_CMP_MASKED_EQ = 7
_ATTR_TSYNC = 4


def _act_errno(code: int) -> int:
    return 0x00050000 | (code & 0xFFFF)


class _ArgCmp(ctypes.Structure):
    _fields_ = (
        ("arg", ctypes.c_uint),
        ("op", ctypes.c_int),
        ("datum_a", ctypes.c_uint64),
        ("datum_b", ctypes.c_uint64),
    )


def _library() -> ctypes.CDLL:
    name = ctypes.util.find_library("seccomp") or "libseccomp.so.2"
    try:
        lib = ctypes.CDLL(name, use_errno=True)
    except OSError as exc:
        raise LockdownError(f"libseccomp is not available ({exc})") from None
    lib.seccomp_init.restype = ctypes.c_void_p
    lib.seccomp_init.argtypes = (ctypes.c_uint32,)
    lib.seccomp_rule_add_array.restype = ctypes.c_int
    lib.seccomp_rule_add_array.argtypes = (
        ctypes.c_void_p,
        ctypes.c_uint32,
        ctypes.c_int,
        ctypes.c_uint,
        ctypes.POINTER(_ArgCmp),
    )
    lib.seccomp_syscall_resolve_name.restype = ctypes.c_int
    lib.seccomp_syscall_resolve_name.argtypes = (ctypes.c_char_p,)
    lib.seccomp_attr_set.restype = ctypes.c_int
    lib.seccomp_attr_set.argtypes = (ctypes.c_void_p, ctypes.c_int, ctypes.c_uint32)
    lib.seccomp_load.restype = ctypes.c_int
    lib.seccomp_load.argtypes = (ctypes.c_void_p,)
    lib.seccomp_release.restype = None
    lib.seccomp_release.argtypes = (ctypes.c_void_p,)
    return lib


def lock_down() -> str:
    """Install the filter on every thread of this process; returns what it used
    (`'seccomp'`). Raises `LockdownError` when it cannot."""
    lib = _library()
    ctx = lib.seccomp_init(_ACT_ALLOW)
    if not ctx:
        raise LockdownError("seccomp_init failed")
    try:
        _check(lib.seccomp_attr_set(ctx, _ATTR_TSYNC, 1), "seccomp_attr_set(TSYNC)")
        deny = _act_errno(errno.EPERM)
        pid = os.getpid()

        def rule(action: int, name: str, *cmps: tuple[int, int, int, int]) -> None:
            number = lib.seccomp_syscall_resolve_name(name.encode())
            if number < 0:
                return  # not a system call on this architecture
            array = (_ArgCmp * max(len(cmps), 1))(*[_ArgCmp(*c) for c in cmps])
            _check(lib.seccomp_rule_add_array(ctx, action, number, len(cmps), array), name)

        for name in DENIED_SYSCALLS:
            rule(deny, name)
        # processes: only threads (clone with CLONE_THREAD); clone3 reports "not
        # implemented", so the C library falls back to clone, whose flags the filter can read
        rule(deny, "clone", (0, _CMP_MASKED_EQ, _CLONE_THREAD, 0))
        rule(_act_errno(errno.ENOSYS), "clone3")
        # signals: only to this process
        rule(deny, "kill", (0, _CMP_NE, pid, 0))
        rule(deny, "tgkill", (0, _CMP_NE, pid, 0))
        rule(deny, "rt_sigqueueinfo", (0, _CMP_NE, pid, 0))
        rule(deny, "rt_tgsigqueueinfo", (0, _CMP_NE, pid, 0))
        # resource limits: read them, and set this process's CPU limit (per run); no other
        rule(deny, "prlimit64", (0, _CMP_NE, 0, 0))
        rule(deny, "prlimit64", (1, _CMP_NE, 0, 0), (2, _CMP_NE, 0, 0))
        rule(deny, "setrlimit", (0, _CMP_NE, 0, 0))
        _check(lib.seccomp_load(ctx), "seccomp_load")
    finally:
        lib.seccomp_release(ctx)
    return "seccomp"


def _check(result: int, what: str) -> None:
    if result < 0:
        raise LockdownError(f"{what} failed: {os.strerror(-result)}")
