//! `skiff stop`, `skiff kill`, `skiff restart` and `skiff wait`.

use anyhow::Result;

use super::{each_name, ExitError, GlobalArgs};
use crate::engine::ops;

#[derive(Debug, clap::Args)]
pub struct StopArgs {
    /// Containers to stop
    #[arg(required = true, value_name = "CONTAINER")]
    pub containers: Vec<String>,
    /// Seconds to wait before killing the container
    #[arg(short = 't', long = "time", visible_alias = "timeout")]
    pub time: Option<i64>,
    /// Signal to send to the container
    #[arg(short = 's', long)]
    pub signal: Option<String>,
}

impl StopArgs {
    fn stop_options(&self) -> ops::StopOptions {
        ops::StopOptions {
            timeout: self.time,
            signal: self.signal.clone(),
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct KillArgs {
    /// Containers to kill
    #[arg(required = true, value_name = "CONTAINER")]
    pub containers: Vec<String>,
    /// Signal to send to the container
    #[arg(short = 's', long, default_value = "KILL")]
    pub signal: String,
}

#[derive(Debug, clap::Args)]
pub struct WaitArgs {
    /// Containers to wait for
    #[arg(required = true, value_name = "CONTAINER")]
    pub containers: Vec<String>,
    /// What to wait for: not-running (default), next-exit, removed (docker's
    /// API), or running, paused, healthy, unhealthy (podman's)
    #[arg(long, default_value = "not-running", value_parser = ["not-running", "next-exit", "removed", "stopped", "exited", "running", "paused", "healthy", "unhealthy"])]
    pub condition: String,
}

pub fn run_stop(g: &GlobalArgs, args: StopArgs) -> Result<()> {
    let engine = g.engine()?;
    let opts = args.stop_options();
    each_name(&args.containers, |name| ops::stop(&engine, name, &opts))
}

pub fn run_restart(g: &GlobalArgs, args: StopArgs) -> Result<()> {
    let engine = g.engine()?;
    let opts = args.stop_options();
    each_name(&args.containers, |name| {
        ops::restart(&engine, name, &opts, g.debug)
    })
}

pub fn run_kill(g: &GlobalArgs, args: KillArgs) -> Result<()> {
    let engine = g.engine()?;
    each_name(&args.containers, |name| {
        ops::kill(&engine, name, &args.signal)
    })
}

pub fn run_wait(g: &GlobalArgs, args: WaitArgs) -> Result<()> {
    let engine = g.engine()?;
    let condition: ops::WaitCondition = args.condition.parse()?;
    let mut failed = false;
    for name in &args.containers {
        match ops::wait(&engine, name, condition) {
            Ok(code) => println!("{code}"),
            Err(e) => {
                eprintln!("Error: {e:#}");
                failed = true;
            }
        }
    }
    if failed {
        return Err(ExitError::silent(1));
    }
    Ok(())
}
