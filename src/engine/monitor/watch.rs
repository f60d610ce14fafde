//! The monitor's watch loop: everything it does while the container runs.
//! Kept free of libcontainer so that the small `skiff-monitor` binary can run
//! it with a fraction of the memory of the full `skiff` binary.

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::Path;
use std::time::{Duration, Instant};

use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
use nix::sys::signal::{SigSet, Signal};
use nix::sys::signalfd::{SfdFlags, SignalFd};
use nix::sys::wait::{waitpid, WaitPidFlag, WaitStatus};
use nix::unistd::Pid;

use super::{send, StatusMessage};
use crate::engine::container::logs::LogWriter;
use crate::engine::tty::frame;

pub struct Watched {
    /// The container's init process, our child.
    pub pid: i32,
    /// Container output: (fd, stream), stream 0 stdout and 1 stderr. With a tty
    /// there is one source, the pty master.
    pub outputs: Vec<(OwnedFd, usize)>,
    pub tty: bool,
    /// For `-it`: the attached CLI's stdin, copied into the pty.
    pub input: Option<File>,
    pub tee_out: Option<File>,
    pub tee_err: Option<File>,
    pub detach: crate::engine::tty::DetachMatcher,
    pub detach_keys: Vec<u8>,
    /// `skiff attach` connects here.
    pub attach_listener: Option<UnixListener>,
    /// For `run -d -i` without a tty: the write end of the container's stdin.
    pub stdin_pipe: Option<File>,
    pub auto_remove: bool,
    /// When set, run `skiff __healthcheck` on this schedule.
    pub health: Option<HealthSchedule>,
    pub log_config: crate::engine::container::logs::LogConfig,
}

/// When and how the monitor starts healthcheck probes.
pub struct HealthSchedule {
    pub interval: Duration,
    pub start_interval: Duration,
    pub start_period: Duration,
    /// `skiff` and its global arguments, then `__healthcheck ID`.
    pub command: Vec<String>,
}

impl HealthSchedule {
    fn spawn(&self) {
        use std::os::unix::process::CommandExt;
        let Some((program, args)) = self.command.split_first() else {
            return;
        };
        let mut cmd = std::process::Command::new(program);
        cmd.args(args)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        // SAFETY: sigprocmask is async-signal-safe; the probe must not inherit our blocked SIGCHLD.
        unsafe {
            cmd.pre_exec(|| {
                let empty: libc::sigset_t = std::mem::zeroed();
                libc::sigprocmask(libc::SIG_SETMASK, &empty, std::ptr::null_mut());
                Ok(())
            });
        }
        // The child is reaped with every other child in `reap`.
        let _ = cmd.spawn();
    }

    fn next_after(&self, started: Instant) -> Instant {
        let now = Instant::now();
        if now.duration_since(started) < self.start_period {
            now + self.start_interval
        } else {
            now + self.interval
        }
    }
}

/// A `skiff attach` client.
struct Client {
    stream: UnixStream,
    pending: Vec<u8>,
    detach: crate::engine::tty::DetachMatcher,
}

/// Exit code docker reports for a wait status: the code, or 128+signal.
fn exit_code(ws: WaitStatus) -> Option<i32> {
    match ws {
        WaitStatus::Exited(_, code) => Some(code),
        WaitStatus::Signaled(_, sig, _) => Some(128 + sig as i32),
        _ => None,
    }
}

/// Copies output until the container exits; returns its exit code and the
/// attach clients still connected (they get the code once cleanup is done).
pub fn watch(log_path: &Path, mut s: Watched, status: &mut Option<File>) -> (i32, Vec<UnixStream>) {
    let mut mask = SigSet::empty();
    mask.add(Signal::SIGCHLD);
    mask.add(Signal::SIGWINCH);
    let _ = mask.thread_block();
    let sigfd = SignalFd::with_flags(&mask, SfdFlags::SFD_CLOEXEC | SfdFlags::SFD_NONBLOCK).ok();
    let mut log = LogWriter::open(log_path, &s.log_config).ok().flatten();
    let mut open: Vec<bool> = vec![true; s.outputs.len()];
    let mut code: Option<i32> = None;
    let mut exited_at: Option<Instant> = None;
    let mut buf = vec![0u8; 16 * 1024];
    let mut clients: Vec<Client> = Vec::new();
    let watch_started = Instant::now();
    let mut next_probe = s.health.as_ref().map(|h| h.next_after(watch_started));
    loop {
        if let (Some(h), Some(due)) = (&s.health, next_probe) {
            if code.is_none() && Instant::now() >= due {
                h.spawn();
                next_probe = Some(h.next_after(watch_started));
            }
        }
        code = code.or_else(|| reap(s.pid));
        if code.is_some() && exited_at.is_none() {
            exited_at = Some(Instant::now());
        }
        let drained = open.iter().all(|o| !o);
        if code.is_some()
            && (drained || exited_at.is_some_and(|t| t.elapsed() > Duration::from_secs(2)))
        {
            break;
        }
        let n_out = s.outputs.len();
        let (ready, input_ready, sig_ready, accept_ready, client_ready) = {
            let mut fds = Vec::with_capacity(n_out + 3 + clients.len());
            for (i, (fd, _)) in s.outputs.iter().enumerate() {
                fds.push(PollFd::new(
                    fd.as_fd(),
                    if open[i] {
                        PollFlags::POLLIN
                    } else {
                        PollFlags::empty()
                    },
                ));
            }
            let input_at = s.input.as_ref().map(|f| {
                fds.push(PollFd::new(f.as_fd(), PollFlags::POLLIN));
                fds.len() - 1
            });
            let sig_at = sigfd.as_ref().map(|sfd| {
                fds.push(PollFd::new(sfd.as_fd(), PollFlags::POLLIN));
                fds.len() - 1
            });
            let listen_at = s.attach_listener.as_ref().map(|l| {
                fds.push(PollFd::new(l.as_fd(), PollFlags::POLLIN));
                fds.len() - 1
            });
            let clients_at = fds.len();
            for c in &clients {
                fds.push(PollFd::new(c.stream.as_fd(), PollFlags::POLLIN));
            }
            let timeout = if code.is_some() || sigfd.is_none() {
                PollTimeout::from(100u16)
            } else if let Some(due) = next_probe {
                let ms = due
                    .saturating_duration_since(Instant::now())
                    .as_millis()
                    .clamp(1, 60_000);
                PollTimeout::from(ms as u16)
            } else {
                PollTimeout::NONE
            };
            match poll(&mut fds, timeout) {
                Ok(_) => {}
                Err(nix::errno::Errno::EINTR) => continue,
                Err(_) => break,
            }
            let readable = |f: &PollFd| {
                f.revents().is_some_and(|r| {
                    r.intersects(PollFlags::POLLIN | PollFlags::POLLHUP | PollFlags::POLLERR)
                })
            };
            let ready: Vec<bool> = (0..n_out).map(|i| open[i] && readable(&fds[i])).collect();
            (
                ready,
                input_at.is_some_and(|i| readable(&fds[i])),
                sig_at.is_some_and(|i| readable(&fds[i])),
                listen_at.is_some_and(|i| readable(&fds[i])),
                (0..clients.len())
                    .map(|i| readable(&fds[clients_at + i]))
                    .collect::<Vec<bool>>(),
            )
        };
        if accept_ready {
            if let Some(l) = &s.attach_listener {
                while let Ok((stream, _)) = l.accept() {
                    let _ = stream.set_nonblocking(false);
                    clients.push(Client {
                        stream,
                        pending: Vec::new(),
                        detach: crate::engine::tty::DetachMatcher::new(s.detach_keys.clone()),
                    });
                }
            }
        }
        let mut gone = Vec::new();
        for (i, is_ready) in client_ready.iter().enumerate() {
            if !is_ready {
                continue;
            }
            if !client_input(&mut clients[i], &mut buf, &s) {
                gone.push(i);
            }
        }
        for i in gone.into_iter().rev() {
            clients.remove(i);
        }
        if sig_ready {
            if let Some(sfd) = &sigfd {
                while let Ok(Some(info)) = sfd.read_signal() {
                    if info.ssi_signo == Signal::SIGWINCH as u32 {
                        if let (Some(t), Some((master, _))) = (&s.tee_out, s.outputs.first()) {
                            crate::engine::tty::copy_winsize(t.as_raw_fd(), master.as_raw_fd());
                        }
                    }
                }
            }
        }
        if input_ready {
            let mut detached = false;
            if let Some(input) = s.input.as_mut() {
                match input.read(&mut buf) {
                    Ok(0) | Err(_) => s.input = None,
                    Ok(n) => {
                        let (forward, detach) = s.detach.feed(&buf[..n]);
                        if let Some((master, _)) = s.outputs.first() {
                            let _ = nix::unistd::write(master, &forward);
                        }
                        detached = detach;
                    }
                }
            }
            if detached {
                send(status, StatusMessage::Detached);
                *status = None;
                s.input = None;
                s.tee_out = None;
                s.tee_err = None;
            }
        }
        for (i, is_ready) in ready.iter().enumerate() {
            if !is_ready {
                continue;
            }
            let stream = s.outputs[i].1;
            match nix::unistd::read(s.outputs[i].0.as_raw_fd(), &mut buf) {
                Ok(0) => open[i] = false,
                Ok(n) => {
                    if let Some(l) = log.as_mut() {
                        let _ = l.write(stream, &buf[..n]);
                    }
                    let tee = if stream == 0 {
                        &mut s.tee_out
                    } else {
                        &mut s.tee_err
                    };
                    if let Some(t) = tee {
                        if t.write_all(&buf[..n]).is_err() {
                            *tee = None;
                        }
                    }
                    let kind = if stream == 0 {
                        frame::STDOUT
                    } else {
                        frame::STDERR
                    };
                    let f = frame::encode(kind, &buf[..n]);
                    clients.retain_mut(|c| c.stream.write_all(&f).is_ok());
                }
                Err(nix::errno::Errno::EINTR | nix::errno::Errno::EAGAIN) => {}
                // A pty master reports EIO once the last slave holder is gone.
                Err(_) => open[i] = false,
            }
        }
    }
    if let Some(l) = log.as_mut() {
        let _ = l.flush_partial();
    }
    let code = code.unwrap_or(137);
    (code, clients.into_iter().map(|c| c.stream).collect())
}

/// Handles what an attach client sent; false when the client is gone or detached.
fn client_input(c: &mut Client, buf: &mut [u8], s: &Watched) -> bool {
    let n = match c.stream.read(buf) {
        Ok(0) | Err(_) => return false,
        Ok(n) => n,
    };
    c.pending.extend_from_slice(&buf[..n]);
    let master = s.pty_master();
    for (kind, payload) in frame::decode(&mut c.pending) {
        match kind {
            frame::STDIN => {
                let (forward, detach) = c.detach.feed(&payload);
                match (master, &s.stdin_pipe) {
                    (Some(m), _) => {
                        let _ = nix::unistd::write(m, &forward);
                    }
                    (None, Some(pipe)) => {
                        let _ = (&*pipe).write_all(&forward);
                    }
                    _ => {}
                }
                if detach {
                    let _ = c.stream.write_all(&frame::encode(frame::DETACHED, b""));
                    return false;
                }
            }
            frame::RESIZE if payload.len() == 4 => {
                if let Some(m) = master {
                    let rows = u16::from_be_bytes([payload[0], payload[1]]);
                    let cols = u16::from_be_bytes([payload[2], payload[3]]);
                    crate::engine::tty::set_winsize(m.as_raw_fd(), rows, cols);
                }
            }
            _ => {}
        }
    }
    true
}

impl Watched {
    /// The pty master, for `-t` containers.
    fn pty_master(&self) -> Option<&OwnedFd> {
        if self.tty {
            self.outputs.first().map(|(fd, _)| fd)
        } else {
            None
        }
    }
}

/// Reaps every exited child; returns init's exit code once it is among them.
fn reap(init: i32) -> Option<i32> {
    let mut result = None;
    loop {
        match waitpid(Pid::from_raw(-1), Some(WaitPidFlag::WNOHANG)) {
            Ok(WaitStatus::StillAlive) | Err(_) => return result,
            Ok(ws) => {
                if ws.pid() == Some(Pid::from_raw(init)) {
                    result = exit_code(ws);
                }
            }
        }
    }
}
