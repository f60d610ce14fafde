//! `skiff commit`: a new image from a container's changes.

use anyhow::{anyhow, bail, Result};

use super::GlobalArgs;
use crate::engine::image::reference::Reference;
use crate::engine::ops;

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

pub fn run(g: &GlobalArgs, args: CommitArgs) -> Result<()> {
    let engine = g.engine()?;
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
    let record = ops::commit(
        &engine,
        &args.container,
        &ops::CommitOptions {
            reference: name,
            changes: args.changes.clone(),
            author: args.author.clone(),
            comment: args.message.clone(),
            pause: args.pause,
            ..Default::default()
        },
    )?;
    println!("{}", record.id);
    Ok(())
}
