//! `skiff builder prune`: the build cache forgotten, and the intermediate
//! images only it kept removed.

use anyhow::Result;

use super::GlobalArgs;

#[derive(Debug, clap::Subcommand)]
pub enum BuilderCommand {
    /// Remove build cache
    Prune(PruneArgs),
    /// Build an image from a Dockerfile (as `docker builder build`)
    Build(Box<super::build::BuildArgs>),
}

/// `skiff buildx ...`: the commands scripts written for buildx call.
#[derive(Debug, clap::Subcommand)]
pub enum BuildxCommand {
    /// Start a build
    Build(Box<super::build::BuildArgs>),
    /// Remove build cache
    Prune(PruneArgs),
}

pub fn run_buildx(g: &GlobalArgs, cmd: BuildxCommand) -> Result<()> {
    match cmd {
        BuildxCommand::Build(a) => super::build::run(g, *a),
        BuildxCommand::Prune(a) => run(g, BuilderCommand::Prune(a)),
    }
}

#[derive(Debug, clap::Args)]
pub struct PruneArgs {
    /// Remove all unused build cache, not just dangling ones
    #[arg(short = 'a', long)]
    pub all: bool,
    /// Do not prompt for confirmation
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Provide filter values (e.g. "until=24h": cache last used before then)
    #[arg(long = "filter", value_name = "FILTER")]
    pub filters: Vec<String>,
}

pub fn run(g: &GlobalArgs, cmd: BuilderCommand) -> Result<()> {
    match cmd {
        BuilderCommand::Build(a) => super::build::run(g, *a),
        BuilderCommand::Prune(a) => {
            let filters = crate::engine::filters::Filters::parse(&a.filters, &["until"])?;
            let until = match filters.get("until") {
                [] => None,
                [one] => Some(crate::engine::filters::parse_until(
                    one,
                    std::time::SystemTime::now(),
                )?),
                _ => anyhow::bail!("more than one until filter specified"),
            };
            let warning = if a.all {
                "WARNING! This will remove all build cache."
            } else {
                "WARNING! This will remove all dangling build cache."
            };
            if !a.force && !super::confirm(warning)? {
                return Ok(());
            }
            let engine = g.engine()?;
            let pruned = crate::build::prune(&engine, a.all, until)?;
            if !pruned.images.is_empty() {
                println!("Deleted build cache objects:");
                for id in &pruned.images {
                    println!("{}", id.trim_start_matches("sha256:"));
                }
                println!();
            }
            println!(
                "Total reclaimed space: {}",
                super::units::human_size(pruned.reclaimed)
            );
            Ok(())
        }
    }
}
