//! `skiff rm` / `skiff container rm`.

use anyhow::{Context as _, Result};

use super::GlobalArgs;
use crate::engine::ops::remove::remove;

#[derive(Debug, clap::Args)]
pub struct RmArgs {
    /// Containers to remove
    #[arg(required = true, value_name = "CONTAINER")]
    pub containers: Vec<String>,
    /// Force the removal of a running container (uses SIGKILL)
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Remove anonymous volumes associated with the container
    #[arg(short = 'v', long)]
    pub volumes: bool,
}

pub fn run(g: &GlobalArgs, args: RmArgs) -> Result<()> {
    let engine = g.engine()?;
    // Kill every running container first, so their monitors clean up in parallel.
    let found: Vec<_> = args
        .containers
        .iter()
        .map(|n| crate::engine::ops::lookup(&engine, n))
        .collect();
    if args.force {
        for c in found.iter().flatten() {
            crate::engine::ops::remove::kill_for_removal(&engine, c);
        }
    }
    let mut found = found.into_iter();
    super::each_name(&args.containers, |_| {
        let c = found.next().context("container list ended early")??;
        remove(&engine, &c, args.force)?;
        if args.volumes {
            crate::engine::ops::remove::remove_anonymous_volumes(&engine, &c.record);
        }
        Ok(())
    })
}
