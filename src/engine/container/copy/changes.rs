//! `diff`: what changed in a container's filesystem since it was created, as
//! docker reports it (`A` added, `C` changed, `D` deleted).
//!
//! The rules are moby's `ChangesDirs` (go-archive `changes.go`), which both
//! docker's naive overlay2 diff and its containerd image store use:
//!
//! * a path in both trees is changed when its mode, owner, device number or
//!   `security.capability` differ, or, for a non-directory, its size or mtime
//!   (times equal to the second when either side has no sub-second part);
//! * only the top of a deleted tree is listed, every path of an added one;
//! * a directory with changes below it is listed as changed (before them),
//!   even when it did not change itself.
//!
//! Output is in walk order: depth first, names in byte order in each
//! directory, so a directory precedes its contents (go's `filepath.Walk`).
//!
//! Overlay containers are diffed from the upper directory alone: whiteouts
//! (0:0 character devices) are deletions, opaque directories hide what the
//! image had below them, and everything else is compared with what the image
//! has at that path (looked up layer by layer, honouring the image's own
//! whiteouts and opaque directories). An upper directory using overlay
//! redirects or metacopy falls back to comparing whole trees through
//! read-only overlay mounts. Native containers compare their rootfs with the
//! image's top snapshot.
//!
//! As docker's init layer hides them, the mount points the runtime creates
//! (/dev, /proc, /sys, /etc/hosts, /etc/hostname, /etc/resolv.conf) are not
//! reported when the image lacks them.
//!
//! The container's directories are read through descriptors opened with
//! `O_NOFOLLOW`, one component at a time, so a running container cannot
//! point the walk at host files with a symlink.

use std::collections::BTreeSet;
use std::ffi::OsStr;
use std::io;
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use rustix::fs::{self as rfs, AtFlags, FileType, Mode, OFlags};
use rustix::io::Errno;

use crate::engine::container::Container;
use crate::engine::Engine;

/// Docker's change kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    Modify,
    Add,
    Delete,
}

impl ChangeKind {
    /// The letter `docker diff` prints.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Modify => "C",
            ChangeKind::Add => "A",
            ChangeKind::Delete => "D",
        }
    }
}

/// One changed path (absolute, as seen inside the container).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub kind: ChangeKind,
    pub path: String,
}

/// Mount points the runtime creates; hidden when the image lacks them.
const INIT_PATHS: &[&[u8]] = &[
    b"/dev",
    b"/proc",
    b"/sys",
    b"/etc/hosts",
    b"/etc/hostname",
    b"/etc/resolv.conf",
];

fn is_init(path: &[u8]) -> bool {
    INIT_PATHS.contains(&path)
}

fn is_init_ancestor(path: &[u8]) -> bool {
    INIT_PATHS
        .iter()
        .any(|p| p.len() > path.len() && p.starts_with(path) && p[path.len()] == b'/')
}

/// What `ChangesDirs` compares.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Meta {
    mode: u32,
    uid: u32,
    gid: u32,
    rdev: u64,
    size: i64,
    mtime: (i64, i64),
    capability: Option<Vec<u8>>,
}

impl Meta {
    fn kind(&self) -> FileType {
        FileType::from_raw_mode(self.mode)
    }
    fn is_dir(&self) -> bool {
        self.kind() == FileType::Directory
    }
    fn is_whiteout(&self) -> bool {
        self.kind() == FileType::CharacterDevice && self.rdev == 0
    }
}

/// moby's `statDifferent`, plus the capability comparison.
fn different(old: &Meta, new: &Meta) -> bool {
    let same_time = old.mtime == new.mtime
        || (old.mtime.0 == new.mtime.0 && (old.mtime.1 == 0 || new.mtime.1 == 0));
    old.mode != new.mode
        || old.uid != new.uid
        || old.gid != new.gid
        || old.rdev != new.rdev
        || (!old.is_dir() && (!same_time || old.size != new.size))
        || old.capability != new.capability
}

fn xattr(path: &Path, name: &str) -> Option<Vec<u8>> {
    let mut buf = vec![0u8; 1024];
    let n = rfs::lgetxattr(path, name, &mut buf[..]).ok()?;
    buf.truncate(n);
    Some(buf)
}

fn flag_xattr(path: &Path, suffix: &str) -> bool {
    ["trusted.", "user."]
        .iter()
        .any(|p| xattr(path, &format!("{p}{suffix}")).as_deref() == Some(b"y"))
}

fn has_xattr(path: &Path, suffix: &str) -> bool {
    ["trusted.", "user."]
        .iter()
        .any(|p| xattr(path, &format!("{p}{suffix}")).is_some())
}

/// `/proc/self/fd/DIR/NAME`: a path naming `name` in an open directory,
/// for the calls that have no `*at` form (xattrs).
fn fd_path(dir: BorrowedFd<'_>, name: &[u8]) -> PathBuf {
    let mut p = format!("/proc/self/fd/{}/", dir.as_raw_fd()).into_bytes();
    p.extend_from_slice(name);
    PathBuf::from(OsStr::from_bytes(&p))
}

fn meta_at(dir: BorrowedFd<'_>, name: &[u8]) -> io::Result<Option<Meta>> {
    let st = match rfs::statat(dir, name, AtFlags::SYMLINK_NOFOLLOW) {
        Ok(st) => st,
        Err(Errno::NOENT) => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    let capability = if FileType::from_raw_mode(st.st_mode) == FileType::RegularFile {
        xattr(&fd_path(dir, name), "security.capability")
    } else {
        None
    };
    Ok(Some(Meta {
        mode: st.st_mode,
        uid: st.st_uid,
        gid: st.st_gid,
        rdev: st.st_rdev,
        size: st.st_size,
        mtime: (st.st_mtime, st.st_mtime_nsec as i64),
        capability,
    }))
}

fn meta_of_path(path: &Path) -> io::Result<Option<Meta>> {
    let m = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    let capability = if m.file_type().is_file() {
        xattr(path, "security.capability")
    } else {
        None
    };
    Ok(Some(Meta {
        mode: m.mode(),
        uid: m.uid(),
        gid: m.gid(),
        rdev: m.rdev(),
        size: m.size() as i64,
        mtime: (m.mtime(), m.mtime_nsec()),
        capability,
    }))
}

fn open_dir_at(dir: BorrowedFd<'_>, name: &[u8]) -> io::Result<OwnedFd> {
    Ok(rfs::openat(
        dir,
        name,
        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
        Mode::empty(),
    )?)
}

fn open_dir(path: &Path) -> io::Result<OwnedFd> {
    Ok(rfs::open(
        path,
        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    )?)
}

fn dir_names(dir: BorrowedFd<'_>) -> io::Result<BTreeSet<Vec<u8>>> {
    let mut names = BTreeSet::new();
    for entry in rfs::Dir::read_from(dir)? {
        let name = entry?.file_name().to_bytes().to_vec();
        if name != b"." && name != b".." {
            names.insert(name);
        }
    }
    Ok(names)
}

fn child(path: &[u8], name: &[u8]) -> Vec<u8> {
    [path, b"/", name].concat()
}

fn record(out: &mut Vec<Change>, kind: ChangeKind, path: &[u8]) {
    out.push(Change {
        kind,
        path: String::from_utf8_lossy(path).into_owned(),
    });
}

/// The changes of a container, in docker's order.
pub fn changes(engine: &Engine, c: &Container) -> Result<Vec<Change>> {
    let record = &c.record;
    let paths = engine.container_paths(&record.id);
    if record.snapshotter != crate::engine::store::SnapshotterKind::Overlay {
        let image = record
            .lower_dirs
            .first()
            .context("the container's image has no layers")?;
        return compare_trees(&paths.rootfs(), image)
            .with_context(|| format!("comparing container {} with its image", record.id));
    }
    match overlay_changes(&paths.upper(), &record.lower_dirs) {
        Ok(changes) => Ok(changes),
        Err(Walk::Io(e)) => {
            Err(e).with_context(|| format!("reading the changes of container {}", record.id))
        }
        Err(Walk::NeedsFullCompare { metacopy }) => {
            full_overlay_changes(engine, &paths, &record.lower_dirs, metacopy)
        }
    }
}

enum Walk {
    Io(io::Error),
    /// The upper directory uses overlay features a plain walk cannot follow.
    NeedsFullCompare {
        metacopy: bool,
    },
}

impl From<io::Error> for Walk {
    fn from(e: io::Error) -> Self {
        Walk::Io(e)
    }
}

/// Where a path stands in one lower layer.
enum InLayer {
    /// The layer hides the path and everything below from deeper layers.
    Hidden,
    /// Not in this layer; `stop` when an opaque ancestor hides deeper layers.
    Absent {
        stop: bool,
    },
    Found {
        meta: Meta,
        stop: bool,
    },
}

struct OverlayDiff<'a> {
    lowers: &'a [PathBuf],
    out: Vec<Change>,
}

impl OverlayDiff<'_> {
    fn in_layer(&self, layer: &Path, path: &[u8]) -> io::Result<InLayer> {
        let comps: Vec<&[u8]> = path
            .split(|&b| b == b'/')
            .filter(|c| !c.is_empty())
            .collect();
        let mut stop = false;
        let mut host = layer.to_path_buf();
        for (i, c) in comps.iter().enumerate() {
            host.push(OsStr::from_bytes(c));
            let last = i + 1 == comps.len();
            let Some(meta) = meta_of_path(&host)? else {
                return Ok(InLayer::Absent { stop });
            };
            if meta.is_whiteout() {
                return Ok(InLayer::Hidden);
            }
            if last {
                return Ok(InLayer::Found { meta, stop });
            }
            if !meta.is_dir() {
                return Ok(InLayer::Hidden);
            }
            if flag_xattr(&host, "overlay.opaque") {
                stop = true;
            }
        }
        Ok(InLayer::Absent { stop })
    }

    /// What the image has at `path`.
    fn image(&self, path: &[u8]) -> io::Result<Option<Meta>> {
        for layer in self.lowers {
            match self.in_layer(layer, path)? {
                InLayer::Hidden => return Ok(None),
                InLayer::Found { meta, .. } => return Ok(Some(meta)),
                InLayer::Absent { stop: true } => return Ok(None),
                InLayer::Absent { stop: false } => {}
            }
        }
        Ok(None)
    }

    /// The names the image has in directory `path`.
    fn image_children(&self, path: &[u8]) -> io::Result<BTreeSet<Vec<u8>>> {
        let mut seen = BTreeSet::new();
        let mut visible = BTreeSet::new();
        for layer in self.lowers {
            let (meta, stop) = match self.in_layer(layer, path)? {
                InLayer::Hidden => break,
                InLayer::Absent { stop } => {
                    if stop {
                        break;
                    }
                    continue;
                }
                InLayer::Found { meta, stop } => (meta, stop),
            };
            if !meta.is_dir() {
                break;
            }
            let mut host = layer.to_path_buf();
            host.push(OsStr::from_bytes(path.strip_prefix(b"/").unwrap_or(path)));
            let dir = open_dir(&host)?;
            for name in dir_names(dir.as_fd())? {
                if !seen.insert(name.clone()) {
                    continue;
                }
                if !meta_at(dir.as_fd(), &name)?.is_some_and(|m| m.is_whiteout()) {
                    visible.insert(name);
                }
            }
            if stop || flag_xattr(&host, "overlay.opaque") {
                break;
            }
        }
        Ok(visible)
    }

    /// Walks upper directory `dir` (the container's `path`); true when
    /// anything below changed. `isolated`: the directory or one of its
    /// ancestors is opaque, so nothing of the image shows through it.
    fn walk(
        &mut self,
        dir: &OwnedFd,
        path: &[u8],
        image_dir: bool,
        isolated: bool,
    ) -> Result<bool, Walk> {
        let start = self.out.len();
        let upper = dir_names(dir.as_fd())?;
        let hidden = if isolated && image_dir {
            self.image_children(path)?
        } else {
            BTreeSet::new()
        };
        let names: BTreeSet<&Vec<u8>> = upper.iter().chain(hidden.iter()).collect();
        for name in names {
            let cpath = child(path, name);
            let Some(meta) = meta_at(dir.as_fd(), name)? else {
                if hidden.contains(name) {
                    record(&mut self.out, ChangeKind::Delete, &cpath);
                }
                continue;
            };
            let image = self.image(&cpath)?;
            if meta.is_whiteout() {
                if image.is_some() {
                    record(&mut self.out, ChangeKind::Delete, &cpath);
                }
                continue;
            }
            if image.is_none() && is_init(&cpath) {
                continue;
            }
            let host = fd_path(dir.as_fd(), name);
            if meta.is_dir() && has_xattr(&host, "overlay.redirect") {
                return Err(Walk::NeedsFullCompare { metacopy: false });
            }
            if meta.kind() == FileType::RegularFile && has_xattr(&host, "overlay.metacopy") {
                return Err(Walk::NeedsFullCompare { metacopy: true });
            }
            let at = self.out.len();
            let synthetic = image.is_none() && meta.is_dir() && is_init_ancestor(&cpath);
            let added = image.is_none() && !synthetic;
            let changed = image.as_ref().is_some_and(|old| different(old, &meta));
            if added {
                record(&mut self.out, ChangeKind::Add, &cpath);
            } else if changed {
                record(&mut self.out, ChangeKind::Modify, &cpath);
            }
            if meta.is_dir() {
                let sub = open_dir_at(dir.as_fd(), name)?;
                let sub_isolated = isolated || flag_xattr(&host, "overlay.opaque");
                let image_is_dir = image.as_ref().is_some_and(Meta::is_dir);
                let inner = self.walk(&sub, &cpath, image_is_dir, sub_isolated)?;
                if inner && !added && !changed {
                    self.out.insert(
                        at,
                        Change {
                            kind: ChangeKind::Modify,
                            path: String::from_utf8_lossy(&cpath).into_owned(),
                        },
                    );
                }
            }
        }
        Ok(self.out.len() > start)
    }
}

/// The changes recorded in an overlay upper directory over `lowers` (top first).
fn overlay_changes(upper: &Path, lowers: &[PathBuf]) -> Result<Vec<Change>, Walk> {
    let dir = match open_dir(upper) {
        Ok(d) => d,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e.into()),
    };
    let mut diff = OverlayDiff {
        lowers,
        out: Vec::new(),
    };
    diff.walk(&dir, b"", true, false)?;
    Ok(diff.out)
}

/// `ChangesDirs(new, old)`, in walk order.
pub(crate) fn compare_trees(new: &Path, old: &Path) -> io::Result<Vec<Change>> {
    let new = open_dir(new)?;
    let old = open_dir(old)?;
    let mut out = Vec::new();
    compare_dirs(Some(&new), Some(&old), b"", &mut out)?;
    Ok(out)
}

fn compare_dirs(
    new: Option<&OwnedFd>,
    old: Option<&OwnedFd>,
    path: &[u8],
    out: &mut Vec<Change>,
) -> io::Result<bool> {
    let start = out.len();
    let mut names = BTreeSet::new();
    for d in [new, old].into_iter().flatten() {
        names.extend(dir_names(d.as_fd())?);
    }
    for name in &names {
        let cpath = child(path, name);
        let n = match new {
            Some(d) => meta_at(d.as_fd(), name)?,
            None => None,
        };
        let o = match old {
            Some(d) => meta_at(d.as_fd(), name)?,
            None => None,
        };
        let Some(n) = n else {
            if o.is_some() && !is_init(&cpath) {
                record(out, ChangeKind::Delete, &cpath);
            }
            continue;
        };
        if o.is_none() && is_init(&cpath) {
            continue;
        }
        let at = out.len();
        let synthetic = o.is_none() && n.is_dir() && is_init_ancestor(&cpath);
        let added = o.is_none() && !synthetic;
        let changed = o.as_ref().is_some_and(|o| different(o, &n));
        if added {
            record(out, ChangeKind::Add, &cpath);
        } else if changed {
            record(out, ChangeKind::Modify, &cpath);
        }
        if n.is_dir() {
            let sub_new = open_dir_at(new.expect("n came from new").as_fd(), name)?;
            let sub_old = match (old, &o) {
                (Some(d), Some(m)) if m.is_dir() => Some(open_dir_at(d.as_fd(), name)?),
                _ => None,
            };
            let inner = compare_dirs(Some(&sub_new), sub_old.as_ref(), &cpath, out)?;
            if inner && !added && !changed {
                out.insert(
                    at,
                    Change {
                        kind: ChangeKind::Modify,
                        path: String::from_utf8_lossy(&cpath).into_owned(),
                    },
                );
            }
        }
    }
    Ok(out.len() > start)
}

/// Read-only overlay mounts of the container (upper as the top lower
/// layer) and of its image, compared whole.
fn full_overlay_changes(
    engine: &Engine,
    paths: &crate::engine::container::ContainerPaths,
    lowers: &[PathBuf],
    metacopy: bool,
) -> Result<Vec<Change>> {
    super::private_mount_namespace(engine.rootless, None);
    crate::engine::store::ensure_dir(&paths.run_dir)
        .with_context(|| format!("creating {}", paths.run_dir.display()))?;
    let scratch = paths.run_dir.join(format!(
        "diff-{}-{:08x}",
        std::process::id(),
        rand::random::<u32>()
    ));
    std::fs::create_dir(&scratch).with_context(|| format!("creating {}", scratch.display()))?;
    let mut extra = String::from(",redirect_dir=follow");
    if metacopy {
        extra.push_str(",metacopy=on");
    }
    if engine.rootless {
        extra.push_str(",userxattr");
    }
    let result = compare_through_mounts(&scratch, &paths.upper(), lowers, &extra);
    let _ = std::fs::remove_dir(&scratch);
    result
}

/// Mounts read-only views of upper-over-lowers and of the lowers alone in
/// `scratch` and compares them; unmounts them again.
fn compare_through_mounts(
    scratch: &Path,
    upper: &Path,
    lowers: &[PathBuf],
    extra: &str,
) -> Result<Vec<Change>> {
    use nix::mount::{mount, umount2, MntFlags, MsFlags};
    let mut mounted: Vec<PathBuf> = Vec::new();
    let mut view = |name: &str, layers: Vec<&Path>| -> Result<PathBuf> {
        if layers.len() == 1 {
            return Ok(layers[0].to_path_buf());
        }
        let at = scratch.join(name);
        std::fs::create_dir(&at)?;
        let lower = layers
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(":");
        let options = format!("lowerdir={lower}{extra}");
        mount(
            Some("overlay"),
            &at,
            Some("overlay"),
            MsFlags::MS_RDONLY,
            Some(options.as_str()),
        )
        .with_context(|| format!("mounting a read-only view of the {name}"))?;
        mounted.push(at.clone());
        Ok(at)
    };
    let result = (|| {
        let container = view(
            "container",
            std::iter::once(upper)
                .chain(lowers.iter().map(PathBuf::as_path))
                .collect(),
        )?;
        let image = view("image", lowers.iter().map(PathBuf::as_path).collect())?;
        compare_trees(&container, &image).context("comparing the container with its image")
    })();
    for m in &mounted {
        let _ = umount2(m, MntFlags::MNT_DETACH);
        let _ = std::fs::remove_dir(m);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;
    use std::os::unix::fs::{symlink, PermissionsExt};

    fn lines(changes: &[Change]) -> Vec<String> {
        changes
            .iter()
            .map(|c| format!("{} {}", c.kind.as_str(), c.path))
            .collect()
    }

    fn mknod_whiteout(p: &Path) -> bool {
        rfs::mknodat(
            rfs::CWD,
            p,
            FileType::CharacterDevice,
            Mode::from_raw_mode(0),
            0,
        )
        .is_ok()
    }

    fn set_opaque(p: &Path) -> bool {
        rfs::lsetxattr(p, "trusted.overlay.opaque", b"y", rfs::XattrFlags::empty()).is_ok()
    }

    fn copy_times(from: &Path, to: &Path) {
        let m = fs::symlink_metadata(from).unwrap();
        let t = rfs::Timestamps {
            last_access: rfs::Timespec {
                tv_sec: m.atime(),
                tv_nsec: m.atime_nsec(),
            },
            last_modification: rfs::Timespec {
                tv_sec: m.mtime(),
                tv_nsec: m.mtime_nsec(),
            },
        };
        rfs::utimensat(rfs::CWD, to, &t, AtFlags::SYMLINK_NOFOLLOW).unwrap();
    }

    #[test]
    fn tree_comparison_follows_changes_dirs() {
        let t = tempfile::tempdir().unwrap();
        let (old, new) = (t.path().join("old"), t.path().join("new"));
        for root in [&old, &new] {
            fs::create_dir_all(root.join("etc")).unwrap();
            fs::create_dir_all(root.join("gone/deep")).unwrap();
            fs::create_dir_all(root.join("a/b")).unwrap();
            fs::write(root.join("etc/passwd"), b"root").unwrap();
            fs::write(root.join("etc/group"), b"root").unwrap();
            fs::write(root.join("a/b/f"), b"same").unwrap();
            symlink("/etc", root.join("link")).unwrap();
        }
        for p in [
            "etc",
            "etc/passwd",
            "etc/group",
            "a",
            "a/b",
            "a/b/f",
            "gone",
            "gone/deep",
        ] {
            copy_times(&old.join(p), &new.join(p));
        }
        copy_times(&old.join("link"), &new.join("link"));
        fs::write(new.join("etc/group"), b"root,app").unwrap();
        fs::write(new.join("etc/new"), b"n").unwrap();
        fs::remove_dir_all(new.join("gone")).unwrap();
        fs::create_dir_all(new.join("added/sub")).unwrap();
        fs::write(new.join("a/b/g"), b"g").unwrap();
        fs::set_permissions(new.join("etc/passwd"), fs::Permissions::from_mode(0o600)).unwrap();
        // Runtime mount points the image lacks are not changes.
        fs::write(new.join("etc/hosts"), b"").unwrap();
        fs::create_dir(new.join("proc")).unwrap();
        assert_eq!(
            lines(&compare_trees(&new, &old).unwrap()),
            vec![
                "C /a",
                "C /a/b",
                "A /a/b/g",
                "A /added",
                "A /added/sub",
                "C /etc",
                "C /etc/group",
                "A /etc/new",
                "C /etc/passwd",
                "D /gone",
            ]
        );
    }

    #[test]
    fn overlay_upper_walk_reports_whiteouts_and_opaque_dirs() {
        let t = tempfile::tempdir().unwrap();
        let (l1, l2, up) = (
            t.path().join("l1"),
            t.path().join("l2"),
            t.path().join("up"),
        );
        // l2 is the base layer, l1 on top of it.
        fs::create_dir_all(l2.join("etc")).unwrap();
        fs::create_dir_all(l2.join("opq/old")).unwrap();
        fs::create_dir_all(l2.join("var")).unwrap();
        fs::write(l2.join("etc/passwd"), b"root").unwrap();
        fs::write(l2.join("etc/shadow"), b"x").unwrap();
        fs::write(l2.join("opq/keep"), b"k").unwrap();
        fs::write(l2.join("var/gone-in-image"), b"g").unwrap();
        fs::write(l2.join("opq/old/inner"), b"i").unwrap();
        fs::create_dir_all(l1.join("var")).unwrap();
        fs::create_dir_all(l1.join("etc")).unwrap();
        fs::write(l1.join("etc/group"), b"root").unwrap();
        if !mknod_whiteout(&l1.join("var/gone-in-image")) {
            eprintln!("skipping: cannot create whiteouts here");
            return;
        }
        fs::create_dir_all(up.join("etc")).unwrap();
        fs::create_dir_all(up.join("opq")).unwrap();
        fs::create_dir_all(up.join("var")).unwrap();
        copy_times(&l2.join("etc"), &up.join("etc"));
        fs::write(up.join("etc/new"), b"n").unwrap();
        fs::write(up.join("etc/hostname"), b"").unwrap();
        assert!(mknod_whiteout(&up.join("etc/shadow")));
        assert!(mknod_whiteout(&up.join("var/gone-in-image")));
        fs::write(up.join("opq/fresh"), b"f").unwrap();
        fs::create_dir(up.join("opq/old")).unwrap();
        fs::write(up.join("opq/old/new"), b"n").unwrap();
        if !set_opaque(&up.join("opq")) {
            eprintln!("skipping: no trusted xattrs here");
            return;
        }
        let lowers = vec![l1, l2];
        let changes = overlay_changes(&up, &lowers).unwrap_or_else(|_| panic!("walk failed"));
        assert_eq!(
            lines(&changes),
            vec![
                "C /etc",
                "A /etc/new",
                "D /etc/shadow",
                "C /opq",
                "A /opq/fresh",
                "D /opq/keep",
                "C /opq/old",
                "D /opq/old/inner",
                "A /opq/old/new",
            ]
        );
    }

    #[test]
    fn redirected_dirs_are_compared_through_mounts() {
        let t = tempfile::tempdir().unwrap();
        let (l1, l2, up) = (
            t.path().join("l1"),
            t.path().join("l2"),
            t.path().join("up"),
        );
        fs::create_dir_all(l1.join("etc")).unwrap();
        fs::create_dir_all(l2.join("old")).unwrap();
        fs::write(l2.join("old/f"), b"f").unwrap();
        fs::create_dir_all(up.join("new")).unwrap();
        // `mv /old /new` with redirect_dir=on.
        if !mknod_whiteout(&up.join("old"))
            || rfs::lsetxattr(
                up.join("new"),
                "trusted.overlay.redirect",
                b"/old",
                rfs::XattrFlags::empty(),
            )
            .is_err()
        {
            eprintln!("skipping: needs root");
            return;
        }
        let lowers = vec![l1, l2];
        assert!(matches!(
            overlay_changes(&up, &lowers),
            Err(Walk::NeedsFullCompare { metacopy: false })
        ));
        let scratch = t.path().join("scratch");
        fs::create_dir(&scratch).unwrap();
        match compare_through_mounts(&scratch, &up, &lowers, ",redirect_dir=follow") {
            Ok(changes) => assert_eq!(lines(&changes), vec!["A /new", "A /new/f", "D /old"]),
            Err(e) if format!("{e:#}").contains("mounting") => {
                eprintln!("skipping: cannot mount overlay here: {e:#}")
            }
            Err(e) => panic!("{e:#}"),
        }
        assert_eq!(
            fs::read_dir(&scratch).unwrap().count(),
            0,
            "views unmounted and removed"
        );
    }
}
