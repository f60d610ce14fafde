//! `push`: uploads the layers and config the registry lacks, then the manifest bytes unchanged.

use std::io::Read;

use anyhow::{anyhow, bail, Context as _, Result};
use bytes::Bytes;

use super::reference::Reference;
use super::registry::{Operation, RegistryError};
use super::{lookup, pull::client_for};
use crate::engine::Engine;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PushStatus {
    Preparing,
    Pushing {
        current: u64,
        total: u64,
    },
    Pushed,
    AlreadyExists,
    /// Mounted from another repository of the same registry.
    Mounted {
        from: String,
    },
}

pub trait PushProgress: Send + Sync {
    fn blob(&self, _digest: &str, _status: PushStatus) {}
}

pub struct PushResult {
    pub reference: Reference,
    pub digest: String,
    pub size: u64,
}

const CHUNK: usize = 4 * 1024 * 1024;

fn push_error(reference: &Reference, err: RegistryError) -> anyhow::Error {
    match err {
        RegistryError::Denied(detail) => anyhow!(
            "push access denied for {}: {detail}",
            reference.familiar_repository()
        ),
        other => anyhow!("{other}"),
    }
}

pub async fn push(engine: &Engine, name: &str, progress: &dyn PushProgress) -> Result<PushResult> {
    let image = lookup(engine, name)?;
    let reference = match image.name {
        Some(r) => r,
        None => bail!("An image does not exist locally with the tag: {name}"),
    };
    if reference.tag.is_none() {
        bail!("cannot push {reference}: push needs a tag");
    }
    let client = client_for(engine, &reference, Operation::Push)?;
    let content = engine.content();
    let repo = reference.path.clone();
    let record = &image.record;
    let mut blobs: Vec<(String, u64)> = record
        .layers
        .iter()
        .map(|l| (l.digest.clone(), l.size))
        .collect();
    // Layers have progress rows; the config blob, as docker shows it, not.
    for (digest, _) in &blobs {
        progress.blob(digest, PushStatus::Preparing);
    }
    blobs.push((record.id.clone(), content.size(&record.id)?));
    let quiet = |digest: &str| digest == record.id;
    // Other repositories of the same registry that hold this image: the
    // registry can mount its blobs from there instead of taking them again.
    let mount_from: std::collections::BTreeSet<String> = record
        .repo_digests
        .iter()
        .chain(engine.images().read()?.names_of(&record.id).iter())
        .filter_map(|n| Reference::parse_named(n).ok())
        .filter(|r| r.domain == reference.domain && r.path != repo)
        .map(|r| r.path)
        .collect();
    'blobs: for (digest, size) in &blobs {
        if client
            .blob_exists(&repo, digest)
            .await
            .map_err(|e| push_error(&reference, e))?
        {
            if !quiet(digest) {
                progress.blob(digest, PushStatus::AlreadyExists);
            }
            continue;
        }
        for from in &mount_from {
            // A refused mount (not there, no access) just means an upload.
            if client
                .mount_blob(&repo, digest, from)
                .await
                .unwrap_or(false)
            {
                if !quiet(digest) {
                    progress.blob(digest, PushStatus::Mounted { from: from.clone() });
                }
                continue 'blobs;
            }
        }
        let mut file = content
            .open(digest)
            .with_context(|| format!("image {name} is missing blob {digest}; pull it again"))?;
        let total = *size;
        client
            .upload_blob(
                &repo,
                digest,
                || {
                    let mut buf = vec![0u8; CHUNK];
                    let mut filled = 0;
                    while filled < CHUNK {
                        let n = file.read(&mut buf[filled..])?;
                        if n == 0 {
                            break;
                        }
                        filled += n;
                    }
                    buf.truncate(filled);
                    Ok((filled > 0).then(|| Bytes::from(buf)))
                },
                |current| {
                    if !quiet(digest) {
                        progress.blob(digest, PushStatus::Pushing { current, total })
                    }
                },
            )
            .await
            .map_err(|e| push_error(&reference, e))?;
        if !quiet(digest) {
            progress.blob(digest, PushStatus::Pushed);
        }
    }
    let manifest = content.read(&record.manifest_digest)?;
    let size = manifest.len() as u64;
    let tag = reference.tag.clone().unwrap_or_else(|| "latest".into());
    client
        .put_manifest(
            &repo,
            &tag,
            &record.manifest_media_type,
            Bytes::from(manifest),
        )
        .await
        .map_err(|e| push_error(&reference, e))?;
    let mut txn = engine.images().lock()?;
    txn.add_repo_digest(
        &record.id,
        format!("{}@{}", reference.repository(), record.manifest_digest),
    );
    txn.commit()?;
    crate::engine::events::record(
        engine,
        "image",
        "push",
        &reference.to_string(),
        &[("name", &reference.to_string())],
    );
    Ok(PushResult {
        reference,
        digest: record.manifest_digest.clone(),
        size,
    })
}
