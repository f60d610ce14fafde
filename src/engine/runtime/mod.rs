//! The only code that calls libcontainer, or an OCI runtime binary
//! instead ([`Runtime`]). Every function here that calls libcontainer must
//! run in a single-threaded process (the monitor, or a CLI that started no
//! threads): libcontainer clones with raw clone3 and changes process-wide
//! state.

use std::os::fd::OwnedFd;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, Result};
use libcontainer::container::builder::ContainerBuilder;
use libcontainer::container::Container as RuntimeContainer;
use libcontainer::signal::Signal;
use libcontainer::syscall::syscall::SyscallType;

pub mod oci;
pub mod select;
mod trace;

pub use select::RuntimeRef;

/// The runtime of one container: the built-in one (its state directory)
/// or an OCI runtime binary.
pub enum Runtime {
    Builtin(PathBuf),
    Oci(oci::OciRuntime),
}

impl Runtime {
    pub fn of(engine: &crate::engine::Engine, r: &RuntimeRef) -> Runtime {
        if r.is_builtin() {
            return Runtime::Builtin(engine.runtime_root());
        }
        Runtime::Oci(oci::OciRuntime {
            name: r.name.clone(),
            path: PathBuf::from(&r.path),
            state_root: select::state_root(&engine.paths.runroot, &r.name),
            flags: r.flags.clone(),
        })
    }

    /// The runtime of container `id` (the built-in one when its record is gone).
    pub fn of_container(engine: &crate::engine::Engine, id: &str) -> Runtime {
        match crate::engine::container::load_record(engine, id) {
            Ok(r) => Runtime::of(engine, &r.host_config.runtime),
            Err(_) => Runtime::Builtin(engine.runtime_root()),
        }
    }

    /// Creates the container from its bundle and starts it; returns its init
    /// pid, which the caller (a child subreaper) must reap. With
    /// `console_socket` the pty master is sent there (for `-t`).
    /// `before_start` runs between the two, while init waits: what the
    /// container must find in place when its process begins.
    pub fn create_and_start(
        &self,
        id: &str,
        bundle: &Path,
        stdio: Stdio,
        console_socket: Option<&Path>,
        command: &str,
        before_start: impl FnOnce(i32) -> Result<()>,
    ) -> Result<i32, StartError> {
        match self {
            Runtime::Builtin(root) => create_and_start(
                root,
                id,
                bundle,
                stdio,
                console_socket,
                command,
                before_start,
            ),
            Runtime::Oci(r) => {
                r.create_and_start(id, bundle, stdio, console_socket, command, before_start)
            }
        }
    }

    /// Sends `signal` to the container's init (or, with `all`, every process in it).
    pub fn kill(&self, id: &str, signal: &str, all: bool) -> Result<()> {
        match self {
            Runtime::Builtin(root) => kill(root, id, signal, all),
            Runtime::Oci(r) => r.kill(id, signal, all),
        }
    }

    /// Removes the runtime's state and the container's cgroup; kills what is left.
    pub fn delete(&self, id: &str) -> Result<()> {
        match self {
            Runtime::Builtin(root) => delete(root, id),
            Runtime::Oci(r) => r.delete(id),
        }
    }

    /// Runs a process described by an OCI process.json in a running
    /// container; returns the pid to wait for (a child of the caller).
    pub fn exec(
        &self,
        id: &str,
        process_json: &Path,
        stdio: Stdio,
        console_socket: Option<&Path>,
        command: &str,
    ) -> Result<i32, StartError> {
        match self {
            Runtime::Builtin(root) => exec(root, id, process_json, stdio, console_socket, command),
            Runtime::Oci(r) => r.exec(id, process_json, stdio, console_socket, command),
        }
    }

    /// Freezes every process of the container.
    pub fn pause(&self, id: &str) -> Result<()> {
        match self {
            Runtime::Builtin(root) => pause(root, id),
            Runtime::Oci(r) => r.pause(id),
        }
    }

    /// Thaws a paused container.
    pub fn resume(&self, id: &str) -> Result<()> {
        match self {
            Runtime::Builtin(root) => resume(root, id),
            Runtime::Oci(r) => r.resume(id),
        }
    }
}

/// Why a container process could not start, with docker's exit codes.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct StartError {
    /// 125 engine error, 126 cannot execute, 127 not found.
    pub code: i32,
    pub message: String,
}

/// Turns a libcontainer failure into docker's wording and exit code.
pub fn classify(err: &dyn std::error::Error, command: &str) -> StartError {
    let mut text = err.to_string();
    let mut src = err.source();
    while let Some(s) = src {
        text.push_str(": ");
        text.push_str(&s.to_string());
        src = s.source();
    }
    // What libcontainer logged on the way: the syscall, path and errno that its
    // returned error ("failed to unix syscall") leaves out.
    // The first event is the innermost failure; the errno, when it has none,
    // is on a later one.
    let logged = trace::take();
    if let Some(first) = logged.first() {
        text.push_str(" (");
        text.push_str(first);
        if !first.contains(" err=") {
            let errno = logged
                .iter()
                .find_map(|l| l.split_once(" err=").map(|(_, e)| e));
            if let Some(errno) = errno {
                text.push_str(" err=");
                text.push_str(errno.split(' ').next().unwrap_or(errno));
            }
        }
        text.push(')');
    }
    if text.contains("not found in $PATH")
        || text.contains("No such file or directory") && text.contains("exec")
    {
        StartError {
            code: 127,
            message: format!("exec: \"{command}\": executable file not found in $PATH"),
        }
    } else if text.contains("does not have correct permissions")
        || text.contains("EACCES")
        || text.contains("Permission denied")
    {
        StartError {
            code: 126,
            message: format!("exec: \"{command}\": permission denied"),
        }
    } else {
        StartError {
            code: 125,
            message: format!("OCI runtime create failed: {text}"),
        }
    }
}

/// Stdio for a container's process: each becomes fd 0/1/2 inside.
pub struct Stdio {
    pub stdin: OwnedFd,
    pub stdout: OwnedFd,
    pub stderr: OwnedFd,
}

/// libcontainer's default executor, with a check of the program that runs
/// as runc's does: libcontainer 0.7 wants the *others* execute bit, so a
/// `0750` program its owner (or root) may run was refused.
#[derive(Clone)]
struct Executor;

impl libcontainer::workload::Executor for Executor {
    fn exec(
        &self,
        spec: &libcontainer::oci_spec::runtime::Spec,
    ) -> Result<(), libcontainer::workload::ExecutorError> {
        libcontainer::workload::default::get_executor().exec(spec)
    }

    fn validate(
        &self,
        spec: &libcontainer::oci_spec::runtime::Spec,
    ) -> Result<(), libcontainer::workload::ExecutorValidationError> {
        use libcontainer::workload::ExecutorValidationError as Invalid;
        use std::os::unix::fs::PermissionsExt as _;
        let process = spec
            .process()
            .as_ref()
            .ok_or_else(|| Invalid::ArgValidationError("spec did not contain process".into()))?;
        let Some(program) = process.args().as_ref().and_then(|a| a.first()) else {
            return Ok(());
        };
        let path_var = process
            .env()
            .as_ref()
            .and_then(|env| env.iter().find_map(|e| e.strip_prefix("PATH=")))
            .unwrap_or("");
        let found = if program.contains('/') {
            Some(std::path::PathBuf::from(program)).filter(|p| p.exists())
        } else {
            path_var
                .split(':')
                .map(|dir| Path::new(dir).join(program))
                .find(|p| p.exists())
        };
        let Some(path) = found else {
            return Err(Invalid::ArgValidationError(format!(
                "executable '{program}' not found in $PATH"
            )));
        };
        // Any execute bit: execve decides the rest, as with runc.
        let executable = std::fs::metadata(&path)
            .map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
            .unwrap_or(false);
        if !executable {
            return Err(Invalid::ArgValidationError(format!(
                "executable '{program}' at path '{path:?}' does not have correct permissions"
            )));
        }
        Ok(())
    }
}

/// libcontainer's builder with what creating and exec'ing share: state root and stdio.
fn builder(
    runtime_root: &Path,
    id: &str,
    stdio: Stdio,
    console_socket: Option<&Path>,
    command: &str,
) -> Result<ContainerBuilder, StartError> {
    Ok(
        ContainerBuilder::new(id.to_string(), SyscallType::default())
            .with_root_path(runtime_root)
            .map_err(|e| classify(&e, command))?
            .with_console_socket(console_socket)
            .with_stdin(stdio.stdin)
            .with_stdout(stdio.stdout)
            .with_stderr(stdio.stderr)
            .with_executor(Executor),
    )
}

/// Creates the container from its bundle and starts it; returns its init pid.
/// Init becomes a child of the calling process, which must reap it.
/// With `console_socket`, libcontainer sends the pty master there (for `-t`).
/// `before_start` runs between the two, while init waits: what the container
/// must find in place when its process begins and can be made meanwhile.
fn create_and_start(
    runtime_root: &Path,
    id: &str,
    bundle: &Path,
    stdio: Stdio,
    console_socket: Option<&Path>,
    command: &str,
    before_start: impl FnOnce(i32) -> Result<()>,
) -> Result<i32, StartError> {
    trace::capture();
    trace::take();
    let fail = |e: &dyn std::error::Error| classify(e, command);
    let builder = builder(runtime_root, id, stdio, console_socket, command)?
        .validate_id()
        .map_err(|e| fail(&e))?;
    let mut container = builder
        .as_init(bundle)
        .with_systemd(false)
        .with_detach(true)
        .build()
        .map_err(|e| fail(&e))?;
    let pid = container
        .pid()
        .map(|p| p.as_raw())
        .ok_or_else(|| StartError {
            code: 125,
            message: "container has no init process".into(),
        })?;
    if let Err(e) = before_start(pid) {
        // Built but never started: its init waits for a start that won't come.
        // Killed by pid too: without cgroups (rootless) delete cannot find it.
        let _ = nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(pid),
            nix::sys::signal::Signal::SIGKILL,
        );
        let _ = container.delete(true);
        return Err(StartError {
            code: 125,
            message: format!("{e:#}"),
        });
    }
    container.start().map_err(|e| fail(&e))?;
    Ok(pid)
}

fn load(runtime_root: &Path, id: &str) -> Result<RuntimeContainer> {
    RuntimeContainer::load(runtime_root.join(id)).map_err(|e| anyhow!("container {id}: {e}"))
}

/// Sends `signal` to the container's init (or, with `all`, every process in it).
fn kill(runtime_root: &Path, id: &str, signal: &str, all: bool) -> Result<()> {
    let sig = Signal::try_from(signal).map_err(|e| anyhow!("invalid signal {signal:?}: {e}"))?;
    let mut c = load(runtime_root, id)?;
    c.kill(sig, all).map_err(|e| anyhow!("container {id}: {e}"))
}

/// Removes libcontainer's state and the container's cgroup; kills what is left.
fn delete(runtime_root: &Path, id: &str) -> Result<()> {
    if !runtime_root.join(id).exists() {
        return Ok(());
    }
    let mut c = load(runtime_root, id)?;
    c.delete(true).map_err(|e| anyhow!("container {id}: {e}"))
}

/// Runs a process described by an OCI process.json inside a running container.
/// Returns its pid (a child of the caller) once it has exec'd.
fn exec(
    runtime_root: &Path,
    id: &str,
    process_json: &Path,
    stdio: Stdio,
    console_socket: Option<&Path>,
    command: &str,
) -> Result<i32, StartError> {
    trace::capture();
    trace::take();
    // One exec of a container at a time between making its notify socket and
    // removing it: the sweep below would otherwise take a concurrent exec's
    // socket away while its process still has to connect to it.
    let _exec_lock =
        crate::engine::store::lock::FileLock::exclusive(&runtime_root.join(id).join("exec.lock"))
            .map_err(|e| StartError {
            code: 125,
            message: format!("locking the exec of container {id}: {e}"),
        })?;
    let fail = |e: &dyn std::error::Error| classify(e, command);
    let pid = builder(runtime_root, id, stdio, console_socket, command)?
        .as_tenant()
        .with_process(Some(process_json))
        // libcontainer hands the pty out only in detached mode; we wait on the pid either way.
        .with_detach(console_socket.is_some())
        .build()
        .map_err(|e| fail(&e))?;
    // libcontainer leaves a notify socket per exec behind; it is ours to remove.
    if let Ok(entries) = std::fs::read_dir(runtime_root.join(id)) {
        for e in entries.flatten() {
            if e.file_name()
                .to_string_lossy()
                .starts_with("tenant-notify-")
            {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
    Ok(pid.as_raw())
}

/// Freezes every process of the container (cgroup freezer).
fn pause(runtime_root: &Path, id: &str) -> Result<()> {
    load(runtime_root, id)?
        .pause()
        .map_err(|e| anyhow!("container {id}: {e}"))
}

/// Thaws a paused container.
fn resume(runtime_root: &Path, id: &str) -> Result<()> {
    load(runtime_root, id)?
        .resume()
        .map_err(|e| anyhow!("container {id}: {e}"))
}

/// Keeps the kernel's cgroup attach lock warm while a container starts, by
/// moving this process, on a thread of its own, into the cgroup it is
/// already in, every couple of milliseconds.
///
/// Every cgroup attach takes the global `cgroup_threadgroup_rwsem` for
/// writing. When no attach happened in the last grace period, that first
/// waits out a whole RCU grace period (7-10 ms here), on the path of every
/// container start. While attaches keep coming, the lock stays in its slow
/// reader mode and libcontainer's attach goes straight through. The thread
/// stops when the returned guard is dropped, or after 250 ms at most.
/// Rootless processes cannot write cgroups and skip it.
/// For CLIs only: the monitor must stay single-threaded.
pub fn warm_cgroup_attach() -> WarmCgroups {
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    if nix::unistd::geteuid().is_root() {
        let flag = stop.clone();
        let _ = std::thread::Builder::new()
            .name("cgroup-warm".into())
            .spawn(move || {
                let deadline = std::time::Instant::now() + std::time::Duration::from_millis(250);
                while !flag.load(std::sync::atomic::Ordering::Relaxed)
                    && std::time::Instant::now() < deadline
                {
                    // Looked up each time: someone may move us meanwhile.
                    let Some(procs) = own_cgroup_procs() else {
                        return;
                    };
                    if std::fs::write(&procs, "0").is_err() {
                        return;
                    }
                    std::thread::sleep(std::time::Duration::from_millis(2));
                }
            });
    }
    WarmCgroups { stop }
}

/// Stops the warming thread of `warm_cgroup_attach` when dropped.
pub struct WarmCgroups {
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl Drop for WarmCgroups {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}

/// `cgroup.procs` of this process's cgroup in one mounted hierarchy.
fn own_cgroup_procs() -> Option<std::path::PathBuf> {
    let text = std::fs::read_to_string("/proc/self/cgroup").ok()?;
    cgroup_procs_candidates(&text, Path::new("/sys/fs/cgroup"))
        .into_iter()
        .find(|p| p.exists())
}

/// Where each line of /proc/self/cgroup puts our `cgroup.procs`: v1
/// hierarchies are mounted under their first controller's name (name=systemd
/// under "systemd"), v2 at the base or under "unified".
fn cgroup_procs_candidates(text: &str, base: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut parts = line.splitn(3, ':');
        let (Some(_), Some(controllers), Some(path)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        let relative = path.trim_start_matches('/');
        let mounts = match controllers.split(',').next() {
            Some("") | None => vec![base.join("unified"), base.to_path_buf()],
            Some(first) => vec![base.join(first.trim_start_matches("name="))],
        };
        out.extend(
            mounts
                .into_iter()
                .map(|m| m.join(relative).join("cgroup.procs")),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cgroup_procs_for_v1_and_v2_lines() {
        let text =
            "9:name=systemd:/\n4:memory:/process_api/41ad\n2:cpu,cpuacct:/a\n0::/user.slice\n";
        let got = cgroup_procs_candidates(text, Path::new("/cg"));
        let want: Vec<std::path::PathBuf> = [
            "/cg/systemd/cgroup.procs",
            "/cg/memory/process_api/41ad/cgroup.procs",
            "/cg/cpu/a/cgroup.procs",
            "/cg/unified/user.slice/cgroup.procs",
            "/cg/user.slice/cgroup.procs",
        ]
        .iter()
        .map(std::path::PathBuf::from)
        .collect();
        assert_eq!(got, want);
    }
}
