//! Stop, kill, restart, wait, pause and unpause: what docker's commands of
//! those names do to one container.

use std::time::Duration;

use anyhow::{bail, Context as _, Result};

use super::remove::wait_stopped;
use super::start::{start, StartOptions};
use crate::engine::container::{self, HealthStatus, RestartMode, Status};
use crate::engine::{events, runtime, Engine};

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

/// `stop`'s knobs; None takes the container's own (then docker's 10 s, SIGTERM).
#[derive(Debug, Clone, Default)]
pub struct StopOptions {
    /// Seconds before SIGKILL.
    pub timeout: Option<i64>,
    pub signal: Option<String>,
}

/// Stops one container: its stop signal, then SIGKILL after the timeout. A
/// container that is not running is left as it is.
pub fn stop(engine: &Engine, name: &str, opts: &StopOptions) -> Result<()> {
    stop_then(engine, name, opts, wait_stopped)
}

/// [`stop`], returning once the container's processes have exited, while its
/// monitor may still be releasing its network and mounts: what ordering by
/// dependency needs (`compose down` stops the next services meanwhile).
/// Removing it waits for the monitor ([`super::remove::remove`] does).
pub fn stop_until_exited(engine: &Engine, name: &str, opts: &StopOptions) -> Result<()> {
    stop_then(engine, name, opts, super::remove::wait_exited)
}

fn stop_then(
    engine: &Engine,
    name: &str,
    opts: &StopOptions,
    wait_stopped: fn(&Engine, &str, Duration) -> bool,
) -> Result<()> {
    let c = super::lookup(engine, name)?;
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
    events::container(engine, "stop", &c.record, &[]);
    let sig = opts
        .signal
        .clone()
        .or(c.record.config.stop_signal.clone())
        .unwrap_or_else(|| "SIGTERM".into());
    let timeout = opts
        .timeout
        .or(c.record.config.stop_timeout)
        .unwrap_or(10)
        .max(0) as u64;
    let rt = runtime::Runtime::of(engine, &c.record.host_config.runtime);
    if let Err(e) = rt.kill(&c.record.id, &signal_name(&sig), false) {
        if container::monitor_alive(&container::load_state(engine, &c.record.id)) {
            return Err(e);
        }
    }
    if !wait_stopped(engine, &c.record.id, Duration::from_secs(timeout)) {
        let _ = rt.kill(&c.record.id, "SIGKILL", !engine.rootless);
        wait_stopped(engine, &c.record.id, Duration::from_secs(10));
    }
    Ok(())
}

/// Stops the container (as [`stop`]) and starts it again, detached.
pub fn restart(engine: &Engine, name: &str, opts: &StopOptions, debug: bool) -> Result<()> {
    stop(engine, name, opts)?;
    let c = super::lookup(engine, name)?;
    start(
        engine,
        &c.record.id,
        StartOptions {
            attach: None,
            debug,
        },
    )
    .map(drop)
}

/// Sends `signal` to a running container's init; it then counts as stopped by
/// the user (no restart policy brings it back).
pub fn kill(engine: &Engine, name: &str, signal: &str) -> Result<()> {
    let c = super::lookup(engine, name)?;
    if !c.state.status.is_up() {
        bail!(
            "cannot kill container: {}: container {} is not running",
            name,
            c.record.id
        );
    }
    container::mark_stopped_by_user(engine, &c.record.id, true)?;
    let sig = signal_name(signal);
    events::container(
        engine,
        "kill",
        &c.record,
        &[("signal", sig.trim_start_matches("SIG"))],
    );
    runtime::Runtime::of(engine, &c.record.host_config.runtime).kill(&c.record.id, &sig, false)
}

/// What `wait` waits for: docker's API conditions, and podman's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaitCondition {
    NotRunning,
    NextExit,
    Removed,
    Running,
    Paused,
    Healthy,
    Unhealthy,
}

impl std::str::FromStr for WaitCondition {
    type Err = anyhow::Error;

    fn from_str(s: &str) -> Result<WaitCondition> {
        Ok(match s {
            "not-running" | "stopped" | "exited" => WaitCondition::NotRunning,
            "next-exit" => WaitCondition::NextExit,
            "removed" => WaitCondition::Removed,
            "running" => WaitCondition::Running,
            "paused" => WaitCondition::Paused,
            "healthy" => WaitCondition::Healthy,
            "unhealthy" => WaitCondition::Unhealthy,
            other => bail!("invalid condition {other:?}"),
        })
    }
}

/// Waits until the container meets `condition`; returns its exit code then.
pub fn wait(engine: &Engine, name: &str, condition: WaitCondition) -> Result<i32> {
    // Before reading the state, so a `die` between the two is not missed.
    let events_from = events::end_offset(engine);
    let c = super::lookup(engine, name)?;
    let id = c.record.id.clone();
    let first_finish = c.state.finished_at.clone();
    // The last exit code seen: a removed container takes its state with it, and
    // an exit and removal between two polls is only in the events log.
    let mut last_code = c.state.exit_code;
    loop {
        if condition == WaitCondition::Removed && !engine.container_paths(&id).record().exists() {
            return Ok(events::last_exit_code(engine, &id, events_from).unwrap_or(last_code));
        }
        let state = super::reconcile(engine, &id, container::load_state(engine, &id));
        if engine.container_paths(&id).state().exists() {
            last_code = state.exit_code;
        }
        let running = state.status.is_live();
        let health = state.health.as_ref().map(|h| h.status);
        let done = match condition {
            WaitCondition::NotRunning => !running,
            WaitCondition::NextExit => !running && state.finished_at != first_finish,
            WaitCondition::Running => state.status == Status::Running,
            WaitCondition::Paused => state.status == Status::Paused,
            WaitCondition::Healthy => health == Some(HealthStatus::Healthy),
            WaitCondition::Unhealthy => health == Some(HealthStatus::Unhealthy),
            WaitCondition::Removed => false,
        };
        if done {
            return Ok(state.exit_code);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn set_status(engine: &Engine, id: &str, status: Status) -> Result<()> {
    let mut state = container::load_state(engine, id);
    state.status = status;
    container::save_state(engine, id, &state)
}

/// Freezes a running container's processes (the cgroup freezer).
pub fn pause(engine: &Engine, name: &str) -> Result<()> {
    let c = super::lookup(engine, name)?;
    let _lock = container::lock(engine, &c.record.id)?;
    match c.state.status {
        Status::Paused => bail!("Container {} is already paused", c.record.id),
        Status::Running => {}
        _ => bail!("Container {} is not running", c.record.id),
    }
    if engine.rootless {
        bail!("pause needs the cgroup freezer, which rootless containers do not have on this host");
    }
    runtime::Runtime::of(engine, &c.record.host_config.runtime).pause(&c.record.id)?;
    events::container(engine, "pause", &c.record, &[]);
    set_status(engine, &c.record.id, Status::Paused)
}

/// Thaws a paused container.
pub fn unpause(engine: &Engine, name: &str) -> Result<()> {
    let c = super::lookup(engine, name)?;
    let _lock = container::lock(engine, &c.record.id)?;
    if c.state.status != Status::Paused {
        bail!("Container {} is not paused", c.record.id);
    }
    runtime::Runtime::of(engine, &c.record.host_config.runtime).resume(&c.record.id)?;
    events::container(engine, "unpause", &c.record, &[]);
    set_status(engine, &c.record.id, Status::Running)
}

/// Gives container `name` a new name (a leading `/` is dropped, as docker does).
pub fn rename(engine: &Engine, name: &str, new_name: &str) -> Result<()> {
    let c = super::lookup(engine, name)?;
    let new = new_name.trim_start_matches('/');
    if new == c.record.name {
        bail!("Renaming a container with the same name as its current name");
    }
    container::names::claim(engine, new, &c.record.id)?;
    let mut record = c.record.clone();
    record.name = new.to_string();
    let path = engine.container_paths(&record.id).record();
    if let Err(e) = crate::engine::store::atomic::write_json(&path, &record) {
        container::names::release(engine, new, &record.id);
        return Err(e).context("writing container record");
    }
    container::names::release(engine, &c.record.name, &record.id);
    events::container(
        engine,
        "rename",
        &record,
        &[("oldName", &format!("/{}", c.record.name))],
    );
    Ok(())
}

/// Starts container `name` unless it already runs (then None): the user's
/// `start`, which also undoes an earlier stop's hold on the restart policy.
pub fn start_existing(
    engine: &Engine,
    name: &str,
    opts: StartOptions,
) -> Result<Option<super::Started>> {
    let c = super::lookup(engine, name)?;
    // Held until the monitor reports: two starts never both start it.
    let _lock = container::lock(engine, &c.record.id)?;
    let mut state = container::load_state(engine, &c.record.id);
    if state.status.is_live() && container::monitor_alive(&state) {
        return Ok(None);
    }
    if state.stopped_by_user {
        state.stopped_by_user = false;
        container::save_state_durably(engine, &c.record.id, &state)?;
    }
    start(engine, &c.record.id, opts).map(Some)
}

/// The containers a restart policy says should be running but are not (after
/// a reboot): `always` ones, and `unless-stopped` ones the user did not stop.
pub fn wanted_running(engine: &Engine) -> Result<Vec<String>> {
    Ok(super::list(engine)?
        .into_iter()
        .filter(|c| {
            let wanted = match c.record.host_config.restart_policy.name {
                RestartMode::Always => true,
                RestartMode::UnlessStopped => !c.state.stopped_by_user,
                RestartMode::No | RestartMode::OnFailure => false,
            };
            wanted && !c.state.status.is_up()
        })
        .map(|c| c.record.name)
        .collect())
}
