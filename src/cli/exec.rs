//! `skiff exec`: runs a process in a running container. This process starts no
//! threads: libcontainer's tenant builder runs here directly.

use std::fs::File;
use std::os::fd::{AsFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};

use anyhow::{anyhow, bail, Context as _, Result};
use nix::sys::wait::{waitpid, WaitStatus};
use nix::unistd::Pid;

use super::{ExitError, GlobalArgs};
use crate::engine::container::spec::{self, ProcessSpec};
use crate::engine::container::{self, user, Status};
use crate::engine::runtime;
use crate::engine::store::atomic::write_json;
use crate::engine::store::ensure_dir;

#[derive(Debug, clap::Args)]
pub struct ExecArgs {
    /// Detached mode: run command in the background
    #[arg(short = 'd', long)]
    pub detach: bool,
    /// Keep STDIN open even if not attached
    #[arg(short = 'i', long)]
    pub interactive: bool,
    /// Allocate a pseudo-TTY
    #[arg(short = 't', long)]
    pub tty: bool,
    /// Set environment variables
    #[arg(short = 'e', long = "env", value_name = "KEY=VALUE")]
    pub env: Vec<String>,
    /// Read in a file of environment variables
    #[arg(long = "env-file", value_name = "FILE")]
    pub env_file: Vec<String>,
    /// Working directory inside the container
    #[arg(short = 'w', long = "workdir")]
    pub workdir: Option<String>,
    /// Username or UID (format: <name|uid>[:<group|gid>])
    #[arg(short = 'u', long)]
    pub user: Option<String>,
    /// Give extended privileges to the command
    #[arg(long)]
    pub privileged: bool,
    /// The container, then the command and its arguments
    #[arg(required = true, num_args = 2.., trailing_var_arg = true, allow_hyphen_values = true, value_name = "CONTAINER COMMAND [ARG...]")]
    pub container_and_command: Vec<String>,
}

fn env_entry(raw: &str) -> Option<String> {
    if raw.contains('=') {
        Some(raw.to_string())
    } else {
        std::env::var(raw).ok().map(|v| format!("{raw}={v}"))
    }
}

const ALL_CAPS: &[&str] = &[
    "CAP_CHOWN",
    "CAP_DAC_OVERRIDE",
    "CAP_DAC_READ_SEARCH",
    "CAP_FOWNER",
    "CAP_FSETID",
    "CAP_KILL",
    "CAP_SETGID",
    "CAP_SETUID",
    "CAP_SETPCAP",
    "CAP_LINUX_IMMUTABLE",
    "CAP_NET_BIND_SERVICE",
    "CAP_NET_BROADCAST",
    "CAP_NET_ADMIN",
    "CAP_NET_RAW",
    "CAP_IPC_LOCK",
    "CAP_IPC_OWNER",
    "CAP_SYS_MODULE",
    "CAP_SYS_RAWIO",
    "CAP_SYS_CHROOT",
    "CAP_SYS_PTRACE",
    "CAP_SYS_PACCT",
    "CAP_SYS_ADMIN",
    "CAP_SYS_BOOT",
    "CAP_SYS_NICE",
    "CAP_SYS_RESOURCE",
    "CAP_SYS_TIME",
    "CAP_SYS_TTY_CONFIG",
    "CAP_MKNOD",
    "CAP_LEASE",
    "CAP_AUDIT_WRITE",
    "CAP_AUDIT_CONTROL",
    "CAP_SETFCAP",
    "CAP_MAC_OVERRIDE",
    "CAP_MAC_ADMIN",
    "CAP_SYSLOG",
    "CAP_WAKE_ALARM",
    "CAP_BLOCK_SUSPEND",
    "CAP_AUDIT_READ",
];

/// Runs `exec` again as a detached process that waits for the command itself.
fn detach(g: &GlobalArgs) -> Result<()> {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "-d" && a != "--detach")
        .collect();
    let _ = g;
    let mut cmd = Command::new("/proc/self/exe");
    cmd.args(&args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    // SAFETY: setsid is async-signal-safe.
    unsafe {
        cmd.pre_exec(|| {
            libc::setsid();
            Ok(())
        });
    }
    cmd.spawn().context("starting detached exec")?;
    Ok(())
}

pub fn run(g: &GlobalArgs, args: ExecArgs) -> Result<()> {
    let engine = g.engine()?;
    let name = &args.container_and_command[0];
    let command: Vec<String> = args.container_and_command[1..].to_vec();
    let c = container::lookup(&engine, name)?;
    if c.state.status != Status::Running {
        return Err(ExitError {
            code: 1,
            message: format!("container {} is not running", c.record.id),
        }
        .into());
    }
    if args.tty {
        bail!("-t/--tty: pseudo-terminals are not supported by this build of skiff yet; run without -t");
    }
    if args.detach {
        return detach(g);
    }
    let paths = engine.container_paths(&c.record.id);
    let user_spec = args
        .user
        .clone()
        .unwrap_or_else(|| c.record.config.user.clone());
    let exec_user = user::resolve(&paths.rootfs(), &user_spec).map_err(|e| ExitError {
        code: 126,
        message: format!("unable to find user {user_spec}: {e}"),
    })?;
    let mut extra = Vec::new();
    for f in &args.env_file {
        let text = std::fs::read_to_string(f).with_context(|| format!("open {f}"))?;
        extra.extend(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .filter_map(env_entry),
        );
    }
    extra.extend(args.env.iter().filter_map(|e| env_entry(e)));
    let mut env = c.record.config.env.clone();
    for kv in extra {
        let key = kv.split('=').next().unwrap_or_default().to_string();
        env.retain(|e| e.split('=').next() != Some(key.as_str()));
        env.push(kv);
    }
    if !env.iter().any(|e| e.starts_with("HOME=")) {
        env.push(format!("HOME={}", exec_user.home));
    }
    let caps: Vec<String> = if args.privileged {
        ALL_CAPS
    } else {
        spec::DEFAULT_CAPS
    }
    .iter()
    .map(|s| s.to_string())
    .collect();
    let cwd = args
        .workdir
        .clone()
        .unwrap_or_else(|| c.record.config.working_dir.clone());
    let process = spec::process(&ProcessSpec {
        args: &command,
        env: &env,
        cwd: &cwd,
        user: &exec_user,
        tty: false,
        caps: &caps,
    });
    ensure_dir(&paths.run_dir).with_context(|| format!("creating {}", paths.run_dir.display()))?;
    let process_json = paths
        .run_dir
        .join(format!("exec-{:x}.json", rand::random::<u64>()));
    write_json(&process_json, &process).context("writing process.json")?;
    let dup = |f: &dyn AsFd| -> Result<OwnedFd> {
        f.as_fd().try_clone_to_owned().context("duplicating stdio")
    };
    let stdin: OwnedFd = if args.interactive {
        dup(&std::io::stdin())?
    } else {
        File::open("/dev/null").context("opening /dev/null")?.into()
    };
    let stdio = runtime::Stdio {
        stdin,
        stdout: dup(&std::io::stdout())?,
        stderr: dup(&std::io::stderr())?,
    };
    let started = runtime::exec(
        &engine.runtime_root(),
        &c.record.id,
        &process_json,
        stdio,
        &command[0],
    );
    let _ = std::fs::remove_file(&process_json);
    let pid = started.map_err(|e| ExitError {
        code: e.code,
        message: e.message,
    })?;
    super::run::forward_signals_to(pid);
    let code = loop {
        match waitpid(Pid::from_raw(pid), None) {
            Ok(WaitStatus::Exited(_, code)) => break code,
            Ok(WaitStatus::Signaled(_, sig, _)) => break 128 + sig as i32,
            Ok(_) => continue,
            Err(nix::errno::Errno::EINTR) => continue,
            Err(e) => return Err(anyhow!("waiting for exec process: {e}")),
        }
    };
    if code != 0 {
        return Err(ExitError {
            code,
            message: String::new(),
        }
        .into());
    }
    Ok(())
}
