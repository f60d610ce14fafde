//! The per-container monitor (podman's conmon): one small single-threaded
//! process per container, started detached by the CLI. It mounts the rootfs,
//! creates and starts the container through libcontainer, copies its output into
//! the json-file log (and to an attached CLI), reaps every child, records the
//! exit code and cleans up. It needs nothing else to keep running.

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::net::UnixStream;

use anyhow::{anyhow, Context as _, Result};

use crate::engine::container::{self, now_rfc3339, ContainerState, Status};
use crate::engine::runtime::{self, StartError};
use crate::engine::tty::frame;
use crate::engine::Engine;
pub use watch::Watched;

pub mod handoff;
pub mod watch;

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

pub(crate) fn send(status: &mut Option<File>, msg: StatusMessage) {
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
            // Hand the running container to the small watcher binary when it is
            // installed; it comes back to `__monitor-finish` for the cleanup.
            // A container that is already done (`run --rm IMAGE true`) is not worth two execs.
            let started = if already_exited(started.pid) {
                started
            } else {
                match handoff::exec_watcher(engine, id, started, &mut status) {
                    Ok(never) => match never {},
                    Err(started) => started,
                }
            };
            let log = engine.container_paths(id).log();
            let (code, clients) = watch::watch(&log, started, &mut status);
            finish_and_report(engine, id, code, clients, status);
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

fn start(engine: &Engine, id: &str, attach: &AttachOptions) -> Result<Watched> {
    let record = container::load_record(engine, id)?;
    let paths = engine.container_paths(id);
    container::create::mount_rootfs(engine, &record)?;
    container::create::prepare_volumes(engine, &record)?;
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
    Ok(Watched {
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

fn finish(engine: &Engine, id: &str, code: i32, auto_remove: bool) {
    let _lock = container::lock(engine, id);
    let mut state = container::load_state(engine, id);
    state.status = Status::Exited;
    state.exit_code = code;
    state.pid = 0;
    state.finished_at = Some(now_rfc3339());
    let _ = container::save_state(engine, id, &state);
    container::remove::release_runtime(engine, id);
    if let Ok(record) = container::load_record(engine, id) {
        container::create::unmount_rootfs(engine, &record);
        if auto_remove {
            let _ = container::remove::remove_exited(engine, &record);
        }
    }
}

/// Whether `pid` (our child) has exited, without reaping it.
fn already_exited(pid: i32) -> bool {
    use nix::sys::wait::{waitid, Id, WaitPidFlag, WaitStatus};
    let flags = WaitPidFlag::WEXITED | WaitPidFlag::WNOHANG | WaitPidFlag::WNOWAIT;
    !matches!(
        waitid(Id::Pid(nix::unistd::Pid::from_raw(pid)), flags),
        Ok(WaitStatus::StillAlive) | Err(_)
    )
}

/// Records the exit, cleans up, then tells the attached CLI and attach clients.
pub fn finish_and_report(
    engine: &Engine,
    id: &str,
    code: i32,
    clients: Vec<UnixStream>,
    mut status: Option<File>,
) {
    let auto_remove = container::load_record(engine, id)
        .map(|r| r.host_config.auto_remove)
        .unwrap_or(false);
    finish(engine, id, code, auto_remove);
    let f = frame::encode(frame::EXIT, code.to_string().as_bytes());
    for mut c in clients {
        let _ = c.write_all(&f);
    }
    send(&mut status, StatusMessage::Exited(code));
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
