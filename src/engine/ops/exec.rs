//! `exec`: a process in a running container, attached to the caller's stdio
//! or detached (watched by a small helper process, as conmon watches podman's).

use std::fs::File;
use std::os::fd::{AsRawFd, OwnedFd};

use anyhow::{anyhow, bail, Context as _, Result};

use crate::engine::container::exec::{self as core, PreparedExec as Prepared};
pub use crate::engine::container::exec::{wait_child, ExecSpec};
use crate::engine::container::{ContainerRecord, Status};
use crate::engine::monitor::{self, StatusMessage};
use crate::engine::runtime::{self, StartError};
use crate::engine::{events, Engine};

/// An exec checked and ready to start, with docker's exec events.
pub struct PreparedExec<'a> {
    engine: &'a Engine,
    record: ContainerRecord,
    prepared: Prepared,
    exec_id: String,
    command_line: String,
}

/// Finds container `name` and checks that it runs (docker's words otherwise).
fn running(engine: &Engine, name: &str) -> Result<crate::engine::container::Container> {
    let c = super::lookup(engine, name)?;
    match c.state.status {
        Status::Running => Ok(c),
        Status::Paused => bail!(
            "Container {} is paused, unpause the container before exec",
            c.record.id
        ),
        _ => bail!("container {} is not running", c.record.id),
    }
}

/// Finds the container, checks that it runs, and prepares `spec` in it.
pub fn prepare_exec<'a>(
    engine: &'a Engine,
    name: &str,
    spec: &ExecSpec,
) -> Result<PreparedExec<'a>> {
    let c = running(engine, name)?;
    let prepared = core::prepare(engine, &c.record, c.state.monitor_pid, spec)?;
    Ok(PreparedExec {
        engine,
        record: c.record,
        prepared,
        exec_id: hex::encode(rand::random::<[u8; 32]>()),
        command_line: spec.command.join(" "),
    })
}

impl PreparedExec<'_> {
    fn event(&self, action: &str, extra: &[(&str, &str)]) {
        let mut attrs = vec![("execID", self.exec_id.as_str())];
        attrs.extend_from_slice(extra);
        events::container(self.engine, action, &self.record, &attrs);
    }

    /// Starts the process; returns its pid (a child of the caller, which must
    /// be single-threaded). A tty exec's pty is then [`PreparedExec::receive_pty`].
    pub fn start(&mut self, stdio: runtime::Stdio) -> Result<i32> {
        // docker's exec events: the command in the action, the exec's ID attached.
        self.event(&format!("exec_create: {}", self.command_line), &[]);
        self.event(&format!("exec_start: {}", self.command_line), &[]);
        self.prepared.start(self.engine, stdio)
    }

    pub fn receive_pty(&mut self) -> Result<Option<OwnedFd>> {
        self.prepared.receive_pty()
    }

    /// Records that the user detached and left the process running
    /// (`exec_detach`, as moby records it).
    pub fn detached(self) {
        self.event("exec_detach", &[]);
    }

    /// Records the exit (`exec_die`).
    pub fn finish(self, code: i32) {
        self.event("exec_die", &[("exitCode", &code.to_string())]);
    }
}

/// `exec -d`: checks and starts `spec` in container `name` and returns once it
/// runs; a helper process of its own waits for it and records its exit. The
/// command's own arguments are never read as flags.
pub fn exec_detached(engine: &Engine, name: &str, spec: &ExecSpec, debug: bool) -> Result<()> {
    // A stopped container fails here; the helper reports the rest (no such
    // user, no such command) on the status pipe with docker's codes.
    let c = running(engine, name)?;
    let (status_r, status_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("pipe")?;
    let spec_json = serde_json::to_string(spec).context("encoding the exec")?;
    let mut cmd = std::process::Command::new("/proc/self/exe");
    cmd.args(monitor::global_args(engine));
    if debug {
        cmd.arg("--debug");
    }
    cmd.arg("__exec").arg(&c.record.id).arg(spec_json);
    cmd.stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    crate::engine::process::detach_with_fds(
        &mut cmd,
        vec![(status_w.as_raw_fd(), monitor::STATUS_FD)],
    );
    let child = cmd.spawn().context("starting the detached exec")?;
    drop(status_w);
    // Not ours to wait for: it outlives us.
    std::mem::forget(child);
    let mut status = File::from(status_r);
    match monitor::read_status(&mut status)? {
        Some(StatusMessage::Started(_)) => Ok(()),
        Some(StatusMessage::Failed(code, message)) => Err(StartError { code, message }.into()),
        _ => Err(anyhow!(
            "the detached exec in container {name} ended before it started"
        )),
    }
}

/// The helper of [`exec_detached`] (the hidden `__exec` command): runs the
/// exec with no stdio (a tty exec's output is read and dropped), reports the
/// start on the status fd, waits, records the exit. Returns the exit code.
pub fn run_detached(engine: &Engine, id: &str, spec: &ExecSpec) -> i32 {
    // SAFETY: our starter handed us the status pipe as this fd.
    let mut status =
        Some(unsafe { <File as std::os::fd::FromRawFd>::from_raw_fd(monitor::STATUS_FD) });
    let started = (|| -> Result<(PreparedExec<'_>, i32)> {
        let mut exec = prepare_exec(engine, id, spec)?;
        let stdio = runtime::Stdio {
            stdin: crate::engine::process::devnull()?,
            stdout: crate::engine::process::devnull()?,
            stderr: crate::engine::process::devnull()?,
        };
        let pid = exec.start(stdio)?;
        Ok((exec, pid))
    })();
    let (mut exec, pid) = match started {
        Ok(s) => s,
        Err(e) => {
            let code = e.downcast_ref::<StartError>().map_or(125, |s| s.code);
            monitor::send(&mut status, StatusMessage::Failed(code, format!("{e:#}")));
            return code;
        }
    };
    let pty = exec.receive_pty();
    monitor::send(&mut status, StatusMessage::Started(pid));
    drop(status);
    if let Ok(Some(master)) = pty {
        // Nobody reads a detached pty; drain it so the process never blocks on output.
        let mut buf = [0u8; 4096];
        while matches!(nix::unistd::read(master.as_raw_fd(), &mut buf), Ok(n) if n > 0) {}
    }
    let code = wait_child(pid).unwrap_or(125);
    exec.finish(code);
    code
}

/// After the user detached from a tty exec (the detach keys), keeps its pty
/// open so the process does not get SIGHUP: a forked holder in a session of
/// its own reads and drops the output until the process is gone. The
/// caller, which must be single-threaded (it forks), then exits.
pub fn keep_pty_open(master: OwnedFd) -> Result<()> {
    use nix::sys::signal::{signal, sigprocmask, SigHandler, SigSet, SigmaskHow, Signal};
    use nix::unistd::{fork, ForkResult};
    // The user's terminal may hang up the moment we exit, before the holder
    // has left our session: it is born with SIGHUP blocked, ignores it, and
    // only then leaves.
    let mut hup = SigSet::empty();
    hup.add(Signal::SIGHUP);
    sigprocmask(SigmaskHow::SIG_BLOCK, Some(&hup), None).context("blocking SIGHUP")?;
    // SAFETY: the caller is single-threaded (exec's CLI starts no threads), so
    // the child may run ordinary code.
    match unsafe { fork() }.context("keeping the exec's terminal open")? {
        ForkResult::Parent { .. } => Ok(()),
        ForkResult::Child => {
            // SAFETY: ignoring a signal installs no handler code.
            let _ = unsafe { signal(Signal::SIGHUP, SigHandler::SigIgn) };
            let _ = nix::unistd::setsid();
            let _ = sigprocmask(SigmaskHow::SIG_UNBLOCK, Some(&hup), None);
            if let Ok(null) = crate::engine::process::devnull() {
                for fd in 0..3 {
                    let _ = nix::unistd::dup2(null.as_raw_fd(), fd);
                }
            }
            let mut buf = [0u8; 4096];
            loop {
                match nix::unistd::read(master.as_raw_fd(), &mut buf) {
                    Ok(n) if n > 0 => {}
                    Err(nix::errno::Errno::EINTR | nix::errno::Errno::EAGAIN) => {
                        std::thread::sleep(std::time::Duration::from_millis(50));
                    }
                    // EIO: the process and everything it started are gone.
                    _ => break,
                }
            }
            std::process::exit(0);
        }
    }
}
