//! The per-container monitor (podman's conmon): one small single-threaded
//! process per container, started detached by the CLI. It mounts the rootfs,
//! creates and starts the container through libcontainer, copies its output into
//! the json-file log (and to an attached CLI), reaps every child, records the
//! exit code and cleans up. It needs nothing else to keep running.

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsFd, AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::net::{UnixListener, UnixStream};
use std::time::{Duration, Instant};

use anyhow::{anyhow, Context as _, Result};
use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
use nix::sys::signal::{SigSet, Signal};
use nix::sys::signalfd::{SfdFlags, SignalFd};
use nix::sys::wait::{waitpid, WaitPidFlag, WaitStatus};
use nix::unistd::Pid;

use crate::engine::container::logs::LogWriter;
use crate::engine::container::{self, now_rfc3339, ContainerState, Status};
use crate::engine::runtime::{self, StartError};
use crate::engine::tty::frame;
use crate::engine::Engine;

/// fd on which the monitor reports to the CLI that started it.
pub const STATUS_FD: i32 = 3;
/// When attached: the stdin to hand to the container, and where to copy its output.
pub const ATTACH_STDIN_FD: i32 = 4;
pub const ATTACH_STDOUT_FD: i32 = 5;
pub const ATTACH_STDERR_FD: i32 = 6;

/// Messages on the status pipe, one per line.
pub enum StatusMessage {
    Started(i32),
    Failed(i32, String),
    Exited(i32),
    /// The user typed the detach keys; the container goes on running.
    Detached,
}

impl StatusMessage {
    pub fn encode(&self) -> String {
        match self {
            StatusMessage::Started(pid) => format!("started {pid}\n"),
            StatusMessage::Failed(code, msg) => {
                format!("failed {code} {}\n", msg.replace('\n', " "))
            }
            StatusMessage::Exited(code) => format!("exited {code}\n"),
            StatusMessage::Detached => "detached -\n".to_string(),
        }
    }

    pub fn decode(line: &str) -> Option<StatusMessage> {
        let (kind, rest) = line.trim_end().split_once(' ')?;
        match kind {
            "started" => rest.parse().ok().map(StatusMessage::Started),
            "exited" => rest.parse().ok().map(StatusMessage::Exited),
            "detached" => Some(StatusMessage::Detached),
            "failed" => {
                let (code, msg) = rest.split_once(' ').unwrap_or((rest, ""));
                Some(StatusMessage::Failed(code.parse().ok()?, msg.to_string()))
            }
            _ => None,
        }
    }
}

fn send(status: &mut Option<File>, msg: StatusMessage) {
    if let Some(f) = status {
        if f.write_all(msg.encode().as_bytes()).is_err() {
            *status = None;
        }
    }
}

/// How an attached CLI is connected.
pub struct AttachOptions {
    pub attached: bool,
    /// The sequence that detaches from a `-it` container (docker: ctrl-p,ctrl-q).
    pub detach_keys: Vec<u8>,
}

/// Entry point of `skiff __monitor ID`; returns the monitor's exit status.
pub fn run(engine: &Engine, id: &str, attach: &AttachOptions) -> i32 {
    // SAFETY: fd 3 is the status pipe our parent set up for us; we own it from here.
    let mut status = Some(unsafe { File::from_raw_fd(STATUS_FD) });
    // The monitor outlives the CLI; a closed pipe must not kill it.
    // SAFETY: setting a signal disposition to ignore has no preconditions.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_IGN);
        libc::prctl(libc::PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
    }
    let entered = if engine.rootless {
        crate::engine::rootless::enter_monitor_namespaces()
    } else {
        Ok(())
    };
    match entered.and_then(|()| start(engine, id, attach)) {
        Ok(started) => {
            send(&mut status, StatusMessage::Started(started.pid));
            let code = watch(engine, id, started, &mut status);
            send(&mut status, StatusMessage::Exited(code));
            0
        }
        Err(e) => {
            let (code, message) = match e.downcast::<StartError>() {
                Ok(se) => (se.code, se.message),
                Err(e) => (125, format!("{e:#}")),
            };
            record_failure(engine, id, code, &message);
            send(&mut status, StatusMessage::Failed(code, message));
            1
        }
    }
}

struct Started {
    pid: i32,
    /// Container output: (fd, stream), stream 0 stdout and 1 stderr. With a tty
    /// there is one source, the pty master.
    outputs: Vec<(OwnedFd, usize)>,
    tty: bool,
    /// For `-it`: the attached CLI's stdin, copied into the pty.
    input: Option<File>,
    tee_out: Option<File>,
    tee_err: Option<File>,
    detach: crate::engine::tty::DetachMatcher,
    detach_keys: Vec<u8>,
    /// `skiff attach` connects here.
    attach_listener: Option<UnixListener>,
    /// For `run -d -i` without a tty: the write end of the container's stdin.
    stdin_pipe: Option<File>,
    auto_remove: bool,
}

/// A `skiff attach` client.
struct Client {
    stream: UnixStream,
    pending: Vec<u8>,
    detach: crate::engine::tty::DetachMatcher,
}

fn start(engine: &Engine, id: &str, attach: &AttachOptions) -> Result<Started> {
    let record = container::load_record(engine, id)?;
    let paths = engine.container_paths(id);
    container::create::mount_rootfs(engine, &record)?;
    let command = container::create::write_bundle(engine, &record)?;
    let tty = record.config.tty;

    let devnull =
        || -> Result<OwnedFd> { Ok(File::open("/dev/null").context("opening /dev/null")?.into()) };
    // SAFETY (all three): the CLI passed these fds to us for exactly this use.
    let (cli_stdin, tee_out, tee_err) = if attach.attached {
        unsafe {
            (
                Some(OwnedFd::from_raw_fd(ATTACH_STDIN_FD)),
                Some(File::from_raw_fd(ATTACH_STDOUT_FD)),
                Some(File::from_raw_fd(ATTACH_STDERR_FD)),
            )
        }
    } else {
        (None, None, None)
    };
    // Without a tty the container reads the CLI's stdin itself; with one, we copy it in.
    let (stdin, input, stdin_pipe) = match (tty, cli_stdin) {
        (false, Some(fd)) => (fd, None, None),
        (true, Some(fd)) => (devnull()?, Some(File::from(fd)), None),
        (false, None) if record.config.open_stdin => {
            let (r, w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("pipe")?;
            (r, None, Some(File::from(w)))
        }
        (_, None) => (devnull()?, None, None),
    };
    let attach_listener = crate::engine::tty::bind_in(&paths.run_dir, "attach.sock").ok();
    if let Some(l) = &attach_listener {
        let _ = l.set_nonblocking(true);
    }
    let (out_r, out_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("pipe")?;
    let (err_r, err_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("pipe")?;
    let console = if tty {
        Some(crate::engine::tty::ConsoleSocket::bind(&paths.run_dir)?)
    } else {
        None
    };
    let pid = runtime::create_and_start(
        &engine.runtime_root(),
        id,
        &paths.bundle(),
        runtime::Stdio {
            stdin,
            stdout: out_w,
            stderr: err_w,
        },
        console.as_ref().map(|c| c.path()),
        &command,
    )?;
    let outputs = match &console {
        Some(c) => {
            let master = c.receive_master()?;
            if let Some(t) = &tee_out {
                crate::engine::tty::copy_winsize(t.as_raw_fd(), master.as_raw_fd());
            }
            vec![(master, 0)]
        }
        None => vec![(out_r, 0), (err_r, 1)],
    };
    let me = std::process::id() as i32;
    let state = ContainerState {
        status: Status::Running,
        pid,
        monitor_pid: me,
        monitor_start: container::process_start_time(me).unwrap_or(0),
        exit_code: 0,
        error: String::new(),
        started_at: Some(now_rfc3339()),
        finished_at: None,
    };
    container::save_state(engine, id, &state)?;
    Ok(Started {
        pid,
        outputs,
        tty,
        input,
        tee_out,
        tee_err,
        detach: crate::engine::tty::DetachMatcher::new(attach.detach_keys.clone()),
        detach_keys: attach.detach_keys.clone(),
        attach_listener,
        stdin_pipe,
        auto_remove: record.host_config.auto_remove,
    })
}

fn record_failure(engine: &Engine, id: &str, code: i32, message: &str) {
    let mut state = container::load_state(engine, id);
    state.status = Status::Created;
    state.exit_code = code;
    state.error = message.to_string();
    let _ = container::save_state(engine, id, &state);
    let _ = runtime::delete(&engine.runtime_root(), id);
    if let Ok(record) = container::load_record(engine, id) {
        container::create::unmount_rootfs(engine, &record);
        if record.host_config.auto_remove {
            let _ = container::remove::remove_files(engine, &record);
        }
    }
}

/// Exit code docker reports for a wait status: the code, or 128+signal.
fn exit_code(ws: WaitStatus) -> Option<i32> {
    match ws {
        WaitStatus::Exited(_, code) => Some(code),
        WaitStatus::Signaled(_, sig, _) => Some(128 + sig as i32),
        _ => None,
    }
}

/// Copies output until the container exits, then records the exit and cleans up.
fn watch(engine: &Engine, id: &str, mut s: Started, status: &mut Option<File>) -> i32 {
    let mut mask = SigSet::empty();
    mask.add(Signal::SIGCHLD);
    mask.add(Signal::SIGWINCH);
    let _ = mask.thread_block();
    let sigfd = SignalFd::with_flags(&mask, SfdFlags::SFD_CLOEXEC | SfdFlags::SFD_NONBLOCK).ok();
    let mut log = LogWriter::open(&engine.container_paths(id).log()).ok();
    let mut open: Vec<bool> = vec![true; s.outputs.len()];
    let mut code: Option<i32> = None;
    let mut exited_at: Option<Instant> = None;
    let mut buf = vec![0u8; 64 * 1024];
    let mut clients: Vec<Client> = Vec::new();
    loop {
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
    finish(engine, id, code, s.auto_remove);
    let f = frame::encode(frame::EXIT, code.to_string().as_bytes());
    for c in clients.iter_mut() {
        let _ = c.stream.write_all(&f);
    }
    code
}

/// Handles what an attach client sent; false when the client is gone or detached.
fn client_input(c: &mut Client, buf: &mut [u8], s: &Started) -> bool {
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

impl Started {
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

fn finish(engine: &Engine, id: &str, code: i32, auto_remove: bool) {
    let _lock = container::lock(engine, id);
    let mut state = container::load_state(engine, id);
    state.status = Status::Exited;
    state.exit_code = code;
    state.pid = 0;
    state.finished_at = Some(now_rfc3339());
    let _ = container::save_state(engine, id, &state);
    let _ = runtime::delete(&engine.runtime_root(), id);
    if let Ok(record) = container::load_record(engine, id) {
        container::create::unmount_rootfs(engine, &record);
        if auto_remove {
            let _ = container::remove::remove_files(engine, &record);
        }
    }
}

/// Reads one status message from a monitor (none when it closed the pipe).
pub fn read_status(pipe: &mut File) -> Result<Option<StatusMessage>> {
    let mut text = String::new();
    let mut byte = [0u8; 1];
    loop {
        match pipe.read(&mut byte) {
            Ok(0) => break,
            Ok(_) => {
                if byte[0] == b'\n' {
                    break;
                }
                text.push(byte[0] as char);
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(anyhow!("reading from monitor: {e}")),
        }
    }
    Ok(StatusMessage::decode(&text))
}
