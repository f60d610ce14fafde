//! `skiff tag` / `skiff image tag`.

use anyhow::Result;

use super::GlobalArgs;

#[derive(Debug, clap::Args)]
pub struct TagArgs {
    /// SOURCE_IMAGE[:TAG]
    pub source: String,
    /// TARGET_IMAGE[:TAG]
    pub target: String,
}

pub fn run(g: &GlobalArgs, args: TagArgs) -> Result<()> {
    let engine = g.engine()?;
    crate::engine::image::tag(&engine, &args.source, &args.target)
}
