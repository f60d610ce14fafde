//! Persistent network namespaces: a new namespace bind-mounted on a file, as
//! `ip netns add` does, so that netavark or slirp4netns can set it up before the
//! container joins it, and so that it outlives the process that made it.

use std::fs;
use std::path::Path;

use anyhow::{anyhow, Context as _, Result};
use nix::mount::{mount, umount2, MntFlags, MsFlags};
use nix::sched::{unshare, CloneFlags};

/// Creates a network namespace and pins it at `path`.
pub fn create(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent() {
        crate::engine::store::ensure_dir(dir)
            .with_context(|| format!("creating {}", dir.display()))?;
    }
    fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
    // The namespace is made by a thread of its own, so the caller keeps its
    // namespace; a thread costs a tenth of a forked child.
    let made = std::thread::scope(|s| {
        s.spawn(|| -> Result<()> {
            unshare(CloneFlags::CLONE_NEWNET).context("unshare(CLONE_NEWNET)")?;
            mount(
                Some("/proc/thread-self/ns/net"),
                path,
                None::<&str>,
                MsFlags::MS_BIND,
                None::<&str>,
            )
            .context("bind-mounting the namespace")
        })
        .join()
        .unwrap_or_else(|_| Err(anyhow!("the thread making the namespace panicked")))
    });
    made.map_err(|e| {
        let _ = fs::remove_file(path);
        anyhow!(
            "creating a network namespace at {} failed (needs CAP_SYS_ADMIN): {e:#}",
            path.display()
        )
    })
}

/// Unpins and deletes a namespace made by `create`; missing ones are fine.
pub fn remove(path: &Path) {
    let _ = umount2(path, MntFlags::MNT_DETACH);
    let _ = fs::remove_file(path);
}
