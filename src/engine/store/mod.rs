//! The on-disk store: paths, locks, atomic writes and the content store.

pub mod atomic;
pub mod content;
pub mod lock;
pub mod mounts;

use std::path::{Path, PathBuf};

/// Every path skiff uses under `--root` and `--runroot`, in one place.
#[derive(Debug, Clone)]
pub struct StorePaths {
    pub root: PathBuf,
    pub runroot: PathBuf,
}

impl StorePaths {
    pub fn new(root: PathBuf, runroot: PathBuf) -> Self {
        StorePaths { root, runroot }
    }

    pub fn content(&self) -> PathBuf {
        self.root.join("content")
    }

    pub fn snapshots(&self) -> PathBuf {
        self.root.join("snapshots")
    }

    pub fn images_dir(&self) -> PathBuf {
        self.root.join("images")
    }

    /// The image records of one namespace.
    pub fn images_file(&self, namespace: &str) -> PathBuf {
        self.images_dir().join(format!("{namespace}.json"))
    }

    pub fn locks(&self) -> PathBuf {
        self.root.join("locks")
    }

    pub fn lock_file(&self, name: &str) -> PathBuf {
        self.locks().join(format!("{name}.lock"))
    }
}

/// The entries of a store directory; none when it does not exist yet.
pub fn dir_entries(dir: &Path) -> anyhow::Result<Vec<std::fs::DirEntry>> {
    match std::fs::read_dir(dir) {
        Ok(entries) => Ok(entries.flatten().collect()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(anyhow::anyhow!("reading {}: {e}", dir.display())),
    }
}

/// Creates a directory and its parents with mode 0700 for the leaf, as store dirs
/// hold images that may be private.
pub fn ensure_dir(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    match std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(path)
    {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e),
    }
}

/// Marks `dir` as the top of directory hierarchies (ext4's `chattr +T`), so
/// that ext4 spreads the directories made in it over the disk instead of
/// packing them next to their parent.
///
/// Why: on ext4 without a journal (what these machines and many CI runners
/// and cloud VMs have), allocating an inode scans past every free inode of
/// its block group that was deleted in the last minutes (`recently_deleted`
/// in ext4's ialloc.c). Layers and containers are made and deleted in bulk,
/// next to each other: after a few rounds of rmi and pull, every file created
/// paid for a scan of thousands of freed inodes (pull 1.1 s -> 9 s). With
/// their parents spread, and randomly named, each new tree lands in a group
/// of its own (see research/perf-notes.md). Best effort: other filesystems
/// have no such flag, and lose nothing.
pub fn spread_subdirectories(dir: &Path) {
    use rustix::fs::{ioctl_getflags, ioctl_setflags, IFlags, Mode, OFlags};
    let Ok(fd) = rustix::fs::open(
        dir,
        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    ) else {
        return;
    };
    if let Ok(flags) = ioctl_getflags(&fd) {
        if !flags.contains(IFlags::TOPDIR) {
            let _ = ioctl_setflags(&fd, flags | IFlags::TOPDIR);
        }
    }
}

/// statfs f_type of overlayfs.
const OVERLAYFS_MAGIC: i64 = 0x794c_7630;

/// How images' layers are kept and containers' root filesystems made: the
/// store's storage driver (podman's name), recorded in each container.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SnapshotterKind {
    Overlay,
    Native,
}

impl SnapshotterKind {
    pub fn name(self) -> &'static str {
        match self {
            SnapshotterKind::Overlay => "overlay",
            SnapshotterKind::Native => "native",
        }
    }

    /// Accepts podman's driver names and nerdctl's snapshotter names.
    pub fn parse(name: &str) -> Option<SnapshotterKind> {
        match name {
            "overlay" | "overlay2" | "overlayfs" => Some(SnapshotterKind::Overlay),
            "native" | "vfs" => Some(SnapshotterKind::Native),
            _ => None,
        }
    }

    /// Picks overlay when the kernel has it and `root` is on a filesystem that can hold
    /// overlay layers; native otherwise (as podman falls back to vfs).
    pub fn detect(root: &Path, rootless: bool) -> SnapshotterKind {
        let has_overlay = std::fs::read_to_string("/proc/filesystems")
            .map(|s| s.lines().any(|l| l.trim_end().ends_with("overlay")))
            .unwrap_or(false);
        if !has_overlay || rootless {
            // Rootless overlay needs a user namespace of our own; until then copy.
            return SnapshotterKind::Native;
        }
        let mut probe = root.to_path_buf();
        while !probe.exists() {
            if !probe.pop() {
                break;
            }
        }
        match rustix::fs::statfs(&probe) {
            // An overlay upper dir cannot live on overlayfs itself.
            Ok(st) if st.f_type == OVERLAYFS_MAGIC => SnapshotterKind::Native,
            _ => SnapshotterKind::Overlay,
        }
    }
}
