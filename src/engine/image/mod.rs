//! Images: references, registries, pulling and pushing, and the local image records.

pub mod archive;
pub mod auth;
pub mod build_cache;
pub mod check;
pub mod hosts;
pub mod layer;
pub mod manifest;
pub mod manifest_list;
pub mod mount;
pub mod platform;
pub mod pull;
pub mod push;
pub mod reference;
pub mod registry;
pub mod store;
pub mod url;

use std::collections::{BTreeMap, HashSet};

use anyhow::{anyhow, bail, Result};

use crate::engine::store::lock::FileLock;
use crate::engine::Engine;
use reference::{is_full_image_id, Reference};
use store::ImageRecord;

/// An image found in the store, with the name it was found by (if any).
#[derive(Debug, Clone)]
pub struct LocalImage {
    pub name: Option<Reference>,
    pub record: ImageRecord,
}

#[derive(Debug, thiserror::Error)]
#[error("No such image: {0}")]
pub struct NoSuchImage(pub String);

/// Finds an image by name, full or short ID, or `sha256:` ID prefix, as docker does.
pub fn lookup(engine: &Engine, name_or_id: &str) -> Result<LocalImage> {
    let txn = engine.images().read()?;
    let id_like = name_or_id.strip_prefix("sha256:").unwrap_or(name_or_id);
    let looks_like_id = !id_like.is_empty()
        && id_like.len() <= 64
        && id_like
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase());
    if !is_full_image_id(name_or_id) && !name_or_id.starts_with("sha256:") {
        if let Ok(r) = Reference::parse(name_or_id) {
            if let Some(record) = txn.id_for_name(&r.to_string()).and_then(|id| txn.image(id)) {
                return Ok(LocalImage {
                    name: Some(r),
                    record: record.clone(),
                });
            }
        }
    }
    if looks_like_id {
        let matches: Vec<&ImageRecord> = txn
            .images()
            .filter(|img| img.id.trim_start_matches("sha256:").starts_with(id_like))
            .collect();
        match matches.as_slice() {
            [one] => {
                return Ok(LocalImage {
                    name: None,
                    record: (*one).clone(),
                })
            }
            [] => {}
            _ => bail!(
                "ambiguous image ID prefix {name_or_id}: matches {} images",
                matches.len()
            ),
        }
    }
    Err(NoSuchImage(name_or_id.to_string()).into())
}

/// `tag SOURCE TARGET`.
pub fn tag(engine: &Engine, source: &str, target: &str) -> Result<()> {
    let image = lookup(engine, source)?;
    let target = Reference::parse_named(target).map_err(|e| anyhow!("{e}"))?;
    if target.digest.is_some() {
        bail!("refusing to create a tag with a digest reference");
    }
    let target = if target.tag.is_none() {
        target.with_tag("latest")
    } else {
        target
    };
    let mut txn = engine.images().lock()?;
    txn.tag(&target, &image.record.id);
    txn.commit()?;
    crate::engine::events::record(
        engine,
        "image",
        "tag",
        &image.record.id,
        &[("name", &target.to_string())],
    );
    Ok(())
}

/// One line of `rmi` output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RemoveEvent {
    Untagged(String),
    Deleted(String),
}

/// The lock that keeps an image and the containers made from it consistent:
/// `create` holds it shared from checking the image until the container's record
/// is written, `rmi` exclusive while it checks for containers and deletes.
pub fn lock(engine: &Engine, id: &str, exclusive: bool) -> Result<FileLock> {
    let path = engine
        .paths
        .lock_file(&format!("image-{}", id.trim_start_matches("sha256:")));
    let lock = if exclusive {
        FileLock::exclusive(&path)
    } else {
        FileLock::shared(&path)
    };
    lock.map_err(|e| anyhow!("locking image {}: {e}", short_id(id)))
}

/// A container made from an image, as `rmi` reports it.
#[derive(Debug, Clone)]
pub struct ImageUser {
    pub container_id: String,
    pub running: bool,
}

/// `rmi`: untags the name and deletes the image when nothing else names it and
/// no container uses it. With `force`, an image that containers use loses its
/// names but keeps its content, as docker's does.
pub fn remove(engine: &Engine, name_or_id: &str, force: bool) -> Result<Vec<RemoveEvent>> {
    let image = lookup(engine, name_or_id)?;
    let id = image.record.id.clone();
    // Untagging one of several names leaves the image (and its mount) be.
    let untag_only = image.name.is_some() && engine.images().read()?.names_of(&id).len() > 1;
    if let Some(m) = mount::mounted(engine, &id).filter(|_| !untag_only) {
        if !force {
            bail!(
                "conflict: unable to delete {} (must be forced) - image is mounted at {}",
                short_id(&id),
                m.mountpoint.display()
            );
        }
        mount::unmount(engine, &id, name_or_id)?;
    }
    let _image_lock = lock(engine, &id, true)?;
    let users: Vec<ImageUser> = crate::engine::container::records(engine)?
        .into_iter()
        .filter(|c| c.record.image_id == id)
        .map(|c| ImageUser {
            running: c.state.status.is_live(),
            container_id: c.record.id,
        })
        .collect();
    let mut events = Vec::new();
    let mut txn = engine.images().lock()?;
    if txn.image(&id).is_none() {
        return Err(NoSuchImage(name_or_id.to_string()).into());
    }
    let names = txn.names_of(&id);
    match &image.name {
        Some(name) if names.len() > 1 => {
            txn.untag(&name.to_string());
            events.push(RemoveEvent::Untagged(name.familiar()));
            txn.commit()?;
            return Ok(events);
        }
        Some(_) if !force => {
            if let Some(user) = users.first() {
                bail!(
                    "conflict: unable to remove repository reference \"{name_or_id}\" (must force) - container {} is using its referenced image {}",
                    crate::engine::container::short_id(&user.container_id),
                    short_id(&id)
                );
            }
        }
        Some(_) => {}
        None => {
            if let Some(user) = users.iter().find(|u| u.running) {
                bail!(
                    "conflict: unable to delete {} (cannot be forced) - image is being used by running container {}",
                    short_id(&id),
                    crate::engine::container::short_id(&user.container_id)
                );
            }
            if let (Some(user), false) = (users.first(), force) {
                bail!(
                    "conflict: unable to delete {} (must be forced) - image is being used by stopped container {}",
                    short_id(&id),
                    crate::engine::container::short_id(&user.container_id)
                );
            }
            if names.len() > 1 && !force {
                let repos: HashSet<String> = names
                    .iter()
                    .filter_map(|n| Reference::parse_named(n).ok())
                    .map(|r| r.repository())
                    .collect();
                if repos.len() > 1 {
                    bail!(
                        "conflict: unable to delete {} (must be forced) - image is referenced in multiple repositories",
                        short_id(&id)
                    );
                }
            }
        }
    }
    for n in &names {
        if let Ok(r) = Reference::parse_named(n) {
            events.push(RemoveEvent::Untagged(r.familiar()));
        }
    }
    for d in &image.record.repo_digests {
        if let Ok(r) = Reference::parse_named(d) {
            events.push(RemoveEvent::Untagged(r.familiar()));
        }
    }
    if !users.is_empty() {
        // Forced while containers use it: the names go, the content stays.
        for n in &names {
            txn.untag(n);
        }
        txn.clear_repo_digests(&id);
        txn.commit()?;
        for n in &names {
            crate::engine::events::record(engine, "image", "untag", &id, &[("name", n)]);
        }
        return Ok(events);
    }
    txn.remove_image(&id);
    txn.commit()?;
    drop(txn);
    crate::engine::events::record(engine, "image", "delete", &id, &[]);
    events.push(RemoveEvent::Deleted(id));
    garbage_collect(engine)?;
    Ok(events)
}

/// What the images of every namespace refer to: blob digests and snapshot
/// chain IDs. Everything else in the store is garbage.
pub struct Referenced {
    pub blobs: HashSet<String>,
    pub chains: HashSet<String>,
}

pub fn referenced(engine: &Engine) -> Result<Referenced> {
    let mut blobs: HashSet<String> = HashSet::new();
    let mut chains: HashSet<String> = HashSet::new();
    for ns in store::namespaces(&engine.paths) {
        let txn = store::ImageStore::new(&engine.paths, &ns).read()?;
        for img in txn.images() {
            blobs.insert(img.id.clone());
            blobs.insert(img.manifest_digest.clone());
            blobs.insert(img.target_digest.clone());
            for l in &img.layers {
                blobs.insert(l.digest.clone());
                chains.insert(l.chain_id.clone());
            }
        }
    }
    Ok(Referenced { blobs, chains })
}

/// Deletes blobs and snapshots no image of any namespace refers to.
pub fn garbage_collect(engine: &Engine) -> Result<()> {
    let _gc = FileLock::exclusive(&engine.paths.lock_file("gc"))?;
    let Referenced { blobs, chains } = referenced(engine)?;
    let content = engine.content();
    for digest in content.list() {
        if !blobs.contains(&digest) {
            content.remove(&digest)?;
        }
    }
    for kind in [
        crate::engine::snapshot::SnapshotterKind::Overlay,
        crate::engine::snapshot::SnapshotterKind::Native,
    ] {
        let snaps = crate::engine::snapshot::Snapshots::new(
            engine.paths.snapshots(),
            kind,
            engine.rootless,
        );
        for chain in snaps.list() {
            if !chains.contains(&chain) {
                snaps.remove(&chain)?;
            }
        }
    }
    Ok(())
}

/// The 12-hex-digit form of an ID, as docker prints it.
pub fn short_id(id: &str) -> String {
    id.trim_start_matches("sha256:").chars().take(12).collect()
}

/// Docker's `image inspect` document for an image.
pub fn inspect(engine: &Engine, image: &ImageRecord) -> Result<serde_json::Value> {
    let txn = engine.images().read()?;
    let config_bytes = engine.content().read(&image.id)?;
    let config: serde_json::Value = serde_json::from_slice(&config_bytes)
        .map_err(|e| anyhow!("image {}: malformed config: {e}", short_id(&image.id)))?;
    let tags: Vec<String> = txn
        .names_of(&image.id)
        .iter()
        .filter_map(|n| Reference::parse_named(n).ok())
        .filter(|r| r.tag.is_some())
        .map(|r| r.familiar())
        .collect();
    let digests: Vec<String> = image
        .repo_digests
        .iter()
        .filter_map(|d| Reference::parse_named(d).ok())
        .map(|r| r.familiar())
        .collect();
    let snapshots = engine.snapshots();
    let lower: Vec<String> = image
        .layers
        .iter()
        .rev()
        .filter_map(|l| snapshots.fs_path(&l.chain_id).ok())
        .map(|p| p.display().to_string())
        .collect();
    let str_field = |k: &str| {
        config
            .get(k)
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_string()
    };
    let mut doc = serde_json::json!({
        "Id": image.id,
        "RepoTags": tags,
        "RepoDigests": digests,
        "Parent": "",
        "Comment": str_field("comment"),
        "Created": image.created.clone().unwrap_or_default(),
        "DockerVersion": str_field("docker_version"),
        "Author": str_field("author"),
        "Config": config.get("config").cloned().unwrap_or(serde_json::Value::Null),
        "Architecture": image.platform.architecture,
        "Os": image.platform.os,
        "Size": image.size,
        "GraphDriver": {
            "Name": snapshots.kind().name(),
            "Data": {"LowerDir": lower.join(":")},
        },
        "RootFS": {
            "Type": "layers",
            "Layers": image.layers.iter().map(|l| l.diff_id.clone()).collect::<Vec<_>>(),
        },
        "Metadata": {"LastTagTime": "0001-01-01T00:00:00Z"},
    });
    if let (Some(v), Some(obj)) = (&image.platform.variant, doc.as_object_mut()) {
        obj.insert("Variant".into(), serde_json::Value::String(v.clone()));
    }
    Ok(doc)
}

/// The image's config blob, parsed.
/// An image's labels (`config.Labels`); none when its config cannot be read.
pub fn labels(engine: &Engine, image: &ImageRecord) -> BTreeMap<String, String> {
    config(engine, image)
        .ok()
        .and_then(|c| c.config)
        .map(|c| c.labels)
        .unwrap_or_default()
}

pub fn config(engine: &Engine, image: &ImageRecord) -> Result<manifest::ImageConfig> {
    let bytes = engine.content().read(&image.id)?;
    serde_json::from_slice(&bytes)
        .map_err(|e| anyhow!("image {}: malformed config: {e}", short_id(&image.id)))
}
