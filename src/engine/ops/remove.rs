//! Removing containers: stop what runs, unmount, delete every trace.

use std::fs;
use std::time::{Duration, Instant};

use anyhow::{bail, Result};

use crate::engine::container::{load_state, monitor_alive, names, Container, ContainerRecord};
use crate::engine::runtime;
use crate::engine::Engine;

/// Deletes a stopped container's files, its runtime dir and its name.
pub fn remove_files(engine: &Engine, record: &ContainerRecord) -> Result<()> {
    crate::engine::container::rootfs::force_unmount_rootfs(engine, record);
    let _ = runtime::Runtime::of(engine, &record.host_config.runtime).delete(&record.id);
    remove_exited(engine, record)
}

/// Removes what is left of a container whose processes are gone, without
/// libcontainer: its cgroups, libcontainer's state dir, mounts and files.
/// The monitor uses this, so that its small binary needs no libcontainer.
pub fn remove_exited(engine: &Engine, record: &ContainerRecord) -> Result<()> {
    retire(engine, record).delete()
}

/// The files of a retired container, still on disk.
#[must_use = "the container's directories stay behind until deleted"]
pub struct Leftovers {
    run_dir: std::path::PathBuf,
    dir: std::path::PathBuf,
    rootless: bool,
}

impl Leftovers {
    /// Deletes the container's directories.
    pub fn delete(self) -> Result<()> {
        let _ = remove_dir(&self.run_dir, self.rootless);
        remove_dir(&self.dir, self.rootless)
    }
}

/// Deletes a container directory, gone already or not.
fn remove_dir(dir: &std::path::Path, rootless: bool) -> Result<()> {
    // Rootless: files container users wrote may belong to subordinate ids.
    let removed = if rootless {
        crate::engine::rootless::remove_tree(dir)
    } else {
        fs::remove_dir_all(dir)
    };
    match removed {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(anyhow::anyhow!("removing {}: {e}", dir.display()))
        }
        _ => Ok(()),
    }
}

/// The part of removing an exited container that others can see: after it
/// the container is in no listing, its name is free, nothing is mounted and
/// (for `--rm`) its anonymous volumes are gone. Only its directories are
/// left, and nothing reads a container directory without a record. `--rm`
/// reports the exit between the two halves, so the CLI does not wait on the
/// slowest part, unlinking the rootfs' upper and work dirs.
pub fn retire(engine: &Engine, record: &ContainerRecord) -> Leftovers {
    crate::engine::events::container(engine, "destroy", record, &[]);
    let paths = engine.container_paths(&record.id);
    release_runtime(engine, &record.id);
    crate::engine::container::rootfs::force_unmount_rootfs(engine, record);
    // Remove the record first so listings stop showing the container at once.
    let _ = fs::remove_file(paths.record());
    names::release(engine, &record.name, &record.id);
    // docker's --rm also removes the container's anonymous volumes.
    if record.host_config.auto_remove {
        remove_anonymous_volumes(engine, record);
    }
    // Out of the way first (the monitor holds the container lock here): a
    // command that waited on the lock finds no directory to write into, and a
    // monitor killed before deleting them leaves trash that `container prune`
    // sweeps, not a half-removed container.
    Leftovers {
        run_dir: to_trash(paths.run_dir, &record.id),
        dir: to_trash(paths.dir, &record.id),
        rootless: engine.rootless,
    }
}

/// Prefix of a removed container's directories on their way out.
const TRASH: &str = ".trash-";

fn to_trash(dir: std::path::PathBuf, id: &str) -> std::path::PathBuf {
    let trash = dir.with_file_name(format!("{TRASH}{id}"));
    match fs::rename(&dir, &trash) {
        Ok(()) => trash,
        Err(_) => dir,
    }
}

/// Deletes what monitors killed half way through removing a container left.
pub fn sweep_trash(engine: &Engine) {
    let dirs = [
        engine.containers_dir(),
        engine.paths.runroot.join("containers"),
    ];
    for dir in dirs {
        for entry in crate::engine::store::dir_entries(&dir).unwrap_or_default() {
            if entry.file_name().to_string_lossy().starts_with(TRASH) {
                let _ = remove_dir(&entry.path(), engine.rootless);
            }
        }
    }
}

/// Removes the anonymous volumes of a removed container (`rm -v`, `--rm`).
pub fn remove_anonymous_volumes(engine: &Engine, record: &ContainerRecord) {
    for m in record.host_config.volumes.iter().filter(|m| m.anonymous) {
        let _ = crate::engine::volume::remove(engine, &m.name, false);
    }
}

/// Removes a stopped container's cgroups (`/skiff/<id>` under every hierarchy)
/// and libcontainer's state dir. Processes in a pid namespace die with its init,
/// but may take a moment to leave their cgroups: retry briefly on EBUSY.
pub fn release_runtime(engine: &Engine, id: &str) {
    // Every caller has the container's processes gone or being killed.
    crate::engine::network::attach::release_exited(engine, id);
    let base = std::path::Path::new("/sys/fs/cgroup");
    let record = crate::engine::container::load_record(engine, id);
    let rel = record
        .as_ref()
        .map(|r| r.host_config.cgroup_path(id))
        .unwrap_or_else(|_| crate::engine::container::HostConfig::default().cgroup_path(id));
    // An OCI runtime's state of a container whose processes are gone is only
    // files (what its `delete` would remove besides the cgroups below).
    if let Ok(r) = &record {
        if !r.host_config.runtime.is_builtin() {
            let state =
                runtime::select::state_root(&engine.paths.runroot, &r.host_config.runtime.name);
            let _ = fs::remove_dir_all(state.join(id));
        }
    }
    let mut dirs = vec![base.join(&rel)];
    if let Ok(controllers) = fs::read_dir(base) {
        dirs.extend(controllers.flatten().map(|c| c.path().join(&rel)));
    }
    for dir in dirs {
        for attempt in 0..50 {
            match fs::remove_dir(&dir) {
                Err(e) if e.raw_os_error() == Some(libc::EBUSY) && attempt < 49 => {
                    std::thread::sleep(Duration::from_millis(10));
                }
                _ => break,
            }
        }
    }
    let _ = fs::remove_dir_all(engine.runtime_root().join(id));
}

/// Waits until the monitor has recorded the exit (or is gone), up to `timeout`.
pub fn wait_stopped(engine: &Engine, id: &str, timeout: Duration) -> bool {
    let start = Instant::now();
    loop {
        let state = load_state(engine, id);
        let running = state.status.is_live();
        if !running && !monitor_alive(&state) {
            return true;
        }
        if running && !monitor_alive(&state) {
            return true;
        }
        if start.elapsed() >= timeout {
            return false;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Waits until the container's processes have exited (its monitor recorded
/// the exit, or is gone); false after `timeout`.
pub fn wait_exited(engine: &Engine, id: &str, timeout: Duration) -> bool {
    let start = Instant::now();
    loop {
        let state = load_state(engine, id);
        if !state.status.is_live() || !monitor_alive(&state) {
            return true;
        }
        if start.elapsed() >= timeout {
            return false;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// `rm`: refuses running containers unless `force`, which kills them first.
pub fn remove(engine: &Engine, c: &Container, force: bool) -> Result<()> {
    let running = c.state.status.is_live();
    if running && !force {
        bail!(
            "cannot remove container \"/{}\": container is running: stop the container before removing or force remove",
            c.record.name
        );
    }
    if running {
        kill_for_removal(engine, c);
    }
    // Also after a stop that did not wait for the monitor's cleanup.
    wait_stopped(engine, &c.record.id, Duration::from_secs(10));
    remove_files(engine, &c.record)
}

/// SIGKILLs a running container's processes (for `rm -f`); its monitor then cleans up.
pub fn kill_for_removal(engine: &Engine, c: &Container) {
    if c.state.status.is_live() {
        let _ = crate::engine::container::mark_stopped_by_user(engine, &c.record.id, true);
    }
    if c.state.status.is_up() {
        // Without cgroups (rootless) there is no freezer to signal every process with.
        let all = !engine.rootless;
        let _ = runtime::Runtime::of(engine, &c.record.host_config.runtime).kill(
            &c.record.id,
            "SIGKILL",
            all,
        );
    }
}
