//! `compose start`, `stop`, `restart`, `kill`, `rm`.

use anyhow::Result;

use super::{ComposeArgs, Session};

#[derive(Debug, clap::Args)]
pub struct ServicesArgs {
    #[arg(value_name = "SERVICE")]
    pub services: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct StopArgs {
    /// Specify a shutdown timeout in seconds
    #[arg(short = 't', long, value_name = "SECONDS")]
    pub timeout: Option<i64>,
    #[arg(value_name = "SERVICE")]
    pub services: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct KillArgs {
    /// SIGNAL to send to the container
    #[arg(short = 's', long, default_value = "SIGKILL")]
    pub signal: String,
    /// Remove containers for services not defined in the Compose file
    #[arg(long = "remove-orphans")]
    pub remove_orphans: bool,
    #[arg(value_name = "SERVICE")]
    pub services: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct RmArgs {
    /// Don't ask to confirm removal
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Stop the containers, if required, before removing
    #[arg(short = 's', long)]
    pub stop: bool,
    /// Remove any anonymous volumes attached to containers
    #[arg(short = 'v', long)]
    pub volumes: bool,
    #[arg(value_name = "SERVICE")]
    pub services: Vec<String>,
}

pub fn start(s: &Session, args: &ComposeArgs, a: &ServicesArgs) -> Result<()> {
    let project = s.load(args, &[])?;
    s.runner(&project)?.start(&a.services)
}

pub fn stop(s: &Session, args: &ComposeArgs, a: &StopArgs) -> Result<()> {
    let project = s.load(args, &[])?;
    s.runner(&project)?.stop(&a.services, a.timeout)
}

pub fn restart(s: &Session, args: &ComposeArgs, a: &StopArgs) -> Result<()> {
    let project = s.load(args, &[])?;
    let runner = s.runner(&project)?;
    runner.stop(&a.services, a.timeout)?;
    runner.start(&a.services)
}

pub fn kill(s: &Session, args: &ComposeArgs, a: &KillArgs) -> Result<()> {
    let project = s.load(args, &[])?;
    s.runner(&project)?.kill(&a.services, &a.signal)
}

pub fn rm(s: &Session, args: &ComposeArgs, a: &RmArgs) -> Result<()> {
    let project = s.load(args, &[])?;
    // Without a terminal to ask on, compose removes without asking too.
    let removed = s.runner(&project)?.remove(&a.services, a.stop, a.volumes)?;
    if removed == 0 {
        eprintln!("No stopped containers");
    }
    Ok(())
}

#[derive(Debug, clap::Args)]
pub struct WaitArgs {
    /// Drops project when the first container stops
    #[arg(long = "down-project")]
    pub down_project: bool,
    #[arg(value_name = "SERVICE")]
    pub services: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct ScaleArgs {
    /// Don't start linked services
    #[arg(long = "no-deps")]
    pub no_deps: bool,
    #[arg(required = true, value_name = "SERVICE=REPLICAS")]
    pub scales: Vec<String>,
}

/// `wait`: blocks until the first container of the services stops; exits
/// with its code.
pub fn wait(s: &Session, args: &ComposeArgs, a: &WaitArgs) -> Result<()> {
    let project = s.load(args, &[])?;
    let runner = s.runner(&project)?;
    let code = runner.wait_first_exit(&a.services)?;
    if a.down_project {
        runner.down(&crate::compose::runner::DownOptions::default())?;
    }
    if code != 0 {
        return Err(crate::cli::ExitError::silent(code));
    }
    Ok(())
}

/// `scale`: `up --scale` of the named services, recreating nothing.
pub fn scale(s: &Session, args: &ComposeArgs, a: &ScaleArgs) -> Result<()> {
    let project = s.load(args, &[])?;
    let scale = super::up::parse_scale(&a.scales)?;
    s.runner(&project)?.up(&crate::compose::runner::UpOptions {
        services: scale.keys().cloned().collect(),
        scale,
        no_deps: a.no_deps,
        no_recreate: true,
        ..Default::default()
    })
}
