//! A process run inside a running container (`exec`, a healthcheck probe): its
//! OCI process.json made from the container's record and what the caller
//! asks, then handed to libcontainer's tenant builder.

use std::os::fd::OwnedFd;
use std::path::PathBuf;

use anyhow::{anyhow, Context as _, Result};
use serde::{Deserialize, Serialize};

use super::oci::{self, ProcessSpec};
use super::{user, ContainerRecord};
use crate::engine::runtime::{self, StartError};
use crate::engine::store::atomic::write_json;
use crate::engine::store::ensure_dir;
use crate::engine::tty::ConsoleSocket;
use crate::engine::Engine;

/// What an exec asks for; every None takes the container's own.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ExecSpec {
    pub command: Vec<String>,
    /// `KEY=VALUE` entries over the container's environment.
    pub env: Vec<String>,
    pub workdir: Option<String>,
    pub user: Option<String>,
    pub tty: bool,
    pub privileged: bool,
}

/// An exec with its process.json written (removed when this is dropped).
pub struct PreparedExec {
    pub container_id: String,
    monitor_pid: i32,
    process_json: PathBuf,
    console: Option<ConsoleSocket>,
    command: String,
    runtime: crate::engine::runtime::RuntimeRef,
}

impl Drop for PreparedExec {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.process_json);
        if let Some(dir) = self
            .console
            .take()
            .and_then(|c| c.path().parent().map(PathBuf::from))
        {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

/// Resolves the user (exit code 126 when it does not exist, as docker), merges
/// the environment and writes the process.json of `spec` for `record`, running
/// with its monitor `monitor_pid`.
pub fn prepare(
    engine: &Engine,
    record: &ContainerRecord,
    monitor_pid: i32,
    spec: &ExecSpec,
) -> Result<PreparedExec> {
    let command = spec
        .command
        .first()
        .cloned()
        .ok_or_else(|| anyhow!("exec needs a command"))?;
    let paths = engine.container_paths(&record.id);
    let user_spec = spec.user.as_deref().unwrap_or(&record.config.user);
    let exec_user = user::resolve(&paths.rootfs(), user_spec).map_err(|e| StartError {
        code: 126,
        message: format!("unable to find user {user_spec}: {e}"),
    })?;
    let mut env = record.config.env.clone();
    for kv in &spec.env {
        let key = kv.split('=').next().unwrap_or_default();
        env.retain(|e| e.split('=').next() != Some(key));
        env.push(kv.clone());
    }
    if !env.iter().any(|e| e.starts_with("HOME=")) {
        env.push(format!("HOME={}", exec_user.home));
    }
    if spec.tty && !env.iter().any(|e| e.starts_with("TERM=")) {
        env.push("TERM=xterm".into());
    }
    let mut security = record.host_config.security.clone();
    security.privileged |= spec.privileged;
    let caps = oci::capabilities(&security).map_err(|e| anyhow!(e))?;
    let cwd = spec
        .workdir
        .as_deref()
        .unwrap_or(&record.config.working_dir);
    let process = oci::process(&ProcessSpec {
        args: &spec.command,
        env: &env,
        cwd,
        user: &exec_user,
        tty: spec.tty,
        caps: &caps,
        no_new_privileges: oci::no_new_privileges(&security),
    });
    ensure_dir(&paths.run_dir).with_context(|| format!("creating {}", paths.run_dir.display()))?;
    let process_json = paths
        .run_dir
        .join(format!("exec-{:x}.json", rand::random::<u64>()));
    write_json(&process_json, &process).context("writing process.json")?;
    let console = if spec.tty {
        let dir = paths
            .run_dir
            .join(format!("exec-{:x}", rand::random::<u32>()));
        Some(ConsoleSocket::bind(&dir)?)
    } else {
        None
    };
    Ok(PreparedExec {
        runtime: record.host_config.runtime.clone(),
        container_id: record.id.clone(),
        monitor_pid,
        process_json,
        console,
        command,
    })
}

impl PreparedExec {
    /// Starts the process with `stdio` (a tty exec gets the pty instead: see
    /// [`PreparedExec::receive_pty`]); returns its pid, a child of the caller.
    /// The caller must be single-threaded (libcontainer forks).
    pub fn start(&mut self, engine: &Engine, stdio: runtime::Stdio) -> Result<i32> {
        if engine.rootless {
            crate::engine::rootless::join_monitor_namespaces(self.monitor_pid)?;
        }
        let started = runtime::Runtime::of(engine, &self.runtime).exec(
            &self.container_id,
            &self.process_json,
            stdio,
            self.console.as_ref().map(|c| c.path()),
            &self.command,
        );
        // An OCI runtime's exec may still be reading it: Drop removes it then.
        if self.runtime.is_builtin() {
            let _ = std::fs::remove_file(&self.process_json);
        }
        Ok(started?)
    }

    /// The pty master of a started tty exec (None without `tty`).
    pub fn receive_pty(&mut self) -> Result<Option<OwnedFd>> {
        let Some(console) = self.console.take() else {
            return Ok(None);
        };
        let master = console.receive_master()?;
        if let Some(dir) = console.path().parent() {
            let dir = dir.to_path_buf();
            drop(console);
            let _ = std::fs::remove_dir(dir);
        }
        Ok(Some(master))
    }
}

/// Waits for a process started by [`PreparedExec::start`]; docker's exit code.
pub fn wait_child(pid: i32) -> Result<i32> {
    use nix::sys::wait::{waitpid, WaitStatus};
    loop {
        match waitpid(nix::unistd::Pid::from_raw(pid), None) {
            Ok(WaitStatus::Exited(_, code)) => return Ok(code),
            Ok(WaitStatus::Signaled(_, sig, _)) => return Ok(128 + sig as i32),
            Ok(_) => continue,
            Err(nix::errno::Errno::EINTR) => continue,
            Err(e) => return Err(anyhow!("waiting for exec process: {e}")),
        }
    }
}
