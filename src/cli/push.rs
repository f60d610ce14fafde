//! `skiff push` / `skiff image push`.

use anyhow::Result;

use super::progress::{Mode, Reporter};
use super::GlobalArgs;
use crate::engine::image::push::push;

#[derive(Debug, clap::Args)]
pub struct PushArgs {
    /// Image to push: NAME[:TAG]
    pub image: String,
    /// Suppress verbose output
    #[arg(short = 'q', long)]
    pub quiet: bool,
}

pub fn run(g: &GlobalArgs, args: PushArgs) -> Result<()> {
    let engine = g.engine()?;
    let reporter = Reporter::new(Mode::detect(args.quiet));
    if let Ok(r) = crate::engine::image::reference::Reference::parse(&args.image) {
        reporter.line(&format!(
            "The push refers to repository [{}]",
            r.repository()
        ));
    }
    let rt = super::runtime()?;
    let result = rt.block_on(push(&engine, &args.image, &reporter));
    reporter.finish();
    let result = result?;
    let tag = result.reference.tag.clone().unwrap_or_default();
    reporter.line(&format!(
        "{tag}: digest: {} size: {}",
        result.digest, result.size
    ));
    if args.quiet {
        println!("{}", result.reference);
    }
    Ok(())
}
