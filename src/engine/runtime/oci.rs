//! An OCI runtime driven through its command line (runc, crun, runsc,
//! kata-runtime): `create`, `start`, `kill`, `delete`, `exec`, `pause` and
//! `resume`, as containerd's shim and podman's conmon drive them. The
//! container's init is handed our stdio and, once the runtime's `create`
//! has exited, is reparented to the monitor (a child subreaper), which
//! waits for it as for the built-in runtime's.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio as ProcessStdio};

use anyhow::{anyhow, bail, Result};

use super::{StartError, Stdio};

/// One runtime binary, with its state directory and extra global flags.
#[derive(Debug, Clone)]
pub struct OciRuntime {
    pub name: String,
    pub path: PathBuf,
    /// Where it keeps its containers' state (`--root`).
    pub state_root: PathBuf,
    /// Global flags given before the command (`--runtime-flag`).
    pub flags: Vec<String>,
}

/// A runtime's error, from its JSON log: the last `error` message.
fn logged_error(log: &Path) -> Option<String> {
    let text = std::fs::read_to_string(log).ok()?;
    text.lines()
        .rev()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .find(|v| v["level"] == "error")
        .and_then(|v| v["msg"].as_str().map(str::to_string))
}

impl OciRuntime {
    fn command(&self, log: Option<&Path>) -> Command {
        let mut c = Command::new(&self.path);
        c.arg("--root").arg(&self.state_root);
        if let Some(log) = log {
            c.arg("--log").arg(log).arg("--log-format").arg("json");
        }
        c.args(&self.flags);
        c
    }

    /// Runs `args`, its errors read from its log (the container may have
    /// our stderr); Ok with what it printed on stdout.
    fn run(&self, log_dir: &Path, args: &[&str], stdio: Option<Stdio>) -> Result<(), String> {
        self.run_in(log_dir, None, args, stdio)
    }

    /// As `run`, in directory `cwd` (a console socket's path is given
    /// relative to it: a unix socket path is limited to 108 bytes).
    fn run_in(
        &self,
        log_dir: &Path,
        cwd: Option<&Path>,
        args: &[&str],
        stdio: Option<Stdio>,
    ) -> Result<(), String> {
        let log = log_dir.join(format!("runtime-{:x}.log", rand::random::<u32>()));
        let mut c = self.command(Some(&log));
        c.args(args);
        if let Some(dir) = cwd {
            c.current_dir(dir);
        }
        match stdio {
            Some(s) => {
                c.stdin(ProcessStdio::from(s.stdin))
                    .stdout(ProcessStdio::from(s.stdout))
                    .stderr(ProcessStdio::from(s.stderr));
            }
            None => {
                c.stdin(ProcessStdio::null())
                    .stdout(ProcessStdio::null())
                    .stderr(ProcessStdio::piped());
            }
        }
        let out = c.output().map_err(|e| {
            format!(
                "running OCI runtime {} ({}): {}",
                self.name,
                self.path.display(),
                crate::engine::go_error(&e)
            )
        });
        let logged = logged_error(&log);
        let _ = std::fs::remove_file(&log);
        let out = out?;
        if out.status.success() {
            return Ok(());
        }
        let said = logged
            .or_else(|| {
                let e = String::from_utf8_lossy(&out.stderr).trim().to_string();
                (!e.is_empty()).then_some(e)
            })
            .unwrap_or_else(|| format!("exited with {}", out.status));
        Err(format!("{} {}: {said}", self.name, args[0]))
    }

    fn pid_file(state: &Path) -> PathBuf {
        state.join(format!("pid-{:x}", rand::random::<u32>()))
    }

    fn read_pid(path: &Path) -> Result<i32, StartError> {
        let pid = std::fs::read_to_string(path)
            .ok()
            .and_then(|t| t.trim().parse().ok())
            .ok_or_else(|| StartError {
                code: 125,
                message: format!("the OCI runtime wrote no pid to {}", path.display()),
            });
        let _ = std::fs::remove_file(path);
        pid
    }

    /// `create`, then `before_start` with init's pid, then `start`.
    pub fn create_and_start(
        &self,
        id: &str,
        bundle: &Path,
        stdio: Stdio,
        console_socket: Option<&Path>,
        command: &str,
        before_start: impl FnOnce(i32) -> Result<()>,
    ) -> Result<i32, StartError> {
        let engine_error = |message: String| StartError { code: 125, message };
        crate::engine::store::ensure_dir(&self.state_root)
            .map_err(|e| engine_error(format!("creating {}: {e}", self.state_root.display())))?;
        // A container started again (a restart policy) leaves its old state.
        if self.state_root.join(id).exists() {
            let _ = self.run(bundle, &["delete", "--force", id], None);
        }
        let pid_file = Self::pid_file(bundle);
        let bundle_arg = bundle.to_string_lossy();
        let pid_arg = pid_file.to_string_lossy();
        let mut args = vec!["create", "--bundle", &bundle_arg, "--pid-file", &pid_arg];
        // runc's create works in the bundle: the socket's path from there
        // (short, as a unix socket path must be).
        let socket = console_socket.map(|s| match (s.parent(), bundle.parent()) {
            (Some(dir), Some(up)) if dir == up => {
                format!("../{}", s.file_name().unwrap_or_default().to_string_lossy())
            }
            _ => s.to_string_lossy().into_owned(),
        });
        if let Some(socket) = &socket {
            args.extend(["--console-socket", socket.as_str()]);
        }
        args.push(id);
        self.run_in(bundle, Some(bundle), &args, Some(stdio))
            .map_err(|e| classify(&e, command))?;
        let pid = Self::read_pid(&pid_file)?;
        if let Err(e) = before_start(pid) {
            let _ = self.run(bundle, &["delete", "--force", id], None);
            return Err(engine_error(format!("{e:#}")));
        }
        self.run(bundle, &["start", id], None)
            .map_err(|e| classify(&e, command))?;
        Ok(pid)
    }

    pub fn kill(&self, id: &str, signal: &str, all: bool) -> Result<()> {
        let mut args = vec!["kill"];
        if all {
            args.push("--all");
        }
        args.extend([id, signal]);
        self.run(&self.state_root, &args, None)
            .map_err(|e| anyhow!("container {id}: {e}"))
    }

    pub fn delete(&self, id: &str) -> Result<()> {
        if !self.state_root.join(id).exists() {
            return Ok(());
        }
        self.run(&self.state_root, &["delete", "--force", id], None)
            .map_err(|e| anyhow!("container {id}: {e}"))
    }

    pub fn pause(&self, id: &str) -> Result<()> {
        self.run(&self.state_root, &["pause", id], None)
            .map_err(|e| anyhow!("container {id}: {e}"))
    }

    pub fn resume(&self, id: &str) -> Result<()> {
        self.run(&self.state_root, &["resume", id], None)
            .map_err(|e| anyhow!("container {id}: {e}"))
    }

    /// Runs a process in the container. Without a tty the runtime's `exec`
    /// stays in the foreground and exits as the process does, so its pid
    /// is the one to wait for; with one it detaches, hands the pty to the
    /// console socket, and the process is reparented to us (we become a
    /// child subreaper for it).
    pub fn exec(
        &self,
        id: &str,
        process_json: &Path,
        stdio: Stdio,
        console_socket: Option<&Path>,
        command: &str,
    ) -> Result<i32, StartError> {
        let dir = process_json.parent().unwrap_or(Path::new("/tmp"));
        let process = process_json.to_string_lossy();
        let Some(console) = console_socket else {
            let mut c = self.command(None);
            c.args(["exec", "--process", &process, id])
                .stdin(ProcessStdio::from(stdio.stdin))
                .stdout(ProcessStdio::from(stdio.stdout))
                .stderr(ProcessStdio::from(stdio.stderr));
            let child = c.spawn().map_err(|e| StartError {
                code: 125,
                message: format!("running OCI runtime {}: {e}", self.name),
            })?;
            let pid = child.id() as i32;
            // Waited for by pid, as the built-in runtime's processes are.
            std::mem::forget(child);
            return Ok(pid);
        };
        // SAFETY: prctl with PR_SET_CHILD_SUBREAPER only sets a flag on this process.
        unsafe { libc::prctl(libc::PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) };
        let pid_file = Self::pid_file(dir);
        let pid_arg = pid_file.to_string_lossy();
        let (socket_dir, socket_name) = split_socket(Some(console));
        let console = socket_name.unwrap_or_default();
        let args = [
            "exec",
            "--detach",
            "--process",
            &process,
            "--console-socket",
            &console,
            "--pid-file",
            &pid_arg,
            id,
        ];
        self.run_in(dir, socket_dir, &args, Some(stdio))
            .map_err(|e| classify(&e, command))?;
        Self::read_pid(&pid_file)
    }
}

/// A socket's directory and its name in it, to hand a runtime the name.
fn split_socket(socket: Option<&Path>) -> (Option<&Path>, Option<String>) {
    match socket {
        Some(s) => (
            s.parent(),
            s.file_name().map(|n| n.to_string_lossy().into_owned()),
        ),
        None => (None, None),
    }
}

/// docker's exit codes for what a runtime says: 127 not found, 126 cannot
/// execute, else 125.
fn classify(said: &str, command: &str) -> StartError {
    let lower = said.to_lowercase();
    if lower.contains("executable file") && lower.contains("not found") {
        StartError {
            code: 127,
            message: format!("exec: \"{command}\": executable file not found in $PATH"),
        }
    } else if lower.contains("permission denied") {
        StartError {
            code: 126,
            message: format!("exec: \"{command}\": permission denied"),
        }
    } else {
        StartError {
            code: 125,
            message: format!("OCI runtime create failed: {said}"),
        }
    }
}

/// The runtimes skiff knows by name, found on $PATH when the config names
/// no path for them.
pub const KNOWN: &[&str] = &["runc", "crun", "runsc", "kata-runtime", "youki"];

/// The first executable file among `candidates`.
pub fn first_executable(candidates: &[PathBuf]) -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt as _;
    candidates.iter().find_map(|p| {
        let m = std::fs::metadata(p).ok()?;
        (m.is_file() && m.permissions().mode() & 0o111 != 0).then(|| p.clone())
    })
}

/// `name` on $PATH.
pub fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_else(|| "/usr/local/bin:/usr/bin:/bin".into());
    let mut dirs: Vec<PathBuf> = std::env::split_paths(&path).map(|d| d.join(name)).collect();
    // Debian puts runc in /usr/sbin, which a user's PATH may lack.
    dirs.extend(["/usr/sbin", "/sbin", "/usr/local/sbin"].map(|d| Path::new(d).join(name)));
    first_executable(&dirs)
}

/// Checks that `path` is there and executable, in the words of the error
/// a user sees when it is not.
pub fn check_binary(name: &str, path: &Path) -> Result<()> {
    if first_executable(&[path.to_path_buf()]).is_none() {
        bail!(
            "OCI runtime {name}: {} is not an executable file",
            path.display()
        );
    }
    Ok(())
}
