//! The typed operations on containers that every front end calls: the CLI,
//! and compose, the builder and kube play after it. Options in, reports out;
//! nothing here prints or parses flags (podman's `ContainerEngine`).
//!
//! - [`create`]: a [`ContainerSpec`](crate::engine::spec::ContainerSpec) and an
//!   image become a container record.
//! - [`start`]: spawns the container's monitor and waits until it reports.
//! - [`stop`], [`kill`], [`restart`], [`wait`], [`pause`], [`unpause`], [`update`].
//! - [`attach`]: a connection to a running container's stdio.
//! - [`exec`]: a process in a running container, attached or detached.
//! - [`commit`], [`rename`], [`inspect`], [`lookup`], [`list`], [`reconcile`].
//! - [`ensure_image`]: the image a container needs, pulled per its pull policy.

mod attach;
mod commit;
pub mod create;
mod exec;
mod image;
mod inspect;
mod lifecycle;
pub mod namespace;
pub mod pod;
mod query;
pub mod remove;
mod start;
mod top;
mod update;

pub use crate::engine::spec::PullPolicy;
pub use exec::{
    exec_detached, keep_pty_open, prepare_exec, run_detached, wait_child, ExecSpec, PreparedExec,
};
pub use image::ensure_image;
pub use lifecycle::{
    kill, pause, rename, restart, signal_name, start_existing, stop, stop_until_exited, unpause,
    wait, wanted_running, StopOptions, WaitCondition,
};
pub use start::{start, AttachStreams, StartOptions, Started};
pub use top::{top, TopTable};
pub use update::{update, ResourceUpdate};

pub use attach::{attach, Attached};
pub use commit::{commit, CommitOptions};
pub use create::create;
pub use inspect::inspect;
pub use query::{list, lookup, reconcile};
pub use remove::remove;
