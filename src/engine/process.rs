//! Other processes: spawning helper programs (netavark, ip, slirp4netns,
//! newuidmap, a restarted monitor) without handing them skiff's own file
//! descriptors, and reading what /proc/PID/stat says of a process.

use std::os::fd::RawFd;
use std::os::unix::process::CommandExt as _;
use std::process::Command;

/// Lets `cmd` inherit only stdin, stdout, stderr and `keep`. A monitor holds
/// its CLI's status pipe and streams on fds 3 and up; a daemon that a helper
/// starts (netavark starts aardvark-dns) would otherwise keep them open, and a
/// CLI piping `run`'s output would never see end of file.
pub fn inherit_only(cmd: &mut Command, keep: Vec<RawFd>) {
    // SAFETY: close_range and fcntl are async-signal-safe system calls, and
    // iterating the captured Vec allocates nothing.
    unsafe {
        cmd.pre_exec(move || {
            const CLOSE_RANGE_CLOEXEC: libc::c_uint = 4;
            libc::syscall(
                libc::SYS_close_range,
                3 as libc::c_uint,
                libc::c_uint::MAX,
                CLOSE_RANGE_CLOEXEC,
            );
            for &fd in &keep {
                let flags = libc::fcntl(fd, libc::F_GETFD);
                if flags >= 0 {
                    libc::fcntl(fd, libc::F_SETFD, flags & !libc::FD_CLOEXEC);
                }
            }
            Ok(())
        });
    }
}

/// Makes `cmd` a session leader of its own (it outlives the caller and its
/// terminal) holding each `(source, target)` fd at `target`: a monitor's status
/// pipe and attached stdio on fds 3..6.
pub fn detach_with_fds(cmd: &mut Command, sources: Vec<(RawFd, RawFd)>) {
    // No allocation between fork and exec (the caller may have other threads):
    // room for every fd is made here.
    let mut high = vec![(0, 0); sources.len()];
    // SAFETY: between fork and exec we only call async-signal-safe syscalls.
    unsafe {
        cmd.pre_exec(move || {
            libc::setsid();
            // Move every source above the targets first so none is overwritten.
            for ((src, target), slot) in sources.iter().zip(high.iter_mut()) {
                let h = libc::fcntl(*src, libc::F_DUPFD_CLOEXEC, 100);
                if h < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                *slot = (h, *target);
            }
            for &(h, target) in &high {
                if libc::dup2(h, target) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
            }
            Ok(())
        });
    }
}

/// An fd on /dev/null, read and write: a stream nobody attached.
pub fn devnull() -> anyhow::Result<std::os::fd::OwnedFd> {
    use anyhow::Context as _;
    Ok(std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/null")
        .context("opening /dev/null")?
        .into())
}

/// Where podman's packages put their helpers when they are not on PATH.
const HELPER_DIRS: &[&str] = &[
    "/usr/lib/podman",
    "/usr/libexec/podman",
    "/usr/local/libexec/podman",
];

/// Finds a helper program on PATH or in podman's helper directories.
pub fn helper(name: &str, package: &str) -> anyhow::Result<std::path::PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain(HELPER_DIRS.iter().map(std::path::PathBuf::from))
        .map(|d| d.join(name))
        .find(|p| p.is_file())
        .ok_or_else(|| {
            anyhow::anyhow!("{name} was not found on PATH or in /usr/lib/podman: install the Debian package {package}")
        })
}

/// What skiff reads of a process's /proc/PID/stat.
pub struct ProcStat {
    /// R, S, D, Z, X, ...
    pub state: char,
    pub ppid: i32,
    /// In clock ticks since boot: with the pid, it names one process for good.
    pub start_time: u64,
}

/// Reads /proc/PID/stat with one read: the kernel renders the whole line on
/// the first (read_to_string would probe with small reads, ~6 syscalls,
/// paid per container by `ps`).
pub fn stat(pid: i32) -> Option<ProcStat> {
    use std::io::Read;
    let mut file = std::fs::File::open(format!("/proc/{pid}/stat")).ok()?;
    let mut buf = [0u8; 2048];
    let len = file.read(&mut buf).ok()?;
    let line = std::str::from_utf8(&buf[..len]).ok()?;
    // The command name, in parentheses, may hold spaces and parentheses.
    let mut fields = line[line.rfind(')')? + 2..].split_whitespace();
    let state = fields.next()?.chars().next()?;
    let ppid = fields.next()?.parse().ok()?;
    let start_time = fields.nth(17)?.parse().ok()?;
    Some(ProcStat {
        state,
        ppid,
        start_time,
    })
}

/// The small watcher binary a container's monitor becomes, installed next to `skiff`.
pub const WATCHER: &str = "skiff-monitor";

/// The full `skiff` binary, also when running as the small watcher.
pub fn skiff_binary() -> std::io::Result<std::path::PathBuf> {
    let exe = std::env::current_exe()?;
    Ok(if exe.file_name().is_some_and(|n| n == WATCHER) {
        exe.with_file_name("skiff")
    } else {
        exe
    })
}

/// The global flags that point another skiff process (a monitor, a
/// healthcheck probe, a detached exec) at this engine's store.
pub fn global_args(engine: &crate::engine::Engine) -> Vec<std::ffi::OsString> {
    vec![
        "--root".into(),
        engine.paths.root.clone().into(),
        "--runroot".into(),
        engine.paths.runroot.clone().into(),
        "--namespace".into(),
        engine.namespace.clone().into(),
        "--storage-driver".into(),
        engine.snapshotter.name().into(),
    ]
}

#[cfg(test)]
mod tests {
    #[test]
    fn stat_of_this_process() {
        let me = super::stat(std::process::id() as i32).expect("our own stat");
        assert_eq!(me.ppid, nix::unistd::getppid().as_raw());
        assert!(me.start_time > 0);
        assert!(matches!(me.state, 'R' | 'S'));
    }
}
