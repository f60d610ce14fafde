//! New images made locally: `import` (a root filesystem tarball) and `commit` (a
//! container's changes on top of its image). Both add one gzip layer and write
//! OCI manifest and config blobs, as a registry would serve them.

use std::io::{self, Read, Write};
use std::time::SystemTime;

use anyhow::{anyhow, bail, Context as _, Result};
use serde_json::{json, Value};
use sha2::{Digest as _, Sha256};

use super::manifest::{Platform, RunConfig, OCI_MANIFEST};
use super::reference::Reference;
use super::store::{ImageRecord, LayerRecord};
use crate::engine::snapshot::chain_ids;
use crate::engine::store::content::sha256_digest;
use crate::engine::Engine;

const OCI_LAYER_GZIP: &str = "application/vnd.oci.image.layer.v1.tar+gzip";

/// What to put on top of the base image.
pub struct NewImage<'a> {
    /// The image to extend (commit), or none (import).
    pub base: Option<&'a ImageRecord>,
    /// What a container of the new image runs (docker's `Config`: Cmd, Env, ...).
    pub config: RunConfig,
    pub author: Option<String>,
    pub comment: String,
    pub created_by: String,
    /// History entries without a layer (`empty_layer`) before this one's:
    /// the Dockerfile's config-only steps since the last layer.
    pub empty_history: Vec<String>,
    pub platform: Platform,
    pub name: Option<Reference>,
}

/// Hashes what passes through, both ways.
struct Counter<W> {
    inner: W,
    hasher: Sha256,
}

impl<W: Write> Write for Counter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Stores `layer_tar` (an uncompressed tar) as a gzip blob and a snapshot, then
/// writes config and manifest and records the image. Returns the new record.
pub fn add_layer(engine: &Engine, layer_tar: &mut dyn Read, new: NewImage) -> Result<ImageRecord> {
    let content = engine.content();
    let snapshots = engine.snapshots();
    // The layer goes to a temporary file first: its digest names the blob.
    let tmp_dir = content.ingest_dir();
    crate::engine::store::ensure_dir(&tmp_dir)?;
    let tmp = tmp_dir.join(format!("build-{:x}.partial", rand::random::<u64>()));
    let result = (|| -> Result<ImageRecord> {
        let file =
            std::fs::File::create(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
        let gz = flate2::write::GzEncoder::new(
            Counter {
                inner: file,
                hasher: Sha256::new(),
            },
            flate2::Compression::fast(),
        );
        let mut plain = Counter {
            inner: gz,
            hasher: Sha256::new(),
        };
        let size = io::copy(layer_tar, &mut plain).context("reading the layer")?;
        let diff_id = format!("sha256:{}", hex::encode(plain.hasher.finalize_reset()));
        let mut outer = plain.inner.finish().context("compressing the layer")?;
        outer.flush()?;
        let digest = format!("sha256:{}", hex::encode(outer.hasher.finalize_reset()));
        outer.inner.sync_all()?;
        drop(outer);
        if size == 0 {
            bail!("the layer is empty");
        }
        // Into the content store, verified like any download.
        if !content.has(&digest) {
            let _lock = content.ingest_lock(&digest)?;
            let mut w = content.ingest(&digest)?;
            io::copy(&mut std::fs::File::open(&tmp)?, &mut w)?;
            w.commit()?;
        }
        let blob_size = content.size(&digest)?;
        let mut diff_ids: Vec<String> = new
            .base
            .map(|b| b.layers.iter().map(|l| l.diff_id.clone()).collect())
            .unwrap_or_default();
        diff_ids.push(diff_id.clone());
        let chains = chain_ids(&diff_ids);
        let chain = chains.last().cloned().unwrap_or_default();
        let parent = chains.len().checked_sub(2).map(|i| chains[i].clone());
        if !snapshots.exists(&chain) {
            let _lock = snapshots.lock(&chain)?;
            if !snapshots.exists(&chain) {
                let file = std::fs::File::open(content.blob_path(&digest)?)?;
                let tar = flate2::read::MultiGzDecoder::new(io::BufReader::new(file));
                snapshots.create(&chain, parent.as_deref(), &diff_id, tar)?;
            }
        }
        let layer = LayerRecord {
            digest: digest.clone(),
            media_type: OCI_LAYER_GZIP.into(),
            size: blob_size,
            diff_id,
            chain_id: chain,
        };
        write_image(engine, &new, Some(layer))
    })();
    let _ = std::fs::remove_file(&tmp);
    result
}

/// An image that is `new.base` with another config and history but no new
/// layer: what a Dockerfile's config-only steps after its last layer make.
pub fn add_config(engine: &Engine, new: NewImage) -> Result<ImageRecord> {
    if new.base.is_none() {
        bail!("a config-only image needs a base image");
    }
    write_image(engine, &new, None)
}

/// Writes the config and manifest of `new.base` plus `layer` (if any) and
/// records the image.
fn write_image(engine: &Engine, new: &NewImage, layer: Option<LayerRecord>) -> Result<ImageRecord> {
    let content = engine.content();
    let snapshots = engine.snapshots();
    let created = humantime::format_rfc3339_nanos(SystemTime::now()).to_string();
    let base_config: Value = match new.base {
        Some(b) => serde_json::from_slice(&content.read(&b.id)?)
            .context("reading the base image config")?,
        None => json!({}),
    };
    let mut history: Vec<Value> = base_config
        .get("history")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    for created_by in &new.empty_history {
        history.push(json!({"created": created, "created_by": created_by, "empty_layer": true}));
    }
    if layer.is_some() {
        let mut entry = json!({"created": created, "created_by": new.created_by});
        if !new.comment.is_empty() {
            entry["comment"] = json!(new.comment);
        }
        if let Some(a) = &new.author {
            entry["author"] = json!(a);
        }
        history.push(entry);
    }
    let mut layer_records: Vec<LayerRecord> =
        new.base.map(|b| b.layers.clone()).unwrap_or_default();
    layer_records.extend(layer);
    let diff_ids: Vec<&str> = layer_records.iter().map(|l| l.diff_id.as_str()).collect();
    let mut config = json!({
        "architecture": new.platform.architecture,
        "os": new.platform.os,
        "created": created,
        "config": new.config,
        "rootfs": {"type": "layers", "diff_ids": diff_ids},
        "history": history,
    });
    if let Some(v) = &new.platform.variant {
        config["variant"] = json!(v);
    }
    if let Some(a) = &new.author {
        config["author"] = json!(a);
    }
    // docker keeps the message both in the history and as the image's comment.
    if !new.comment.is_empty() {
        config["comment"] = json!(new.comment);
    }
    let config_bytes = serde_json::to_vec(&config)?;
    let config_digest = sha256_digest(&config_bytes);
    content.put(&config_digest, &config_bytes)?;
    let layers: Vec<Value> = layer_records
        .iter()
        .map(|l| json!({"mediaType": l.media_type, "digest": l.digest, "size": l.size}))
        .collect();
    let manifest = json!({
        "schemaVersion": 2,
        "mediaType": OCI_MANIFEST,
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": config_digest, "size": config_bytes.len()},
        "layers": layers,
    });
    let manifest_bytes = serde_json::to_vec(&manifest)?;
    let manifest_digest = sha256_digest(&manifest_bytes);
    content.put(&manifest_digest, &manifest_bytes)?;
    let size = layer_records
        .iter()
        .filter_map(|l| snapshots.info(&l.chain_id))
        .map(|i| i.size)
        .sum();
    let record = ImageRecord {
        id: config_digest.clone(),
        manifest_digest: manifest_digest.clone(),
        manifest_media_type: OCI_MANIFEST.into(),
        target_digest: manifest_digest,
        repo_digests: Vec::new(),
        layers: layer_records,
        platform: new.platform.clone(),
        created: Some(created),
        size,
        added: humantime::format_rfc3339_seconds(SystemTime::now()).to_string(),
    };
    let mut txn = engine.images().lock()?;
    txn.put_image(record.clone());
    if let Some(name) = &new.name {
        txn.tag(name, &record.id);
    }
    txn.commit()?;
    Ok(record)
}

/// docker's `--change` instructions for commit and import: CMD, ENTRYPOINT, ENV,
/// EXPOSE, LABEL, USER, VOLUME, WORKDIR, STOPSIGNAL (JSON or shell forms).
pub fn apply_changes(config: &mut RunConfig, changes: &[String]) -> Result<()> {
    for change in changes {
        let change = change.trim();
        let (instr, rest) = change
            .split_once(char::is_whitespace)
            .unwrap_or((change, ""));
        let rest = rest.trim();
        let list = || -> Vec<String> {
            serde_json::from_str::<Vec<String>>(rest)
                .unwrap_or_else(|_| vec!["/bin/sh".into(), "-c".into(), rest.to_string()])
        };
        match instr.to_uppercase().as_str() {
            "CMD" => config.cmd = Some(list()),
            "ENTRYPOINT" => config.entrypoint = Some(list()),
            "WORKDIR" => config.working_dir = rest.to_string(),
            "USER" => config.user = rest.to_string(),
            "STOPSIGNAL" => config.stop_signal = Some(rest.to_string()),
            "ENV" => {
                let (k, v) = rest
                    .split_once(['=', ' '])
                    .ok_or_else(|| anyhow!("ENV needs a name and a value: {change}"))?;
                let prefix = format!("{k}=");
                config.env.retain(|e| !e.starts_with(&prefix));
                config.env.push(format!("{k}={}", v.trim()));
            }
            "LABEL" => {
                let (k, v) = rest
                    .split_once(['=', ' '])
                    .ok_or_else(|| anyhow!("LABEL needs a name and a value: {change}"))?;
                config
                    .labels
                    .insert(k.to_string(), v.trim().trim_matches('"').to_string());
            }
            "EXPOSE" => {
                for p in rest.split_whitespace() {
                    let p = if p.contains('/') {
                        p.to_string()
                    } else {
                        format!("{p}/tcp")
                    };
                    config.exposed_ports.insert(p, json!({}));
                }
            }
            "VOLUME" => {
                let paths: Vec<String> = serde_json::from_str(rest)
                    .unwrap_or_else(|_| rest.split_whitespace().map(str::to_string).collect());
                for p in paths {
                    config.volumes.insert(p, json!({}));
                }
            }
            other => bail!("{other} is not a valid change command"),
        }
    }
    Ok(())
}
