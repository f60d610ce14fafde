//! The image a container needs, found locally or pulled per its pull policy.

use std::sync::Arc;

use anyhow::{anyhow, bail, Result};

use crate::engine::image::pull::{pull, PullOptions, PullProgress, PullResult};
use crate::engine::image::reference::Reference;
use crate::engine::image::{lookup, LocalImage, NoSuchImage};
use crate::engine::spec::PullPolicy;
use crate::engine::Engine;

/// Finds image `name` locally, pulling it first per `policy` (progress to
/// `progress`, which hears `not_found_locally` before a pull of a missing
/// image). Returns the image and the pull's result when it pulled.
pub fn ensure_image(
    engine: &Engine,
    name: &str,
    policy: PullPolicy,
    opts: &PullOptions,
    progress: Arc<dyn PullProgress>,
) -> Result<(LocalImage, Option<PullResult>)> {
    let local = lookup(engine, name);
    let missing = matches!(&local, Err(e) if e.downcast_ref::<NoSuchImage>().is_some());
    match policy {
        PullPolicy::Always => {}
        PullPolicy::Missing if missing => {}
        PullPolicy::Never if missing => bail!("No such image: {name}"),
        PullPolicy::Missing | PullPolicy::Never => return Ok((local?, None)),
    }
    let reference = Reference::parse(name).map_err(|e| anyhow!("{e}"))?;
    if missing {
        progress.not_found_locally(&reference);
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| anyhow!("starting async runtime: {e}"))?;
    let result = rt.block_on(pull(engine, &reference, opts, progress));
    // The runtime's threads end here: a container start after us forks.
    drop(rt);
    let result = result?;
    Ok((lookup(engine, name)?, Some(result)))
}
