//! A container's root filesystem: its overlay mounted over the image's
//! layers while it runs (or is copied from), unmounted after.

use std::fs;

use anyhow::{anyhow, Result};

use super::ContainerRecord;
use crate::engine::Engine;

/// Mounts the container's overlay rootfs (nothing to do for native copies).
pub fn mount_rootfs(engine: &Engine, record: &ContainerRecord) -> Result<()> {
    if record.snapshotter != crate::engine::store::SnapshotterKind::Overlay {
        return Ok(());
    }
    let paths = engine.container_paths(&record.id);
    let rootfs = paths.rootfs();
    if is_mounted(&rootfs) {
        return Ok(());
    }
    let lower = record
        .lower_dirs
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(":");
    let mut options = format!(
        "lowerdir={lower},upperdir={},workdir={}",
        paths.upper().display(),
        paths.work().display()
    );
    if engine.rootless {
        options.push_str(",userxattr");
    }
    nix::mount::mount(
        Some("overlay"),
        &rootfs,
        Some("overlay"),
        nix::mount::MsFlags::empty(),
        Some(options.as_str()),
    )
    .map_err(|e| anyhow!("mounting the rootfs of container {}: {e}", record.id))
}

/// Whether `path` is a mount point (its device differs from its parent's).
pub fn is_mounted(path: &std::path::Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let (Ok(me), Some(Ok(parent))) = (fs::metadata(path), path.parent().map(fs::metadata)) else {
        return false;
    };
    me.dev() != parent.dev()
}

pub fn unmount_rootfs(engine: &Engine, record: &ContainerRecord) {
    let rootfs = engine.container_paths(&record.id).rootfs();
    while is_mounted(&rootfs) {
        if nix::mount::umount2(&rootfs, nix::mount::MntFlags::MNT_DETACH).is_err() {
            break;
        }
    }
}
