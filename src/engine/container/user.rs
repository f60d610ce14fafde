//! Resolving `--user` / the image's USER against the container's own /etc/passwd
//! and /etc/group, read inside the rootfs so a symlinked /etc/passwd cannot point
//! at the host's.

use std::io::Read;
use std::path::Path;

use anyhow::{bail, Result};
use rustix::fs::{openat2, Mode, OFlags, ResolveFlags, CWD};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExecUser {
    pub uid: u32,
    pub gid: u32,
    pub additional_gids: Vec<u32>,
    pub home: String,
}

/// Reads a file of the container's rootfs with every path resolved inside it.
fn read_in_root(rootfs: &Path, path: &str) -> Option<String> {
    let root = openat2(
        CWD,
        rootfs,
        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
        ResolveFlags::empty(),
    )
    .ok()?;
    let fd = openat2(
        &root,
        path,
        OFlags::RDONLY | OFlags::CLOEXEC,
        Mode::empty(),
        ResolveFlags::IN_ROOT | ResolveFlags::NO_MAGICLINKS,
    )
    .ok()?;
    let mut text = String::new();
    std::fs::File::from(fd)
        .take(4 << 20)
        .read_to_string(&mut text)
        .ok()?;
    Some(text)
}

struct PasswdEntry {
    name: String,
    uid: u32,
    gid: u32,
    home: String,
}

struct GroupEntry {
    name: String,
    gid: u32,
    members: Vec<String>,
}

fn passwd(rootfs: &Path) -> Vec<PasswdEntry> {
    read_in_root(rootfs, "etc/passwd")
        .unwrap_or_default()
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            if f.len() < 6 {
                return None;
            }
            Some(PasswdEntry {
                name: f[0].to_string(),
                uid: f[2].parse().ok()?,
                gid: f[3].parse().ok()?,
                home: f[5].to_string(),
            })
        })
        .collect()
}

fn groups(rootfs: &Path) -> Vec<GroupEntry> {
    read_in_root(rootfs, "etc/group")
        .unwrap_or_default()
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            if f.len() < 3 {
                return None;
            }
            Some(GroupEntry {
                name: f[0].to_string(),
                gid: f[2].parse().ok()?,
                members: f
                    .get(3)
                    .map(|m| {
                        m.split(',')
                            .filter(|s| !s.is_empty())
                            .map(str::to_string)
                            .collect()
                    })
                    .unwrap_or_default(),
            })
        })
        .collect()
}

/// keep-id: an /etc/passwd entry for `uid` with the host user's name and
/// home directory (podman adds the same) when the image has neither that
/// uid nor that name, so that `id` and `$HOME` make sense inside. Read and
/// appended with every path resolved inside the rootfs, like the lookups.
pub fn add_host_user(rootfs: &Path, uid: u32, gid: u32) -> Result<()> {
    use std::io::Write as _;
    let host = nix::unistd::User::from_uid(nix::unistd::getuid())
        .ok()
        .flatten();
    let name = host
        .as_ref()
        .map(|u| u.name.clone())
        .unwrap_or_else(|| format!("user{uid}"));
    let Some(text) = read_in_root(rootfs, "etc/passwd") else {
        // No /etc/passwd: the image's business.
        return Ok(());
    };
    if passwd(rootfs)
        .iter()
        .any(|e| e.uid == uid || e.name == name)
    {
        return Ok(());
    }
    let home = host.map_or_else(|| "/".to_string(), |u| u.dir.display().to_string());
    let sep = if text.is_empty() || text.ends_with('\n') {
        ""
    } else {
        "\n"
    };
    let open = || -> rustix::io::Result<std::fs::File> {
        let root = openat2(
            CWD,
            rootfs,
            OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
            Mode::empty(),
            ResolveFlags::empty(),
        )?;
        let fd = openat2(
            &root,
            "etc/passwd",
            OFlags::WRONLY | OFlags::APPEND | OFlags::CLOEXEC,
            Mode::empty(),
            ResolveFlags::IN_ROOT | ResolveFlags::NO_MAGICLINKS,
        )?;
        Ok(std::fs::File::from(fd))
    };
    let mut f = open().map_err(|e| anyhow::anyhow!("opening the image's /etc/passwd: {e}"))?;
    f.write_all(format!("{sep}{name}:*:{uid}:{gid}:{name}:{home}:/bin/sh\n").as_bytes())
        .map_err(|e| anyhow::anyhow!("writing the image's /etc/passwd: {e}"))
}

/// Resolves `name`, `uid`, `uid:gid`, `name:group` (docker's forms) in `rootfs`.
pub fn resolve(rootfs: &Path, spec: &str) -> Result<ExecUser> {
    let (user, group) = match spec.split_once(':') {
        Some((u, g)) => (u, Some(g)),
        None => (spec, None),
    };
    let users = passwd(rootfs);
    let user = if user.is_empty() { "0" } else { user };
    let entry = users.iter().find(|e| e.name == user).or_else(|| {
        user.parse::<u32>()
            .ok()
            .and_then(|uid| users.iter().find(|e| e.uid == uid))
    });
    let (uid, mut gid, home, name) = match (entry, user.parse::<u32>()) {
        (Some(e), _) => (e.uid, e.gid, e.home.clone(), Some(e.name.clone())),
        (None, Ok(uid)) => (uid, 0, "/".to_string(), None),
        (None, Err(_)) => {
            bail!("unable to find user {user}: no matching entries in passwd file")
        }
    };
    let all_groups = groups(rootfs);
    if let Some(g) = group {
        gid = match all_groups.iter().find(|e| e.name == g) {
            Some(e) => e.gid,
            None => match g.parse::<u32>() {
                Ok(n) => n,
                Err(_) => bail!("unable to find group {g}: no matching entries in group file"),
            },
        };
    }
    let additional_gids = match (&name, group) {
        (Some(n), None) => all_groups
            .iter()
            .filter(|g| g.members.iter().any(|m| m == n) && g.gid != gid)
            .map(|g| g.gid)
            .collect(),
        _ => Vec::new(),
    };
    Ok(ExecUser {
        uid,
        gid,
        additional_gids,
        home,
    })
}

/// A group for `--group-add`: a number, or a name from the container's /etc/group.
pub fn group_id(rootfs: &Path, group: &str) -> Result<u32> {
    if let Ok(n) = group.parse::<u32>() {
        return Ok(n);
    }
    match groups(rootfs).iter().find(|g| g.name == group) {
        Some(g) => Ok(g.gid),
        None => bail!("Unable to find group {group}: no matching entries in group file"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rootfs() -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir(dir.path().join("etc")).expect("etc");
        std::fs::write(
            dir.path().join("etc/passwd"),
            "root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n",
        )
        .expect("passwd");
        std::fs::write(
            dir.path().join("etc/group"),
            "root:x:0:\napp:x:1000:\nextra:x:2000:app\n",
        )
        .expect("group");
        dir
    }

    #[test]
    fn resolves_docker_user_forms() {
        let r = rootfs();
        let u = resolve(r.path(), "app").expect("app");
        assert_eq!(
            (u.uid, u.gid, u.additional_gids.clone(), u.home.as_str()),
            (1000, 1000, vec![2000], "/home/app")
        );
        assert_eq!(resolve(r.path(), "").expect("root").uid, 0);
        assert_eq!(resolve(r.path(), "1000").expect("uid").home, "/home/app");
        let u = resolve(r.path(), "4242:4343").expect("numeric");
        assert_eq!((u.uid, u.gid), (4242, 4343));
        let u = resolve(r.path(), "app:extra").expect("name:group");
        assert_eq!((u.uid, u.gid), (1000, 2000));
        assert!(resolve(r.path(), "nobody").is_err());
        assert!(resolve(r.path(), "app:nogroup").is_err());
    }

    #[test]
    fn passwd_symlink_cannot_reach_the_host() {
        let r = rootfs();
        std::fs::remove_file(r.path().join("etc/passwd")).expect("rm");
        std::os::unix::fs::symlink("/etc/passwd", r.path().join("etc/passwd")).expect("symlink");
        // Resolved inside the rootfs, the symlink points at itself: no entries.
        assert!(
            resolve(r.path(), "root").is_err()
                || resolve(r.path(), "root").is_ok_and(|u| u.home == "/")
        );
    }

    #[test]
    fn keep_id_adds_the_user_once_and_inside_the_rootfs() {
        let r = tempfile::tempdir().unwrap();
        // /etc is an absolute symlink: it must resolve inside the rootfs.
        std::fs::create_dir_all(r.path().join("real")).unwrap();
        // (The host user, whose name is copied, must not be in it already.)
        std::fs::write(r.path().join("real/passwd"), "someone:x:7:7::/:/bin/sh").unwrap();
        std::os::unix::fs::symlink("/real", r.path().join("etc")).unwrap();
        add_host_user(r.path(), 4242, 4343).unwrap();
        add_host_user(r.path(), 4242, 4343).unwrap();
        let text = std::fs::read_to_string(r.path().join("real/passwd")).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2, "{text}");
        assert!(lines[1].contains(":*:4242:4343:"), "{text}");
        assert_eq!(resolve(r.path(), "4242").unwrap().gid, 4343);
    }
}
