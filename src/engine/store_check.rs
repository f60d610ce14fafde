//! `system check` (podman 5's): the whole store looked over — images whose
//! blobs are missing or corrupt or whose layers are not unpacked, names of
//! missing images, blobs and snapshots nothing uses, containers whose root
//! filesystem is gone, leftovers of killed commands, and locks of things
//! that no longer exist. With `repair`, each finding is mended where that is
//! safe: snapshots are unpacked again from intact blobs, damaged images and
//! dangling names removed, leftovers and stale locks deleted; containers
//! (and the containers of damaged images) only with `force`. Nothing is pulled.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use anyhow::Result;

use crate::engine::container::ContainerRecord;
use crate::engine::image::store::{ImageRecord, ImageStore};
use crate::engine::store::lock::FileLock;
use crate::engine::Engine;

/// What became of a finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Reported only (no repair asked for).
    Found,
    /// Mended; how.
    Repaired(String),
    /// Mending it would remove containers: it needs `force`.
    NeedsForce,
    /// The repair was tried and failed.
    Failed(String),
}

/// One problem in the store.
#[derive(Debug, Clone)]
pub struct Finding {
    /// `image`, `name`, `blob`, `snapshot`, `container`, `leftover`, `lock`.
    pub kind: &'static str,
    pub object: String,
    pub problem: String,
    pub outcome: Outcome,
}

/// Leftovers younger than this may belong to a command still running.
const SETTLED: Duration = Duration::from_secs(60);

fn settled(path: &Path) -> bool {
    std::fs::symlink_metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| SystemTime::now().duration_since(t).ok())
        .is_some_and(|age| age >= SETTLED)
}

fn within(engine: &Engine, namespace: &str) -> Engine {
    Engine {
        namespace: namespace.to_string(),
        ..engine.clone()
    }
}

/// Checks the store (and mends it with `repair`).
pub fn check(engine: &Engine, repair: bool, force: bool) -> Result<Vec<Finding>> {
    let mut out = Vec::new();
    let mut push = |kind, object: String, problem: String, outcome| {
        out.push(Finding {
            kind,
            object,
            problem,
            outcome,
        })
    };
    let decide = |f: &dyn Fn() -> Result<String>| -> Outcome {
        if !repair {
            return Outcome::Found;
        }
        match f() {
            Ok(how) => Outcome::Repaired(how),
            Err(e) => Outcome::Failed(format!("{e:#}")),
        }
    };
    let containers: Vec<ContainerRecord> =
        crate::engine::store::dir_entries(&engine.containers_dir())?
            .into_iter()
            .filter_map(|e| {
                crate::engine::container::load_record(engine, &e.file_name().to_string_lossy()).ok()
            })
            .collect();
    let namespaces = crate::engine::image::store::namespaces(&engine.paths);

    // Images and their names, per namespace.
    for ns in &namespaces {
        let e = within(engine, ns);
        let Ok(txn) = ImageStore::new(&e.paths, ns).read() else {
            continue;
        };
        let names: Vec<(String, String)> =
            txn.names().map(|(n, i)| (n.clone(), i.clone())).collect();
        let images: Vec<ImageRecord> = txn.images().cloned().collect();
        drop(txn);
        for (name, id) in &names {
            if !images.iter().any(|i| &i.id == id) {
                let outcome = decide(&|| {
                    let mut txn = e.images().lock()?;
                    txn.untag(name);
                    txn.commit()?;
                    Ok("name removed".into())
                });
                push(
                    "name",
                    name.clone(),
                    "names an image that is not in the store".into(),
                    outcome,
                );
            }
        }
        let checks = crate::engine::image::check::check(&e, &images);
        for (image, c) in images.iter().zip(&checks) {
            let shown = names
                .iter()
                .find(|(_, id)| *id == image.id)
                .map_or_else(|| image.id.clone(), |(n, _)| n.clone());
            let blobs_bad = !c.corrupt.is_empty() || c.present < c.required;
            if blobs_bad {
                let problem = if c.corrupt.is_empty() {
                    format!(
                        "{} of its {} blobs are missing",
                        c.required - c.present,
                        c.required
                    )
                } else {
                    format!("blob {} is corrupt", c.corrupt.join(", "))
                };
                let users: Vec<&ContainerRecord> = containers
                    .iter()
                    .filter(|r| r.image_id == image.id)
                    .collect();
                let outcome = if repair && !users.is_empty() && !force {
                    Outcome::NeedsForce
                } else {
                    decide(&|| {
                        for u in &users {
                            let c =
                                crate::engine::ops::lookup(&within(engine, &u.namespace), &u.id)?;
                            crate::engine::ops::remove::remove(engine, &c, true)?;
                        }
                        remove_image_record(&e, &image.id)?;
                        Ok(if users.is_empty() {
                            "image removed".to_string()
                        } else {
                            format!("image and its {} containers removed", users.len())
                        })
                    })
                };
                push("image", shown, problem, outcome);
            } else if !c.unpacked {
                let outcome = decide(&|| {
                    unpack_again(&e, image)?;
                    Ok("layers unpacked again from its blobs".into())
                });
                push("image", shown, "layers are not unpacked".into(), outcome);
            }
        }
    }

    // Containers whose root filesystem is gone.
    for r in &containers {
        let paths = engine.container_paths(&r.id);
        let problem = if r.snapshotter == crate::engine::store::SnapshotterKind::Native {
            (!paths.rootfs().is_dir()).then(|| "its root filesystem is gone".to_string())
        } else if let Some(lower) = r.lower_dirs.iter().find(|l| !l.is_dir()) {
            Some(format!("its image layer {} is gone", lower.display()))
        } else {
            (!paths.upper().is_dir()).then(|| "its writable layer is gone".to_string())
        };
        let Some(problem) = problem else { continue };
        let outcome = if repair && !force {
            Outcome::NeedsForce
        } else {
            decide(&|| {
                let c = crate::engine::ops::lookup(&within(engine, &r.namespace), &r.id)?;
                crate::engine::ops::remove::remove(engine, &c, true)?;
                Ok("container removed".into())
            })
        };
        push(
            "container",
            format!("{} ({})", r.name, crate::engine::container::short_id(&r.id)),
            problem,
            outcome,
        );
    }

    // Blobs and snapshots no image uses (after the repairs above).
    let crate::engine::image::Referenced { blobs, chains } =
        crate::engine::image::referenced(engine)?;
    let mut orphans = Vec::new();
    for digest in engine.content().list() {
        if !blobs.contains(&digest) {
            orphans.push(("blob", digest));
        }
    }
    for chain in engine.snapshots().list() {
        if !chains.contains(&chain) {
            orphans.push(("snapshot", chain));
        }
    }
    if !orphans.is_empty() {
        let collected = repair.then(|| crate::engine::image::garbage_collect(engine));
        for (kind, what) in orphans {
            let outcome = match &collected {
                None => Outcome::Found,
                Some(Ok(())) => Outcome::Repaired("removed".into()),
                Some(Err(e)) => Outcome::Failed(format!("{e:#}")),
            };
            push(kind, what, "is used by no image".into(), outcome);
        }
    }

    // Leftovers of commands killed half way.
    let mut leftovers: Vec<(PathBuf, &str)> = Vec::new();
    for e in crate::engine::store::dir_entries(&engine.content().ingest_dir()).unwrap_or_default() {
        if e.file_name().to_string_lossy().ends_with(".partial") && settled(&e.path()) {
            leftovers.push((e.path(), "a download a killed command left"));
        }
    }
    for dir in [
        engine.containers_dir(),
        engine.paths.runroot.join("containers"),
    ] {
        for e in crate::engine::store::dir_entries(&dir).unwrap_or_default() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with(".trash-") {
                leftovers.push((
                    e.path(),
                    "a removed container's files a killed command left",
                ));
            } else if e.path().is_dir()
                && !containers.iter().any(|r| r.id == name)
                && settled(&e.path())
            {
                leftovers.push((e.path(), "a container a killed create left half made"));
            }
        }
    }
    for e in crate::engine::store::dir_entries(&engine.paths.root.join("tmp")).unwrap_or_default() {
        if settled(&e.path()) {
            leftovers.push((e.path(), "a temporary file a killed command left"));
        }
    }
    for (path, why) in leftovers {
        let outcome = decide(&|| {
            let removed = if path.is_dir() {
                crate::engine::rootless::remove_tree(&path)
            } else {
                std::fs::remove_file(&path)
            };
            removed.map_err(|e| anyhow::anyhow!("removing {}: {e}", path.display()))?;
            Ok("removed".into())
        });
        push(
            "leftover",
            path.display().to_string(),
            why.to_string(),
            outcome,
        );
    }

    // Locks of images that are gone.
    // (An image's ID is its config blob's digest, so `blobs` has them all.)
    for e in crate::engine::store::dir_entries(&engine.paths.locks()).unwrap_or_default() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(hex) = name
            .strip_prefix("image-")
            .and_then(|n| n.strip_suffix(".lock"))
        else {
            continue;
        };
        if blobs.contains(&format!("sha256:{hex}")) {
            continue;
        }
        let path = e.path();
        let outcome = decide(&|| {
            // Only a lock nobody holds.
            match FileLock::try_exclusive(&path)? {
                Some(_held) => {
                    std::fs::remove_file(&path)?;
                    Ok("removed".into())
                }
                None => Err(anyhow::anyhow!("it is held")),
            }
        });
        push(
            "lock",
            path.display().to_string(),
            "locks an image that is not in the store".into(),
            outcome,
        );
    }
    Ok(out)
}

/// Drops an image record (the blobs and snapshots go with the next collection).
fn remove_image_record(engine: &Engine, id: &str) -> Result<()> {
    let mut txn = engine.images().lock()?;
    for n in txn.names_of(id) {
        txn.untag(&n);
    }
    txn.remove_image(id);
    txn.commit()?;
    drop(txn);
    crate::engine::image::garbage_collect(engine)
}

/// Unpacks an image's missing layer snapshots again from its (intact) blobs.
fn unpack_again(engine: &Engine, image: &ImageRecord) -> Result<()> {
    let snapshots = engine.snapshots();
    let content = engine.content();
    let mut parent: Option<String> = None;
    for l in &image.layers {
        let blob = crate::engine::image::manifest::Descriptor {
            media_type: l.media_type.clone(),
            digest: l.digest.clone(),
            size: l.size,
            platform: None,
            annotations: None,
        };
        crate::engine::image::pull::unpack_from_blob(
            &content,
            &snapshots,
            &blob,
            &l.chain_id,
            parent.as_deref(),
            &l.diff_id,
        )?;
        parent = Some(l.chain_id.clone());
    }
    Ok(())
}
