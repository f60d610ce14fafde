//! `skiff exec`: runs a process in a running container. This process starts no
//! threads: libcontainer's tenant builder runs here directly.

use std::fs::File;
use std::os::fd::{AsFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};

use std::io::IsTerminal;

use anyhow::{anyhow, Context as _, Result};
use nix::sys::wait::{waitpid, WaitStatus};
use nix::unistd::Pid;

use super::container_opts::{env_entry, key_value_file};
use super::terminal::RawMode;
use super::{ExitError, GlobalArgs};
use crate::engine::container::spec::{self, ProcessSpec};
use crate::engine::container::{self, user, Status};
use crate::engine::runtime;
use crate::engine::store::atomic::write_json;
use crate::engine::store::ensure_dir;
use crate::engine::tty::{copy_winsize, ConsoleSocket};

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
    #[arg(required = true, num_args = 1.., trailing_var_arg = true, allow_hyphen_values = true, value_name = "CONTAINER COMMAND [ARG...]")]
    pub container_and_command: Vec<String>,
}

/// Set for the process that `exec -d` leaves running the command: it runs
/// the same command line attached to nothing (every flag kept, so an inner
/// `-d` of the command, or `-dit`, is never mistaken for ours).
const DETACHED_ENV: &str = "_SKIFF_EXEC_DETACHED";

fn detach() -> Result<()> {
    let mut cmd = Command::new("/proc/self/exe");
    cmd.args(std::env::args_os().skip(1))
        .env(DETACHED_ENV, "1")
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
    if args.container_and_command.len() < 2 {
        // docker/cli's RequiresMinArgs words for a missing argument, exit 1.
        eprintln!("skiff: 'skiff exec' requires at least 2 arguments\n\nUsage:  skiff exec [OPTIONS] CONTAINER COMMAND [ARG...]\n\nSee 'skiff exec --help' for more information");
        return Err(ExitError::silent(1));
    }
    let name = &args.container_and_command[0];
    let command: Vec<String> = args.container_and_command[1..].to_vec();
    let c = container::lookup(&engine, name)?;
    if c.state.status == Status::Paused {
        return Err(ExitError {
            code: 1,
            message: format!(
                "Container {} is paused, unpause the container before exec",
                c.record.id
            ),
        }
        .into());
    }
    if c.state.status != Status::Running {
        return Err(ExitError {
            code: 1,
            message: format!("container {} is not running", c.record.id),
        }
        .into());
    }
    // docker checks the terminal only when it will attach to it.
    if args.tty && args.interactive && !args.detach && !std::io::stdin().is_terminal() {
        return Err(ExitError {
            code: 1,
            message: "the input device is not a TTY".into(),
        }
        .into());
    }
    if args.detach && std::env::var_os(DETACHED_ENV).is_none() {
        return detach();
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
        extra.extend(key_value_file(f, true)?);
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
    if args.tty && !env.iter().any(|e| e.starts_with("TERM=")) {
        env.push("TERM=xterm".into());
    }
    let mut security = c.record.host_config.security.clone();
    security.privileged |= args.privileged;
    let caps = spec::capabilities(&security).map_err(|e| anyhow!(e))?;
    let cwd = args
        .workdir
        .clone()
        .unwrap_or_else(|| c.record.config.working_dir.clone());
    let process = spec::process(&ProcessSpec {
        args: &command,
        env: &env,
        cwd: &cwd,
        user: &exec_user,
        tty: args.tty,
        caps: &caps,
        no_new_privileges: spec::no_new_privileges(&security),
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
    let console = if args.tty {
        let dir = paths
            .run_dir
            .join(format!("exec-{:x}", rand::random::<u32>()));
        Some(ConsoleSocket::bind(&dir)?)
    } else {
        None
    };
    if engine.rootless {
        crate::engine::rootless::join_monitor_namespaces(c.state.monitor_pid)?;
    }
    // docker's exec events: the command in the action, the exec's ID attached.
    let exec_id = hex::encode(rand::random::<[u8; 32]>());
    let command_line = command.join(" ");
    let exec_event = |action: &str, extra: &[(&str, &str)]| {
        let mut attrs = vec![("execID", exec_id.as_str())];
        attrs.extend_from_slice(extra);
        crate::engine::events::container(&engine, action, &c.record, &attrs);
    };
    exec_event(&format!("exec_create: {command_line}"), &[]);
    exec_event(&format!("exec_start: {command_line}"), &[]);
    let started = runtime::exec(
        &engine.runtime_root(),
        &c.record.id,
        &process_json,
        stdio,
        console.as_ref().map(|c| c.path()),
        &command[0],
    );
    let _ = std::fs::remove_file(&process_json);
    let pid = started.map_err(|e| ExitError {
        code: e.code,
        message: e.message,
    })?;
    let code = match console {
        Some(console) => {
            let master = console.receive_master()?;
            if let Some(dir) = console.path().parent() {
                let dir = dir.to_path_buf();
                drop(console);
                let _ = std::fs::remove_dir(dir);
            }
            let _raw = if args.interactive {
                RawMode::enable(std::io::stdin().as_fd())
            } else {
                None
            };
            relay_pty(&master, args.interactive, pid)?
        }
        None => {
            super::run::forward_signals_to(pid);
            wait_child(pid)?
        }
    };
    exec_event("exec_die", &[("exitCode", &code.to_string())]);
    if code != 0 {
        return Err(ExitError::silent(code));
    }
    Ok(())
}

/// Copies the user's terminal to and from the pty until the process exits;
/// returns its exit code.
fn relay_pty(master: &OwnedFd, interactive: bool, pid: i32) -> Result<i32> {
    use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
    use nix::sys::signal::{SigSet, Signal};
    use nix::sys::signalfd::{SfdFlags, SignalFd};
    use std::io::Write;
    use std::os::fd::AsRawFd;

    let stdout = std::io::stdout();
    copy_winsize(stdout.as_raw_fd(), master.as_raw_fd());
    let mut mask = SigSet::empty();
    mask.add(Signal::SIGWINCH);
    let _ = mask.thread_block();
    let winch = SignalFd::with_flags(&mask, SfdFlags::SFD_CLOEXEC | SfdFlags::SFD_NONBLOCK).ok();
    let stdin = std::io::stdin();
    let mut input_open = interactive;
    let mut buf = vec![0u8; 32 * 1024];
    let mut exit: Option<i32> = None;
    loop {
        if exit.is_none() {
            exit = match waitpid(
                Pid::from_raw(pid),
                Some(nix::sys::wait::WaitPidFlag::WNOHANG),
            ) {
                Ok(WaitStatus::Exited(_, code)) => Some(code),
                Ok(WaitStatus::Signaled(_, sig, _)) => Some(128 + sig as i32),
                _ => None,
            };
        }
        let mut fds = vec![PollFd::new(master.as_fd(), PollFlags::POLLIN)];
        if input_open {
            fds.push(PollFd::new(stdin.as_fd(), PollFlags::POLLIN));
        }
        if let Some(w) = &winch {
            fds.push(PollFd::new(w.as_fd(), PollFlags::POLLIN));
        }
        match poll(&mut fds, PollTimeout::from(100u16)) {
            Ok(0) if exit.is_some() => break,
            Ok(_) => {}
            Err(nix::errno::Errno::EINTR) => continue,
            Err(e) => return Err(anyhow!("waiting for terminal input: {e}")),
        }
        let ready = |f: &PollFd| {
            f.revents().is_some_and(|r| {
                r.intersects(PollFlags::POLLIN | PollFlags::POLLHUP | PollFlags::POLLERR)
            })
        };
        let (master_ready, input_ready, winch_ready) = (
            ready(&fds[0]),
            input_open && ready(&fds[1]),
            winch.is_some() && ready(&fds[fds.len() - 1]),
        );
        if master_ready {
            match nix::unistd::read(master.as_raw_fd(), &mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    let mut out = stdout.lock();
                    let _ = out.write_all(&buf[..n]);
                    let _ = out.flush();
                }
            }
        }
        if input_ready {
            match nix::unistd::read(stdin.as_raw_fd(), &mut buf) {
                Ok(0) | Err(_) => input_open = false,
                Ok(n) => {
                    let _ = nix::unistd::write(master, &buf[..n]);
                }
            }
        }
        if winch_ready {
            if let Some(w) = &winch {
                while let Ok(Some(_)) = w.read_signal() {}
            }
            copy_winsize(stdout.as_raw_fd(), master.as_raw_fd());
        }
    }
    match exit {
        Some(code) => Ok(code),
        None => wait_child(pid),
    }
}

fn wait_child(pid: i32) -> Result<i32> {
    loop {
        match waitpid(Pid::from_raw(pid), None) {
            Ok(WaitStatus::Exited(_, code)) => return Ok(code),
            Ok(WaitStatus::Signaled(_, sig, _)) => return Ok(128 + sig as i32),
            Ok(_) => continue,
            Err(nix::errno::Errno::EINTR) => continue,
            Err(e) => return Err(anyhow!("waiting for exec process: {e}")),
        }
    }
}
