//! Persistent network namespaces: a new namespace bind-mounted on a file, as
//! `ip netns add` does, so that netavark or slirp4netns can set it up before the
//! container joins it, and so that it outlives the process that made it.

use std::fs;
use std::path::Path;

use anyhow::{bail, Context as _, Result};
use nix::mount::{mount, umount2, MntFlags, MsFlags};
use nix::sched::{unshare, CloneFlags};
use nix::sys::wait::{waitpid, WaitStatus};
use nix::unistd::{fork, ForkResult};

/// Creates a network namespace and pins it at `path`.
pub fn create(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent() {
        crate::engine::store::ensure_dir(dir)
            .with_context(|| format!("creating {}", dir.display()))?;
    }
    fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
    // The namespace is made in a child so the caller keeps its own.
    // SAFETY: the child only calls unshare, mount and _exit (async-signal-safe
    // system calls) before it exits.
    match unsafe { fork() }.context("fork")? {
        ForkResult::Child => {
            let ok = unshare(CloneFlags::CLONE_NEWNET).is_ok()
                && mount(
                    Some("/proc/self/ns/net"),
                    path,
                    None::<&str>,
                    MsFlags::MS_BIND,
                    None::<&str>,
                )
                .is_ok();
            // SAFETY: _exit is always safe; it skips the parent's atexit handlers.
            unsafe { libc::_exit(if ok { 0 } else { 1 }) }
        }
        ForkResult::Parent { child } => match waitpid(child, None) {
            Ok(WaitStatus::Exited(_, 0)) => Ok(()),
            _ => {
                let _ = fs::remove_file(path);
                bail!(
                    "creating a network namespace at {} failed (needs CAP_SYS_ADMIN)",
                    path.display()
                )
            }
        },
    }
}

/// Unpins and deletes a namespace made by `create`; missing ones are fine.
pub fn remove(path: &Path) {
    let _ = umount2(path, MntFlags::MNT_DETACH);
    let _ = fs::remove_file(path);
}
