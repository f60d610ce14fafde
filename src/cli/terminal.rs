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

/// Draws `lines` on stderr over the `previous` lines the last frame took
/// (each line cleared first, rows a shorter frame leaves blanked); returns
/// how many lines this frame takes. The live views of build and compose.
pub fn redraw(previous: usize, lines: &[String]) -> usize {
    use std::io::Write as _;
    let mut out = String::new();
    if previous > 0 {
        out.push_str(&format!("\x1b[{previous}A"));
    }
    for l in lines {
        out.push_str("\x1b[2K");
        out.push_str(l);
        out.push('\n');
    }
    let left_over = previous.saturating_sub(lines.len());
    for _ in 0..left_over {
        out.push_str("\x1b[2K\n");
    }
    if left_over > 0 {
        out.push_str(&format!("\x1b[{left_over}A"));
    }
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(out.as_bytes());
    let _ = err.flush();
    lines.len()
}
