//! The engine: everything skiff does to the machine. No clap, no printing.

pub mod container;
pub mod events;
pub mod filters;
pub mod ignore;
pub mod image;
pub mod monitor;
pub mod network;
pub mod ops;
pub mod ports;
pub mod process;
pub mod rootless;
pub mod runtime;
pub mod shell_words;
pub mod snapshot;
pub mod spec;
pub mod store;
pub mod store_check;
pub mod system;
pub mod text;
pub mod time;
pub mod tty;
pub mod volume;

use std::path::PathBuf;

use store::content::ContentStore;
use store::StorePaths;

/// Registry settings given on the command line.
#[derive(Debug, Clone, Default)]
pub struct RegistryOptions {
    /// Directories searched for `<host>/hosts.toml` and docker-style certificates, in order.
    pub hosts_dirs: Vec<PathBuf>,
    /// Registries reached over HTTPS without verification, falling back to plain HTTP.
    pub insecure: Vec<String>,
}

/// Everything an engine call needs to know about where and how to work.
#[derive(Debug, Clone)]
pub struct Engine {
    pub paths: StorePaths,
    pub namespace: String,
    pub rootless: bool,
    pub registry: RegistryOptions,
    pub snapshotter: store::SnapshotterKind,
}

impl Engine {
    pub fn content(&self) -> ContentStore {
        ContentStore::new(self.paths.content())
    }

    pub fn snapshots(&self) -> snapshot::Snapshots {
        snapshot::Snapshots::new(self.paths.snapshots(), self.snapshotter, self.rootless)
    }

    pub fn images(&self) -> image::store::ImageStore {
        image::store::ImageStore::new(&self.paths, &self.namespace)
    }
}

/// Whether this process runs without root privileges (so the rootless layout and rules apply).
pub fn running_rootless() -> bool {
    !rustix::process::geteuid().is_root()
}

/// The default data and state directories: podman's rootful paths, XDG dirs when rootless.
pub fn default_dirs(rootless: bool) -> (PathBuf, PathBuf) {
    if !rootless {
        return (PathBuf::from("/var/lib/skiff"), PathBuf::from("/run/skiff"));
    }
    let data = dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from("/tmp"))
        .join("skiff");
    let uid = rustix::process::geteuid().as_raw();
    let run = dirs::runtime_dir()
        .unwrap_or_else(|| std::env::temp_dir().join(format!("skiff-run-{uid}")))
        .join("skiff");
    (data, run)
}

/// An OS error as Go (and so docker) prints it: "no such file or directory",
/// without Rust's " (os error 2)".
pub fn go_error(e: &std::io::Error) -> String {
    let text = e.to_string();
    let text = match (e.raw_os_error(), text.rfind(" (os error ")) {
        (Some(_), Some(i)) => text[..i].to_string(),
        _ => text,
    };
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => text,
    }
}
