//! Pseudo-terminals for `-t`: receiving the pty master libcontainer creates in the
//! container, window sizes, and the detach key sequence.

use std::io::IoSliceMut;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::net::UnixListener;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context as _, Result};
use nix::sys::socket::{recvmsg, ControlMessageOwned, MsgFlags};

/// A listening console socket libcontainer connects to with the pty master.
pub struct ConsoleSocket {
    listener: UnixListener,
    path: PathBuf,
}

/// Binds a unix socket `dir/name`. The bind goes through the directory's fd path
/// so that deep state directories do not hit the 108-byte socket path limit.
pub fn bind_in(dir: &Path, name: &str) -> Result<UnixListener> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let _ = std::fs::remove_file(dir.join(name));
    let dirfd = std::fs::File::open(dir).with_context(|| format!("opening {}", dir.display()))?;
    let short = PathBuf::from(format!("/proc/self/fd/{}/{name}", dirfd.as_raw_fd()));
    UnixListener::bind(&short).with_context(|| format!("binding {name} in {}", dir.display()))
}

/// Connects to the unix socket `dir/name`, whatever the length of `dir`.
pub fn connect_in(dir: &Path, name: &str) -> Result<std::os::unix::net::UnixStream> {
    let dirfd = std::fs::File::open(dir).with_context(|| format!("opening {}", dir.display()))?;
    let short = PathBuf::from(format!("/proc/self/fd/{}/{name}", dirfd.as_raw_fd()));
    std::os::unix::net::UnixStream::connect(&short)
        .with_context(|| format!("connecting to {}", dir.join(name).display()))
}

impl ConsoleSocket {
    /// Binds `dir/console.sock`.
    pub fn bind(dir: &Path) -> Result<ConsoleSocket> {
        let listener = bind_in(dir, "console.sock")?;
        Ok(ConsoleSocket {
            listener,
            path: dir.join("console.sock"),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Accepts libcontainer's connection and takes the pty master it sends.
    pub fn receive_master(&self) -> Result<OwnedFd> {
        let (stream, _) = self.listener.accept().context("accepting console socket")?;
        let mut buf = [0u8; 4096];
        let mut iov = [IoSliceMut::new(&mut buf)];
        let mut cmsg = nix::cmsg_space!([RawFd; 1]);
        let msg = recvmsg::<()>(
            stream.as_raw_fd(),
            &mut iov,
            Some(&mut cmsg),
            MsgFlags::empty(),
        )
        .map_err(|e| anyhow!("receiving the pty master: {e}"))?;
        for c in msg
            .cmsgs()
            .map_err(|e| anyhow!("reading the pty message: {e}"))?
        {
            if let ControlMessageOwned::ScmRights(fds) = c {
                if let Some(fd) = fds.first() {
                    // SAFETY: the kernel just installed this fd in our table for us.
                    return Ok(unsafe { OwnedFd::from_raw_fd(*fd) });
                }
            }
        }
        bail!("the container runtime sent no pty master")
    }
}

impl Drop for ConsoleSocket {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Frames on the attach socket: a kind byte, a big-endian u32 length, the payload.
pub mod frame {
    pub const STDOUT: u8 = 1;
    pub const STDERR: u8 = 2;
    /// Payload: the exit code as decimal text.
    pub const EXIT: u8 = 3;
    /// Client to monitor: rows and columns as two big-endian u16.
    pub const RESIZE: u8 = 4;
    /// Client to monitor: input for the container.
    pub const STDIN: u8 = 5;
    /// Monitor to client: the detach keys were typed.
    pub const DETACHED: u8 = 6;

    pub fn encode(kind: u8, payload: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(payload.len() + 5);
        out.push(kind);
        out.extend_from_slice(&(payload.len() as u32).to_be_bytes());
        out.extend_from_slice(payload);
        out
    }

    /// Splits complete frames off the front of `buf`.
    pub fn decode(buf: &mut Vec<u8>) -> Vec<(u8, Vec<u8>)> {
        let mut out = Vec::new();
        loop {
            if buf.len() < 5 {
                return out;
            }
            let len = u32::from_be_bytes([buf[1], buf[2], buf[3], buf[4]]) as usize;
            if buf.len() < 5 + len {
                return out;
            }
            let kind = buf[0];
            let payload = buf[5..5 + len].to_vec();
            buf.drain(..5 + len);
            out.push((kind, payload));
        }
    }
}

/// Sets a pty's window size.
pub fn set_winsize(fd: RawFd, rows: u16, cols: u16) {
    let ws = libc::winsize {
        ws_row: rows,
        ws_col: cols,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCSWINSZ reads one winsize struct.
    unsafe {
        libc::ioctl(fd, libc::TIOCSWINSZ, &ws);
    }
}

/// The window size of terminal `fd`, if it is one.
pub fn get_winsize(fd: RawFd) -> Option<(u16, u16)> {
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes one winsize struct.
    let ok = unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) } == 0;
    (ok && ws.ws_row > 0).then_some((ws.ws_row, ws.ws_col))
}

/// Copies the window size of terminal `from` onto `to` (the pty master).
pub fn copy_winsize(from: RawFd, to: RawFd) {
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ/TIOCSWINSZ read and write one winsize struct.
    unsafe {
        if libc::ioctl(from, libc::TIOCGWINSZ, &mut ws) == 0 && ws.ws_row > 0 {
            libc::ioctl(to, libc::TIOCSWINSZ, &ws);
        }
    }
}

/// Parses docker's `--detach-keys` (`ctrl-p,ctrl-q`, `a`, `ctrl-@`...).
pub fn parse_detach_keys(spec: &str) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    for key in spec.split(',') {
        let key = key.trim();
        if let Some(c) = key.strip_prefix("ctrl-") {
            let b = match c {
                "@" => 0,
                "[" => 27,
                "\\" => 28,
                "]" => 29,
                "^" => 30,
                "_" => 31,
                s if s.len() == 1 && s.as_bytes()[0].is_ascii_lowercase() => {
                    s.as_bytes()[0] - b'a' + 1
                }
                _ => bail!("Invalid detach keys ({spec}) provided"),
            };
            out.push(b);
        } else if key.len() == 1 {
            out.push(key.as_bytes()[0]);
        } else {
            bail!("Invalid detach keys ({spec}) provided");
        }
    }
    Ok(out)
}

/// Finds the detach sequence in a stream of input, across reads.
pub struct DetachMatcher {
    keys: Vec<u8>,
    matched: usize,
}

impl DetachMatcher {
    pub fn new(keys: Vec<u8>) -> DetachMatcher {
        DetachMatcher { keys, matched: 0 }
    }

    /// Returns the bytes to forward, and whether the sequence completed.
    pub fn feed(&mut self, input: &[u8]) -> (Vec<u8>, bool) {
        let mut out = Vec::with_capacity(input.len());
        for &b in input {
            if !self.keys.is_empty() && b == self.keys[self.matched] {
                self.matched += 1;
                if self.matched == self.keys.len() {
                    return (out, true);
                }
                continue;
            }
            // A partial match that breaks off is passed through as typed.
            out.extend_from_slice(&self.keys[..self.matched]);
            self.matched = 0;
            if !self.keys.is_empty() && b == self.keys[0] {
                self.matched = 1;
            } else {
                out.push(b);
            }
        }
        (out, false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detach_keys_parse_and_match() {
        assert_eq!(
            parse_detach_keys("ctrl-p,ctrl-q").expect("keys"),
            vec![16, 17]
        );
        assert_eq!(parse_detach_keys("a,ctrl-@").expect("keys"), vec![b'a', 0]);
        assert!(parse_detach_keys("ctrl-1").is_err());
        let mut m = DetachMatcher::new(vec![16, 17]);
        assert_eq!(m.feed(b"ab\x10"), (b"ab".to_vec(), false));
        assert_eq!(m.feed(b"x"), (b"\x10x".to_vec(), false));
        assert_eq!(m.feed(b"\x10\x11rest"), (Vec::new(), true));
    }
}
