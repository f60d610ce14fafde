//! `skiff commit`: a new image from a container's changes.

use anyhow::{anyhow, bail, Context as _, Result};

use super::GlobalArgs;
use crate::engine::container::{self, Status};
use crate::engine::image::layer::{add_layer, apply_changes, NewImage};
use crate::engine::image::reference::Reference;
use crate::engine::{image, runtime};

#[derive(Debug, clap::Args)]
pub struct CommitArgs {
    /// The container
    pub container: String,
    /// Name of the new image: REPOSITORY[:TAG]
    pub name: Option<String>,
    /// Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")
    #[arg(short = 'a', long)]
    pub author: Option<String>,
    /// Apply Dockerfile instruction to the created image
    #[arg(short = 'c', long = "change")]
    pub changes: Vec<String>,
    /// Commit message
    #[arg(short = 'm', long, default_value = "")]
    pub message: String,
    /// Pause container during commit
    #[arg(short = 'p', long, default_value_t = true, action = clap::ArgAction::Set)]
    pub pause: bool,
}

/// The image config a committed container gets: its own settings, then --change.
fn config_of(c: &container::Container, changes: &[String]) -> Result<serde_json::Value> {
    let cfg = &c.record.config;
    let mut v = serde_json::json!({
        "Env": cfg.env,
        "Cmd": cfg.cmd,
        "WorkingDir": cfg.working_dir,
        "User": cfg.user,
        "Labels": cfg.labels,
    });
    if !cfg.entrypoint.is_empty() {
        v["Entrypoint"] = serde_json::json!(cfg.entrypoint);
    }
    if let Some(s) = &cfg.stop_signal {
        v["StopSignal"] = serde_json::json!(s);
    }
    apply_changes(&mut v, changes)?;
    Ok(v)
}

pub fn run(g: &GlobalArgs, args: CommitArgs) -> Result<()> {
    let engine = g.engine()?;
    let c = crate::engine::ops::lookup(&engine, &args.container)?;
    let name = args
        .name
        .as_deref()
        .map(|n| {
            let r = Reference::parse_named(n).map_err(|e| anyhow!("{e}"))?;
            if r.digest.is_some() {
                bail!("refusing to create a tag with a digest reference");
            }
            Ok(if r.tag.is_none() {
                r.with_tag("latest")
            } else {
                r
            })
        })
        .transpose()?;
    let base = image::lookup(&engine, &c.record.image_id)
        .with_context(|| format!("the image of container {} is gone", c.record.name))?;
    let config = config_of(&c, &args.changes)?;
    let running = c.state.status == Status::Running;
    let pause = args.pause && running && !engine.rootless;
    if pause {
        runtime::pause(&engine.runtime_root(), &c.record.id)?;
    }
    let mut layer = tempfile_in(&engine.content().ingest_dir())?;
    let written = crate::engine::container::export::changes_layer(&engine, &c, &mut layer);
    if pause {
        let _ = runtime::resume(&engine.runtime_root(), &c.record.id);
    }
    written?;
    use std::io::Seek;
    layer.rewind()?;
    let command = c.record.config.command_line();
    let record = add_layer(
        &engine,
        &mut layer,
        NewImage {
            base: Some(&base.record),
            config,
            author: args.author.clone(),
            comment: args.message.clone(),
            created_by: command,
            platform: base.record.platform.clone(),
            name: name.clone(),
        },
    )?;
    let image_ref = name.map(|n| n.to_string()).unwrap_or_default();
    crate::engine::events::container(
        &engine,
        "commit",
        &c.record,
        &[
            ("comment", args.message.as_str()),
            ("imageID", record.id.as_str()),
            ("imageRef", image_ref.as_str()),
        ],
    );
    println!("{}", record.id);
    Ok(())
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
