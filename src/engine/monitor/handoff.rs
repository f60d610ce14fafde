//! Handing a started container from the full `skiff` binary to the small
//! `skiff-monitor` watcher, which watches it and cleans up after it.
//! Everything travels as inherited file descriptors plus `key=value` arguments;
//! the process (and so the parent of the container's init) stays the same.

use std::collections::HashMap;
use std::convert::Infallible;
use std::ffi::CString;
use std::fs::File;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::net::UnixListener;
use std::path::PathBuf;

use super::Watched;
use crate::engine::tty::DetachMatcher;
use crate::engine::Engine;

/// The name of the watcher binary, installed next to `skiff`.
pub use crate::engine::process::WATCHER;

/// What the watcher needs to find the container's files and clean up.
pub struct Handoff {
    pub root: String,
    pub runroot: String,
    pub namespace: String,
    pub driver: String,
    pub rootless: bool,
    pub id: String,
    pub log: PathBuf,
}

impl Handoff {
    /// The engine context the monitor had before the handoff.
    pub fn engine(&self) -> Engine {
        Engine {
            paths: crate::engine::store::StorePaths::new(
                PathBuf::from(&self.root),
                PathBuf::from(&self.runroot),
            ),
            namespace: self.namespace.clone(),
            rootless: self.rootless,
            registry: Default::default(),
            snapshotter: crate::engine::snapshot::SnapshotterKind::parse(&self.driver)
                .unwrap_or(crate::engine::snapshot::SnapshotterKind::Native),
        }
    }
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
) -> Result<Infallible, Box<Watched>> {
    let Ok(skiff) = std::env::current_exe() else {
        return Err(Box::new(w));
    };
    let watcher = skiff.with_file_name(WATCHER);
    if std::env::var_os("SKIFF_NO_WATCHER").is_some() || !watcher.is_file() {
        return Err(Box::new(w));
    }
    let mut args = vec![
        format!("root={}", engine.paths.root.display()),
        format!("rootless={}", u8::from(engine.rootless)),
        format!("runroot={}", engine.paths.runroot.display()),
        format!("namespace={}", engine.namespace),
        format!("driver={}", engine.snapshotter.name()),
        format!("id={id}"),
        format!("log={}", engine.container_paths(id).log().display()),
        format!("pid={}", w.pid),
        format!("health={}", u8::from(w.health.is_some())),
        format!("log_driver={}", w.log_config.driver),
        format!("log_max_size={}", w.log_config.max_size),
        format!("log_max_file={}", w.log_config.max_file),
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
    Err(Box::new(w))
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
        root: get("root")?,
        rootless: get("rootless")? == "1",
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
        health: None,
        log_config: crate::engine::container::logs::LogConfig {
            driver: get("log_driver")?,
            max_size: get("log_max_size")?.parse().ok()?,
            max_file: get("log_max_file")?.parse().ok()?,
        },
    };
    let mut watched = watched;
    if get("health").as_deref() == Some("1") {
        let engine = handoff.engine();
        let record = crate::engine::container::load_record(&engine, &handoff.id).ok()?;
        watched.health =
            super::health_schedule(&engine, &handoff.id, record.config.healthcheck.as_ref());
    }
    Some((handoff, watched, fd(&v, "status")))
}
