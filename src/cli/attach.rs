//! `skiff attach`: connects to a running container's monitor.

use std::io::{Read, Write};
use std::os::fd::{AsFd, AsRawFd};

use anyhow::{anyhow, Context as _, Result};
use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
use nix::sys::signal::{SigSet, Signal};
use nix::sys::signalfd::{SfdFlags, SignalFd};

use super::terminal::RawMode;
use super::{ExitError, GlobalArgs};
use crate::engine::ops;
use crate::engine::tty::{frame, get_winsize};

#[derive(Debug, clap::Args)]
pub struct AttachArgs {
    /// The container
    pub container: String,
    /// Do not attach STDIN
    #[arg(long = "no-stdin")]
    pub no_stdin: bool,
    /// Proxy all received signals to the process
    #[arg(long = "sig-proxy", default_value_t = true, action = clap::ArgAction::Set)]
    pub sig_proxy: bool,
    /// Override the key sequence for detaching a container
    #[arg(long = "detach-keys")]
    pub detach_keys: Option<String>,
}

fn resize_frame() -> Option<Vec<u8>> {
    let (rows, cols) = get_winsize(std::io::stdout().as_raw_fd())?;
    let mut payload = rows.to_be_bytes().to_vec();
    payload.extend_from_slice(&cols.to_be_bytes());
    Some(frame::encode(frame::RESIZE, &payload))
}

pub fn run(g: &GlobalArgs, args: AttachArgs) -> Result<()> {
    let engine = g.engine()?;
    if let Some(keys) = &args.detach_keys {
        crate::engine::tty::parse_detach_keys(keys)?;
    }
    let attached = ops::attach(&engine, &args.container)?;
    let mut stream = attached.stream.try_clone().context("attach socket")?;
    let tty = attached.tty;
    let stdin = std::io::stdin();
    let _raw = if tty && !args.no_stdin {
        RawMode::enable(stdin.as_fd())
    } else {
        None
    };
    if tty {
        if let Some(f) = resize_frame() {
            stream.write_all(&f)?;
        }
    } else if args.sig_proxy {
        super::run::forward_signals_to(attached.pid);
    }
    let mut mask = SigSet::empty();
    mask.add(Signal::SIGWINCH);
    let _ = mask.thread_block();
    let winch = SignalFd::with_flags(&mask, SfdFlags::SFD_CLOEXEC | SfdFlags::SFD_NONBLOCK).ok();
    let mut input_open = !args.no_stdin;
    let mut pending = Vec::new();
    let mut buf = vec![0u8; 32 * 1024];
    loop {
        let mut fds = vec![PollFd::new(stream.as_fd(), PollFlags::POLLIN)];
        let input_at = input_open.then(|| {
            fds.push(PollFd::new(stdin.as_fd(), PollFlags::POLLIN));
            fds.len() - 1
        });
        let winch_at = winch.as_ref().map(|w| {
            fds.push(PollFd::new(w.as_fd(), PollFlags::POLLIN));
            fds.len() - 1
        });
        match poll(&mut fds, PollTimeout::NONE) {
            Ok(_) => {}
            Err(nix::errno::Errno::EINTR) => continue,
            Err(e) => return Err(anyhow!("attach: {e}")),
        }
        let ready = |i: usize| {
            fds[i].revents().is_some_and(|r| {
                r.intersects(PollFlags::POLLIN | PollFlags::POLLHUP | PollFlags::POLLERR)
            })
        };
        let (stream_ready, input_ready, winch_ready) = (
            ready(0),
            input_at.is_some_and(ready),
            winch_at.is_some_and(ready),
        );
        drop(fds);
        if stream_ready {
            let n = stream.read(&mut buf)?;
            if n == 0 {
                return exit_with(attached.exit_code(&engine));
            }
            pending.extend_from_slice(&buf[..n]);
            for (kind, payload) in frame::decode(&mut pending) {
                match kind {
                    frame::STDOUT => {
                        let mut out = std::io::stdout().lock();
                        out.write_all(&payload)?;
                        out.flush()?;
                    }
                    frame::STDERR => std::io::stderr().lock().write_all(&payload)?,
                    frame::EXIT => {
                        let code = String::from_utf8_lossy(&payload).parse().unwrap_or(0);
                        return exit_with(code);
                    }
                    frame::DETACHED => return Ok(()),
                    _ => {}
                }
            }
        }
        if input_ready {
            let n = std::io::stdin().lock().read(&mut buf).unwrap_or(0);
            if n == 0 {
                input_open = false;
            } else {
                stream.write_all(&frame::encode(frame::STDIN, &buf[..n]))?;
            }
        }
        if winch_ready {
            if let Some(w) = &winch {
                while let Ok(Some(_)) = w.read_signal() {}
            }
            if let Some(f) = resize_frame() {
                stream.write_all(&f)?;
            }
        }
    }
}

fn exit_with(code: i32) -> Result<()> {
    if code == 0 {
        Ok(())
    } else {
        Err(ExitError::silent(code))
    }
}
