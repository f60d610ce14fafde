//! `skiff exec`: runs a process in a running container. This process starts no
//! threads: libcontainer's tenant builder runs here directly.

use std::fs::File;
use std::os::fd::{AsFd, OwnedFd};

use std::io::IsTerminal;

use anyhow::{anyhow, Context as _, Result};
use nix::sys::wait::{waitpid, WaitStatus};
use nix::unistd::Pid;

use super::terminal::RawMode;
use super::{ExitError, GlobalArgs};
use crate::engine::ops;
use crate::engine::runtime;
use crate::engine::spec::docker::{env_entry, key_value_file};
use crate::engine::tty::copy_winsize;

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
    /// Override the key sequence for detaching from the command (default ctrl-p,ctrl-q)
    #[arg(long = "detach-keys")]
    pub detach_keys: Option<String>,
    /// The container, then the command and its arguments
    #[arg(required = true, num_args = 1.., trailing_var_arg = true, allow_hyphen_values = true, value_name = "CONTAINER COMMAND [ARG...]")]
    pub container_and_command: Vec<String>,
}

pub fn run(g: &GlobalArgs, args: ExecArgs) -> Result<()> {
    let engine = g.engine()?;
    if args.container_and_command.len() < 2 {
        // docker/cli's RequiresMinArgs words for a missing argument, exit 1.
        eprintln!("skiff: 'skiff exec' requires at least 2 arguments\n\nUsage:  skiff exec [OPTIONS] CONTAINER COMMAND [ARG...]\n\nSee 'skiff exec --help' for more information");
        return Err(ExitError::silent(1));
    }
    let name = &args.container_and_command[0];
    let mut env = Vec::new();
    for f in &args.env_file {
        env.extend(key_value_file(f, true)?);
    }
    env.extend(args.env.iter().filter_map(|e| env_entry(e)));
    let spec = ops::ExecSpec {
        command: args.container_and_command[1..].to_vec(),
        env,
        workdir: args.workdir.clone(),
        user: args.user.clone(),
        tty: args.tty,
        privileged: args.privileged,
    };
    if args.detach {
        return ops::exec_detached(&engine, name, &spec, g.debug);
    }
    let detach_keys = crate::engine::tty::parse_detach_keys(
        args.detach_keys.as_deref().unwrap_or("ctrl-p,ctrl-q"),
    )?;
    let mut exec = ops::prepare_exec(&engine, name, &spec)?;
    // docker checks the terminal only when it will attach to it.
    if args.tty && args.interactive && !std::io::stdin().is_terminal() {
        return Err(ExitError {
            code: 1,
            message: "the input device is not a TTY".into(),
        }
        .into());
    }
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
    let pid = exec.start(stdio)?;
    let code = match exec.receive_pty()? {
        Some(master) => {
            let _raw = if args.interactive {
                RawMode::enable(std::io::stdin().as_fd())
            } else {
                None
            };
            match relay_pty(&master, args.interactive, pid, detach_keys)? {
                Relayed::Exited(code) => code,
                Relayed::Detached => {
                    // The command runs on; docker exits 0 and records exec_detach.
                    ops::keep_pty_open(master)?;
                    exec.detached();
                    return Ok(());
                }
            }
        }
        None => {
            super::run::forward_signals_to(pid);
            ops::wait_child(pid)?
        }
    };
    exec.finish(code);
    if code != 0 {
        return Err(ExitError::silent(code));
    }
    Ok(())
}

/// How a relayed tty exec ended.
enum Relayed {
    Exited(i32),
    /// The user typed the detach keys.
    Detached,
}

/// Copies the user's terminal to and from the pty until the process exits
/// (its exit code) or the user types `detach_keys`.
fn relay_pty(
    master: &OwnedFd,
    interactive: bool,
    pid: i32,
    detach_keys: Vec<u8>,
) -> Result<Relayed> {
    let mut detach = crate::engine::tty::DetachMatcher::new(detach_keys);
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
                    let (forward, detached) = detach.feed(&buf[..n]);
                    let _ = nix::unistd::write(master, &forward);
                    if detached {
                        return Ok(Relayed::Detached);
                    }
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
        Some(code) => Ok(Relayed::Exited(code)),
        None => ops::wait_child(pid).map(Relayed::Exited),
    }
}
