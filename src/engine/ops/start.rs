//! Starting a container: its monitor is spawned detached, with the status pipe
//! (and, when attached, the caller's stdio) as fds 3..6, and reports once the
//! container's process runs.

use std::fs::File;
use std::os::fd::{AsRawFd, OwnedFd};
use std::path::Path;
use std::process::Stdio;

use anyhow::{Context as _, Result};

use crate::engine::container;
use crate::engine::monitor::{self, StatusMessage};
use crate::engine::runtime::StartError;
use crate::engine::Engine;

/// The caller's streams for an attached start: the container reads `stdin`
/// and writes to `stdout`/`stderr` (an fd on /dev/null for one not attached).
pub struct AttachStreams {
    pub stdin: OwnedFd,
    pub stdout: OwnedFd,
    pub stderr: OwnedFd,
    /// docker's `--detach-keys` (`ctrl-p,ctrl-q` when None).
    pub detach_keys: Option<String>,
}

#[derive(Default)]
pub struct StartOptions {
    /// None: detached, the container's output goes only to its log.
    pub attach: Option<AttachStreams>,
    /// The monitor logs at debug level.
    pub debug: bool,
}

/// A started container, and the pipe on which its monitor reports the exit.
pub struct Started {
    pub id: String,
    /// The container's init process.
    pub pid: i32,
    /// The monitor's pid (it resizes the container's pty on SIGWINCH).
    pub monitor_pid: i32,
    status: File,
}

impl Started {
    /// Waits for the monitor's exit message: the container's code, or None when
    /// an attached user typed the detach keys.
    pub fn wait_exit(mut self, engine: &Engine) -> Option<i32> {
        while let Ok(Some(msg)) = monitor::read_status(&mut self.status) {
            match msg {
                StatusMessage::Exited(code) => return Some(code),
                StatusMessage::Detached => return None,
                _ => {}
            }
        }
        // The monitor went away without telling us: trust the record.
        let state = super::reconcile(engine, &self.id, container::load_state(engine, &self.id));
        Some(state.exit_code)
    }
}

/// Starts container `id` (found and not running: the caller checked under its
/// lock) and waits until its process runs. Errors are [`StartError`]s carrying
/// docker's exit codes (125, 126, 127).
pub fn start(engine: &Engine, id: &str, opts: StartOptions) -> Result<Started> {
    // A pod's member needs its pod's namespaces: the infra runs first.
    if let Ok(record) = crate::engine::container::load_record(engine, id) {
        super::pod::start_infra_of(engine, &record)?;
    }
    // A monitor killed with its container (a crash, a reboot) leaves libcontainer's
    // state and the cgroups behind; they would make the new start fail.
    super::remove::release_runtime(engine, id);
    let (status_r, status_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("pipe")?;
    let mut cmd = monitor::monitor_command(engine, Path::new("/proc/self/exe"), id, opts.debug);
    if let Some(a) = &opts.attach {
        cmd.arg("--attach");
        if let Some(keys) = &a.detach_keys {
            crate::engine::tty::parse_detach_keys(keys)?;
            cmd.arg("--detach-keys").arg(keys);
        }
    }
    cmd.stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    cmd.env_remove("LISTEN_FDS").env_remove("NOTIFY_SOCKET");
    let mut sources = vec![(status_w.as_raw_fd(), monitor::STATUS_FD)];
    if let Some(a) = &opts.attach {
        sources.push((a.stdin.as_raw_fd(), monitor::ATTACH_STDIN_FD));
        sources.push((a.stdout.as_raw_fd(), monitor::ATTACH_STDOUT_FD));
        sources.push((a.stderr.as_raw_fd(), monitor::ATTACH_STDERR_FD));
    }
    crate::engine::process::detach_with_fds(&mut cmd, sources);
    let child = cmd.spawn().context("starting the container monitor")?;
    let monitor_pid = child.id() as i32;
    drop(status_w);
    drop(opts.attach);
    // The monitor runs on its own; it is not ours to wait for. Reap it if it
    // exits while we watch (it is our child until we exit).
    std::mem::forget(child);
    let mut status = File::from(status_r);
    match monitor::read_status(&mut status)? {
        Some(StatusMessage::Started(pid)) => Ok(Started {
            id: id.to_string(),
            pid,
            monitor_pid,
            status,
        }),
        Some(StatusMessage::Failed(code, msg)) => Err(StartError {
            code,
            message: format!(
                "failed to start container {}: {msg}",
                container::short_id(id)
            ),
        }
        .into()),
        _ => {
            let state = container::load_state(engine, id);
            Err(StartError {
                code: 125,
                message: format!(
                    "the monitor of container {} exited before the container started{}",
                    container::short_id(id),
                    if state.error.is_empty() {
                        String::new()
                    } else {
                        format!(": {}", state.error)
                    }
                ),
            }
            .into())
        }
    }
}
