//! Image records of one namespace: names to image IDs, and what each image is made of.

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::manifest::{Descriptor, Platform};
use super::reference::Reference;
use crate::engine::store::atomic::write_json;
use crate::engine::store::lock::FileLock;
use crate::engine::store::{ensure_dir, StorePaths};

/// One layer of an image as stored.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LayerRecord {
    pub digest: String,
    pub media_type: String,
    pub size: u64,
    pub diff_id: String,
    pub chain_id: String,
}

impl LayerRecord {
    /// The records of a manifest's layers once unpacked: each with its diffID and chain ID.
    pub fn for_unpacked(
        layers: &[Descriptor],
        diff_ids: &[String],
        chains: &[String],
    ) -> Vec<Self> {
        layers
            .iter()
            .zip(diff_ids.iter().zip(chains.iter()))
            .map(|(l, (d, c))| LayerRecord {
                digest: l.digest.clone(),
                media_type: l.media_type.clone(),
                size: l.size,
                diff_id: d.clone(),
                chain_id: c.clone(),
            })
            .collect()
    }
}

/// Every namespace that has an image file in this store.
pub fn namespaces(paths: &StorePaths) -> Vec<String> {
    fs::read_dir(paths.images_dir())
        .map(|rd| {
            rd.flatten()
                .filter_map(|e| {
                    e.file_name()
                        .to_str()
                        .and_then(|n| n.strip_suffix(".json"))
                        .map(str::to_string)
                })
                .collect()
        })
        .unwrap_or_default()
}

/// An image: its config digest is its ID, as in docker.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ImageRecord {
    pub id: String,
    /// The platform manifest this image was unpacked from.
    pub manifest_digest: String,
    pub manifest_media_type: String,
    /// The digest a registry knows it by (the index digest for multi-platform images).
    pub target_digest: String,
    /// `repository@digest` for each registry repository it came from or was pushed to.
    #[serde(default)]
    pub repo_digests: Vec<String>,
    pub layers: Vec<LayerRecord>,
    pub platform: Platform,
    pub created: Option<String>,
    /// Bytes of unpacked content (docker's SIZE column).
    pub size: u64,
    /// When this store first got the image (RFC 3339).
    pub added: String,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct ImagesFile {
    /// Full reference (`docker.io/library/busybox:latest`) to image ID.
    #[serde(default)]
    names: BTreeMap<String, String>,
    #[serde(default)]
    images: BTreeMap<String, ImageRecord>,
}

/// The image records of a namespace, read and written under one lock.
pub struct ImageStore {
    file: PathBuf,
    lock: PathBuf,
}

/// A consistent view of the records, held under the lock while it lives.
pub struct ImagesTxn {
    data: ImagesFile,
    file: PathBuf,
    _lock: Option<FileLock>,
}

#[derive(Debug, thiserror::Error)]
pub enum ImageStoreError {
    #[error("image records {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("image records {path} are corrupt: {source}")]
    Corrupt {
        path: String,
        #[source]
        source: serde_json::Error,
    },
}

impl ImageStore {
    pub fn new(paths: &StorePaths, namespace: &str) -> Self {
        ImageStore {
            file: paths.images_file(namespace),
            lock: paths.lock_file(&format!("images-{namespace}")),
        }
    }

    fn io(&self, source: std::io::Error) -> ImageStoreError {
        ImageStoreError::Io {
            path: self.file.display().to_string(),
            source,
        }
    }

    fn load(&self, lock: Option<FileLock>) -> Result<ImagesTxn, ImageStoreError> {
        let data = match fs::read(&self.file) {
            Ok(bytes) => {
                serde_json::from_slice(&bytes).map_err(|source| ImageStoreError::Corrupt {
                    path: self.file.display().to_string(),
                    source,
                })?
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => ImagesFile::default(),
            Err(e) => return Err(self.io(e)),
        };
        Ok(ImagesTxn {
            data,
            file: self.file.clone(),
            _lock: lock,
        })
    }

    /// A snapshot for reading; writes are atomic, so no lock is needed.
    pub fn read(&self) -> Result<ImagesTxn, ImageStoreError> {
        self.load(None)
    }

    /// Takes the namespace's image lock for a read-modify-write.
    pub fn lock(&self) -> Result<ImagesTxn, ImageStoreError> {
        let lock = FileLock::exclusive(&self.lock).map_err(|e| self.io(e))?;
        self.load(Some(lock))
    }
}

impl ImagesTxn {
    pub fn commit(&self) -> Result<(), ImageStoreError> {
        let io = |source| ImageStoreError::Io {
            path: self.file.display().to_string(),
            source,
        };
        if let Some(dir) = self.file.parent() {
            ensure_dir(dir).map_err(io)?;
        }
        write_json(&self.file, &self.data).map_err(io)
    }

    pub fn image(&self, id: &str) -> Option<&ImageRecord> {
        self.data.images.get(id)
    }

    pub fn images(&self) -> impl Iterator<Item = &ImageRecord> {
        self.data.images.values()
    }

    pub fn names(&self) -> impl Iterator<Item = (&String, &String)> {
        self.data.names.iter()
    }

    /// Names pointing at `id`, sorted.
    pub fn names_of(&self, id: &str) -> Vec<String> {
        self.data
            .names
            .iter()
            .filter(|(_, v)| v.as_str() == id)
            .map(|(k, _)| k.clone())
            .collect()
    }

    pub fn id_for_name(&self, name: &str) -> Option<&String> {
        self.data.names.get(name)
    }

    /// Adds or replaces an image record, merging repo digests with a previous record.
    pub fn put_image(&mut self, mut record: ImageRecord) {
        if let Some(old) = self.data.images.get(&record.id) {
            for d in &old.repo_digests {
                if !record.repo_digests.contains(d) {
                    record.repo_digests.push(d.clone());
                }
            }
            record.added = old.added.clone();
        }
        self.data.images.insert(record.id.clone(), record);
    }

    /// Points `name` at `id`; returns the image the name pointed at before, if different.
    pub fn tag(&mut self, name: &Reference, id: &str) -> Option<String> {
        let previous = self.data.names.insert(name.to_string(), id.to_string());
        previous.filter(|p| p != id)
    }

    pub fn untag(&mut self, name: &str) -> Option<String> {
        self.data.names.remove(name)
    }

    pub fn remove_image(&mut self, id: &str) -> Option<ImageRecord> {
        self.data.names.retain(|_, v| v != id);
        self.data.images.remove(id)
    }

    pub fn clear_repo_digests(&mut self, id: &str) {
        if let Some(img) = self.data.images.get_mut(id) {
            img.repo_digests.clear();
        }
    }

    pub fn add_repo_digest(&mut self, id: &str, repo_digest: String) {
        if let Some(img) = self.data.images.get_mut(id) {
            if !img.repo_digests.contains(&repo_digest) {
                img.repo_digests.push(repo_digest);
            }
        }
    }
}
