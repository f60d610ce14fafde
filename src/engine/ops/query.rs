//! Containers as the user sees them: found or listed with their state
//! reconciled against their monitors (a state that says running when the
//! monitor is gone is repaired, and the container's network released).

use anyhow::Result;

use crate::engine::container::{
    find, load_state, lock, monitor_alive, now_rfc3339, records, save_state, Container,
    ContainerState, Status,
};
use crate::engine::Engine;

/// Marks a container exited if its state says running but its monitor is gone
/// (killed, or the machine rebooted). State on disk is the truth; this repairs it.
pub fn reconcile(engine: &Engine, id: &str, state: ContainerState) -> ContainerState {
    if !state.status.is_live() || monitor_alive(&state) {
        return state;
    }
    let Ok(_lock) = lock(engine, id) else {
        return state;
    };
    let mut fresh = load_state(engine, id);
    if fresh.status.is_live() && !monitor_alive(&fresh) {
        fresh.status = Status::Exited;
        if fresh.exit_code == 0 {
            fresh.exit_code = 137;
        }
        fresh.finished_at = Some(now_rfc3339());
        kill_orphaned_init(engine, id, &fresh);
        let _ = save_state(engine, id, &fresh);
        // The monitor that would have released the network is gone.
        crate::engine::network::attach::release(engine, id);
    }
    fresh
}

/// A monitor killed outright (SIGKILL, OOM) leaves its container's init
/// running, with nobody to reap or log it: kill it, when its pid still
/// names the same process, so a container recorded as exited is.
fn kill_orphaned_init(engine: &Engine, id: &str, state: &ContainerState) {
    let same_process = state.pid > 0
        && state.pid_start != 0
        && crate::engine::container::process_start_time(state.pid) == Some(state.pid_start);
    if !same_process {
        return;
    }
    if !engine.rootless {
        // Every process of its cgroup, also without a pid namespace of its own.
        let _ = crate::engine::runtime::Runtime::of_container(engine, id).kill(id, "SIGKILL", true);
    }
    // The init of a pid namespace takes the others with it.
    let _ = nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(state.pid),
        nix::sys::signal::Signal::SIGKILL,
    );
}

/// Every container of the engine's namespace, with reconciled state, newest first.
pub fn list(engine: &Engine) -> Result<Vec<Container>> {
    let mut out = records(engine)?;
    for c in &mut out {
        c.state = reconcile(engine, &c.record.id, std::mem::take(&mut c.state));
    }
    Ok(out)
}

/// Finds a container by full ID, name, or unique ID prefix, as docker does,
/// with reconciled state.
pub fn lookup(engine: &Engine, name_or_id: &str) -> Result<Container> {
    let mut c = find(engine, name_or_id)?;
    c.state = reconcile(engine, &c.record.id, std::mem::take(&mut c.state));
    Ok(c)
}
