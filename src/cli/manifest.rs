//! `skiff manifest inspect`: a manifest or manifest list, from its registry.

use anyhow::{anyhow, Result};
use clap::Subcommand;

use super::GlobalArgs;
use crate::engine::image::reference::Reference;

#[derive(Debug, Subcommand)]
pub enum ManifestCommand {
    /// Display an image manifest, or manifest list
    Inspect(InspectArgs),
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
    }
}

fn run_inspect(g: &GlobalArgs, args: InspectArgs) -> Result<()> {
    let mut engine = g.engine()?;
    let reference = Reference::parse(&args.reference).map_err(|e| anyhow!("{e}"))?;
    if args.insecure {
        engine.registry.insecure.push(reference.registry_host());
    }
    let rt = super::runtime()?;
    let bytes = rt.block_on(crate::engine::image::pull::remote_manifest(
        &engine, &reference,
    ))?;
    let doc: serde_json::Value = serde_json::from_slice(&bytes)
        .map_err(|e| anyhow!("{reference}: the registry sent a manifest that is not JSON: {e}"))?;
    // docker prints it indented by three spaces.
    use serde::Serialize;
    let mut out = Vec::new();
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b"   ");
    doc.serialize(&mut serde_json::Serializer::with_formatter(&mut out, fmt))?;
    println!("{}", String::from_utf8_lossy(&out));
    Ok(())
}
