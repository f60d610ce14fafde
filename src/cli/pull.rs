//! `skiff pull` / `skiff image pull`.

use std::sync::Arc;

use anyhow::{anyhow, Result};

use super::progress::{Mode, Reporter};
use super::GlobalArgs;
use crate::engine::image::platform;
use crate::engine::image::pull::{pull, PullOptions};
use crate::engine::image::reference::Reference;

#[derive(Debug, clap::Args)]
pub struct PullArgs {
    /// Image to pull: NAME[:TAG|@DIGEST]
    pub image: String,
    /// Download all tagged images in the repository
    #[arg(short = 'a', long = "all-tags")]
    pub all_tags: bool,
    /// Set platform if server is multi-platform capable (os/arch[/variant])
    #[arg(long)]
    pub platform: Option<String>,
    /// Suppress verbose output
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Number of layers downloaded at once
    #[arg(
        long = "max-concurrent-downloads",
        default_value_t = 3,
        value_name = "N"
    )]
    pub max_concurrent_downloads: usize,
}

pub fn run(g: &GlobalArgs, args: PullArgs) -> Result<()> {
    let engine = g.engine()?;
    let reference = Reference::parse(&args.image).map_err(|e| anyhow!("{e}"))?;
    let opts = PullOptions {
        platform: args
            .platform
            .as_deref()
            .map(platform::parse)
            .transpose()
            .map_err(|e| anyhow!(e))?,
        max_concurrent: args.max_concurrent_downloads,
    };
    let rt = super::runtime()?;
    let references = if args.all_tags {
        let named = Reference::parse_named(&args.image).map_err(|e| anyhow!("{e}"))?;
        if named.tag.is_some() || named.digest.is_some() {
            return Err(anyhow!("tag can't be used with --all-tags/-a"));
        }
        let client = crate::engine::image::pull::client_for(
            &engine,
            &reference,
            crate::engine::image::registry::Operation::Pull,
        )?;
        let tags = rt
            .block_on(client.tags(&reference.path))
            .map_err(|e| anyhow!("{e}"))?;
        tags.iter().map(|t| reference.with_tag(t)).collect()
    } else {
        vec![reference]
    };
    for reference in references {
        let reporter = Arc::new(Reporter::new(Mode::detect(args.quiet)));
        let result = rt.block_on(pull(&engine, &reference, &opts, reporter.clone()));
        reporter.finish();
        let result = result?;
        reporter.pull_done(&result);
        println!("{reference}");
    }
    Ok(())
}
