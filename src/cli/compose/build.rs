//! `compose build`, and the builder the runner calls for services with a
//! `build:` section: skiff's own (`crate::build`), BuildKit's plain
//! progress on stderr.

use anyhow::{anyhow, Result};

use super::{ComposeArgs, Session};
use crate::compose::runner::{BuildRequest, ImageBuilder};

#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// Do not use cache when building the image
    #[arg(long = "no-cache")]
    pub no_cache: bool,
    /// Always attempt to pull a newer version of the image
    #[arg(long)]
    pub pull: bool,
    /// Don't print anything to STDOUT
    #[arg(short = 'q', long)]
    pub quiet: bool,
    #[arg(value_name = "SERVICE")]
    pub services: Vec<String>,
}

/// skiff's builder, for the compose runner.
pub struct Builder {
    pub engine: crate::engine::Engine,
    pub quiet: bool,
}

impl ImageBuilder for Builder {
    fn build(&self, r: &BuildRequest) -> Result<()> {
        let (dockerfile, name, dockerignore) = match (&r.dockerfile_inline, &r.dockerfile) {
            (Some(inline), _) => (inline.clone(), "Dockerfile".to_string(), None),
            (None, file) => {
                let file = file.clone().unwrap_or_else(|| "Dockerfile".into());
                let path = r.context.join(&file);
                let text = std::fs::read_to_string(&path).map_err(|e| {
                    anyhow!(
                        "failed to read dockerfile: open {}: {}",
                        path.display(),
                        crate::engine::go_error(&e)
                    )
                })?;
                (text, file, crate::build::dockerfile_ignore(&path))
            }
        };
        let opts = crate::build::BuildOptions {
            context: r.context.clone(),
            dockerfile,
            dockerfile_name: name,
            build_args: r.args.clone().into_iter().collect(),
            labels: r.labels.clone(),
            pull: r.pull,
            tags: vec![r.tag.clone()],
            no_cache: r.no_cache,
            no_cache_filter: Vec::new(),
            target: r.target.clone(),
            network: None,
            secrets: Default::default(),
            extra_hosts: Vec::new(),
            shm_size: None,
            ulimits: Vec::new(),
            dockerignore,
        };
        let progress = crate::cli::build::Plain::new(self.quiet);
        crate::build::build(&self.engine, &opts, &progress).map(drop)
    }
}

pub fn build(s: &Session, args: &ComposeArgs, a: &BuildArgs) -> Result<()> {
    let project = s.load(args, &[])?;
    s.runner(&project)?.build(&a.services, a.no_cache, a.pull)
}
