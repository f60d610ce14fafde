//! Healthchecks without a daemon: the container's monitor starts `skiff
//! __healthcheck ID` on schedule; that process runs the probe inside the
//! container (as `exec` does) and records the result in the container's state.

use std::io::Read;
use std::os::fd::{AsRawFd, OwnedFd};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context as _, Result};
use nix::sys::wait::{waitpid, WaitPidFlag, WaitStatus};
use nix::unistd::Pid;

use super::{
    load_state, lock, now_rfc3339, save_state, Health, HealthConfig, HealthResult, HealthStatus,
    Status,
};
use crate::engine::runtime;
use crate::engine::Engine;

/// docker's defaults for unset healthcheck durations.
pub const DEFAULT_INTERVAL: Duration = Duration::from_secs(30);
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
pub const DEFAULT_START_INTERVAL: Duration = Duration::from_secs(5);
pub const DEFAULT_RETRIES: u32 = 3;
/// docker keeps at most this much probe output.
const MAX_OUTPUT: usize = 4096;

fn ns(v: i64, default: Duration) -> Duration {
    if v > 0 {
        Duration::from_nanos(v as u64)
    } else {
        default
    }
}

/// The probe's timing: (interval, start interval, start period).
pub fn schedule(hc: &HealthConfig) -> (Duration, Duration, Duration) {
    (
        ns(hc.interval, DEFAULT_INTERVAL),
        ns(hc.start_interval, DEFAULT_START_INTERVAL),
        ns(hc.start_period, Duration::ZERO),
    )
}

/// The configured check, unless there is none or it is NONE.
pub fn active(hc: Option<&HealthConfig>) -> Option<&HealthConfig> {
    hc.filter(|h| h.test.first().is_some_and(|t| t != "NONE"))
}

/// Runs the probe once and records the result; returns it.
pub fn probe(engine: &Engine, id: &str) -> Result<HealthResult> {
    let record = super::load_record(engine, id)?;
    let hc = active(record.config.healthcheck.as_ref())
        .ok_or_else(|| anyhow!("container {} has no healthcheck", record.name))?
        .clone();
    let state = load_state(engine, id);
    if state.status != Status::Running {
        bail!("container {} is not running", record.name);
    }
    let args: Vec<String> = match hc.test.first().map(String::as_str) {
        Some("CMD-SHELL") => vec!["/bin/sh".into(), "-c".into(), hc.test[1..].join(" ")],
        Some("CMD") => hc.test[1..].to_vec(),
        _ => bail!("unknown healthcheck type {:?}", hc.test.first()),
    };
    if args.is_empty() {
        bail!("healthcheck has no command");
    }
    let exec = super::exec::ExecSpec {
        command: args,
        ..Default::default()
    };
    let mut prepared = super::exec::prepare(engine, &record, state.monitor_pid, &exec)?;
    let (out_r, out_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("pipe")?;
    let err_w = out_w.try_clone().context("pipe")?;
    let stdin: OwnedFd = std::fs::File::open("/dev/null")
        .context("opening /dev/null")?
        .into();
    let start = now_rfc3339();
    let started = prepared.start(
        engine,
        runtime::Stdio {
            stdin,
            stdout: out_w,
            stderr: err_w,
        },
    );
    let timeout = ns(hc.timeout, DEFAULT_TIMEOUT);
    let (exit_code, output) = match started {
        Err(e) => match e.downcast::<runtime::StartError>() {
            Ok(e) => (e.code, e.message),
            Err(e) => return Err(e),
        },
        Ok(pid) => wait_probe(pid, out_r, timeout),
    };
    // Only now: an OCI runtime's exec reads its process.json after starting.
    drop(prepared);
    let result = HealthResult {
        start,
        end: now_rfc3339(),
        exit_code,
        output,
    };
    record_result(engine, id, &hc, &result)?;
    Ok(result)
}

/// Waits for the probe, collecting its output; kills it after `timeout`.
fn wait_probe(pid: i32, out: OwnedFd, timeout: Duration) -> (i32, String) {
    let deadline = Instant::now() + timeout;
    let _ = nix::fcntl::fcntl(
        out.as_raw_fd(),
        nix::fcntl::FcntlArg::F_SETFL(nix::fcntl::OFlag::O_NONBLOCK),
    );
    let mut file = std::fs::File::from(out);
    let mut output = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        while let Ok(n) = file.read(&mut buf) {
            if n == 0 {
                break;
            }
            if output.len() < MAX_OUTPUT {
                output.extend_from_slice(&buf[..n.min(MAX_OUTPUT - output.len())]);
            }
        }
        match waitpid(Pid::from_raw(pid), Some(WaitPidFlag::WNOHANG)) {
            Ok(WaitStatus::Exited(_, code)) => {
                return (code, String::from_utf8_lossy(&output).into_owned())
            }
            Ok(WaitStatus::Signaled(_, sig, _)) => {
                return (
                    128 + sig as i32,
                    String::from_utf8_lossy(&output).into_owned(),
                )
            }
            Ok(_) => {}
            Err(_) => return (-1, String::from_utf8_lossy(&output).into_owned()),
        }
        if Instant::now() >= deadline {
            let _ = nix::sys::signal::kill(Pid::from_raw(pid), nix::sys::signal::Signal::SIGKILL);
            let _ = waitpid(Pid::from_raw(pid), None);
            return (
                -1,
                format!("Health check exceeded timeout ({}s)", timeout.as_secs()),
            );
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// docker's rules: a success makes it healthy; failures count once the start
/// period is over, and `retries` of them in a row make it unhealthy.
fn record_result(
    engine: &Engine,
    id: &str,
    hc: &HealthConfig,
    result: &HealthResult,
) -> Result<()> {
    let _lock = lock(engine, id)?;
    let mut state = load_state(engine, id);
    let (_, _, start_period) = schedule(hc);
    let in_start_period = state
        .started_at
        .as_deref()
        .and_then(|t| humantime::parse_rfc3339_weak(t.trim_end_matches('Z')).ok())
        .and_then(|t| std::time::SystemTime::now().duration_since(t).ok())
        .is_some_and(|ran| ran < start_period);
    let health = state.health.get_or_insert_with(Health::default);
    if result.exit_code == 0 {
        health.status = HealthStatus::Healthy;
        health.failing_streak = 0;
    } else if !in_start_period {
        health.failing_streak += 1;
        let retries = if hc.retries > 0 {
            hc.retries
        } else {
            DEFAULT_RETRIES
        };
        if health.failing_streak >= retries {
            health.status = HealthStatus::Unhealthy;
        }
    }
    let changed = health.status;
    health.log.push(result.clone());
    let excess = health.log.len().saturating_sub(5);
    health.log.drain(..excess);
    let previous = load_state(engine, id).health.map(|h| h.status);
    save_state(engine, id, &state)?;
    if previous != Some(changed) {
        if let Ok(record) = super::load_record(engine, id) {
            crate::engine::events::container(
                engine,
                &format!("health_status: {}", changed.as_str()),
                &record,
                &[],
            );
        }
    }
    Ok(())
}
