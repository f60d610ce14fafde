//! Snapshots: unpacked layers, one directory per layer chain.
//!
//! `overlay` keeps each layer's own changes (whiteouts as 0:0 char devices, opaque
//! dirs by xattr) ready to be an overlayfs lowerdir. `native` materialises each
//! chain as a full copy of its parent plus the layer, for filesystems where overlay
//! cannot work.

pub mod apply;

use std::fs;
use std::io::{self, Read};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde::{Deserialize, Serialize};

use super::store::atomic::write_json;
use super::store::content::{digest_hex, HashingReader};
use super::store::ensure_dir;
use super::store::lock::FileLock;
use apply::{apply_layer, ApplyOptions, WhiteoutMode};

pub use crate::engine::store::SnapshotterKind;

/// What a finished snapshot records about itself.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SnapshotInfo {
    pub chain_id: String,
    pub diff_id: String,
    pub parent: Option<String>,
    /// Bytes of regular-file content this layer added.
    pub size: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum SnapshotError {
    #[error("layer {diff_id}: content does not match its diffID (got {actual})")]
    DiffIdMismatch { diff_id: String, actual: String },
    #[error("layer {diff_id}: {source}")]
    Apply {
        diff_id: String,
        #[source]
        source: apply::ApplyError,
    },
    #[error("snapshot {chain_id}: {source}")]
    Io {
        chain_id: String,
        #[source]
        source: io::Error,
    },
    #[error("snapshot {0}: parent snapshot missing")]
    MissingParent(String),
    #[error("{0}")]
    BadDigest(String),
}

/// Computes the chain IDs of a layer stack from its diffIDs (image-spec).
pub fn chain_ids(diff_ids: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(diff_ids.len());
    for diff in diff_ids {
        let next = match out.last() {
            None => diff.clone(),
            Some(prev) => super::store::content::sha256_digest(format!("{prev} {diff}").as_bytes()),
        };
        out.push(next);
    }
    out
}

#[derive(Debug, Clone)]
pub struct Snapshots {
    dir: PathBuf,
    kind: SnapshotterKind,
    rootless: bool,
}

impl Snapshots {
    pub fn new(base: PathBuf, kind: SnapshotterKind, rootless: bool) -> Self {
        Snapshots {
            dir: base.join(kind.name()),
            kind,
            rootless,
        }
    }

    pub fn kind(&self) -> SnapshotterKind {
        self.kind
    }

    fn hex(chain_id: &str) -> Result<&str, SnapshotError> {
        digest_hex(chain_id).map_err(|e| SnapshotError::BadDigest(e.to_string()))
    }

    pub fn path(&self, chain_id: &str) -> Result<PathBuf, SnapshotError> {
        Ok(self.dir.join(Self::hex(chain_id)?))
    }

    /// The directory holding the layer's files (the overlay lowerdir, or the full rootfs for native).
    pub fn fs_path(&self, chain_id: &str) -> Result<PathBuf, SnapshotError> {
        Ok(self.path(chain_id)?.join("fs"))
    }

    pub fn exists(&self, chain_id: &str) -> bool {
        self.path(chain_id)
            .map(|p| p.join("info.json").is_file())
            .unwrap_or(false)
    }

    /// Unpacked bytes of these snapshots together (docker's image SIZE).
    pub fn total_size<'a>(&self, chain_ids: impl IntoIterator<Item = &'a String>) -> u64 {
        chain_ids
            .into_iter()
            .filter_map(|c| self.info(c))
            .map(|i| i.size)
            .sum()
    }

    pub fn info(&self, chain_id: &str) -> Option<SnapshotInfo> {
        let data = fs::read(self.path(chain_id).ok()?.join("info.json")).ok()?;
        serde_json::from_slice(&data).ok()
    }

    /// The lock held while a snapshot is being made, so each chain is unpacked once.
    pub fn lock(&self, chain_id: &str) -> Result<FileLock, SnapshotError> {
        let hex = Self::hex(chain_id)?;
        FileLock::exclusive(&self.dir.join(format!("{hex}.lock"))).map_err(|source| {
            SnapshotError::Io {
                chain_id: chain_id.to_string(),
                source,
            }
        })
    }

    /// Whether this snapshotter must apply layers in order (native copies the parent first).
    pub fn sequential(&self) -> bool {
        self.kind == SnapshotterKind::Native
    }

    /// Unpacks one decompressed layer tar into the snapshot `chain_id`, verifying the
    /// layer against `diff_id`. The caller holds [`lock`](Self::lock). The snapshot
    /// becomes visible only when complete.
    pub fn create<R: Read>(
        &self,
        chain_id: &str,
        parent: Option<&str>,
        diff_id: &str,
        layer_tar: R,
    ) -> Result<SnapshotInfo, SnapshotError> {
        let io_err = |source| SnapshotError::Io {
            chain_id: chain_id.to_string(),
            source,
        };
        let final_dir = self.path(chain_id)?;
        let hex = Self::hex(chain_id)?;
        // Left by a killed unpack: we hold the lock, so nobody else is using it.
        for entry in
            super::store::dir_entries(&self.dir).map_err(|e| io_err(io::Error::other(e)))?
        {
            if entry
                .file_name()
                .to_string_lossy()
                .starts_with(&format!("{hex}.tmp"))
            {
                fs::remove_dir_all(entry.path()).map_err(io_err)?;
            }
        }
        ensure_dir(&self.dir).map_err(io_err)?;
        super::store::spread_subdirectories(&self.dir);
        // A random name: ext4 picks the block group of a spread directory
        // from its name, and the same name would land where the last unpack
        // of this layer was deleted (see store::spread_subdirectories).
        let work = self
            .dir
            .join(format!("{hex}.tmp-{:016x}", rand::random::<u64>()));
        ensure_dir(&work).map_err(io_err)?;
        let fs_dir = work.join("fs");
        let result = (|| {
            match (self.kind, parent) {
                (SnapshotterKind::Native, Some(parent)) => {
                    if !self.exists(parent) {
                        return Err(SnapshotError::MissingParent(parent.to_string()));
                    }
                    copy_tree(&self.fs_path(parent)?, &fs_dir).map_err(io_err)?;
                }
                _ => {
                    // The root of every image is 0755 owned by root, as docker's
                    // layers are, whatever the umask: it becomes the container's `/`.
                    fs::create_dir(&fs_dir).map_err(io_err)?;
                    fs::set_permissions(&fs_dir, fs::Permissions::from_mode(0o755))
                        .map_err(io_err)?;
                }
            }
            let whiteouts = match self.kind {
                SnapshotterKind::Overlay => WhiteoutMode::Overlay {
                    user_xattr: self.rootless,
                },
                SnapshotterKind::Native => WhiteoutMode::Native,
            };
            let opts = ApplyOptions {
                whiteouts,
                rootless: self.rootless,
            };
            let mut reader = HashingReader::new(layer_tar);
            let stats = apply_layer(&fs_dir, &mut reader, &opts).map_err(|source| {
                SnapshotError::Apply {
                    diff_id: diff_id.to_string(),
                    source,
                }
            })?;
            let actual = reader.finish().map_err(io_err)?;
            if actual != diff_id {
                return Err(SnapshotError::DiffIdMismatch {
                    diff_id: diff_id.to_string(),
                    actual,
                });
            }
            let info = SnapshotInfo {
                chain_id: chain_id.to_string(),
                diff_id: diff_id.to_string(),
                parent: parent.map(str::to_string),
                size: stats.bytes,
            };
            write_json(&work.join("info.json"), &info).map_err(io_err)?;
            if final_dir.exists() {
                fs::remove_dir_all(&final_dir).map_err(io_err)?;
            }
            fs::rename(&work, &final_dir).map_err(io_err)?;
            Ok(info)
        })();
        if result.is_err() {
            let _ = fs::remove_dir_all(&work);
        }
        result
    }

    pub fn remove(&self, chain_id: &str) -> Result<(), SnapshotError> {
        let dir = self.path(chain_id)?;
        match fs::remove_dir_all(&dir) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(source) => Err(SnapshotError::Io {
                chain_id: chain_id.to_string(),
                source,
            }),
        }
    }

    /// Chain IDs of every finished snapshot of this snapshotter.
    pub fn list(&self) -> Vec<String> {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        entries
            .flatten()
            .filter(|e| e.path().is_dir())
            .map(|e| format!("sha256:{}", e.file_name().to_string_lossy()))
            .filter(|c| digest_hex(c).is_ok())
            .collect()
    }
}

/// Copies a whole tree preserving owners, modes, xattrs, devices and hardlinks.
/// `cp -a` does all of that correctly and fast; the native snapshotter only needs it.
fn copy_tree(from: &Path, to: &Path) -> io::Result<()> {
    let status = Command::new("cp")
        .arg("-a")
        .arg("--reflink=auto")
        .arg(from)
        .arg(to)
        .status()
        .map_err(|e| io::Error::new(e.kind(), format!("running cp: {e}")))?;
    if status.success() {
        Ok(())
    } else {
        Err(io::Error::other(format!(
            "cp -a {} {} failed: {status}",
            from.display(),
            to.display()
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chain_ids_follow_the_image_spec() {
        let a = format!("sha256:{}", "a".repeat(64));
        let b = format!("sha256:{}", "b".repeat(64));
        let chain = chain_ids(&[a.clone(), b.clone()]);
        assert_eq!(chain[0], a);
        assert_eq!(
            chain[1],
            super::super::store::content::sha256_digest(format!("{a} {b}").as_bytes())
        );
    }
}
