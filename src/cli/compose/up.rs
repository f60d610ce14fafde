//! `compose up`, `compose down`: flags into the runner's options.

use std::time::Duration;

use anyhow::{anyhow, Result};

use super::{ComposeArgs, Session};
use crate::compose::runner::{BuildPolicy, DownOptions, UpOptions};

#[derive(Debug, clap::Args)]
pub struct UpArgs {
    /// Detached mode: Run containers in the background
    #[arg(short = 'd', long)]
    pub detach: bool,
    /// Wait for services to be running|healthy. Implies detached mode.
    #[arg(long)]
    pub wait: bool,
    /// Maximum duration in seconds to wait for the project to be running|healthy
    #[arg(long = "wait-timeout", value_name = "SECONDS")]
    pub wait_timeout: Option<u64>,
    /// Recreate containers even if their configuration and image haven't changed
    #[arg(long = "force-recreate", conflicts_with = "no_recreate")]
    pub force_recreate: bool,
    /// If containers already exist, don't recreate them
    #[arg(long = "no-recreate")]
    pub no_recreate: bool,
    /// Recreate dependent containers
    #[arg(long = "always-recreate-deps")]
    pub always_recreate_deps: bool,
    /// Don't start linked services
    #[arg(long = "no-deps")]
    pub no_deps: bool,
    /// Remove containers for services not defined in the Compose file
    #[arg(long = "remove-orphans")]
    pub remove_orphans: bool,
    /// Don't start the services after creating them
    #[arg(long = "no-start")]
    pub no_start: bool,
    /// Recreate anonymous volumes instead of retrieving data from the previous containers
    #[arg(short = 'V', long = "renew-anon-volumes")]
    pub renew_anon_volumes: bool,
    /// Scale SERVICE to NUM instances. Overrides the `scale` setting in the Compose file if present.
    #[arg(long, value_name = "SERVICE=NUM")]
    pub scale: Vec<String>,
    /// Use this timeout in seconds for container shutdown when containers are already running
    #[arg(short = 't', long, value_name = "SECONDS")]
    pub timeout: Option<i64>,
    /// Pull image before running ("always"|"missing"|"never")
    #[arg(long, value_name = "POLICY")]
    pub pull: Option<String>,
    /// Pull without printing progress information
    #[arg(long = "quiet-pull")]
    pub quiet_pull: bool,
    /// Build images before starting containers
    #[arg(long, conflicts_with = "no_build")]
    pub build: bool,
    /// Don't build an image, even if it's policy
    #[arg(long = "no-build")]
    pub no_build: bool,
    /// Don't print prefix in logs
    #[arg(long = "no-log-prefix")]
    pub no_log_prefix: bool,
    /// Produce monochrome output
    #[arg(long = "no-color")]
    pub no_color: bool,
    /// Stops all containers if any container was stopped. Incompatible with -d
    #[arg(long = "abort-on-container-exit", conflicts_with = "detach")]
    pub abort_on_container_exit: bool,
    /// Return the exit code of the selected service container. Implies --abort-on-container-exit
    #[arg(
        long = "exit-code-from",
        value_name = "SERVICE",
        conflicts_with = "detach"
    )]
    pub exit_code_from: Option<String>,
    /// Restrict attaching to the specified services
    #[arg(long, value_name = "SERVICE")]
    pub attach: Vec<String>,
    /// Show timestamps
    #[arg(long)]
    pub timestamps: bool,
    #[arg(value_name = "SERVICE")]
    pub services: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct DownArgs {
    /// Remove images used by services. "local" remove only images that don't have a custom tag ("local"|"all")
    #[arg(long, value_name = "TYPE")]
    pub rmi: Option<String>,
    /// Remove named volumes declared in the "volumes" section of the Compose file and anonymous volumes attached to containers
    #[arg(short = 'v', long)]
    pub volumes: bool,
    /// Remove containers for services not defined in the Compose file
    #[arg(long = "remove-orphans")]
    pub remove_orphans: bool,
    /// Specify a shutdown timeout in seconds
    #[arg(short = 't', long, value_name = "SECONDS")]
    pub timeout: Option<i64>,
}

pub fn up(s: &Session, args: &ComposeArgs, a: &UpArgs) -> Result<()> {
    let project = s.load(args, &[])?;
    let runner = s.runner(&project)?;
    let scale = parse_scale(&a.scale)?;
    let opts = UpOptions {
        services: a.services.clone(),
        no_deps: a.no_deps,
        force_recreate: a.force_recreate,
        no_recreate: a.no_recreate,
        always_recreate_deps: a.always_recreate_deps,
        remove_orphans: a.remove_orphans,
        no_start: a.no_start,
        renew_anon_volumes: a.renew_anon_volumes,
        scale,
        timeout: a.timeout,
        pull: a.pull.as_deref().map(str::parse).transpose()?,
        wait: a.wait,
        wait_timeout: a.wait_timeout.map(Duration::from_secs),
        build: match (a.build, a.no_build) {
            (true, _) => BuildPolicy::Always,
            (_, true) => BuildPolicy::Never,
            _ => BuildPolicy::Missing,
        },
    };
    let attach = !(a.detach || a.wait || a.no_start);
    let printed_before = if attach {
        super::logs::entry_counts(s, &runner)?
    } else {
        Default::default()
    };
    runner.up(&opts)?;
    if !attach {
        return Ok(());
    }
    super::logs::attached(s, &runner, a, &printed_before)
}

/// `--scale SERVICE=NUM` entries.
pub fn parse_scale(entries: &[String]) -> Result<std::collections::BTreeMap<String, u32>> {
    let mut scale = std::collections::BTreeMap::new();
    for entry in entries {
        let (service, n) = entry
            .split_once('=')
            .ok_or_else(|| anyhow!("invalid scale {entry:?}: want SERVICE=NUM"))?;
        let n: u32 = n
            .parse()
            .map_err(|_| anyhow!("invalid scale {entry:?}: {n} is not a number"))?;
        scale.insert(service.to_string(), n);
    }
    Ok(scale)
}

pub fn down(s: &Session, args: &ComposeArgs, a: &DownArgs) -> Result<()> {
    let project = s.load(args, &[])?;
    let runner = s.runner(&project)?;
    runner.down(&DownOptions {
        images: a.rmi.as_deref().map(str::parse).transpose()?,
        volumes: a.volumes,
        remove_orphans: a.remove_orphans,
        timeout: a.timeout,
    })
}
