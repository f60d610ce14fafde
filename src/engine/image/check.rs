//! `image check` (containerd's `ctr image check`): whether each blob an
//! image needs is in the content store and hashes to its digest, and whether
//! its layers are unpacked. Blobs are hashed on as many threads as there are
//! cores, so a check runs at the speed of the disk.

use std::sync::atomic::{AtomicUsize, Ordering};

use super::store::ImageRecord;
use crate::engine::Engine;

/// What a check found for one image.
#[derive(Debug, Clone, Default)]
pub struct ImageCheck {
    /// The media type of what the image's name points at (index or manifest).
    pub media_type: String,
    /// That target's digest.
    pub digest: String,
    /// Blobs the image needs, and how many of them are present.
    pub required: usize,
    pub present: usize,
    /// Present blobs whose content does not match their digest.
    pub corrupt: Vec<String>,
    /// Bytes of the present blobs, and of all the required ones.
    pub present_size: u64,
    pub total_size: u64,
    /// Every layer has its snapshot.
    pub unpacked: bool,
}

impl ImageCheck {
    pub fn complete(&self) -> bool {
        self.present == self.required && self.corrupt.is_empty() && self.unpacked
    }

    /// `complete (N/N)`, `incomplete (k/N)` or `corrupt` (ctr's words, and skiff's last).
    pub fn status(&self) -> String {
        if !self.corrupt.is_empty() {
            "corrupt".to_string()
        } else if self.present == self.required {
            format!("complete ({}/{})", self.present, self.required)
        } else {
            format!("incomplete ({}/{})", self.present, self.required)
        }
    }
}

/// Checks `images`, hashing their blobs in parallel.
pub fn check(engine: &Engine, images: &[ImageRecord]) -> Vec<ImageCheck> {
    let content = engine.content();
    let snapshots = engine.snapshots();
    // Each image's blobs: (digest, expected size when known).
    let mut blobs: Vec<Vec<(String, Option<u64>)>> = Vec::new();
    let mut checks: Vec<ImageCheck> = Vec::new();
    for image in images {
        let mut needed: Vec<(String, Option<u64>)> = Vec::new();
        if image.target_digest != image.manifest_digest && !image.target_digest.is_empty() {
            needed.push((image.target_digest.clone(), None));
        }
        needed.push((image.manifest_digest.clone(), None));
        needed.push((image.id.clone(), None));
        needed.extend(
            image
                .layers
                .iter()
                .map(|l| (l.digest.clone(), Some(l.size))),
        );
        let media_type = if image.target_digest != image.manifest_digest {
            content
                .read(&image.target_digest)
                .ok()
                .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
                .and_then(|v| v["mediaType"].as_str().map(str::to_string))
                .unwrap_or_else(|| "application/vnd.oci.image.index.v1+json".to_string())
        } else {
            image.manifest_media_type.clone()
        };
        checks.push(ImageCheck {
            media_type,
            digest: image.target_digest.clone(),
            required: needed.len(),
            unpacked: image.layers.iter().all(|l| snapshots.exists(&l.chain_id)),
            ..Default::default()
        });
        blobs.push(needed);
    }
    // Every distinct present blob, hashed once.
    let mut distinct: Vec<String> = blobs.iter().flatten().map(|(d, _)| d.clone()).collect();
    distinct.sort();
    distinct.dedup();
    let results: Vec<std::sync::Mutex<Option<(u64, bool)>>> = distinct
        .iter()
        .map(|_| std::sync::Mutex::new(None))
        .collect();
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(digest) = distinct.get(i) else {
                    return;
                };
                let Ok(path) = content.blob_path(digest) else {
                    continue;
                };
                let Ok(size) = std::fs::metadata(&path).map(|m| m.len()) else {
                    continue;
                };
                let intact = super::super::store::content::sha256_file(&path)
                    .is_ok_and(|got| &got == digest);
                if let Ok(mut slot) = results[i].lock() {
                    *slot = Some((size, intact));
                }
            });
        }
    });
    let found = |digest: &str| -> Option<(u64, bool)> {
        let i = distinct.binary_search_by(|d| d.as_str().cmp(digest)).ok()?;
        results[i].lock().ok().and_then(|s| *s)
    };
    for (check, needed) in checks.iter_mut().zip(&blobs) {
        for (digest, expected) in needed {
            match found(digest) {
                Some((size, intact)) => {
                    check.present += 1;
                    check.present_size += size;
                    check.total_size += size;
                    if !intact || expected.is_some_and(|e| e != size) {
                        check.corrupt.push(digest.clone());
                    }
                }
                None => check.total_size += expected.unwrap_or(0),
            }
        }
    }
    checks
}
