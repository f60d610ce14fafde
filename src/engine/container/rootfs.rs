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

/// Marks a rootfs that `skiff mount` mounted: it stays mounted when the
/// container stops, until `skiff unmount` (or `rm`).
fn user_mount_marker(engine: &Engine, record: &ContainerRecord) -> std::path::PathBuf {
    engine.container_paths(&record.id).dir.join("user-mount")
}

/// `skiff mount`: the container's root filesystem, mounted (overlay) or as
/// it is (native), until `skiff unmount`; returns where it is.
pub fn mount_for_user(engine: &Engine, record: &ContainerRecord) -> Result<std::path::PathBuf> {
    if engine.rootless {
        return Err(anyhow!(
            "cannot mount container {}: a rootless user's mounts exist only inside a user namespace; run mount as root",
            record.name
        ));
    }
    mount_rootfs(engine, record)?;
    let marker = user_mount_marker(engine, record);
    fs::write(&marker, b"").map_err(|e| anyhow!("writing {}: {e}", marker.display()))?;
    Ok(engine.container_paths(&record.id).rootfs())
}

/// Whether `skiff mount` holds the container's rootfs.
pub fn mounted_for_user(engine: &Engine, record: &ContainerRecord) -> bool {
    user_mount_marker(engine, record).exists()
}

/// `skiff unmount`: lets the rootfs go (at once when the container is not running).
pub fn unmount_for_user(engine: &Engine, record: &ContainerRecord) -> Result<()> {
    let marker = user_mount_marker(engine, record);
    if !marker.exists() {
        return Err(anyhow!("container {} is not mounted", record.name));
    }
    let _ = fs::remove_file(&marker);
    if !super::load_state(engine, &record.id).status.is_live() {
        unmount_rootfs(engine, record);
    }
    Ok(())
}

/// Unmounts the rootfs, unless `skiff mount` holds it.
pub fn unmount_rootfs(engine: &Engine, record: &ContainerRecord) {
    if mounted_for_user(engine, record) {
        return;
    }
    force_unmount_rootfs(engine, record);
}

/// Unmounts the rootfs whoever holds it (the container is being removed).
pub fn force_unmount_rootfs(engine: &Engine, record: &ContainerRecord) {
    let _ = fs::remove_file(user_mount_marker(engine, record));
    let rootfs = engine.container_paths(&record.id).rootfs();
    while is_mounted(&rootfs) {
        if nix::mount::umount2(&rootfs, nix::mount::MntFlags::MNT_DETACH).is_err() {
            break;
        }
    }
}
