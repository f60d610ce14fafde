//! `manifest create` / `manifest push` / `manifest rm`: multi-platform
//! manifest lists made from images already in a registry, kept locally under
//! `<root>/manifests/` until pushed, as docker's CLI keeps them.

use std::path::PathBuf;

use anyhow::{anyhow, bail, Context as _, Result};
use bytes::Bytes;
use serde::{Deserialize, Serialize};

use super::manifest::{
    Descriptor, ImageIndex, Manifest, Platform, ACCEPTED_MANIFESTS, DOCKER_LIST, DOCKER_MANIFEST,
    OCI_INDEX,
};
use super::pull::client_for;
use super::reference::Reference;
use super::registry::Operation;
use crate::engine::store::atomic::write_json;
use crate::engine::Engine;

/// One image of a local list, and where it lives in the registry.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ListEntry {
    pub source: String,
    pub descriptor: Descriptor,
    /// The blobs the manifest refers to (config first), so that a push to
    /// another repository can mount them.
    #[serde(default)]
    pub blobs: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct LocalList {
    pub name: String,
    pub entries: Vec<ListEntry>,
}

fn path(engine: &Engine, list: &Reference) -> PathBuf {
    let name = list.to_string().replace(['/', ':', '@'], "_");
    engine
        .paths
        .root
        .join("manifests")
        .join(format!("{name}.json"))
}

/// The list kept locally under that name, if any.
pub fn local(engine: &Engine, list: &Reference) -> Option<LocalList> {
    let data = std::fs::read(path(engine, list)).ok()?;
    serde_json::from_slice(&data).ok()
}

/// The index document a local list pushes as (an OCI index when every image
/// is OCI, docker's manifest list otherwise).
pub fn document(list: &LocalList) -> ImageIndex {
    let docker = list
        .entries
        .iter()
        .any(|e| e.descriptor.media_type == DOCKER_MANIFEST);
    ImageIndex {
        schema_version: 2,
        media_type: Some(if docker { DOCKER_LIST } else { OCI_INDEX }.to_string()),
        manifests: list.entries.iter().map(|e| e.descriptor.clone()).collect(),
    }
}

/// `manifest create LIST IMAGE...` (`amend` adds to an existing local list).
pub async fn create(
    engine: &Engine,
    list: &Reference,
    images: &[Reference],
    amend: bool,
) -> Result<()> {
    let file = path(engine, list);
    let mut local = match local(engine, list) {
        Some(_) if !amend => {
            bail!("refusing to amend an existing manifest list with no --amend flag")
        }
        Some(l) => l,
        None => LocalList {
            name: list.to_string(),
            entries: Vec::new(),
        },
    };
    for image in images {
        let client = client_for(engine, image, Operation::Pull)?;
        let fetched = client
            .manifest(&image.path, &image.tag_or_digest(), ACCEPTED_MANIFESTS)
            .await
            .map_err(|e| anyhow!("{image}: {e}"))?;
        let manifest = Manifest::parse(&fetched.bytes, fetched.media_type.as_deref())
            .map_err(|e| anyhow!("{image}: {e}"))?;
        let Manifest::Image(m) = manifest else {
            bail!("{image} is a manifest list");
        };
        let config = client
            .blob(&image.path, &m.config.digest)
            .await
            .map_err(|e| anyhow!("{image}: config: {e}"))?
            .bytes()
            .await
            .map_err(|e| anyhow!("{image}: reading its config: {e}"))?;
        let platform: Platform = serde_json::from_slice(&config)
            .map_err(|e| anyhow!("{image}: malformed config: {e}"))?;
        let media_type = m
            .media_type
            .clone()
            .or(fetched.media_type.clone())
            .unwrap_or_else(|| super::manifest::OCI_MANIFEST.to_string());
        let entry = ListEntry {
            source: image.to_string(),
            descriptor: Descriptor {
                media_type,
                digest: fetched.digest.clone(),
                size: fetched.bytes.len() as u64,
                platform: Some(Platform {
                    os_version: None,
                    ..platform
                }),
                annotations: None,
            },
            blobs: std::iter::once(m.config.digest.clone())
                .chain(m.layers.iter().map(|l| l.digest.clone()))
                .collect(),
        };
        local
            .entries
            .retain(|e| e.descriptor.digest != entry.descriptor.digest);
        local.entries.push(entry);
    }
    if let Some(dir) = file.parent() {
        crate::engine::store::ensure_dir(dir)
            .with_context(|| format!("creating {}", dir.display()))?;
    }
    write_json(&file, &local).with_context(|| format!("writing {}", file.display()))
}

/// `manifest push LIST`: every image into the list's repository (mounted
/// from where it lives, manifest bytes unchanged), then the list itself.
/// Returns the list's digest.
pub async fn push(engine: &Engine, list: &Reference, purge: bool) -> Result<String> {
    let local = local(engine, list).ok_or_else(|| anyhow!("No such manifest: {list}"))?;
    let client = client_for(engine, list, Operation::Push)?;
    for entry in &local.entries {
        let source = Reference::parse(&entry.source).map_err(|e| anyhow!("{e}"))?;
        if source.path == list.path && source.domain == list.domain {
            continue;
        }
        if source.domain != list.domain {
            bail!(
                "{}: cannot push a list to {} with an image from another registry",
                entry.source,
                list.domain
            );
        }
        for blob in &entry.blobs {
            let present = client.blob_exists(&list.path, blob).await.unwrap_or(false);
            if !present && !client.mount_blob(&list.path, blob, &source.path).await? {
                bail!(
                    "{}: the registry would not mount {blob} into {}",
                    entry.source,
                    list.path
                );
            }
        }
        let source_client = client_for(engine, &source, Operation::Pull)?;
        let fetched = source_client
            .manifest(&source.path, &entry.descriptor.digest, ACCEPTED_MANIFESTS)
            .await
            .map_err(|e| anyhow!("{}: {e}", entry.source))?;
        client
            .put_manifest(
                &list.path,
                &entry.descriptor.digest,
                &entry.descriptor.media_type,
                fetched.bytes,
            )
            .await
            .map_err(|e| anyhow!("{}: {e}", entry.source))?;
    }
    let doc = document(&local);
    let bytes = serde_json::to_vec(&doc)?;
    let digest = crate::engine::store::content::sha256_digest(&bytes);
    let media_type = doc.media_type.clone().unwrap_or_default();
    client
        .put_manifest(
            &list.path,
            &list.tag_or_digest(),
            &media_type,
            Bytes::from(bytes),
        )
        .await
        .map_err(|e| anyhow!("{list}: {e}"))?;
    if purge {
        remove(engine, list)?;
    }
    Ok(digest)
}

/// `manifest rm LIST`: forgets the local list.
pub fn remove(engine: &Engine, list: &Reference) -> Result<()> {
    match std::fs::remove_file(path(engine, list)) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            bail!("No such manifest: {list}")
        }
        Err(e) => Err(anyhow!("removing the manifest list {list}: {e}")),
    }
}
