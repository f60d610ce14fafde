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

/// Joins the user namespace of a rootless container's process (file owners
/// then map as the container maps them).
pub fn join_user_namespace(pid: i32) -> Result<()> {
    let ns = std::fs::File::open(format!("/proc/{pid}/ns/user"))
        .with_context(|| format!("opening the user namespace of process {pid}"))?;
    nix::sched::setns(ns, CloneFlags::CLONE_NEWUSER)
        .context("joining the container's user namespace")
}

/// Joins a rootless container's monitor's user and mount namespaces, so that a
/// CLI may join the container's other namespaces (libcontainer's exec does not
/// join user namespaces) and sees the same hidden cgroup tree the monitor does.
pub fn join_monitor_namespaces(monitor_pid: i32) -> Result<()> {
    for (kind, flag) in [
        ("user", CloneFlags::CLONE_NEWUSER),
        ("mnt", CloneFlags::CLONE_NEWNS),
    ] {
        let ns = std::fs::File::open(format!("/proc/{monitor_pid}/ns/{kind}"))
            .with_context(|| format!("opening the {kind} namespace of the container's monitor"))?;
        nix::sched::setns(ns, flag)
            .with_context(|| format!("joining the container's {kind} namespace"))?;
    }
    Ok(())
}

/// libcontainer's cgroup v1 manager finds hierarchies in /proc/self/mountinfo,
/// which still lists the host's under the tmpfs that hides them, and writes the
/// container's pid into each. Give it those files, in the tmpfs: the container
/// then runs in no cgroup of its own, as podman's rootless containers do on v1.
pub fn stub_cgroups(id: &str) -> Result<()> {
    let mountinfo = std::fs::read_to_string("/proc/self/mountinfo").context("reading mountinfo")?;
    for line in mountinfo.lines() {
        let Some((mount, fs)) = line.split_once(" - ") else {
            continue;
        };
        let mut fs_fields = fs.split_whitespace();
        if fs_fields.next() != Some("cgroup") {
            continue;
        }
        let Some(mount_point) = mount.split_whitespace().nth(4) else {
            continue;
        };
        let base = std::path::Path::new(mount_point);
        let dir = base.join("skiff").join(id);
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        std::fs::write(dir.join("cgroup.procs"), "")
            .with_context(|| format!("creating {}/cgroup.procs", dir.display()))?;
        let options = fs_fields.nth(1).unwrap_or("");
        if options.split(',').any(|o| o == "cpuset") {
            // The cpuset controller copies these down from the parents, which must not be empty.
            for d in [base.to_path_buf(), base.join("skiff"), dir.clone()] {
                for f in ["cpuset.cpus", "cpuset.mems"] {
                    std::fs::write(d.join(f), "0\n")
                        .with_context(|| format!("creating {}/{f}", d.display()))?;
                }
            }
        }
    }
    Ok(())
}
