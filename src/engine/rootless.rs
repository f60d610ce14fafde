//! Rootless containers. An unprivileged monitor enters a user namespace of its
//! own (the user mapped to root, as podman's rootless mode without subuid ranges
//! does) with a private mount namespace, and hides the host's cgroup hierarchy
//! there: on cgroup v1 a user has no delegated cgroups, so the container runs
//! without cgroup limits, as podman does there.

use anyhow::{Context as _, Result};
use nix::mount::{mount, MsFlags};
use nix::sched::{unshare, CloneFlags};

/// Moves the calling (single-threaded) process into a new user and mount
/// namespace where it is root over the caller's own uid and gid.
pub fn enter_monitor_namespaces() -> Result<()> {
    let uid = rustix::process::geteuid().as_raw();
    let gid = rustix::process::getegid().as_raw();
    unshare(CloneFlags::CLONE_NEWUSER | CloneFlags::CLONE_NEWNS)
        .context("creating a user namespace (is unprivileged user namespace creation allowed?)")?;
    std::fs::write("/proc/self/setgroups", "deny").context("writing setgroups")?;
    std::fs::write("/proc/self/uid_map", format!("0 {uid} 1")).context("writing uid_map")?;
    std::fs::write("/proc/self/gid_map", format!("0 {gid} 1")).context("writing gid_map")?;
    mount(
        None::<&str>,
        "/",
        None::<&str>,
        MsFlags::MS_REC | MsFlags::MS_PRIVATE,
        None::<&str>,
    )
    .context("making mounts private")?;
    // An empty tmpfs where the cgroup hierarchy was: libcontainer then finds no
    // controllers to manage and leaves cgroups alone.
    mount(
        Some("tmpfs"),
        "/sys/fs/cgroup",
        Some("tmpfs"),
        MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC,
        Some("mode=755"),
    )
    .context("hiding the host cgroups")?;
    Ok(())
}

/// Joins the user namespace of a rootless container's process, so that a CLI
/// may join its other namespaces (libcontainer's exec does not join user namespaces).
pub fn join_user_namespace(pid: i32) -> Result<()> {
    let ns = std::fs::File::open(format!("/proc/{pid}/ns/user"))
        .with_context(|| format!("opening the user namespace of process {pid}"))?;
    nix::sched::setns(ns, CloneFlags::CLONE_NEWUSER)
        .context("joining the container's user namespace")
}
