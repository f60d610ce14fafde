//! Handing a started container from the full `skiff` binary to the small
//! `skiff-monitor` watcher, and back to `skiff __monitor-finish` for cleanup.
//! Everything travels as inherited file descriptors plus `key=value` arguments;
//! the process (and so the parent of the container's init) stays the same.

use std::collections::HashMap;
use std::convert::Infallible;
use std::ffi::CString;
use std::fs::File;
use std::os::fd::{AsRawFd, FromRawFd, IntoRawFd, OwnedFd, RawFd};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::PathBuf;

use super::Watched;
use crate::engine::tty::DetachMatcher;
use crate::engine::Engine;

/// The name of the watcher binary, installed next to `skiff`.
pub const WATCHER: &str = "skiff-monitor";

/// What the watcher needs to come back to `skiff` for the cleanup.
pub struct Handoff {
    pub skiff: PathBuf,
    pub root: String,
    pub runroot: String,
    pub namespace: String,
    pub driver: String,
    pub id: String,
    pub log: PathBuf,
}

fn keep_open(fd: RawFd) {
    // SAFETY: clearing FD_CLOEXEC on an fd we own.
    unsafe {
        libc::fcntl(fd, libc::F_SETFD, 0);
    }
}

fn exec(program: &std::path::Path, args: &[String]) -> std::io::Error {
    let c = |s: &str| CString::new(s).unwrap_or_default();
    let prog = c(&program.to_string_lossy());
    let mut argv: Vec<CString> = vec![prog.clone()];
    argv.extend(args.iter().map(|a| c(a)));
    match nix::unistd::execv(&prog, &argv) {
        Ok(never) => match never {},
        Err(e) => std::io::Error::from(e),
    }
}

/// Execs the watcher with `w`; returns `w` unchanged when the watcher is not
/// installed or cannot be started, so the caller can watch in-process.
pub fn exec_watcher(
    engine: &Engine,
    id: &str,
    w: Watched,
    status: &mut Option<File>,
) -> Result<Infallible, Watched> {
    let Ok(skiff) = std::env::current_exe() else {
        return Err(w);
    };
    let watcher = skiff.with_file_name(WATCHER);
    if std::env::var_os("SKIFF_NO_WATCHER").is_some() || !watcher.is_file() {
        return Err(w);
    }
    let mut args = vec![
        format!("skiff={}", skiff.display()),
        format!("root={}", engine.paths.root.display()),
        format!("runroot={}", engine.paths.runroot.display()),
        format!("namespace={}", engine.namespace),
        format!("driver={}", engine.snapshotter.name()),
        format!("id={id}"),
        format!("log={}", engine.container_paths(id).log().display()),
        format!("pid={}", w.pid),
        format!("tty={}", u8::from(w.tty)),
        format!(
            "detach={}",
            w.detach_keys
                .iter()
                .map(|b| b.to_string())
                .collect::<Vec<_>>()
                .join(",")
        ),
        format!(
            "out={}",
            w.outputs
                .iter()
                .map(|(fd, stream)| format!("{}:{stream}", fd.as_raw_fd()))
                .collect::<Vec<_>>()
                .join(",")
        ),
    ];
    let mut fds: Vec<RawFd> = w.outputs.iter().map(|(fd, _)| fd.as_raw_fd()).collect();
    let mut add = |key: &str, fd: Option<RawFd>| {
        if let Some(fd) = fd {
            args.push(format!("{key}={fd}"));
            fds.push(fd);
        }
    };
    add("input", w.input.as_ref().map(|f| f.as_raw_fd()));
    add("tee_out", w.tee_out.as_ref().map(|f| f.as_raw_fd()));
    add("tee_err", w.tee_err.as_ref().map(|f| f.as_raw_fd()));
    add(
        "listener",
        w.attach_listener.as_ref().map(|l| l.as_raw_fd()),
    );
    add("stdin_pipe", w.stdin_pipe.as_ref().map(|f| f.as_raw_fd()));
    add("status", status.as_ref().map(|f| f.as_raw_fd()));
    for fd in &fds {
        keep_open(*fd);
    }
    let _ = exec(&watcher, &args);
    Err(w)
}

fn fd<T: FromRawFd>(v: &HashMap<String, String>, key: &str) -> Option<T> {
    let raw: RawFd = v.get(key)?.parse().ok()?;
    // SAFETY: the monitor passed us these fds, open and ours alone.
    Some(unsafe { T::from_raw_fd(raw) })
}

/// Rebuilds the watch state in the watcher from its arguments.
pub fn from_args(args: &[String]) -> Option<(Handoff, Watched, Option<File>)> {
    let v: HashMap<String, String> = args
        .iter()
        .filter_map(|a| a.split_once('='))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let get = |k: &str| v.get(k).cloned();
    let handoff = Handoff {
        skiff: PathBuf::from(get("skiff")?),
        root: get("root")?,
        runroot: get("runroot")?,
        namespace: get("namespace")?,
        driver: get("driver")?,
        id: get("id")?,
        log: PathBuf::from(get("log")?),
    };
    let detach_keys: Vec<u8> = get("detach")?
        .split(',')
        .filter_map(|b| b.parse().ok())
        .collect();
    let outputs = get("out")?
        .split(',')
        .filter_map(|p| {
            let (fd, stream) = p.split_once(':')?;
            let raw: RawFd = fd.parse().ok()?;
            // SAFETY: as above.
            Some((unsafe { OwnedFd::from_raw_fd(raw) }, stream.parse().ok()?))
        })
        .collect();
    let watched = Watched {
        pid: get("pid")?.parse().ok()?,
        outputs,
        tty: get("tty")? == "1",
        input: fd(&v, "input"),
        tee_out: fd(&v, "tee_out"),
        tee_err: fd(&v, "tee_err"),
        detach: DetachMatcher::new(detach_keys.clone()),
        detach_keys,
        attach_listener: fd::<UnixListener>(&v, "listener"),
        stdin_pipe: fd(&v, "stdin_pipe"),
        auto_remove: false,
    };
    Some((handoff, watched, fd(&v, "status")))
}

/// Execs `skiff __monitor-finish` to record the exit and clean up. Returns only on failure.
pub fn exec_finish(
    h: &Handoff,
    code: i32,
    clients: Vec<UnixStream>,
    status: Option<File>,
) -> std::io::Error {
    let mut args = vec![
        "--root".to_string(),
        h.root.clone(),
        "--runroot".into(),
        h.runroot.clone(),
        "--namespace".into(),
        h.namespace.clone(),
        "--storage-driver".into(),
        h.driver.clone(),
        "__monitor-finish".into(),
        h.id.clone(),
        "--code".into(),
        code.to_string(),
    ];
    let client_fds: Vec<RawFd> = clients.into_iter().map(|c| c.into_raw_fd()).collect();
    for fd in &client_fds {
        keep_open(*fd);
    }
    if !client_fds.is_empty() {
        args.push("--clients".into());
        args.push(
            client_fds
                .iter()
                .map(|f| f.to_string())
                .collect::<Vec<_>>()
                .join(","),
        );
    }
    if let Some(s) = status {
        let fd = s.into_raw_fd();
        keep_open(fd);
        args.push("--status-fd".into());
        args.push(fd.to_string());
    }
    exec(&h.skiff, &args)
}

/// In `__monitor-finish`: takes the fds the watcher passed on.
pub fn adopt(clients: &str, status_fd: Option<RawFd>) -> (Vec<UnixStream>, Option<File>) {
    let clients = clients
        .split(',')
        .filter_map(|f| f.parse::<RawFd>().ok())
        // SAFETY: the watcher passed these fds to us.
        .map(|fd| unsafe { UnixStream::from_raw_fd(fd) })
        .collect();
    // SAFETY: as above.
    let status = status_fd.map(|fd| unsafe { File::from_raw_fd(fd) });
    (clients, status)
}
