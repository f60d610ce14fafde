//! libcontainer says what failed (the syscall, the path, the errno) only in
//! its `tracing` error events; the error it returns across the process boundary
//! from the container's init is often just "failed to unix syscall". This
//! subscriber keeps those events, from this process and from the init
//! processes it clones, in a pipe, so a failure can be reported in words.

use std::fmt::Write as _;
use std::os::fd::OwnedFd;
use std::sync::OnceLock;

use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Level, Metadata, Subscriber};

struct Pipe {
    read: OwnedFd,
    write: OwnedFd,
}

static PIPE: OnceLock<Option<Pipe>> = OnceLock::new();

/// Starts keeping libcontainer's error events (once per process). Must run
/// before the container's processes are cloned so that they share the pipe.
pub fn capture() {
    PIPE.get_or_init(|| {
        let flags = rustix::pipe::PipeFlags::CLOEXEC | rustix::pipe::PipeFlags::NONBLOCK;
        let (read, write) = rustix::pipe::pipe_with(flags).ok()?;
        tracing::subscriber::set_global_default(ErrorEvents).ok()?;
        Some(Pipe { read, write })
    });
}

/// The error events kept since the last call, one line each.
pub fn take() -> Vec<String> {
    let Some(Some(pipe)) = PIPE.get() else {
        return Vec::new();
    };
    let mut bytes = Vec::new();
    let mut buf = [0u8; 4096];
    // Non-blocking: stops at EAGAIN once the pipe is empty.
    while let Ok(n @ 1..) = rustix::io::read(&pipe.read, &mut buf) {
        bytes.extend_from_slice(&buf[..n]);
    }
    String::from_utf8_lossy(&bytes)
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

struct ErrorEvents;

#[derive(Default)]
struct Line {
    message: String,
    fields: String,
}

impl Visit for Line {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" {
            let _ = write!(self.message, "{value:?}");
        } else {
            let _ = write!(self.fields, " {}={value:?}", field.name());
        }
    }
}

impl Subscriber for ErrorEvents {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        *metadata.level() == Level::ERROR
    }
    fn new_span(&self, _: &Attributes<'_>) -> Id {
        Id::from_u64(1)
    }
    fn record(&self, _: &Id, _: &Record<'_>) {}
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let Some(Some(pipe)) = PIPE.get() else {
            return;
        };
        let mut line = Line::default();
        event.record(&mut line);
        let mut text = format!("{}{}", line.message, line.fields);
        text.retain(|c| c != '\n');
        text.push('\n');
        // A full pipe drops the line rather than blocking the container's start.
        let _ = rustix::io::write(&pipe.write, text.as_bytes());
    }
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}
