//! `attach`: a connection to a running container's monitor, which relays the
//! container's stdio as frames (`tty::frame`) on its attach socket.

use std::os::unix::net::UnixStream;

use anyhow::{anyhow, bail, Result};

use crate::engine::container::{self, Status};
use crate::engine::tty::connect_in;
use crate::engine::Engine;

/// A live connection to a container's stdio.
pub struct Attached {
    pub id: String,
    /// The container's init (for forwarding signals).
    pub pid: i32,
    /// Whether the container has a pty (one stream, raw input, resizes).
    pub tty: bool,
    /// Frames both ways: STDIN and RESIZE out; STDOUT, STDERR, EXIT, DETACHED in.
    pub stream: UnixStream,
}

/// Connects to running container `name`'s monitor.
pub fn attach(engine: &Engine, name: &str) -> Result<Attached> {
    let c = super::lookup(engine, name)?;
    if c.state.status != Status::Running {
        bail!("You cannot attach to a stopped container, start it first");
    }
    let paths = engine.container_paths(&c.record.id);
    let stream = connect_in(&paths.run_dir, "attach.sock")
        .map_err(|e| anyhow!("attaching to container {}: {e:#}", c.record.name))?;
    Ok(Attached {
        id: c.record.id,
        pid: c.state.pid,
        tty: c.record.config.tty,
        stream,
    })
}

impl Attached {
    /// The container's exit code once the monitor has gone (the stream ended
    /// without an EXIT frame).
    pub fn exit_code(&self, engine: &Engine) -> i32 {
        super::reconcile(engine, &self.id, container::load_state(engine, &self.id)).exit_code
    }
}
