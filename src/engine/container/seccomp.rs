//! Docker's default seccomp policy, rendered as an OCI runtime-spec `linux.seccomp` object.
//!
//! The rules mirror moby's default profile (github.com/moby/profiles/seccomp, vendored by
//! moby/moby as `default_linux.go` / `default.json`): every syscall not listed fails with
//! EPERM, a large set is allowed outright, and the rest are allowed only when the container
//! holds a capability, runs on a given architecture, or passes a given argument.
//!
//! Docker resolves the conditional parts ("includes"/"excludes" on capabilities, arches and
//! kernel versions) when it creates a container, and hands the runtime a plain OCI profile;
//! [`default_profile`] does the same. Kernel-version conditions are treated as satisfied (the
//! only one is ptrace & co. on kernels >= 4.8). Syscall names libseccomp does not know are
//! skipped by the runtime (youki logs a warning), so newer names are harmless on older hosts.

use serde_json::{json, Value};

/// `errno` returned for every syscall the profile does not allow (EPERM).
const DEFAULT_ERRNO: u32 = 1;

/// ENOSYS, returned for `clone3` without CAP_SYS_ADMIN so that libcs fall back to `clone`,
/// whose flags the profile can inspect.
#[cfg(any(target_arch = "mips", target_arch = "mips64"))]
const ENOSYS: u32 = 89;
#[cfg(not(any(target_arch = "mips", target_arch = "mips64")))]
const ENOSYS: u32 = 38;

/// `CLONE_NEWNS | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNET |
/// CLONE_NEWCGROUP`: clone(2) with any of these needs CAP_SYS_ADMIN.
const CLONE_NAMESPACE_FLAGS: u64 =
    0x0002_0000 | 0x0400_0000 | 0x0800_0000 | 0x1000_0000 | 0x2000_0000 | 0x4000_0000 | 0x0200_0000;

/// Address families bracketing the ones socket(2) may not create: AF_ALG (38) and AF_VSOCK (40).
const AF_ALG: u64 = 38;
const AF_VSOCK: u64 = 40;

/// What a rule does to the syscalls it names.
#[derive(Clone, Copy)]
enum Action {
    Allow,
    Errno(u32),
}

/// Comparison operators used by the profile (OCI `SCMP_CMP_*`).
#[derive(Clone, Copy)]
enum Op {
    Eq,
    Lt,
    Gt,
    MaskedEq,
}

impl Op {
    fn as_str(self) -> &'static str {
        match self {
            Op::Eq => "SCMP_CMP_EQ",
            Op::Lt => "SCMP_CMP_LT",
            Op::Gt => "SCMP_CMP_GT",
            Op::MaskedEq => "SCMP_CMP_MASKED_EQ",
        }
    }
}

/// A single argument comparison: `args[index] <op> value` (for MASKED_EQ: `args[index] & value == value_two`).
#[derive(Clone, Copy)]
struct Arg {
    index: u32,
    value: u64,
    value_two: u64,
    op: Op,
}

const fn arg(index: u32, op: Op, value: u64) -> Arg {
    Arg {
        index,
        value,
        value_two: 0,
        op,
    }
}

/// A condition set; an empty list means "no condition of this kind".
/// Arch names are moby's (Go-style) names: amd64, x86, x32, arm, arm64, ppc64le, s390, s390x, riscv64...
#[derive(Clone, Copy)]
struct Filter {
    caps: &'static [&'static str],
    arches: &'static [&'static str],
}

const NONE: Filter = Filter {
    caps: &[],
    arches: &[],
};

const fn caps(caps: &'static [&'static str]) -> Filter {
    Filter { caps, arches: &[] }
}

const fn arches(arches: &'static [&'static str]) -> Filter {
    Filter { caps: &[], arches }
}

/// One entry of the profile: `names` get `action` (if `arg` is set, only when it matches),
/// provided every `includes` condition holds and no `excludes` condition does.
struct Rule {
    names: &'static [&'static str],
    action: Action,
    arg: Option<Arg>,
    includes: Filter,
    excludes: Filter,
}

const fn allow(names: &'static [&'static str]) -> Rule {
    Rule {
        names,
        action: Action::Allow,
        arg: None,
        includes: NONE,
        excludes: NONE,
    }
}

const fn allow_if(names: &'static [&'static str], includes: Filter) -> Rule {
    Rule {
        names,
        action: Action::Allow,
        arg: None,
        includes,
        excludes: NONE,
    }
}

const fn allow_arg(name: &'static [&'static str], a: Arg) -> Rule {
    Rule {
        names: name,
        action: Action::Allow,
        arg: Some(a),
        includes: NONE,
        excludes: NONE,
    }
}

/// Syscalls every container may use.
const ALWAYS_ALLOWED: &[&str] = &[
    "accept",
    "accept4",
    "access",
    "adjtimex",
    "alarm",
    "bind",
    "brk",
    "cachestat",
    "capget",
    "capset",
    "chdir",
    "chmod",
    "chown",
    "chown32",
    "clock_adjtime",
    "clock_adjtime64",
    "clock_getres",
    "clock_getres_time64",
    "clock_gettime",
    "clock_gettime64",
    "clock_nanosleep",
    "clock_nanosleep_time64",
    "close",
    "close_range",
    "connect",
    "copy_file_range",
    "creat",
    "dup",
    "dup2",
    "dup3",
    "epoll_create",
    "epoll_create1",
    "epoll_ctl",
    "epoll_ctl_old",
    "epoll_pwait",
    "epoll_pwait2",
    "epoll_wait",
    "epoll_wait_old",
    "eventfd",
    "eventfd2",
    "execve",
    "execveat",
    "exit",
    "exit_group",
    "faccessat",
    "faccessat2",
    "fadvise64",
    "fadvise64_64",
    "fallocate",
    "fanotify_mark",
    "fchdir",
    "fchmod",
    "fchmodat",
    "fchmodat2",
    "fchown",
    "fchown32",
    "fchownat",
    "fcntl",
    "fcntl64",
    "fdatasync",
    "fgetxattr",
    "flistxattr",
    "flock",
    "fork",
    "fremovexattr",
    "fsetxattr",
    "fstat",
    "fstat64",
    "fstatat64",
    "fstatfs",
    "fstatfs64",
    "fsync",
    "ftruncate",
    "ftruncate64",
    "futex",
    "futex_requeue",
    "futex_time64",
    "futex_wait",
    "futex_waitv",
    "futex_wake",
    "futimesat",
    "getcpu",
    "getcwd",
    "getdents",
    "getdents64",
    "getegid",
    "getegid32",
    "geteuid",
    "geteuid32",
    "getgid",
    "getgid32",
    "getgroups",
    "getgroups32",
    "getitimer",
    "getpeername",
    "getpgid",
    "getpgrp",
    "getpid",
    "getppid",
    "getpriority",
    "getrandom",
    "getresgid",
    "getresgid32",
    "getresuid",
    "getresuid32",
    "getrlimit",
    "get_robust_list",
    "getrusage",
    "getsid",
    "getsockname",
    "getsockopt",
    "get_thread_area",
    "gettid",
    "gettimeofday",
    "getuid",
    "getuid32",
    "getxattr",
    "getxattrat",
    "inotify_add_watch",
    "inotify_init",
    "inotify_init1",
    "inotify_rm_watch",
    "io_cancel",
    "ioctl",
    "io_destroy",
    "io_getevents",
    "io_pgetevents",
    "io_pgetevents_time64",
    "ioprio_get",
    "ioprio_set",
    "io_setup",
    "io_submit",
    "ipc",
    "kill",
    "landlock_add_rule",
    "landlock_create_ruleset",
    "landlock_restrict_self",
    "lchown",
    "lchown32",
    "lgetxattr",
    "link",
    "linkat",
    "listen",
    "listmount",
    "listxattr",
    "listxattrat",
    "llistxattr",
    "_llseek",
    "lremovexattr",
    "lseek",
    "lsetxattr",
    "lstat",
    "lstat64",
    "madvise",
    "map_shadow_stack",
    "membarrier",
    "memfd_create",
    "memfd_secret",
    "mincore",
    "mkdir",
    "mkdirat",
    "mknod",
    "mknodat",
    "mlock",
    "mlock2",
    "mlockall",
    "mmap",
    "mmap2",
    "mprotect",
    "mq_getsetattr",
    "mq_notify",
    "mq_open",
    "mq_timedreceive",
    "mq_timedreceive_time64",
    "mq_timedsend",
    "mq_timedsend_time64",
    "mq_unlink",
    "mremap",
    "mseal",
    "msgctl",
    "msgget",
    "msgrcv",
    "msgsnd",
    "msync",
    "munlock",
    "munlockall",
    "munmap",
    "name_to_handle_at",
    "nanosleep",
    "newfstatat",
    "_newselect",
    "open",
    "openat",
    "openat2",
    "pause",
    "pidfd_open",
    "pidfd_send_signal",
    "pipe",
    "pipe2",
    "pkey_alloc",
    "pkey_free",
    "pkey_mprotect",
    "poll",
    "ppoll",
    "ppoll_time64",
    "prctl",
    "pread64",
    "preadv",
    "preadv2",
    "prlimit64",
    "process_mrelease",
    "pselect6",
    "pselect6_time64",
    "pwrite64",
    "pwritev",
    "pwritev2",
    "read",
    "readahead",
    "readlink",
    "readlinkat",
    "readv",
    "recv",
    "recvfrom",
    "recvmmsg",
    "recvmmsg_time64",
    "recvmsg",
    "remap_file_pages",
    "removexattr",
    "removexattrat",
    "rename",
    "renameat",
    "renameat2",
    "restart_syscall",
    "riscv_hwprobe",
    "rmdir",
    "rseq",
    "rt_sigaction",
    "rt_sigpending",
    "rt_sigprocmask",
    "rt_sigqueueinfo",
    "rt_sigreturn",
    "rt_sigsuspend",
    "rt_sigtimedwait",
    "rt_sigtimedwait_time64",
    "rt_tgsigqueueinfo",
    "sched_getaffinity",
    "sched_getattr",
    "sched_getparam",
    "sched_get_priority_max",
    "sched_get_priority_min",
    "sched_getscheduler",
    "sched_rr_get_interval",
    "sched_rr_get_interval_time64",
    "sched_setaffinity",
    "sched_setattr",
    "sched_setparam",
    "sched_setscheduler",
    "sched_yield",
    "seccomp",
    "select",
    "semctl",
    "semget",
    "semop",
    "semtimedop",
    "semtimedop_time64",
    "send",
    "sendfile",
    "sendfile64",
    "sendmmsg",
    "sendmsg",
    "sendto",
    "setfsgid",
    "setfsgid32",
    "setfsuid",
    "setfsuid32",
    "setgid",
    "setgid32",
    "setgroups",
    "setgroups32",
    "setitimer",
    "setpgid",
    "setpriority",
    "setregid",
    "setregid32",
    "setresgid",
    "setresgid32",
    "setresuid",
    "setresuid32",
    "setreuid",
    "setreuid32",
    "setrlimit",
    "set_robust_list",
    "setsid",
    "setsockopt",
    "set_thread_area",
    "set_tid_address",
    "setuid",
    "setuid32",
    "setxattr",
    "setxattrat",
    "shmat",
    "shmctl",
    "shmdt",
    "shmget",
    "shutdown",
    "sigaltstack",
    "signalfd",
    "signalfd4",
    "sigprocmask",
    "sigreturn",
    "socketcall",
    "socketpair",
    "splice",
    "stat",
    "stat64",
    "statfs",
    "statfs64",
    "statmount",
    "statx",
    "symlink",
    "symlinkat",
    "sync",
    "sync_file_range",
    "syncfs",
    "sysinfo",
    "tee",
    "tgkill",
    "time",
    "timer_create",
    "timer_delete",
    "timer_getoverrun",
    "timer_gettime",
    "timer_gettime64",
    "timer_settime",
    "timer_settime64",
    "timerfd_create",
    "timerfd_gettime",
    "timerfd_gettime64",
    "timerfd_settime",
    "timerfd_settime64",
    "times",
    "tkill",
    "truncate",
    "truncate64",
    "ugetrlimit",
    "umask",
    "uname",
    "unlink",
    "unlinkat",
    "uretprobe",
    "utime",
    "utimensat",
    "utimensat_time64",
    "utimes",
    "vfork",
    "vmsplice",
    "wait4",
    "waitid",
    "waitpid",
    "write",
    "writev",
];

/// Everything CAP_SYS_ADMIN unlocks (mounts, namespaces, bpf, perf, ...).
const SYS_ADMIN_ALLOWED: &[&str] = &[
    "bpf",
    "clone",
    "clone3",
    "fanotify_init",
    "fsconfig",
    "fsmount",
    "fsopen",
    "fspick",
    "lookup_dcookie",
    "lsm_get_self_attr",
    "lsm_list_modules",
    "lsm_set_self_attr",
    "mount",
    "mount_setattr",
    "move_mount",
    "open_tree",
    "perf_event_open",
    "quotactl",
    "quotactl_fd",
    "setdomainname",
    "sethostname",
    "setns",
    "syslog",
    "umount",
    "umount2",
    "unshare",
];

/// The profile, in moby's order.
const RULES: &[Rule] = &[
    allow(ALWAYS_ALLOWED),
    // moby: minKernel 4.8 (ptrace can no longer bypass seccomp); treated as always true here.
    allow(&["process_vm_readv", "process_vm_writev", "ptrace"]),
    // socket(2) for every address family except AF_ALG (38) and AF_VSOCK (40).
    allow_arg(&["socket"], arg(0, Op::Lt, AF_ALG)),
    allow_arg(&["socket"], arg(0, Op::Eq, AF_ALG + 1)),
    allow_arg(&["socket"], arg(0, Op::Gt, AF_VSOCK)),
    // personality(2): PER_LINUX, UNAME26, PER_LINUX32, UNAME26|PER_LINUX32, and the query value.
    allow_arg(&["personality"], arg(0, Op::Eq, 0x0)),
    allow_arg(&["personality"], arg(0, Op::Eq, 0x0008)),
    allow_arg(&["personality"], arg(0, Op::Eq, 0x20000)),
    allow_arg(&["personality"], arg(0, Op::Eq, 0x20008)),
    allow_arg(&["personality"], arg(0, Op::Eq, 0xffff_ffff)),
    // Architecture-specific syscalls.
    allow_if(&["sync_file_range2", "swapcontext"], arches(&["ppc64le"])),
    allow_if(
        &[
            "arm_fadvise64_64",
            "arm_sync_file_range",
            "sync_file_range2",
            "breakpoint",
            "cacheflush",
            "set_tls",
        ],
        arches(&["arm", "arm64"]),
    ),
    allow_if(&["arch_prctl"], arches(&["amd64", "x32"])),
    allow_if(&["modify_ldt"], arches(&["amd64", "x32", "x86"])),
    allow_if(
        &[
            "s390_pci_mmio_read",
            "s390_pci_mmio_write",
            "s390_runtime_instr",
        ],
        arches(&["s390", "s390x"]),
    ),
    allow_if(&["riscv_flush_icache"], arches(&["riscv64"])),
    // Capability-gated syscalls.
    allow_if(&["open_by_handle_at"], caps(&["CAP_DAC_READ_SEARCH"])),
    allow_if(SYS_ADMIN_ALLOWED, caps(&["CAP_SYS_ADMIN"])),
    // Without CAP_SYS_ADMIN, clone(2) is allowed only without namespace flags
    // (the flags are argument 0, except on s390 where they are argument 1).
    Rule {
        names: &["clone"],
        action: Action::Allow,
        arg: Some(arg(0, Op::MaskedEq, CLONE_NAMESPACE_FLAGS)),
        includes: NONE,
        excludes: Filter {
            caps: &["CAP_SYS_ADMIN"],
            arches: &["s390", "s390x"],
        },
    },
    Rule {
        names: &["clone"],
        action: Action::Allow,
        arg: Some(arg(1, Op::MaskedEq, CLONE_NAMESPACE_FLAGS)),
        includes: arches(&["s390", "s390x"]),
        excludes: caps(&["CAP_SYS_ADMIN"]),
    },
    // clone3 passes its flags in memory, which seccomp cannot inspect: answer ENOSYS so
    // libcs fall back to clone(2).
    Rule {
        names: &["clone3"],
        action: Action::Errno(ENOSYS),
        arg: None,
        includes: NONE,
        excludes: caps(&["CAP_SYS_ADMIN"]),
    },
    allow_if(&["reboot"], caps(&["CAP_SYS_BOOT"])),
    allow_if(&["chroot"], caps(&["CAP_SYS_CHROOT"])),
    allow_if(
        &["delete_module", "init_module", "finit_module"],
        caps(&["CAP_SYS_MODULE"]),
    ),
    allow_if(&["acct"], caps(&["CAP_SYS_PACCT"])),
    allow_if(
        &[
            "kcmp",
            "pidfd_getfd",
            "process_madvise",
            "process_vm_readv",
            "process_vm_writev",
            "ptrace",
        ],
        caps(&["CAP_SYS_PTRACE"]),
    ),
    allow_if(&["iopl", "ioperm"], caps(&["CAP_SYS_RAWIO"])),
    allow_if(
        &["settimeofday", "stime", "clock_settime", "clock_settime64"],
        caps(&["CAP_SYS_TIME"]),
    ),
    allow_if(&["vhangup"], caps(&["CAP_SYS_TTY_CONFIG"])),
    allow_if(
        &[
            "get_mempolicy",
            "mbind",
            "set_mempolicy",
            "set_mempolicy_home_node",
        ],
        caps(&["CAP_SYS_NICE"]),
    ),
    allow_if(&["syslog"], caps(&["CAP_SYSLOG"])),
    allow_if(&["bpf"], caps(&["CAP_BPF"])),
    allow_if(&["perf_event_open"], caps(&["CAP_PERFMON"])),
];

/// The host architecture: moby's name for it (used by the arch conditions) and the seccomp
/// architectures the filter covers (native first, then the compat ABIs docker adds).
fn host_arch() -> (&'static str, &'static [&'static str]) {
    let little = cfg!(target_endian = "little");
    let ptr32 = cfg!(target_pointer_width = "32");
    match std::env::consts::ARCH {
        // docker also lists SCMP_ARCH_X32; x32 binaries are practically unheard of and
        // every extra ABI costs libseccomp milliseconds at each container start.
        "x86_64" => ("amd64", &["SCMP_ARCH_X86_64", "SCMP_ARCH_X86"]),
        "x86" => ("x86", &["SCMP_ARCH_X86"]),
        "aarch64" => ("arm64", &["SCMP_ARCH_AARCH64", "SCMP_ARCH_ARM"]),
        "arm" => ("arm", &["SCMP_ARCH_ARM"]),
        "mips64" | "mips64r6" => match (little, ptr32) {
            (false, false) => (
                "mips64",
                &["SCMP_ARCH_MIPS64", "SCMP_ARCH_MIPS", "SCMP_ARCH_MIPS64N32"],
            ),
            (false, true) => (
                "mips64n32",
                &["SCMP_ARCH_MIPS64N32", "SCMP_ARCH_MIPS", "SCMP_ARCH_MIPS64"],
            ),
            (true, false) => (
                "mipsel64",
                &[
                    "SCMP_ARCH_MIPSEL64",
                    "SCMP_ARCH_MIPSEL",
                    "SCMP_ARCH_MIPSEL64N32",
                ],
            ),
            (true, true) => (
                "mipsel64n32",
                &[
                    "SCMP_ARCH_MIPSEL64N32",
                    "SCMP_ARCH_MIPSEL",
                    "SCMP_ARCH_MIPSEL64",
                ],
            ),
        },
        "mips" | "mips32r6" if little => ("mipsel", &["SCMP_ARCH_MIPSEL"]),
        "mips" | "mips32r6" => ("mips", &["SCMP_ARCH_MIPS"]),
        "powerpc64" if little => ("ppc64le", &["SCMP_ARCH_PPC64LE"]),
        "powerpc64" => ("ppc64", &["SCMP_ARCH_PPC64"]),
        "powerpc" => ("ppc", &["SCMP_ARCH_PPC"]),
        "s390x" => ("s390x", &["SCMP_ARCH_S390X", "SCMP_ARCH_S390"]),
        "riscv64" => ("riscv64", &["SCMP_ARCH_RISCV64"]),
        "loongarch64" => ("loongarch64", &["SCMP_ARCH_LOONGARCH64"]),
        // Unknown: let libseccomp filter the native architecture only.
        other => (other, &[]),
    }
}

/// `CAP_SYS_ADMIN`, `sys_admin` and `SYS_ADMIN` all name the same capability.
fn normalize_cap(cap: &str) -> String {
    let upper = cap.trim().to_ascii_uppercase();
    if upper.starts_with("CAP_") {
        upper
    } else {
        format!("CAP_{upper}")
    }
}

/// Does a rule apply for this arch and capability set? (moby's includes/excludes semantics:
/// includes need the arch listed and *all* caps held; any listed arch or any held cap excludes.)
fn applies(rule: &Rule, arch: &str, has_cap: &dyn Fn(&str) -> bool) -> bool {
    let ex = &rule.excludes;
    if ex.arches.contains(&arch) || ex.caps.iter().any(|c| has_cap(c)) {
        return false;
    }
    let inc = &rule.includes;
    if !inc.arches.is_empty() && !inc.arches.contains(&arch) {
        return false;
    }
    inc.caps.iter().all(|c| has_cap(c))
}

fn render(rule: &Rule) -> Value {
    let mut entry = serde_json::Map::new();
    entry.insert("names".into(), json!(rule.names));
    match rule.action {
        Action::Allow => {
            entry.insert("action".into(), json!("SCMP_ACT_ALLOW"));
        }
        Action::Errno(errno) => {
            entry.insert("action".into(), json!("SCMP_ACT_ERRNO"));
            entry.insert("errnoRet".into(), json!(errno));
        }
    }
    if let Some(a) = rule.arg {
        entry.insert(
            "args".into(),
            json!([{ "index": a.index, "value": a.value, "valueTwo": a.value_two, "op": a.op.as_str() }]),
        );
    }
    Value::Object(entry)
}

/// Docker's default seccomp policy for a container with capability set `caps` (names like
/// "CAP_SYS_ADMIN"), for the host architecture.
///
/// Pass the container's bounding set (docker checks that one). "ALL" counts as every
/// capability. Docker disables seccomp entirely for `--privileged`; that is the caller's call.
pub fn default_profile(caps: &[String]) -> Value {
    let (arch, architectures) = host_arch();
    profile_for(caps, arch, architectures)
}

/// docker's default policy for a container of an image built for `image_arch`
/// (`amd64`, `386`, ...). The compat ABI (x86 on amd64, arm on arm64) is covered
/// only for images built for it: every ABI in the filter costs libseccomp several
/// milliseconds at each container start, and 32-bit binaries inside a 64-bit
/// image are rare. docker always covers both; see the README.
pub fn default_profile_for_image(caps: &[String], image_arch: &str) -> Value {
    let (arch, architectures) = host_arch();
    let compat = matches!((arch, image_arch), ("amd64", "386") | ("arm64", "arm"));
    if compat || architectures.is_empty() {
        profile_for(caps, arch, architectures)
    } else {
        profile_for(caps, arch, &architectures[..1])
    }
}

/// The profile for an explicit architecture (`arch` in moby's naming, see [`host_arch`]).
fn profile_for(caps: &[String], arch: &str, architectures: &[&str]) -> Value {
    let held: Vec<String> = caps.iter().map(|c| normalize_cap(c)).collect();
    let all = held.iter().any(|c| c == "CAP_ALL");
    let has_cap = |c: &str| all || held.iter().any(|h| h == c);

    let syscalls: Vec<Value> = RULES
        .iter()
        .filter(|r| applies(r, arch, &has_cap))
        .map(render)
        .collect();

    let mut profile = serde_json::Map::new();
    profile.insert("defaultAction".into(), json!("SCMP_ACT_ERRNO"));
    profile.insert("defaultErrnoRet".into(), json!(DEFAULT_ERRNO));
    if !architectures.is_empty() {
        profile.insert("architectures".into(), json!(architectures));
    }
    profile.insert("syscalls".into(), Value::Array(syscalls));
    Value::Object(profile)
}

/// Turns a docker-format seccomp profile (`--security-opt seccomp=FILE`) into the
/// OCI form: architectures from `archMap` for this host, and the rules whose
/// `includes`/`excludes` (capabilities, architectures) apply to this container.
pub fn from_docker_profile(
    profile: &serde_json::Value,
    caps: &[String],
) -> Result<serde_json::Value, String> {
    use serde_json::{json, Value};
    let default_action = profile
        .get("defaultAction")
        .and_then(Value::as_str)
        .ok_or("seccomp profile has no defaultAction")?;
    let (arch, native) = host_arch();
    let has_cap = |c: &Value| {
        c.as_str()
            .is_some_and(|c| caps.iter().any(|have| have.eq_ignore_ascii_case(c)))
    };
    let has_arch = |a: &Value| a.as_str() == Some(arch);
    let architectures: Vec<Value> = match (profile.get("architectures"), profile.get("archMap")) {
        (Some(Value::Array(a)), _) if !a.is_empty() => a.clone(),
        (_, Some(Value::Array(map))) => map
            .iter()
            .find(|m| m.get("architecture").and_then(Value::as_str) == native.first().copied())
            .map(|m| {
                let mut v = vec![m["architecture"].clone()];
                v.extend(
                    m.get("subArchitectures")
                        .and_then(Value::as_array)
                        .cloned()
                        .unwrap_or_default(),
                );
                v
            })
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    let mut syscalls = Vec::new();
    for rule in profile
        .get("syscalls")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let list = |cond: &str, key: &str| {
            rule.get(cond)
                .and_then(|c| c.get(key))
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default()
        };
        let inc_caps = list("includes", "caps");
        let inc_arches = list("includes", "arches");
        let exc_caps = list("excludes", "caps");
        let exc_arches = list("excludes", "arches");
        if !inc_caps.iter().all(has_cap)
            || (!inc_arches.is_empty() && !inc_arches.iter().any(has_arch))
        {
            continue;
        }
        if exc_caps.iter().any(has_cap) || exc_arches.iter().any(has_arch) {
            continue;
        }
        let names = match (rule.get("names"), rule.get("name")) {
            (Some(Value::Array(n)), _) => n.clone(),
            (_, Some(Value::String(n))) => vec![json!(n)],
            _ => continue,
        };
        let mut out = json!({"names": names, "action": rule.get("action").cloned().unwrap_or(json!("SCMP_ACT_ALLOW"))});
        for key in ["errnoRet", "args"] {
            if let Some(v) = rule.get(key).filter(|v| !v.is_null()) {
                out[key] = v.clone();
            }
        }
        syscalls.push(out);
    }
    let mut oci = json!({"defaultAction": default_action, "syscalls": syscalls});
    if !architectures.is_empty() {
        oci["architectures"] = json!(architectures);
    }
    if let Some(e) = profile.get("defaultErrnoRet").filter(|v| !v.is_null()) {
        oci["defaultErrnoRet"] = e.clone();
    }
    Ok(oci)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn caps(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    use crate::engine::container::oci::DEFAULT_CAPS as DOCKER_DEFAULT_CAPS;

    fn entries(p: &Value) -> &Vec<Value> {
        p["syscalls"].as_array().expect("syscalls array")
    }

    fn names_of(e: &Value) -> Vec<&str> {
        e["names"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n.as_str().unwrap())
            .collect()
    }

    /// Allowed whatever its arguments.
    fn allowed(p: &Value, name: &str) -> bool {
        entries(p).iter().any(|e| {
            e["action"] == "SCMP_ACT_ALLOW"
                && e.get("args").is_none()
                && names_of(e).contains(&name)
        })
    }

    /// Mentioned by any entry at all.
    fn mentioned(p: &Value, name: &str) -> bool {
        entries(p).iter().any(|e| names_of(e).contains(&name))
    }

    #[test]
    fn deserialises_as_oci_linux_seccomp() {
        use libcontainer::oci_spec::runtime::{
            LinuxSeccomp, LinuxSeccompAction, LinuxSeccompOperator,
        };
        for set in [caps(&[]), caps(DOCKER_DEFAULT_CAPS), caps(&["ALL"])] {
            let p = default_profile(&set);
            let parsed: LinuxSeccomp =
                serde_json::from_value(p.clone()).expect("valid OCI seccomp");
            assert_eq!(parsed.default_action(), LinuxSeccompAction::ScmpActErrno);
            assert_eq!(parsed.default_errno_ret(), Some(1));
            let syscalls = parsed.syscalls().as_ref().unwrap();
            assert_eq!(syscalls.len(), entries(&p).len());
            // Round-trips to the same JSON (no field silently dropped or renamed).
            assert_eq!(serde_json::to_value(&parsed).unwrap(), p);
            if std::env::consts::ARCH == "x86_64" {
                assert_eq!(parsed.architectures().as_ref().unwrap().len(), 2);
            }
            let masked = syscalls.iter().flat_map(|s| s.args().iter().flatten());
            for a in masked {
                if a.op() == LinuxSeccompOperator::ScmpCmpMaskedEq {
                    assert_eq!(a.value(), CLONE_NAMESPACE_FLAGS);
                    assert_eq!(a.value_two(), Some(0));
                }
            }
        }
    }

    #[test]
    fn basic_syscalls_always_allowed() {
        for set in [
            caps(&[]),
            caps(DOCKER_DEFAULT_CAPS),
            caps(&["CAP_SYS_ADMIN"]),
        ] {
            let p = default_profile(&set);
            for name in [
                "read",
                "write",
                "execve",
                "exit_group",
                "openat",
                "mmap",
                "futex",
            ] {
                assert!(allowed(&p, name), "{name} should be allowed");
            }
        }
    }

    #[test]
    fn header() {
        let p = default_profile(&[]);
        assert_eq!(p["defaultAction"], "SCMP_ACT_ERRNO");
        assert_eq!(p["defaultErrnoRet"], 1);
        match std::env::consts::ARCH {
            "x86_64" => assert_eq!(
                p["architectures"],
                json!(["SCMP_ARCH_X86_64", "SCMP_ARCH_X86"])
            ),
            "aarch64" => assert_eq!(
                p["architectures"],
                json!(["SCMP_ARCH_AARCH64", "SCMP_ARCH_ARM"])
            ),
            _ => {}
        }
    }

    #[test]
    fn mount_and_clone_need_sys_admin() {
        let p = default_profile(&caps(DOCKER_DEFAULT_CAPS));
        for name in [
            "mount",
            "umount2",
            "unshare",
            "setns",
            "sethostname",
            "bpf",
            "clone",
        ] {
            assert!(
                !allowed(&p, name),
                "{name} should not be allowed without CAP_SYS_ADMIN"
            );
        }
        let arg_index = if matches!(std::env::consts::ARCH, "s390x") {
            1
        } else {
            0
        };
        let clone_rules: Vec<&Value> = entries(&p)
            .iter()
            .filter(|e| names_of(e) == ["clone"])
            .collect();
        assert_eq!(clone_rules.len(), 1);
        assert_eq!(
            clone_rules[0]["args"],
            json!([{ "index": arg_index, "value": 2114060288u64, "valueTwo": 0, "op": "SCMP_CMP_MASKED_EQ" }])
        );
        assert_eq!(clone_rules[0]["action"], "SCMP_ACT_ALLOW");
        let clone3: Vec<&Value> = entries(&p)
            .iter()
            .filter(|e| names_of(e) == ["clone3"])
            .collect();
        assert_eq!(clone3.len(), 1);
        assert_eq!(clone3[0]["action"], "SCMP_ACT_ERRNO");
        assert_eq!(clone3[0]["errnoRet"], ENOSYS);

        let p = default_profile(&caps(&["CAP_SYS_ADMIN"]));
        for name in ["mount", "umount2", "unshare", "setns", "clone", "clone3"] {
            assert!(
                allowed(&p, name),
                "{name} should be allowed with CAP_SYS_ADMIN"
            );
        }
        assert!(entries(&p)
            .iter()
            .all(|e| e.get("args").is_none() || names_of(e) != ["clone"]));
        assert!(entries(&p).iter().all(|e| e["action"] == "SCMP_ACT_ALLOW"));
    }

    #[test]
    fn capability_gated_syscalls() {
        let none = default_profile(&[]);
        for (cap, name) in [
            ("CAP_SYS_BOOT", "reboot"),
            ("CAP_SYS_MODULE", "init_module"),
            ("CAP_SYS_TIME", "clock_settime"),
            ("CAP_SYS_PACCT", "acct"),
            ("CAP_SYS_RAWIO", "iopl"),
            ("CAP_SYS_NICE", "mbind"),
            ("CAP_SYSLOG", "syslog"),
            ("CAP_BPF", "bpf"),
            ("CAP_PERFMON", "perf_event_open"),
            ("CAP_DAC_READ_SEARCH", "open_by_handle_at"),
            ("CAP_SYS_TTY_CONFIG", "vhangup"),
            ("CAP_SYS_PTRACE", "kcmp"),
            ("CAP_SYS_CHROOT", "chroot"),
        ] {
            assert!(!mentioned(&none, name), "{name} without {cap}");
            assert!(
                allowed(&default_profile(&caps(&[cap])), name),
                "{name} with {cap}"
            );
        }
        // Lenient capability spelling, and ALL.
        assert!(allowed(&default_profile(&caps(&["sys_boot"])), "reboot"));
        assert!(allowed(&default_profile(&caps(&["ALL"])), "reboot"));
        // docker's default set includes CAP_SYS_CHROOT but not CAP_SYS_BOOT.
        let docker = default_profile(&caps(DOCKER_DEFAULT_CAPS));
        assert!(allowed(&docker, "chroot"));
        assert!(!mentioned(&docker, "reboot"));
    }

    #[test]
    fn ptrace_allowed_without_cap() {
        // moby allows ptrace/process_vm_* on kernels >= 4.8 regardless of capabilities.
        let p = default_profile(&[]);
        for name in ["ptrace", "process_vm_readv", "process_vm_writev"] {
            assert!(allowed(&p, name), "{name}");
        }
        assert!(!mentioned(&p, "pidfd_getfd"));
    }

    #[test]
    fn socket_and_personality_filtered_by_argument() {
        let p = default_profile(&[]);
        assert!(!allowed(&p, "socket"));
        let socket_args: Vec<&Value> = entries(&p)
            .iter()
            .filter(|e| names_of(e) == ["socket"])
            .map(|e| &e["args"][0])
            .collect();
        assert_eq!(socket_args.len(), 3);
        assert_eq!(socket_args[0]["op"], "SCMP_CMP_LT");
        assert_eq!(socket_args[0]["value"], 38);
        assert!(!allowed(&p, "personality"));
        let personalities: Vec<u64> = entries(&p)
            .iter()
            .filter(|e| names_of(e) == ["personality"])
            .map(|e| e["args"][0]["value"].as_u64().unwrap())
            .collect();
        assert_eq!(personalities, [0, 8, 0x20000, 0x20008, 0xffff_ffff]);
    }

    #[test]
    fn arch_specific_syscalls() {
        let p = default_profile(&[]);
        match std::env::consts::ARCH {
            "x86_64" => {
                assert!(allowed(&p, "arch_prctl"));
                assert!(allowed(&p, "modify_ldt"));
                assert!(!mentioned(&p, "cacheflush"));
            }
            "aarch64" => {
                assert!(allowed(&p, "cacheflush"));
                assert!(!mentioned(&p, "arch_prctl"));
            }
            _ => {}
        }
        assert!(!mentioned(&p, "s390_runtime_instr") || std::env::consts::ARCH == "s390x");
    }

    #[test]
    fn other_arches() {
        let s390 = profile_for(&[], "s390x", &["SCMP_ARCH_S390X", "SCMP_ARCH_S390"]);
        let clone: Vec<&Value> = entries(&s390)
            .iter()
            .filter(|e| names_of(e) == ["clone"])
            .collect();
        assert_eq!(clone.len(), 1);
        assert_eq!(clone[0]["args"][0]["index"], 1);
        assert!(allowed(&s390, "s390_runtime_instr"));
        assert!(!mentioned(&s390, "arch_prctl"));

        let arm = profile_for(&[], "arm64", &["SCMP_ARCH_AARCH64", "SCMP_ARCH_ARM"]);
        for name in [
            "arm_fadvise64_64",
            "cacheflush",
            "set_tls",
            "sync_file_range2",
        ] {
            assert!(allowed(&arm, name), "{name}");
        }
        assert!(!mentioned(&arm, "modify_ldt"));
        assert_eq!(
            arm["architectures"],
            json!(["SCMP_ARCH_AARCH64", "SCMP_ARCH_ARM"])
        );

        let x86 = profile_for(&[], "x86", &["SCMP_ARCH_X86"]);
        assert!(allowed(&x86, "modify_ldt"));
        assert!(!mentioned(&x86, "arch_prctl"));

        let unknown = profile_for(&[], "sparc64", &[]);
        assert!(unknown.get("architectures").is_none());
    }

    #[test]
    fn no_duplicate_names_within_a_table() {
        for rule in RULES {
            let mut names = rule.names.to_vec();
            names.sort_unstable();
            let before = names.len();
            names.dedup();
            assert_eq!(before, names.len());
        }
        assert_eq!(ALWAYS_ALLOWED.len(), 361);
    }
}
