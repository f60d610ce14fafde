//! Spawning helper programs (netavark, ip, slirp4netns, newuidmap, a restarted
//! monitor) without handing them skiff's own file descriptors.

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
