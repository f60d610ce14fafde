//! `skiff stop`, `skiff kill`, `skiff restart` and `skiff wait`.

use std::time::Duration;

use anyhow::{bail, Result};

use super::{each_name, ExitError, GlobalArgs};
use crate::engine::container::remove::wait_stopped;
use crate::engine::container::{self, Status};
use crate::engine::Engine;
use crate::engine::{events, runtime};

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

/// Normalises `TERM`, `SIGTERM`, `15` to libcontainer's `SIGTERM` form.
pub fn signal_name(s: &str) -> String {
    if let Ok(n) = s.parse::<i32>() {
        if let Ok(sig) = nix::sys::signal::Signal::try_from(n) {
            return sig.as_str().to_string();
        }
    }
    let up = s.to_uppercase();
    if up.starts_with("SIG") {
        up
    } else {
        format!("SIG{up}")
    }
}

/// Stops one container: its stop signal, then SIGKILL after the timeout.
pub fn stop_one(
    engine: &Engine,
    name: &str,
    time: Option<i64>,
    signal: Option<&str>,
) -> Result<()> {
    let c = container::lookup(engine, name)?;
    if c.state.status == Status::Restarting {
        // Waiting out a restart backoff: the monitor gives up once it sees this.
        container::mark_stopped_by_user(engine, &c.record.id, true)?;
        wait_stopped(engine, &c.record.id, Duration::from_secs(10));
        return Ok(());
    }
    if !c.state.status.is_up() {
        return Ok(());
    }
    container::mark_stopped_by_user(engine, &c.record.id, true)?;
    crate::engine::events::container(engine, "stop", &c.record, &[]);
    let sig = signal
        .map(str::to_string)
        .or(c.record.config.stop_signal.clone())
        .unwrap_or_else(|| "SIGTERM".into());
    let timeout = time.or(c.record.config.stop_timeout).unwrap_or(10).max(0) as u64;
    let rt = engine.runtime_root();
    if let Err(e) = runtime::kill(&rt, &c.record.id, &signal_name(&sig), false) {
        if container::monitor_alive(&container::load_state(engine, &c.record.id)) {
            return Err(e);
        }
    }
    if !wait_stopped(engine, &c.record.id, Duration::from_secs(timeout)) {
        let _ = runtime::kill(&rt, &c.record.id, "SIGKILL", !engine.rootless);
        wait_stopped(engine, &c.record.id, Duration::from_secs(10));
    }
    Ok(())
}

pub fn run_stop(g: &GlobalArgs, args: StopArgs) -> Result<()> {
    let engine = g.engine()?;
    each_name(&args.containers, |name| {
        stop_one(&engine, name, args.time, args.signal.as_deref())
    })
}

pub fn run_restart(g: &GlobalArgs, args: StopArgs) -> Result<()> {
    let engine = g.engine()?;
    each_name(&args.containers, |name| {
        stop_one(&engine, name, args.time, args.signal.as_deref())?;
        let c = container::lookup(&engine, name)?;
        super::run::start_container(g, &engine, &c.record.id, None).map(drop)
    })
}

pub fn run_kill(g: &GlobalArgs, args: KillArgs) -> Result<()> {
    let engine = g.engine()?;
    each_name(&args.containers, |name| {
        let c = container::lookup(&engine, name)?;
        if !c.state.status.is_up() {
            bail!(
                "cannot kill container: {}: container {} is not running",
                name,
                c.record.id
            );
        }
        container::mark_stopped_by_user(&engine, &c.record.id, true)?;
        let sig = signal_name(&args.signal);
        crate::engine::events::container(
            &engine,
            "kill",
            &c.record,
            &[("signal", sig.trim_start_matches("SIG"))],
        );
        runtime::kill(
            &engine.runtime_root(),
            &c.record.id,
            &signal_name(&args.signal),
            false,
        )
    })
}

pub fn run_wait(g: &GlobalArgs, args: WaitArgs) -> Result<()> {
    let engine = g.engine()?;
    let mut failed = false;
    for name in &args.containers {
        // Before reading the state, so a `die` between the two is not missed.
        let events_from = events::end_offset(&engine);
        let c = match container::lookup(&engine, name) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("Error: {e:#}");
                failed = true;
                continue;
            }
        };
        let id = c.record.id.clone();
        let first_finish = c.state.finished_at.clone();
        // The last exit code seen: a removed container takes its state with it, and
        // an exit and removal between two polls is only in the events log.
        let mut last_code = c.state.exit_code;
        loop {
            if args.condition == "removed" && !engine.container_paths(&id).record().exists() {
                let code = events::last_exit_code(&engine, &id, events_from).unwrap_or(last_code);
                println!("{code}");
                break;
            }
            let state = container::reconcile(&engine, &id, container::load_state(&engine, &id));
            if engine.container_paths(&id).state().exists() {
                last_code = state.exit_code;
            }
            let running = state.status.is_live();
            let health = state.health.as_ref().map(|h| h.status.as_str());
            let done = match args.condition.as_str() {
                "not-running" | "stopped" | "exited" => !running,
                "next-exit" => !running && state.finished_at != first_finish,
                "running" => state.status == Status::Running,
                "paused" => state.status == Status::Paused,
                "healthy" => health == Some("healthy"),
                "unhealthy" => health == Some("unhealthy"),
                _ => false,
            };
            if done {
                println!("{}", state.exit_code);
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
    if failed {
        return Err(ExitError::silent(1));
    }
    Ok(())
}
