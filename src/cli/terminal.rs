//! The user's terminal for `-t`: raw mode while attached, restored on drop.

use std::os::fd::{AsFd, BorrowedFd};

use nix::sys::termios::{cfmakeraw, tcgetattr, tcsetattr, SetArg, Termios};

pub struct RawMode {
    fd: i32,
    original: Termios,
}

impl RawMode {
    /// Puts `fd` in raw mode if it is a terminal; None when it is not one.
    pub fn enable(fd: BorrowedFd) -> Option<RawMode> {
        let original = tcgetattr(fd).ok()?;
        let mut raw = original.clone();
        cfmakeraw(&mut raw);
        tcsetattr(fd, SetArg::TCSANOW, &raw).ok()?;
        Some(RawMode {
            fd: std::os::fd::AsRawFd::as_raw_fd(&fd),
            original,
        })
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        // SAFETY: the fd is one of our stdio fds, open for the life of the process.
        let fd = unsafe { BorrowedFd::borrow_raw(self.fd) };
        let _ = tcsetattr(fd.as_fd(), SetArg::TCSANOW, &self.original);
    }
}
