//! `cp`: copying between a container's filesystem and the host, with docker's
//! rules (docker/cli `cli/command/container/cp.go`, moby `daemon/archive*.go`
//! and go-archive `copy.go`): trailing `/` and `/.`, destination directory
//! versus file, `-L`, `-a`, tar streams for `-`.
//!
//! Every path inside the container is resolved relative to a descriptor of the
//! container's root with `openat2(RESOLVE_IN_ROOT)` (symlinks, `..` and
//! absolute links stay inside), archives are read through descriptors opened
//! with `O_NOFOLLOW` ([`tarball::TarWriter`]) and archives are written with the
//! safe layer extractor ([`apply_layer`]), so neither direction can reach a
//! host file through the container's symlinks.
//!
//! The container's filesystem ([`ContainerFs`]) is what its processes see: for
//! a running container, its root through `/proc/PID/root` (volumes and binds
//! included); for a stopped one, the rootfs (the overlay mounted for the
//! occasion, in a private mount namespace when possible) with its volumes and
//! binds bound in. The container lock is held throughout.

pub mod changes;
mod gopath;
mod tarball;

use std::collections::VecDeque;
use std::ffi::OsStr;
use std::io::{self, Read, Write};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context as _, Result};
use rustix::fs::{self as rfs, FileType, Mode, OFlags, ResolveFlags, Stat};
use rustix::io::Errno;

use super::{Container, ContainerRecord, ContainerState};
use crate::engine::snapshot::apply::{apply_layer, ApplyOptions, WhiteoutMode};
use crate::engine::store::lock::FileLock;
use crate::engine::Engine;
use gopath::*;
use tarball::{Counter, Rebase, Rewrite, TarWriter};

/// Docker's `-L` and `-a`.
#[derive(Debug, Clone, Copy, Default)]
pub struct CopyOptions {
    /// `-L`: follow a symlink given as the source.
    pub follow_link: bool,
    /// `-a`: keep the source's uid/gid instead of the destination user's.
    pub archive: bool,
}

/// The host side of a copy out of a container.
pub enum HostDest<'a> {
    /// A path, absolute or relative to the working directory.
    Path(PathBuf),
    /// `-`: the tar stream itself.
    Stream(&'a mut dyn Write),
}

/// The host side of a copy into a container.
pub enum HostSource {
    Path(PathBuf),
    /// `-`: a tar stream to extract.
    Stream(Box<dyn Read + Send>),
}

/// What a copy did, for docker's "Successfully copied ..." line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyOutcome {
    /// Size of the copied content (docker's reported size), when known.
    pub content_size: Option<u64>,
    /// Bytes of tar stream transferred.
    pub transferred: u64,
    /// The destination as docker names it in the summary.
    pub destination: String,
}

/// Docker's `ContainerPathStat`.
#[derive(Debug, Clone)]
pub struct PathStat {
    pub name: Vec<u8>,
    pub size: u64,
    /// `st_mode`: file type and permission bits.
    pub mode: u32,
    /// For a symlink: its target fully resolved inside the container.
    pub link_target: Vec<u8>,
}

impl PathStat {
    fn kind(&self) -> FileType {
        FileType::from_raw_mode(self.mode)
    }
    pub fn is_dir(&self) -> bool {
        self.kind() == FileType::Directory
    }
    pub fn is_symlink(&self) -> bool {
        self.kind() == FileType::Symlink
    }
}

/// Docker's `archive.CopyInfo`.
#[derive(Debug, Clone, Default)]
struct CopyInfo {
    path: Vec<u8>,
    exists: bool,
    is_dir: bool,
    rebase_name: Option<Vec<u8>>,
}

fn lossy(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn os(b: &[u8]) -> &Path {
    Path::new(OsStr::from_bytes(b))
}

fn not_found(path: &str, container: &str) -> anyhow::Error {
    anyhow!("Could not find the file {path} in container {container}")
}

/// `path` relative to a root descriptor ("." for the root itself).
fn rel(path: &[u8]) -> &[u8] {
    let start = path.iter().position(|&b| b != b'/').unwrap_or(path.len());
    let r = &path[start..];
    let end = r.iter().rposition(|&b| b != b'/').map_or(0, |i| i + 1);
    if end == 0 {
        b"."
    } else {
        &r[..end]
    }
}

const IN_ROOT: ResolveFlags = ResolveFlags::IN_ROOT.union(ResolveFlags::NO_MAGICLINKS);

/// `openat2(root, path, RESOLVE_IN_ROOT)`, retried when a concurrent rename
/// makes the kernel ask for it.
fn open_in_root(root: BorrowedFd<'_>, path: &[u8], flags: OFlags) -> io::Result<OwnedFd> {
    let mut tries = 0;
    loop {
        match rfs::openat2(
            root,
            rel(path),
            flags | OFlags::CLOEXEC,
            Mode::empty(),
            IN_ROOT,
        ) {
            Err(Errno::AGAIN) if tries < 64 => tries += 1,
            r => return r.map_err(Into::into),
        }
    }
}

/// Enters a private mount namespace (and, rootless, a user namespace of its
/// own) so that mounts made for a copy or a diff are seen by nobody else and
/// vanish with this process. False when that is not possible (a process
/// with threads cannot unshare its mount namespace).
pub(crate) fn private_mount_namespace(rootless: bool, keep_id: Option<(u32, u32)>) -> bool {
    use nix::mount::{mount, MsFlags};
    use nix::sched::{unshare, CloneFlags};
    if rootless {
        return crate::engine::rootless::enter_monitor_namespaces(keep_id).is_ok();
    }
    if unshare(CloneFlags::CLONE_NEWNS).is_err() {
        return false;
    }
    mount(
        None::<&str>,
        "/",
        None::<&str>,
        MsFlags::MS_REC | MsFlags::MS_SLAVE,
        None::<&str>,
    )
    .is_ok()
}

/// The parent pid of a process, from /proc/PID/stat.
fn parent_pid(pid: i32) -> Option<i32> {
    crate::engine::process::stat(pid).map(|s| s.ppid)
}

/// The root of a running container as its processes see it, if `state`'s
/// pid is verifiably still the container's init (a child of its monitor,
/// alive from before the root was opened until after).
fn running_root(state: &ContainerState) -> Option<OwnedFd> {
    use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
    let pid = rustix::process::Pid::from_raw(state.pid)?;
    let pidfd = rustix::process::pidfd_open(pid, rustix::process::PidfdFlags::empty()).ok()?;
    if parent_pid(state.pid) != Some(state.monitor_pid) {
        return None;
    }
    let root = rfs::open(
        format!("/proc/{}/root", state.pid),
        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    )
    .ok()?;
    let mut fds = [PollFd::new(pidfd.as_fd(), PollFlags::POLLIN)];
    match poll(&mut fds, PollTimeout::ZERO) {
        Ok(0) => Some(root),
        _ => None,
    }
}

/// A container's filesystem, open for copying. Holds the container lock.
pub struct ContainerFs<'a> {
    engine: &'a Engine,
    record: &'a ContainerRecord,
    root: OwnedFd,
    unmount: bool,
    _lock: FileLock,
}

impl Drop for ContainerFs<'_> {
    fn drop(&mut self) {
        if self.unmount {
            super::rootfs::unmount_rootfs(self.engine, self.record);
        }
    }
}

impl<'a> ContainerFs<'a> {
    /// Opens the filesystem of `c`, mounting a stopped container's rootfs
    /// for the time being.
    pub fn open(engine: &'a Engine, c: &'a Container) -> Result<Self> {
        let record = &c.record;
        let lock = super::lock(engine, &record.id)?;
        let state = super::load_state(engine, &record.id);
        if state.status.is_up() && super::monitor_alive(&state) && state.pid > 0 {
            if let Some(root) = running_root(&state) {
                if engine.rootless {
                    // Owners are then mapped as the container maps them.
                    crate::engine::rootless::join_user_namespace(state.pid)?;
                }
                return Ok(ContainerFs {
                    engine,
                    record,
                    root,
                    unmount: false,
                    _lock: lock,
                });
            }
        }
        // Owners map as the container's monitor maps them.
        let private = private_mount_namespace(
            engine.rootless,
            record.host_config.security.userns.kept_ids(),
        );
        let rootfs = engine.container_paths(&record.id).rootfs();
        let mut unmount = false;
        if record.snapshotter == crate::engine::store::SnapshotterKind::Overlay
            && !super::rootfs::is_mounted(&rootfs)
        {
            if engine.rootless && !private {
                bail!(
                    "cannot mount the filesystem of container {}: no user namespace",
                    record.id
                );
            }
            super::rootfs::mount_rootfs(engine, record)?;
            unmount = true;
        }
        let root = rfs::open(
            &rootfs,
            OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
            Mode::empty(),
        )
        .with_context(|| format!("opening {}", rootfs.display()));
        let fs = ContainerFs {
            engine,
            record,
            root: match root {
                Ok(r) => r,
                Err(e) => {
                    if unmount {
                        super::rootfs::unmount_rootfs(engine, record);
                    }
                    return Err(e);
                }
            },
            unmount,
            _lock: lock,
        };
        if private {
            fs.bind_volumes()?;
        }
        Ok(fs)
    }

    /// Binds a stopped container's volumes and bind mounts where it sees
    /// them (only in a private mount namespace; mount points that do not
    /// exist yet are left alone).
    fn bind_volumes(&self) -> Result<()> {
        use nix::mount::{mount, MsFlags};
        let host = &self.record.host_config;
        let mut mounts: Vec<(String, PathBuf, bool)> = host
            .binds
            .iter()
            .map(|b| (b.destination.clone(), PathBuf::from(&b.source), b.read_only))
            .collect();
        for v in &host.volumes {
            let vol = crate::engine::volume::inspect(self.engine, &v.name)?;
            mounts.push((v.destination.clone(), vol.mountpoint, v.read_only));
        }
        mounts.sort_by_key(|(d, _, _)| d.split('/').filter(|c| !c.is_empty()).count());
        for (dest, source, read_only) in mounts {
            let Ok(sst) = std::fs::metadata(&source) else {
                continue;
            };
            // Created when missing, as docker's mountVolumes does.
            let target = self
                .mount_point(dest.as_bytes(), sst.is_dir())
                .with_context(|| format!("creating the mount point {dest}"))?;
            let tst = rfs::fstat(&target)?;
            if (FileType::from_raw_mode(tst.st_mode) == FileType::Directory) != sst.is_dir() {
                continue;
            }
            let at = format!("/proc/self/fd/{}", target.as_raw_fd());
            mount(
                Some(&source),
                at.as_str(),
                None::<&str>,
                MsFlags::MS_BIND | MsFlags::MS_REC,
                None::<&str>,
            )
            .with_context(|| format!("binding {} at {dest}", source.display()))?;
            if read_only {
                // The new mount is on top now: resolve the path again.
                let top = open_in_root(self.root.as_fd(), dest.as_bytes(), OFlags::PATH)?;
                let at = format!("/proc/self/fd/{}", top.as_raw_fd());
                mount(
                    None::<&str>,
                    at.as_str(),
                    None::<&str>,
                    MsFlags::MS_BIND | MsFlags::MS_REMOUNT | MsFlags::MS_RDONLY,
                    None::<&str>,
                )
                .with_context(|| format!("making {dest} read-only"))?;
            }
        }
        Ok(())
    }

    /// Opens (`O_PATH`) the mount point `dest`, creating what is missing of
    /// it inside the container: directories, and an empty file at the end
    /// for a file mount.
    fn mount_point(&self, dest: &[u8], is_dir: bool) -> io::Result<OwnedFd> {
        match self.open_at(dest, OFlags::PATH) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            r => return r,
        }
        let comps: Vec<&[u8]> = dest
            .split(|&b| b == b'/')
            .filter(|c| !c.is_empty() && *c != b".")
            .collect();
        let mut cur = self.open_at(b".", OFlags::PATH | OFlags::DIRECTORY)?;
        for (i, c) in comps.iter().enumerate() {
            let prefix = comps[..=i].join(&b'/');
            match self.open_at(&prefix, OFlags::PATH) {
                Ok(fd) => {
                    cur = fd;
                    continue;
                }
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(e),
            }
            if i + 1 == comps.len() && !is_dir {
                rfs::openat(
                    &cur,
                    *c,
                    OFlags::CREATE
                        | OFlags::EXCL
                        | OFlags::WRONLY
                        | OFlags::NOFOLLOW
                        | OFlags::CLOEXEC,
                    Mode::from_raw_mode(0o644),
                )?;
            } else {
                rfs::mkdirat(&cur, *c, Mode::from_raw_mode(0o755))?;
            }
            cur = self.open_at(&prefix, OFlags::PATH)?;
        }
        Ok(cur)
    }

    fn open_at(&self, path: &[u8], flags: OFlags) -> io::Result<OwnedFd> {
        open_in_root(self.root.as_fd(), path, flags)
    }

    /// moby's `FollowSymlinkInScope`: `path` with every symlink resolved
    /// inside the container, as a clean absolute path. Components that do
    /// not exist are kept as they are.
    fn resolve_in_scope(&self, path: &[u8]) -> io::Result<Vec<u8>> {
        let mut queue: VecDeque<Vec<u8>> = path.split(|&b| b == b'/').map(<[u8]>::to_vec).collect();
        let mut stack: Vec<Vec<u8>> = Vec::new();
        let mut links = 0;
        while let Some(c) = queue.pop_front() {
            match c.as_slice() {
                b"" | b"." => continue,
                b".." => {
                    stack.pop();
                    continue;
                }
                _ => {}
            }
            let candidate = [stack.join(&b'/').as_slice(), b"/", &c].concat();
            match self.open_at(&candidate, OFlags::PATH | OFlags::NOFOLLOW) {
                Ok(fd) => {
                    let st = rfs::fstat(&fd)?;
                    if FileType::from_raw_mode(st.st_mode) != FileType::Symlink {
                        stack.push(c);
                        continue;
                    }
                    links += 1;
                    if links > 255 {
                        return Err(io::Error::other(format!(
                            "too many links in {}",
                            lossy(path)
                        )));
                    }
                    let target = rfs::readlinkat(&fd, "", Vec::new())?.into_bytes();
                    if target.starts_with(b"/") {
                        stack.clear();
                    }
                    for t in target.split(|&b| b == b'/').rev() {
                        queue.push_front(t.to_vec());
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::NotFound => stack.push(c),
                Err(e) => return Err(e),
            }
        }
        Ok([b"/".as_slice(), &stack.join(&b'/')].concat())
    }

    /// moby's `ResolvePath`: (the path with its parent resolved inside the
    /// container and its last element kept, the absolute requested path).
    fn resolve_path(&self, path: &str) -> io::Result<(Vec<u8>, Vec<u8>)> {
        let p = path.as_bytes();
        let abs = preserve_trailing_dot_or_separator(&join(b"/", p), p);
        let (dir_part, base_part) = split(&abs);
        let mut resolved = self.resolve_in_scope(dir_part)?;
        if !resolved.ends_with(b"/") {
            resolved.push(b'/');
        }
        resolved.extend_from_slice(base_part);
        Ok((resolved, abs))
    }

    /// Opens (`O_PATH`, the last element not followed) what a resolved path
    /// names; a trailing `/` or `/.` must name a directory.
    fn open_resolved(&self, resolved: &[u8]) -> io::Result<(OwnedFd, Stat)> {
        let (dir_part, base_part) = split(resolved);
        let dir_only = base_part.is_empty() || base_part == b".";
        let target = if dir_only { dir_part } else { resolved };
        let fd = self.open_at(target, OFlags::PATH | OFlags::NOFOLLOW)?;
        let st = rfs::fstat(&fd)?;
        if dir_only && FileType::from_raw_mode(st.st_mode) != FileType::Directory {
            return Err(Errno::NOTDIR.into());
        }
        Ok((fd, st))
    }

    fn path_stat(&self, st: &Stat, abs: &[u8]) -> io::Result<PathStat> {
        let link_target = if FileType::from_raw_mode(st.st_mode) == FileType::Symlink {
            self.resolve_in_scope(abs)?
        } else {
            Vec::new()
        };
        Ok(PathStat {
            name: base(abs),
            size: u64::try_from(st.st_size).unwrap_or(0),
            mode: st.st_mode,
            link_target,
        })
    }

    /// docker's `ContainerStatPath`.
    pub fn stat_path(&self, path: &str) -> io::Result<PathStat> {
        let (resolved, abs) = self.resolve_path(path)?;
        let (_, st) = self.open_resolved(&resolved)?;
        self.path_stat(&st, &abs)
    }

    /// docker's `ContainerArchivePath`: writes a tar of `path` to `out`.
    /// Entries are named after the requested path's last element (`.` for
    /// `dir/.`), as docker's are.
    fn archive_path(&self, path: &str, out: &mut dyn Write) -> Result<()> {
        let (resolved, abs) = self.resolve_path(path)?;
        let (fd, _) = self.open_resolved(&resolved)?;
        let rebase = base(&abs);
        let top: &[u8] = if rebase == b"/" { b"" } else { &rebase };
        let mut w = TarWriter::new(out);
        w.add_tree(&fd, top)?;
        w.finish()?.flush()?;
        Ok(())
    }

    /// The writable mounts a container path falls in, checked as docker's
    /// `checkIfPathIsInAVolume` does.
    fn check_writable(&self, abs: &[u8]) -> Result<()> {
        let host = &self.record.host_config;
        let mounts = host
            .binds
            .iter()
            .map(|b| (b.destination.as_str(), b.read_only))
            .chain(
                host.volumes
                    .iter()
                    .map(|v| (v.destination.as_str(), v.read_only)),
            )
            .chain(host.tmpfs.iter().map(|t| (t.destination.as_str(), false)));
        let mut best: Option<(usize, bool)> = None;
        for (dest, read_only) in mounts {
            let d = clean(dest.as_bytes());
            let inside =
                d == b"/" || abs == d.as_slice() || abs.starts_with(&[d.as_slice(), b"/"].concat());
            if inside && best.is_none_or(|(len, _)| d.len() > len) {
                best = Some((d.len(), read_only));
            }
        }
        match best {
            Some((_, true)) => bail!("mounted volume is marked read-only"),
            Some((_, false)) => Ok(()),
            None if host.security.read_only => bail!("container rootfs is marked read-only"),
            None => Ok(()),
        }
    }

    /// docker's `ContainerExtractToDir`: extracts the tar `produce` writes
    /// into the directory `path`, rewritten as `rebases` say.
    fn extract_to_dir<P>(
        &self,
        path: &str,
        container: &str,
        produce: P,
        rebases: Vec<Rebase>,
        archive: bool,
    ) -> Result<u64>
    where
        P: FnOnce(&mut dyn Write) -> Result<()> + Send,
    {
        let p = path.as_bytes();
        let abs = preserve_trailing_dot_or_separator(&join(b"/", p), p);
        let canon = self.resolve_in_scope(&abs).map_err(|e| match e.kind() {
            io::ErrorKind::NotFound => not_found(path, container),
            _ => anyhow!("{}", crate::engine::go_error(&e)),
        })?;
        let st = match self.open_at(&canon, OFlags::PATH | OFlags::NOFOLLOW) {
            Ok(fd) => rfs::fstat(&fd)?,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(not_found(path, container))
            }
            Err(e) => bail!("lstat {}: {}", lossy(&canon), crate::engine::go_error(&e)),
        };
        if FileType::from_raw_mode(st.st_mode) != FileType::Directory {
            bail!("extraction point is not a directory");
        }
        self.check_writable(&canon)?;
        let root = self.root.as_fd();
        let dest_display = lossy(&canon);
        let check = overwrite_check(root, b"/", &canon);
        let prefix = match rel(&canon) {
            b"." => Vec::new(),
            r => r.to_vec(),
        };
        let rw = Rewrite {
            rebases,
            prefix,
            owner: (!archive).then_some((0, 0)),
            dest: dest_display,
            check: Some(&check),
        };
        let root_path = format!("/proc/self/fd/{}", root.as_raw_fd());
        let opts = ApplyOptions {
            whiteouts: WhiteoutMode::Native,
            rootless: self.engine.rootless,
        };
        tarball::pipeline(produce, &rw, |r| {
            apply_layer(Path::new(&root_path), r, &opts).map(|_| ())
        })
    }
}

/// docker's `NoOverwriteDirNonDir`: an existing directory is never replaced
/// by a non-directory, nor the reverse. `display_root` and `dest` are how
/// the user names the extractor's root and the extraction directory.
fn overwrite_check<'f>(
    root: BorrowedFd<'f>,
    display_root: &'f [u8],
    dest: &'f [u8],
) -> impl Fn(&[u8], bool) -> io::Result<()> + Sync + 'f {
    move |name: &[u8], is_dir: bool| {
        let existing = match open_in_root(root, name, OFlags::PATH | OFlags::NOFOLLOW) {
            Ok(fd) => rfs::fstat(&fd)?,
            Err(e) if matches!(e.raw_os_error(), Some(libc::ENOENT | libc::ENOTDIR)) => {
                return Ok(())
            }
            Err(e) => return Err(e),
        };
        let was_dir = FileType::from_raw_mode(existing.st_mode) == FileType::Directory;
        let shown = || {
            let r = rel(name);
            let p = if r == b"." {
                display_root.to_vec()
            } else {
                join(display_root, r)
            };
            format!("{:?}", lossy(&p))
        };
        if was_dir && !is_dir {
            return Err(io::Error::other(format!(
                "cannot overwrite directory {} with non-directory {:?}",
                shown(),
                lossy(dest)
            )));
        }
        if !was_dir && is_dir {
            return Err(io::Error::other(format!(
                "cannot overwrite non-directory {} with directory {:?}",
                shown(),
                lossy(dest)
            )));
        }
        Ok(())
    }
}

// ---- the host side (docker's CLI) ----

/// docker's `resolveLocalPath`: absolute, keeping a trailing `/` or `/.`.
fn resolve_local_path(p: &Path) -> Result<Vec<u8>> {
    let raw = p.as_os_str().as_bytes();
    let abs = if raw.starts_with(b"/") {
        clean(raw)
    } else {
        let cwd = std::env::current_dir().context("getting the working directory")?;
        join(cwd.as_os_str().as_bytes(), raw)
    };
    Ok(preserve_trailing_dot_or_separator(&abs, raw))
}

fn is_device(ft: std::fs::FileType) -> bool {
    use std::os::unix::fs::FileTypeExt;
    ft.is_block_device() || ft.is_char_device()
}

/// docker's `ValidateOutputPath`.
fn validate_output_path(path: &[u8]) -> Result<()> {
    let d = dir(&clean(path));
    if !d.is_empty() && d != b"." {
        if let Err(e) = std::fs::metadata(os(&d)) {
            if e.kind() == io::ErrorKind::NotFound {
                bail!(
                    "invalid output path: directory {:?} does not exist",
                    lossy(&d)
                );
            }
        }
    }
    match std::fs::metadata(os(path)) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => bail!("stat {}: {}", lossy(path), crate::engine::go_error(&e)),
        Ok(m) if is_device(m.file_type()) => bail!(
            "invalid output path: {:?} must be a directory or a regular file: got a device",
            lossy(path)
        ),
        Ok(_) => Ok(()),
    }
}

/// `filepath.EvalSymlinks` on the host.
fn eval_symlinks(p: &[u8]) -> Result<Vec<u8>> {
    let real = std::fs::canonicalize(os(p)).map_err(|e| {
        anyhow!(
            "lstat {}: {}",
            lossy(&clean(p)),
            crate::engine::go_error(&e)
        )
    })?;
    Ok(real.into_os_string().into_encoded_bytes())
}

/// docker's `CopyInfoSourcePath` for a local source.
fn copy_info_source_path(path: &[u8], follow_link: bool) -> Result<CopyInfo> {
    let (resolved, rebase_name) = if follow_link {
        let real = eval_symlinks(path)?;
        get_rebase_name(path, &real)
    } else {
        let (d, b) = split(path);
        let mut resolved = eval_symlinks(d)?;
        if !resolved.ends_with(b"/") {
            resolved.push(b'/');
        }
        resolved.extend_from_slice(b);
        let rebase =
            (has_trailing_separator(path) && base(path) != base(&resolved)).then(|| base(path));
        (resolved, rebase)
    };
    let meta = std::fs::symlink_metadata(os(&resolved)).map_err(|e| {
        anyhow!(
            "lstat {}: {}",
            lossy(&resolved),
            crate::engine::go_error(&e)
        )
    })?;
    Ok(CopyInfo {
        path: resolved,
        exists: true,
        is_dir: meta.is_dir(),
        rebase_name,
    })
}

/// docker's `CopyInfoDestinationPath` for a local destination.
fn copy_info_destination_path(path: &[u8]) -> Result<CopyInfo> {
    let original = path.to_vec();
    let mut path = path.to_vec();
    let mut meta = std::fs::symlink_metadata(os(&path));
    let mut n = 0;
    while let Ok(m) = &meta {
        if !m.file_type().is_symlink() {
            break;
        }
        if n > 10 {
            bail!("too many symlinks in {}", lossy(&original));
        }
        n += 1;
        let target = std::fs::read_link(os(&path))
            .map_err(|e| anyhow!("readlink {}: {}", lossy(&path), crate::engine::go_error(&e)))?
            .into_os_string()
            .into_encoded_bytes();
        path = if target.starts_with(b"/") {
            target
        } else {
            join(&split_path_dir_entry(&path).0, &target)
        };
        meta = std::fs::symlink_metadata(os(&path));
    }
    match meta {
        Ok(m) => Ok(CopyInfo {
            path,
            exists: true,
            is_dir: m.is_dir(),
            rebase_name: None,
        }),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            let parent = split_path_dir_entry(&path).0;
            let pm = std::fs::metadata(os(&parent))
                .map_err(|e| anyhow!("stat {}: {}", lossy(&parent), crate::engine::go_error(&e)))?;
            if !pm.is_dir() {
                bail!("not a directory");
            }
            Ok(CopyInfo {
                path,
                ..CopyInfo::default()
            })
        }
        Err(e) => bail!("lstat {}: {}", lossy(&path), crate::engine::go_error(&e)),
    }
}

/// docker's `PrepareArchiveCopy`: the directory to extract into and the
/// renaming the entries need (`(old, new)`, old `""` meaning a prefix).
fn prepare_archive_copy(src: &CopyInfo, dst: &CopyInfo) -> Result<(Vec<u8>, Option<Rebase>)> {
    let (dst_dir, dst_base) = split_path_dir_entry(&dst.path);
    let (_, mut src_base) = split_path_dir_entry(&src.path);
    if dst.exists && dst.is_dir {
        return Ok((dst.path.clone(), None));
    }
    if dst.exists && src.is_dir {
        bail!("cannot copy directory");
    }
    if !dst.exists && !src.is_dir && asserts_directory(&dst.path) {
        bail!("no such directory");
    }
    if let Some(r) = &src.rebase_name {
        src_base = r.clone();
    }
    Ok((dst_dir, Some((rebase_old(&src_base), dst_base))))
}

/// RebaseArchiveEntries treats an old base of `/` as the empty prefix.
fn rebase_old(b: &[u8]) -> Vec<u8> {
    if b == b"/" {
        Vec::new()
    } else {
        b.to_vec()
    }
}

/// Total size of the regular files at `path` (docker's `localContentSize`).
fn local_content_size(path: &Path) -> Option<u64> {
    let m = std::fs::symlink_metadata(path).ok()?;
    if !m.is_dir() {
        return Some(if m.is_file() { m.len() } else { 0 });
    }
    let mut total = 0;
    for entry in std::fs::read_dir(path).ok()? {
        let entry = entry.ok()?;
        let ft = entry.file_type().ok()?;
        if ft.is_dir() {
            total += local_content_size(&entry.path())?;
        } else if ft.is_file() {
            total += entry.metadata().ok()?.len();
        }
    }
    Some(total)
}

fn host_owner() -> (u64, u64) {
    (
        u64::from(rustix::process::geteuid().as_raw()),
        u64::from(rustix::process::getegid().as_raw()),
    )
}

/// `skiff cp CONTAINER:SRC DEST`: `container` is the name the user gave.
pub fn copy_from_container(
    engine: &Engine,
    c: &Container,
    container: &str,
    src: &str,
    dest: HostDest<'_>,
    opts: CopyOptions,
) -> Result<CopyOutcome> {
    let dst_path = match &dest {
        HostDest::Path(p) => {
            let p = resolve_local_path(p)?;
            validate_output_path(&p)?;
            Some(p)
        }
        HostDest::Stream(_) => None,
    };
    let fs = ContainerFs::open(engine, c)?;
    let mut src_path = src.to_string();
    let mut rebase_name = None;
    if opts.follow_link {
        if let Ok(st) = fs.stat_path(&src_path) {
            if st.is_symlink() {
                let (p, r) = get_rebase_name(src_path.as_bytes(), &st.link_target);
                src_path = lossy(&p);
                rebase_name = r;
            }
        }
    }
    let stat = fs.stat_path(&src_path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => not_found(&src_path, container),
        _ => anyhow!(
            "lstat {}: {}",
            lossy(&preserve_trailing_dot_or_separator(
                &join(b"/", src_path.as_bytes()),
                src_path.as_bytes()
            )),
            crate::engine::go_error(&e)
        ),
    })?;
    let Some(dst_path) = dst_path else {
        let HostDest::Stream(out) = dest else {
            unreachable!()
        };
        let mut out = Counter {
            inner: out,
            count: 0,
        };
        fs.archive_path(&src_path, &mut out)?;
        return Ok(CopyOutcome {
            content_size: None,
            transferred: out.count,
            destination: "-".into(),
        });
    };
    let src_info = CopyInfo {
        path: src_path.as_bytes().to_vec(),
        exists: true,
        is_dir: stat.is_dir(),
        rebase_name,
    };
    let mut rebases = Vec::new();
    if let Some(r) = &src_info.rebase_name {
        rebases.push((
            rebase_old(&split_path_dir_entry(&src_info.path).1),
            r.clone(),
        ));
    }
    let dst_info = copy_info_destination_path(&dst_path)?;
    let (dst_dir, rebase) = prepare_archive_copy(&src_info, &dst_info)?;
    rebases.extend(rebase);
    let dir_fd = rfs::open(
        os(&dst_dir),
        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    )
    .map_err(|e| {
        anyhow!(
            "open {}: {}",
            lossy(&dst_dir),
            crate::engine::go_error(&e.into())
        )
    })?;
    let check = overwrite_check(dir_fd.as_fd(), &dst_dir, &dst_dir);
    let rw = Rewrite {
        rebases,
        prefix: Vec::new(),
        owner: (!opts.archive).then(host_owner),
        dest: lossy(&dst_dir),
        check: Some(&check),
    };
    let apply_opts = ApplyOptions {
        whiteouts: WhiteoutMode::Native,
        rootless: engine.rootless || !rustix::process::geteuid().is_root(),
    };
    let fs_ref = &fs;
    let transferred = tarball::pipeline(
        move |w| fs_ref.archive_path(&src_path, w),
        &rw,
        |r| apply_layer(os(&dst_dir), r, &apply_opts).map(|_| ()),
    )?;
    Ok(CopyOutcome {
        content_size: (!stat.is_dir()).then_some(stat.size),
        transferred,
        destination: lossy(&dst_path),
    })
}

/// `skiff cp SRC CONTAINER:DEST`: `container` is the name the user gave.
pub fn copy_to_container(
    engine: &Engine,
    c: &Container,
    container: &str,
    src: HostSource,
    dest: &str,
    opts: CopyOptions,
) -> Result<CopyOutcome> {
    let local = match &src {
        HostSource::Path(p) => Some(resolve_local_path(p)?),
        HostSource::Stream(_) => None,
    };
    let fs = ContainerFs::open(engine, c)?;
    let mut dst_info = CopyInfo {
        path: dest.as_bytes().to_vec(),
        ..CopyInfo::default()
    };
    if let Ok(mut st) = fs.stat_path(dest) {
        let mut ok = true;
        if st.is_symlink() {
            dst_info.path = st.link_target.clone();
            match fs.stat_path(&lossy(&st.link_target)) {
                Ok(s) => st = s,
                Err(_) => ok = false,
            }
        }
        if ok {
            if matches!(st.kind(), FileType::BlockDevice | FileType::CharacterDevice) {
                bail!("destination \"{container}:{dest}\" must be a directory or a regular file: got a device");
            }
            dst_info.exists = true;
            dst_info.is_dir = st.is_dir();
        }
    }
    let destination = format!("{container}:{}", lossy(&dst_info.path));
    match src {
        HostSource::Stream(mut input) => {
            if !dst_info.is_dir {
                bail!("destination \"{container}:{dest}\" must be a directory");
            }
            let transferred = fs.extract_to_dir(
                &lossy(&dst_info.path),
                container,
                move |w| {
                    io::copy(&mut input, w)?;
                    Ok(())
                },
                Vec::new(),
                opts.archive,
            )?;
            Ok(CopyOutcome {
                content_size: None,
                transferred,
                destination,
            })
        }
        HostSource::Path(_) => {
            let local = local.unwrap_or_default();
            let src_info = copy_info_source_path(&local, opts.follow_link)?;
            let content_size = local_content_size(os(&src_info.path));
            let (_, src_base) = split_path_dir_entry(&src_info.path);
            let top = match &src_info.rebase_name {
                Some(r) => r.clone(),
                None if src_base == b"/" => b".".to_vec(),
                None => src_base,
            };
            let top_fd = rfs::open(
                os(&src_info.path),
                OFlags::PATH | OFlags::NOFOLLOW | OFlags::CLOEXEC,
                Mode::empty(),
            )
            .map_err(|e| {
                anyhow!(
                    "lstat {}: {}",
                    lossy(&src_info.path),
                    crate::engine::go_error(&e.into())
                )
            })?;
            let (dst_dir, rebase) = prepare_archive_copy(&src_info, &dst_info)?;
            let transferred = fs.extract_to_dir(
                &lossy(&dst_dir),
                container,
                move |w| {
                    let mut tw = TarWriter::new(w);
                    tw.add_tree(&top_fd, &top)?;
                    tw.finish()?.flush()?;
                    Ok(())
                },
                rebase.into_iter().collect(),
                opts.archive,
            )?;
            Ok(CopyOutcome {
                content_size,
                transferred,
                destination,
            })
        }
    }
}
