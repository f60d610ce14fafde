//! Rootless containers. An unprivileged monitor enters a user namespace of its
//! own with a private mount namespace, and hides the host's cgroup hierarchy
//! there: on cgroup v1 a user has no delegated cgroups, so the container runs
//! without cgroup limits, as podman does there. The namespace maps the user to
//! root and, when /etc/subuid and /etc/subgid give the user ranges, those ranges
//! to ids 1 and up (through the setuid newuidmap/newgidmap, as podman does);
//! without ranges only root exists inside.

use std::io::{Read as _, Write as _};

use anyhow::{bail, Context as _, Result};
use nix::mount::{mount, MsFlags};
use nix::sched::{unshare, CloneFlags};

/// A subordinate id range: the first host id and how many.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IdRange {
    pub start: u32,
    pub count: u32,
}

/// The first range /etc/subuid (or /etc/subgid) text gives the user, by name or id.
pub fn subordinate_range(text: &str, id: u32, name: Option<&str>) -> Option<IdRange> {
    text.lines().find_map(|line| {
        let mut f = line.trim().split(':');
        let owner = f.next()?;
        let start = f.next()?.trim().parse().ok()?;
        let count = f.next()?.trim().parse().ok()?;
        let mine = owner == id.to_string() || Some(owner) == name;
        (mine && count > 0).then_some(IdRange { start, count })
    })
}

/// The user's ranges, when both files have one and newuidmap/newgidmap exist.
fn ranges(uid: u32) -> Option<(IdRange, IdRange)> {
    let name = nix::unistd::User::from_uid(nix::unistd::Uid::from_raw(uid))
        .ok()
        .flatten()
        .map(|u| u.name);
    let read = |f: &str| std::fs::read_to_string(f).unwrap_or_default();
    let sub_uid = subordinate_range(&read("/etc/subuid"), uid, name.as_deref())?;
    let sub_gid = subordinate_range(&read("/etc/subgid"), uid, name.as_deref())?;
    let tools = ["newuidmap", "newgidmap"]
        .iter()
        .all(|t| crate::engine::process::helper(t, "uidmap").is_ok());
    tools.then_some((sub_uid, sub_gid))
}

/// One line of a uid_map or gid_map: ids `inside..inside+count` are host ids `outside..`.
type MapLine = [u32; 3];

/// The lines mapping `id` (the user's uid or gid) and its subordinate range:
/// the user is root and the range ids 1 and up, or, for keep-id, the user
/// keeps `kept` and the range fills the ids around it.
fn map_lines(id: u32, range: IdRange, kept: Option<u32>) -> Result<Vec<MapLine>> {
    let Some(kept) = kept else {
        return Ok(vec![[0, id, 1], [1, range.start, range.count]]);
    };
    if kept > range.count {
        bail!(
            "--userns keep-id: id {kept} cannot be kept, the ids below it need {kept} subordinate ids and /etc/subuid or /etc/subgid gives {}",
            range.count
        );
    }
    let lines = [
        [0, range.start, kept],
        [kept, id, 1],
        [kept + 1, range.start + kept, range.count - kept],
    ];
    Ok(lines.into_iter().filter(|l| l[2] > 0).collect())
}

/// Moves the calling (single-threaded) process into a new user namespace where
/// it is root over the caller's uid and gid (and ids 1.. over its subordinate
/// ranges); with `keep_id`, the user is that uid and gid inside instead.
pub fn enter_user_namespace(keep_id: Option<(u32, u32)>) -> Result<()> {
    let uid = rustix::process::geteuid().as_raw();
    let gid = rustix::process::getegid().as_raw();
    match (ranges(uid), keep_id) {
        (Some((sub_uid, sub_gid)), _) => {
            let uid_map = map_lines(uid, sub_uid, keep_id.map(|k| k.0))?;
            let gid_map = map_lines(gid, sub_gid, keep_id.map(|k| k.1))?;
            unshare_mapped(&uid_map, &gid_map)?;
            if keep_id.is_some() {
                // Not root inside: keep the capabilities across the execs of
                // the watcher, slirp4netns and the cleanup.
                keep_capabilities_across_exec()?;
            }
            Ok(())
        }
        (None, Some(_)) => bail!(
            "--userns keep-id needs subordinate ids: give the user ranges in /etc/subuid and /etc/subgid, and install newuidmap and newgidmap (package uidmap)"
        ),
        (None, None) => {
            unshare(CloneFlags::CLONE_NEWUSER).context(
                "creating a user namespace (is unprivileged user namespace creation allowed?)",
            )?;
            std::fs::write("/proc/self/setgroups", "deny").context("writing setgroups")?;
            std::fs::write("/proc/self/uid_map", format!("0 {uid} 1"))
                .context("writing uid_map")?;
            std::fs::write("/proc/self/gid_map", format!("0 {gid} 1"))
                .context("writing gid_map")?;
            Ok(())
        }
    }
}

/// Makes every capability ambient, so that programs this process runs keep
/// them although it is not root in its namespace. Containers do not inherit
/// them: their specs clear the inheritable set, which clears the ambient one.
fn keep_capabilities_across_exec() -> Result<()> {
    use caps::CapSet;
    let permitted = caps::read(None, CapSet::Permitted).context("reading capabilities")?;
    caps::set(None, CapSet::Inheritable, &permitted).context("setting inheritable capabilities")?;
    for cap in permitted {
        caps::raise(None, CapSet::Ambient, cap)
            .with_context(|| format!("raising ambient capability {cap}"))?;
    }
    Ok(())
}

/// Unshares a user namespace whose maps a helper child, still outside it,
/// writes with newuidmap/newgidmap (only a process outside may).
fn unshare_mapped(uid_map: &[MapLine], gid_map: &[MapLine]) -> Result<()> {
    let (go_r, go_w) = nix::unistd::pipe().context("pipe")?;
    let (done_r, done_w) = nix::unistd::pipe().context("pipe")?;
    let me = std::process::id();
    // SAFETY: the caller is single-threaded (the monitor, or a fresh helper
    // process), so the child may allocate and spawn programs.
    match unsafe { nix::unistd::fork() }.context("fork")? {
        nix::unistd::ForkResult::Child => {
            drop(go_w);
            drop(done_r);
            let mut byte = [0u8; 1];
            let ok = std::fs::File::from(go_r).read_exact(&mut byte).is_ok()
                && [("newuidmap", uid_map), ("newgidmap", gid_map)]
                    .iter()
                    .all(|(tool, lines)| {
                        let mut cmd = std::process::Command::new(tool);
                        cmd.arg(me.to_string())
                            .args(lines.iter().flatten().map(|n| n.to_string()))
                            .stdout(std::process::Stdio::null());
                        crate::engine::process::inherit_only(&mut cmd, Vec::new());
                        cmd.status().is_ok_and(|s| s.success())
                    });
            let _ = std::fs::File::from(done_w).write_all(if ok { b"1" } else { b"0" });
            // SAFETY: _exit skips the parent's exit handlers, as a forked child must.
            unsafe { libc::_exit(0) }
        }
        nix::unistd::ForkResult::Parent { child } => {
            drop(go_r);
            drop(done_w);
            let unshared = unshare(CloneFlags::CLONE_NEWUSER);
            let _ = std::fs::File::from(go_w).write_all(b"1");
            let mut answer = [0u8; 1];
            let mapped =
                std::fs::File::from(done_r).read_exact(&mut answer).is_ok() && answer[0] == b'1';
            let _ = nix::sys::wait::waitpid(child, None);
            unshared.context(
                "creating a user namespace (is unprivileged user namespace creation allowed?)",
            )?;
            if !mapped {
                bail!("newuidmap/newgidmap could not map the ranges of /etc/subuid and /etc/subgid into the user namespace");
            }
            Ok(())
        }
    }
}

/// Moves the calling (single-threaded) process into a new user and mount
/// namespace (see enter_user_namespace) with the host's cgroups hidden.
pub fn enter_monitor_namespaces(keep_id: Option<(u32, u32)>) -> Result<()> {
    enter_user_namespace(keep_id)?;
    unshare(CloneFlags::CLONE_NEWNS).context("creating a mount namespace")?;
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
    use std::os::unix::fs::MetadataExt as _;
    let user_ns = |pid: &str| std::fs::metadata(format!("/proc/{pid}/ns/user")).map(|m| m.ino());
    if user_ns("self").ok() == user_ns(&monitor_pid.to_string()).ok() {
        // Already there: a healthcheck probe the monitor started (setns to
        // one's own user namespace fails).
        return Ok(());
    }
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
pub fn stub_cgroups(cgroup: &std::path::Path) -> Result<()> {
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
        let dir = base.join(cgroup);
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        std::fs::write(dir.join("cgroup.procs"), "")
            .with_context(|| format!("creating {}/cgroup.procs", dir.display()))?;
        let options = fs_fields.nth(1).unwrap_or("");
        if options.split(',').any(|o| o == "cpuset") {
            // The cpuset controller copies these down from the parents, which must not be empty.
            let parents = cgroup.ancestors().map(|p| base.join(p));
            let mut chain: Vec<std::path::PathBuf> = parents.collect();
            chain.reverse();
            for d in chain {
                for f in ["cpuset.cpus", "cpuset.mems"] {
                    std::fs::write(d.join(f), "0\n")
                        .with_context(|| format!("creating {}/{f}", d.display()))?;
                }
            }
        }
    }
    Ok(())
}

/// Deletes a tree that container processes may have filled with files of
/// subordinate ids, which the user cannot delete from outside: tries directly,
/// then from a helper process inside a user namespace mapped as the monitor's.
pub fn remove_tree(path: &std::path::Path) -> std::io::Result<()> {
    match std::fs::remove_dir_all(path) {
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
            let status = std::process::Command::new(skiff_exe()?)
                .arg("__remove-tree")
                .arg(path)
                .status()?;
            if status.success() {
                Ok(())
            } else {
                Err(e)
            }
        }
        other => other,
    }
}

/// The full skiff binary (also when called from the small watcher).
fn skiff_exe() -> std::io::Result<std::path::PathBuf> {
    let exe = std::env::current_exe()?;
    Ok(if exe.file_name().is_some_and(|n| n != "skiff") {
        exe.with_file_name("skiff")
    } else {
        exe
    })
}

/// Gives a rootless container's copied rootfs the owners it needs under
/// keep-id: the copy belongs to the user, who is root in the monitor's usual
/// namespace but `uid` under keep-id, so each owner moves to the id that
/// stands for the same image id there. Runs in a helper inside that namespace.
pub fn keep_id_rootfs(rootfs: &std::path::Path, uid: u32, gid: u32) -> Result<()> {
    let out = std::process::Command::new(skiff_exe().context("finding the skiff binary")?)
        .arg("__keep-id-rootfs")
        .arg(rootfs)
        .args([uid.to_string(), gid.to_string()])
        .stdin(std::process::Stdio::null())
        .output()
        .context("running skiff __keep-id-rootfs")?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let err = err.trim().trim_start_matches("Error: ");
        bail!("{err}");
    }
    Ok(())
}

/// Where an owner seen in the keep-id namespace goes: the user's own id
/// (the image's root in the copy) to 0, and the ids below it up by one, as
/// they sit one lower under keep-id than in the usual namespace.
fn keep_id_owner(seen: u32, kept: u32) -> u32 {
    match seen.cmp(&kept) {
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Less => seen + 1,
        std::cmp::Ordering::Greater => seen,
    }
}

/// `skiff __keep-id-rootfs PATH UID GID`: the helper of keep_id_rootfs.
pub fn keep_id_rootfs_inside(rootfs: &std::path::Path, uid: u32, gid: u32) -> Result<()> {
    use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
    enter_user_namespace(Some((uid, gid)))?;
    let mut pending = vec![rootfs.to_path_buf()];
    while let Some(path) = pending.pop() {
        let meta = std::fs::symlink_metadata(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        std::os::unix::fs::lchown(
            &path,
            Some(keep_id_owner(meta.uid(), uid)),
            Some(keep_id_owner(meta.gid(), gid)),
        )
        .with_context(|| format!("changing the owner of {}", path.display()))?;
        // chown clears set-id bits; the image's stay.
        if meta.is_file() && meta.mode() & 0o6000 != 0 {
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(meta.mode() & 0o7777))
                .with_context(|| format!("restoring the mode of {}", path.display()))?;
        }
        if meta.is_dir() {
            for entry in
                std::fs::read_dir(&path).with_context(|| format!("reading {}", path.display()))?
            {
                pending.push(
                    entry
                        .with_context(|| format!("reading {}", path.display()))?
                        .path(),
                );
            }
        }
    }
    Ok(())
}

/// `skiff __remove-tree PATH`: the helper of remove_tree.
pub fn remove_tree_inside(path: &std::path::Path) -> Result<()> {
    enter_user_namespace(None)?;
    std::fs::remove_dir_all(path).with_context(|| format!("removing {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keep_id_maps_the_user_to_its_own_id_and_the_range_around_it() {
        let range = IdRange {
            start: 100000,
            count: 65536,
        };
        assert_eq!(
            map_lines(1000, range, None).unwrap(),
            vec![[0, 1000, 1], [1, 100000, 65536]]
        );
        assert_eq!(
            map_lines(1000, range, Some(1000)).unwrap(),
            vec![[0, 100000, 1000], [1000, 1000, 1], [1001, 101000, 64536]]
        );
        // Root kept: nothing below it.
        assert_eq!(
            map_lines(1000, range, Some(0)).unwrap(),
            vec![[0, 1000, 1], [1, 100000, 65536]]
        );
        let err = map_lines(70000, range, Some(70000)).unwrap_err();
        assert!(err.to_string().contains("id 70000 cannot be kept"), "{err}");
        // The same image id sits at the same host id either way.
        for image_id in [0u32, 1, 999, 1000, 1001, 65535] {
            let host_usual = if image_id == 0 {
                1000
            } else {
                100000 + image_id - 1
            };
            let seen_keep_id = match host_usual {
                1000 => 1000,
                h if h - 100000 < 1000 => h - 100000,
                h => h - 100000 + 1,
            };
            assert_eq!(
                keep_id_owner(seen_keep_id, 1000),
                image_id,
                "image id {image_id}"
            );
        }
    }

    #[test]
    fn subordinate_ranges_by_name_or_id() {
        let text = "alice:100000:65536\n1001:200000:1000\nbroken\nzero:1:0\n";
        assert_eq!(
            subordinate_range(text, 1000, Some("alice")),
            Some(IdRange {
                start: 100000,
                count: 65536
            })
        );
        assert_eq!(
            subordinate_range(text, 1001, Some("bob")),
            Some(IdRange {
                start: 200000,
                count: 1000
            })
        );
        assert_eq!(subordinate_range(text, 1002, Some("zero")), None);
        assert_eq!(subordinate_range(text, 1003, None), None);
    }
}
