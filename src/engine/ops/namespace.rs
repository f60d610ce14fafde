//! Namespaces (nerdctl's and containerd's): images, containers and volumes
//! are kept apart per namespace in one store. A namespace exists once
//! something is in it, or once it is created (with labels) under
//! `<root>/namespaces/<name>.json`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use anyhow::{anyhow, bail, Context as _, Result};
use serde::{Deserialize, Serialize};

use crate::engine::Engine;

/// One namespace and what it holds.
#[derive(Debug, Clone, Default)]
pub struct Namespace {
    pub name: String,
    pub labels: BTreeMap<String, String>,
    pub containers: usize,
    pub images: usize,
    pub volumes: usize,
}

impl Namespace {
    pub fn is_empty(&self) -> bool {
        self.containers == 0 && self.images == 0 && self.volumes == 0
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Created {
    #[serde(default)]
    labels: BTreeMap<String, String>,
}

fn dir(engine: &Engine) -> PathBuf {
    engine.paths.root.join("namespaces")
}

/// docker's and containerd's rule for namespace names.
pub fn validate_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 76
        && name.starts_with(|c: char| c.is_ascii_alphanumeric())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if !ok {
        bail!("invalid namespace {name:?}: use letters, digits, '-', '_' and '.', starting with a letter or digit");
    }
    Ok(())
}

/// An engine for namespace `name` of the same store.
fn within(engine: &Engine, name: &str) -> Engine {
    Engine {
        namespace: name.to_string(),
        ..engine.clone()
    }
}

/// Every namespace of the store, by name, with what it holds.
pub fn list(engine: &Engine) -> Result<Vec<Namespace>> {
    let mut names: BTreeSet<String> = BTreeSet::new();
    let entries = |d: PathBuf| crate::engine::store::dir_entries(&d).unwrap_or_default();
    for e in entries(dir(engine)) {
        if let Some(n) = e.file_name().to_string_lossy().strip_suffix(".json") {
            names.insert(n.to_string());
        }
    }
    for e in entries(engine.paths.images_dir()) {
        if let Some(n) = e.file_name().to_string_lossy().strip_suffix(".json") {
            names.insert(n.to_string());
        }
    }
    for e in entries(engine.paths.root.join("volumes")) {
        if e.path().is_dir() {
            names.insert(e.file_name().to_string_lossy().into_owned());
        }
    }
    let mut containers: BTreeMap<String, usize> = BTreeMap::new();
    for e in entries(engine.containers_dir()) {
        let id = e.file_name().to_string_lossy().into_owned();
        if let Ok(record) = crate::engine::container::load_record(engine, &id) {
            *containers.entry(record.namespace).or_default() += 1;
        }
    }
    names.extend(containers.keys().cloned());
    names.retain(|n| validate_name(n).is_ok());
    names
        .into_iter()
        .map(|name| {
            let ns = within(engine, &name);
            let images = ns.images().read().map(|t| t.names().count()).unwrap_or(0);
            let volumes = crate::engine::volume::list(&ns)
                .map(|v| v.len())
                .unwrap_or(0);
            Ok(Namespace {
                labels: read_labels(engine, &name),
                containers: containers.get(&name).copied().unwrap_or(0),
                images,
                volumes,
                name,
            })
        })
        .collect()
}

fn read_labels(engine: &Engine, name: &str) -> BTreeMap<String, String> {
    std::fs::read(dir(engine).join(format!("{name}.json")))
        .ok()
        .and_then(|b| serde_json::from_slice::<Created>(&b).ok())
        .map(|c| c.labels)
        .unwrap_or_default()
}

/// One namespace (an error when it does not exist).
pub fn inspect(engine: &Engine, name: &str) -> Result<Namespace> {
    list(engine)?
        .into_iter()
        .find(|n| n.name == name)
        .ok_or_else(|| anyhow!("namespace \"{name}\": not found"))
}

/// Creates namespace `name` with `labels` (an error when it exists).
pub fn create(engine: &Engine, name: &str, labels: BTreeMap<String, String>) -> Result<()> {
    validate_name(name)?;
    if list(engine)?.iter().any(|n| n.name == name) {
        bail!("namespace \"{name}\": already exists");
    }
    write(engine, name, labels)
}

/// Replaces the labels of `name` (merged over the existing ones).
pub fn update(engine: &Engine, name: &str, labels: BTreeMap<String, String>) -> Result<()> {
    let mut all = inspect(engine, name)?.labels;
    all.extend(labels);
    write(engine, name, all)
}

fn write(engine: &Engine, name: &str, labels: BTreeMap<String, String>) -> Result<()> {
    let d = dir(engine);
    crate::engine::store::ensure_dir(&d).with_context(|| format!("creating {}", d.display()))?;
    let path = d.join(format!("{name}.json"));
    crate::engine::store::atomic::write_json(&path, &Created { labels })
        .with_context(|| format!("writing {}", path.display()))
}

/// Removes namespace `name`, which must hold nothing (containerd's rule).
pub fn remove(engine: &Engine, name: &str) -> Result<()> {
    let ns = inspect(engine, name)?;
    if !ns.is_empty() {
        let mut what = Vec::new();
        if ns.images > 0 {
            what.push("images");
        }
        if ns.containers > 0 {
            what.push("containers");
        }
        if ns.volumes > 0 {
            what.push("volumes");
        }
        bail!(
            "namespace \"{name}\" must be empty, but it still has {}",
            what.join(", ")
        );
    }
    let inner = within(engine, name);
    for path in [
        dir(engine).join(format!("{name}.json")),
        engine.paths.images_file(name),
    ] {
        match std::fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(anyhow!("removing {}: {e}", path.display()))
            }
            _ => {}
        }
    }
    let volumes = engine.paths.root.join("volumes").join(&inner.namespace);
    let _ = std::fs::remove_dir(volumes);
    Ok(())
}
