//! `image mount` (podman's; `ctr i mount`): an image's root filesystem,
//! mounted read-only where the user asks (or under the runroot), until
//! `image unmount`. Each mount is recorded in
//! `<runroot>/image-mounts/<image id hex>.json`; while it is there the image
//! cannot be removed.

use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context as _, Result};
use serde::{Deserialize, Serialize};

use super::store::ImageRecord;
use crate::engine::Engine;

/// A mounted image.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ImageMount {
    pub id: String,
    /// The name it was mounted by (or its ID).
    pub name: String,
    pub mountpoint: PathBuf,
    /// The mountpoint is skiff's own (made, and removed at unmount).
    pub owned: bool,
}

fn dir(engine: &Engine) -> PathBuf {
    engine.paths.runroot.join("image-mounts")
}

fn record_path(engine: &Engine, id: &str) -> PathBuf {
    dir(engine).join(format!("{}.json", id.trim_start_matches("sha256:")))
}

/// Every recorded mount that is still mounted.
pub fn list(engine: &Engine) -> Vec<ImageMount> {
    let mut out: Vec<ImageMount> = crate::engine::store::dir_entries(&dir(engine))
        .unwrap_or_default()
        .into_iter()
        .filter_map(|e| std::fs::read(e.path()).ok())
        .filter_map(|b| serde_json::from_slice::<ImageMount>(&b).ok())
        .filter(|m| crate::engine::store::mounts::is_mount_point(&m.mountpoint))
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

/// Where image `id` is mounted, if it is.
pub fn mounted(engine: &Engine, id: &str) -> Option<ImageMount> {
    list(engine).into_iter().find(|m| m.id == id)
}

/// Mounts `image` read-only at `target` (or a directory of the runroot's);
/// returns the mountpoint. Mounting a mounted image returns where it is.
pub fn mount(
    engine: &Engine,
    image: &ImageRecord,
    name: &str,
    target: Option<&Path>,
) -> Result<PathBuf> {
    if engine.rootless {
        bail!("cannot mount image {name}: a rootless user's mounts exist only inside a user namespace; run image mount as root");
    }
    if let Some(m) = mounted(engine, &image.id) {
        return Ok(m.mountpoint);
    }
    let snapshots = engine.snapshots();
    let mut lowers = Vec::new();
    for layer in image.layers.iter().rev() {
        lowers.push(
            snapshots
                .fs_path(&layer.chain_id)
                .map_err(|e| anyhow!("image {name}: {e}"))?,
        );
    }
    let Some(top) = lowers.first().cloned() else {
        bail!("image {name} has no layers to mount");
    };
    let (mountpoint, owned) = match target {
        Some(t) => (t.to_path_buf(), false),
        None => (
            dir(engine).join(image.id.trim_start_matches("sha256:")),
            true,
        ),
    };
    crate::engine::store::ensure_dir(&mountpoint)
        .with_context(|| format!("creating {}", mountpoint.display()))?;
    // The native snapshotter's top snapshot is the whole tree; one overlay
    // layer needs a second lower, so a bind does for both.
    let overlay =
        snapshots.kind() == crate::engine::store::SnapshotterKind::Overlay && lowers.len() > 1;
    let mounted = if overlay {
        let lower = lowers
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(":");
        nix::mount::mount(
            Some("overlay"),
            &mountpoint,
            Some("overlay"),
            nix::mount::MsFlags::MS_RDONLY,
            Some(format!("lowerdir={lower}").as_str()),
        )
    } else {
        nix::mount::mount(
            Some(&top),
            &mountpoint,
            None::<&str>,
            nix::mount::MsFlags::MS_BIND,
            None::<&str>,
        )
        .and_then(|()| {
            nix::mount::mount(
                None::<&str>,
                &mountpoint,
                None::<&str>,
                nix::mount::MsFlags::MS_BIND
                    | nix::mount::MsFlags::MS_REMOUNT
                    | nix::mount::MsFlags::MS_RDONLY,
                None::<&str>,
            )
        })
    };
    if let Err(e) = mounted {
        if owned {
            let _ = std::fs::remove_dir(&mountpoint);
        }
        bail!("mounting image {name} at {}: {e}", mountpoint.display());
    }
    let record = ImageMount {
        id: image.id.clone(),
        name: name.to_string(),
        mountpoint: mountpoint.clone(),
        owned,
    };
    let path = record_path(engine, &image.id);
    crate::engine::store::atomic::write_json(&path, &record)
        .with_context(|| format!("writing {}", path.display()))?;
    Ok(mountpoint)
}

/// Unmounts image `id`; an error when it is not mounted.
pub fn unmount(engine: &Engine, id: &str, name: &str) -> Result<()> {
    let Some(m) = mounted(engine, id) else {
        let _ = std::fs::remove_file(record_path(engine, id));
        bail!("image {name} is not mounted");
    };
    nix::mount::umount2(&m.mountpoint, nix::mount::MntFlags::MNT_DETACH).map_err(|e| {
        anyhow!(
            "unmounting image {name} from {}: {e}",
            m.mountpoint.display()
        )
    })?;
    if m.owned {
        let _ = std::fs::remove_dir(&m.mountpoint);
    }
    let _ = std::fs::remove_file(record_path(engine, id));
    Ok(())
}
