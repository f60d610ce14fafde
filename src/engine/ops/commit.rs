//! `commit`: a new image from a container's changes, on top of its image.

use std::io::Seek as _;

use anyhow::{Context as _, Result};

use crate::engine::container::{Container, Status};
use crate::engine::image::layer::{add_layer, apply_changes, NewImage};
use crate::engine::image::manifest::RunConfig;
use crate::engine::image::reference::Reference;
use crate::engine::image::store::ImageRecord;
use crate::engine::{events, image, runtime, Engine};

#[derive(Debug, Clone, Default)]
pub struct CommitOptions {
    /// The new image's name (tagged `latest` by the caller when untagged).
    pub reference: Option<Reference>,
    /// docker's `--change` Dockerfile instructions.
    pub changes: Vec<String>,
    pub author: Option<String>,
    /// `-m`: the history entry's comment and the image's.
    pub comment: String,
    /// Freeze a running container while its changes are read (docker's default).
    pub pause: bool,
    /// The image config to record instead of the container's own settings
    /// (the builder's, which follows the Dockerfile); `changes` still apply.
    pub config: Option<RunConfig>,
    /// The history entry's `created_by` instead of the container's command.
    pub created_by: Option<String>,
    /// `empty_layer` history entries to record before the new layer's.
    pub empty_history: Vec<String>,
}

/// The image config a committed container gets: its own settings, then `changes`.
fn config_of(c: &Container, changes: &[String]) -> Result<RunConfig> {
    let cfg = &c.record.config;
    let mut config = RunConfig {
        user: cfg.user.clone(),
        env: cfg.env.clone(),
        cmd: Some(cfg.cmd.clone()),
        entrypoint: (!cfg.entrypoint.is_empty()).then(|| cfg.entrypoint.clone()),
        working_dir: cfg.working_dir.clone(),
        labels: cfg.labels.clone(),
        stop_signal: cfg.stop_signal.clone(),
        ..RunConfig::default()
    };
    apply_changes(&mut config, changes)?;
    Ok(config)
}

/// An anonymous temporary file in `dir` (same filesystem as the store).
pub fn tempfile_in(dir: &std::path::Path) -> Result<std::fs::File> {
    crate::engine::store::ensure_dir(dir)?;
    let path = dir.join(format!("layer-{:x}.partial", rand::random::<u64>()));
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create_new(true)
        .open(&path)
        .with_context(|| format!("creating {}", path.display()))?;
    // Unlinked at once: the data lives as long as the handle.
    let _ = std::fs::remove_file(&path);
    Ok(file)
}

/// Commits container `name`'s changes as a new image; returns its record.
pub fn commit(engine: &Engine, name: &str, opts: &CommitOptions) -> Result<ImageRecord> {
    let c = super::lookup(engine, name)?;
    let base = image::lookup(engine, &c.record.image_id)
        .with_context(|| format!("the image of container {} is gone", c.record.name))?;
    let config = match &opts.config {
        Some(config) => {
            let mut config = config.clone();
            apply_changes(&mut config, &opts.changes)?;
            config
        }
        None => config_of(&c, &opts.changes)?,
    };
    let pause = opts.pause && c.state.status == Status::Running && !engine.rootless;
    if pause {
        runtime::Runtime::of(engine, &c.record.host_config.runtime).pause(&c.record.id)?;
    }
    let mut layer = tempfile_in(&engine.content().ingest_dir())?;
    let written = crate::engine::container::export::changes_layer(engine, &c, &mut layer);
    if pause {
        let _ = runtime::Runtime::of(engine, &c.record.host_config.runtime).resume(&c.record.id);
    }
    written?;
    layer.rewind()?;
    let record = add_layer(
        engine,
        &mut layer,
        NewImage {
            base: Some(&base.record),
            config,
            author: opts.author.clone(),
            comment: opts.comment.clone(),
            created_by: opts
                .created_by
                .clone()
                .unwrap_or_else(|| c.record.config.command_line()),
            empty_history: opts.empty_history.clone(),
            platform: base.record.platform.clone(),
            name: opts.reference.clone(),
        },
    )?;
    let image_ref = opts
        .reference
        .as_ref()
        .map(|n| n.to_string())
        .unwrap_or_default();
    events::container(
        engine,
        "commit",
        &c.record,
        &[
            ("comment", opts.comment.as_str()),
            ("imageID", record.id.as_str()),
            ("imageRef", image_ref.as_str()),
        ],
    );
    Ok(record)
}
