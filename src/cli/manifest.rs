//! `skiff manifest`: inspect a manifest or manifest list in its registry, and
//! make, push and remove multi-platform lists (kept locally until pushed).

use anyhow::{anyhow, Result};
use clap::Subcommand;

use super::GlobalArgs;
use crate::engine::image::manifest_list;
use crate::engine::image::reference::Reference;

#[derive(Debug, Subcommand)]
pub enum ManifestCommand {
    /// Display an image manifest, or manifest list
    Inspect(InspectArgs),
    /// Create a local manifest list for annotating and pushing to a registry
    Create(CreateArgs),
    /// Push a manifest list to a repository
    Push(PushArgs),
    /// Delete one or more manifest lists from local storage
    Rm(RmArgs),
}

#[derive(Debug, clap::Args)]
pub struct CreateArgs {
    /// The list to make, then the images (in their registry) it lists
    #[arg(required = true, num_args = 2.., value_name = "MANIFEST_LIST MANIFEST")]
    pub names: Vec<String>,
    /// Amend an existing manifest list
    #[arg(short = 'a', long)]
    pub amend: bool,
    /// Allow communication with an insecure registry
    #[arg(long)]
    pub insecure: bool,
}

#[derive(Debug, clap::Args)]
pub struct PushArgs {
    /// The list to push
    #[arg(value_name = "MANIFEST_LIST")]
    pub list: String,
    /// Remove the local manifest list after push
    #[arg(short = 'p', long)]
    pub purge: bool,
    /// Allow push to an insecure registry
    #[arg(long)]
    pub insecure: bool,
}

#[derive(Debug, clap::Args)]
pub struct RmArgs {
    /// The lists to remove
    #[arg(required = true, value_name = "MANIFEST_LIST")]
    pub lists: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct InspectArgs {
    /// The image, in its registry
    #[arg(value_name = "MANIFEST_LIST|MANIFEST")]
    pub reference: String,
    /// Allow communication with an insecure registry
    #[arg(long)]
    pub insecure: bool,
}

pub fn run(g: &GlobalArgs, cmd: ManifestCommand) -> Result<()> {
    match cmd {
        ManifestCommand::Inspect(a) => run_inspect(g, a),
        ManifestCommand::Create(a) => run_create(g, a),
        ManifestCommand::Push(a) => run_push(g, a),
        ManifestCommand::Rm(a) => {
            let engine = g.engine()?;
            super::each_name(&a.lists, |name| {
                let list = Reference::parse(name).map_err(|e| anyhow!("{e}"))?;
                manifest_list::remove(&engine, &list)
            })
        }
    }
}

fn parse(name: &str) -> Result<Reference> {
    Reference::parse(name).map_err(|e| anyhow!("{e}"))
}

fn run_create(g: &GlobalArgs, args: CreateArgs) -> Result<()> {
    let mut engine = g.engine()?;
    let list = parse(&args.names[0])?;
    let images = args.names[1..]
        .iter()
        .map(|n| parse(n))
        .collect::<Result<Vec<_>>>()?;
    if args.insecure {
        for r in std::iter::once(&list).chain(images.iter()) {
            engine.registry.insecure.push(r.registry_host());
        }
    }
    let rt = super::runtime()?;
    rt.block_on(manifest_list::create(&engine, &list, &images, args.amend))?;
    println!("Created manifest list {list}");
    Ok(())
}

fn run_push(g: &GlobalArgs, args: PushArgs) -> Result<()> {
    let mut engine = g.engine()?;
    let list = parse(&args.list)?;
    if args.insecure {
        engine.registry.insecure.push(list.registry_host());
    }
    let rt = super::runtime()?;
    let digest = rt.block_on(manifest_list::push(&engine, &list, args.purge))?;
    println!("{digest}");
    Ok(())
}

fn run_inspect(g: &GlobalArgs, args: InspectArgs) -> Result<()> {
    let mut engine = g.engine()?;
    let reference = Reference::parse(&args.reference).map_err(|e| anyhow!("{e}"))?;
    if args.insecure {
        engine.registry.insecure.push(reference.registry_host());
    }
    // A list made here and not pushed yet is shown as it will be pushed.
    let doc = match manifest_list::local(&engine, &reference) {
        Some(list) => serde_json::to_value(manifest_list::document(&list))?,
        None => {
            let rt = super::runtime()?;
            let bytes = rt.block_on(crate::engine::image::pull::remote_manifest(
                &engine, &reference,
            ))?;
            serde_json::from_slice(&bytes).map_err(|e| {
                anyhow!("{reference}: the registry sent a manifest that is not JSON: {e}")
            })?
        }
    };
    // docker prints it indented by three spaces.
    use serde::Serialize;
    let mut out = Vec::new();
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b"   ");
    doc.serialize(&mut serde_json::Serializer::with_formatter(&mut out, fmt))?;
    println!("{}", String::from_utf8_lossy(&out));
    Ok(())
}
