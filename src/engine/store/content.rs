//! The content store: immutable blobs addressed by sha256.
//!
//! Downloads land in `ingest/` and are renamed into `blobs/sha256/` only once their
//! digest matched, so a visible blob is always a complete, verified one.

use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest as _, Sha256};

use super::atomic::sync_parent;
use super::lock::FileLock;

/// Errors of the content store; each names the blob it concerns.
#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    #[error("unsupported or malformed digest {0:?}")]
    BadDigest(String),
    #[error("digest mismatch for {expected}: content hashes to {actual}")]
    Mismatch { expected: String, actual: String },
    #[error("blob {digest}: {source}")]
    Io {
        digest: String,
        #[source]
        source: io::Error,
    },
}

/// Checks that `digest` is `sha256:` followed by 64 lowercase hex digits and
/// returns the hex part. Registry input reaches file names through this, so it
/// must never admit a `/` or `..`.
pub fn digest_hex(digest: &str) -> Result<&str, ContentError> {
    match digest.strip_prefix("sha256:") {
        Some(hex)
            if hex.len() == 64 && hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) =>
        {
            Ok(hex)
        }
        _ => Err(ContentError::BadDigest(digest.to_string())),
    }
}

/// `sha256:HEX` of a file's bytes, read in pieces.
pub fn sha256_file(path: &Path) -> std::io::Result<String> {
    let mut file = std::fs::File::open(path)?;
    let mut hasher = Sha256::new();
    std::io::copy(&mut file, &mut hasher)?;
    Ok(format!("sha256:{}", hex::encode(hasher.finalize())))
}

pub fn sha256_digest(data: &[u8]) -> String {
    format!("sha256:{}", hex::encode(Sha256::digest(data)))
}

#[derive(Debug, Clone)]
pub struct ContentStore {
    dir: PathBuf,
}

impl ContentStore {
    pub fn new(dir: PathBuf) -> Self {
        ContentStore { dir }
    }

    fn io_err(digest: &str) -> impl FnOnce(io::Error) -> ContentError + '_ {
        move |source| ContentError::Io {
            digest: digest.to_string(),
            source,
        }
    }

    pub fn blob_path(&self, digest: &str) -> Result<PathBuf, ContentError> {
        Ok(self.dir.join("blobs/sha256").join(digest_hex(digest)?))
    }

    pub fn ingest_dir(&self) -> PathBuf {
        self.dir.join("ingest")
    }

    pub fn has(&self, digest: &str) -> bool {
        self.blob_path(digest).map(|p| p.is_file()).unwrap_or(false)
    }

    pub fn read(&self, digest: &str) -> Result<Vec<u8>, ContentError> {
        fs::read(self.blob_path(digest)?).map_err(Self::io_err(digest))
    }

    pub fn open(&self, digest: &str) -> Result<File, ContentError> {
        File::open(self.blob_path(digest)?).map_err(Self::io_err(digest))
    }

    pub fn size(&self, digest: &str) -> Result<u64, ContentError> {
        Ok(fs::metadata(self.blob_path(digest)?)
            .map_err(Self::io_err(digest))?
            .len())
    }

    /// Stores small, already-complete content (manifests, configs) after checking its digest.
    pub fn put(&self, digest: &str, data: &[u8]) -> Result<(), ContentError> {
        let actual = sha256_digest(data);
        if actual != digest {
            return Err(ContentError::Mismatch {
                expected: digest.to_string(),
                actual,
            });
        }
        if self.has(digest) {
            return Ok(());
        }
        let mut writer = self.ingest(digest)?;
        writer.write_all(data).map_err(Self::io_err(digest))?;
        writer.commit()
    }

    /// The lock that serialises downloads of one blob across processes.
    pub fn ingest_lock(&self, digest: &str) -> Result<FileLock, ContentError> {
        let hex = digest_hex(digest)?;
        FileLock::exclusive(&self.ingest_dir().join(format!("{hex}.lock")))
            .map_err(Self::io_err(digest))
    }

    /// Starts writing a blob into the ingest area. The caller should hold
    /// [`ingest_lock`](Self::ingest_lock) so that two processes never share a partial file.
    pub fn ingest(&self, digest: &str) -> Result<IngestWriter, ContentError> {
        let hex = digest_hex(digest)?;
        let final_path = self.blob_path(digest)?;
        let ingest = self.ingest_dir();
        super::ensure_dir(&ingest).map_err(Self::io_err(digest))?;
        if let Some(parent) = final_path.parent() {
            super::ensure_dir(parent).map_err(Self::io_err(digest))?;
        }
        let suffix: u64 = rand::random();
        let partial = ingest.join(format!("{hex}.{}.{suffix:x}.partial", std::process::id()));
        let file = File::create(&partial).map_err(Self::io_err(digest))?;
        Ok(IngestWriter {
            digest: digest.to_string(),
            file: Some(file),
            partial,
            final_path,
            hasher: Sha256::new(),
            written: 0,
        })
    }

    /// Removes partial downloads no live process is writing (left by a killed pull).
    pub fn clean_ingest(&self) {
        let Ok(entries) = fs::read_dir(self.ingest_dir()) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(stem) = name.strip_suffix(".partial") else {
                continue;
            };
            let mut parts = stem.split('.');
            let (Some(hex), Some(pid)) = (parts.next(), parts.next()) else {
                continue;
            };
            let lock = self.ingest_dir().join(format!("{hex}.lock"));
            // A partial whose blob lock we can take is not being written by anyone.
            let writer_alive = pid
                .parse::<i32>()
                .map(|pid| Path::new(&format!("/proc/{pid}")).exists())
                .unwrap_or(false);
            if !writer_alive {
                if let Ok(Some(_held)) = FileLock::try_exclusive(&lock) {
                    let _ = fs::remove_file(entry.path());
                }
            }
        }
    }

    pub fn remove(&self, digest: &str) -> Result<(), ContentError> {
        match fs::remove_file(self.blob_path(digest)?) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(Self::io_err(digest)(e)),
        }
    }

    /// All blobs present, as digests.
    pub fn list(&self) -> Vec<String> {
        let Ok(entries) = fs::read_dir(self.dir.join("blobs/sha256")) else {
            return Vec::new();
        };
        entries
            .flatten()
            .map(|e| format!("sha256:{}", e.file_name().to_string_lossy()))
            .filter(|d| digest_hex(d).is_ok())
            .collect()
    }
}

/// A blob being written: hashes as it goes, and becomes visible only on a matching [`commit`](Self::commit).
pub struct IngestWriter {
    digest: String,
    file: Option<File>,
    partial: PathBuf,
    final_path: PathBuf,
    hasher: Sha256,
    written: u64,
}

impl IngestWriter {
    pub fn written(&self) -> u64 {
        self.written
    }

    /// Verifies the digest, fsyncs and renames the blob into place.
    pub fn commit(mut self) -> Result<(), ContentError> {
        let actual = format!("sha256:{}", hex::encode(self.hasher.finalize_reset()));
        if actual != self.digest {
            return Err(ContentError::Mismatch {
                expected: self.digest.clone(),
                actual,
            });
        }
        let io_err = ContentStore::io_err(&self.digest);
        let file = self.file.take();
        let result = (|| {
            if let Some(file) = file {
                file.sync_all()?;
            }
            fs::rename(&self.partial, &self.final_path)?;
            sync_parent(&self.final_path)
        })();
        result.map_err(io_err)
    }
}

impl Write for IngestWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let file = self
            .file
            .as_mut()
            .ok_or_else(|| io::Error::other("ingest already committed"))?;
        let n = file.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.written += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        match self.file.as_mut() {
            Some(f) => f.flush(),
            None => Ok(()),
        }
    }
}

impl Drop for IngestWriter {
    fn drop(&mut self) {
        // Not committed: the partial file must not linger.
        if self.file.is_some() || !self.final_path.exists() {
            let _ = fs::remove_file(&self.partial);
        }
    }
}

/// Hashes everything read through it; used to check diffIDs while unpacking.
pub struct HashingReader<R> {
    inner: R,
    hasher: Sha256,
}

impl<R: Read> HashingReader<R> {
    pub fn new(inner: R) -> Self {
        HashingReader {
            inner,
            hasher: Sha256::new(),
        }
    }

    /// Reads the rest of the stream (tar padding after the end marker counts) and returns the digest.
    pub fn finish(mut self) -> io::Result<String> {
        io::copy(&mut self, &mut io::sink())?;
        Ok(format!("sha256:{}", hex::encode(self.hasher.finalize())))
    }
}

impl<R: Read> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digest_validation_rejects_paths() {
        assert!(digest_hex("sha256:../../etc/passwd").is_err());
        assert!(digest_hex("sha512:00").is_err());
        assert!(digest_hex(&format!("sha256:{}", "A".repeat(64))).is_err());
        assert!(digest_hex(&format!("sha256:{}", "a".repeat(64))).is_ok());
    }

    #[test]
    fn ingest_commits_only_matching_content() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = ContentStore::new(dir.path().to_path_buf());
        let good = sha256_digest(b"hello");
        store.put(&good, b"hello").expect("put");
        assert_eq!(store.read(&good).expect("read"), b"hello");

        let mut w = store.ingest(&sha256_digest(b"other")).expect("ingest");
        w.write_all(b"not other").expect("write");
        assert!(matches!(w.commit(), Err(ContentError::Mismatch { .. })));
        assert!(!store.has(&sha256_digest(b"other")));
        let leftovers = fs::read_dir(store.ingest_dir())
            .expect("ingest dir")
            .count();
        assert_eq!(
            leftovers, 0,
            "a failed ingest must not leave a partial file"
        );
    }
}
