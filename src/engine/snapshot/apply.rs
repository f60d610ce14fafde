//! Safe extraction of OCI / docker image layers.
//!
//! Layer tars are attacker input. The `tar` crate is used only as a *parser*
//! (`Archive::entries`, `header()`, `pax_extensions()`, `path_bytes()`,
//! `link_name_bytes()`); every filesystem change is made here, relative to a
//! directory fd for the layer root:
//!
//! * Entry names are cleaned lexically (`/` and `./` prefixes dropped, `.` and
//!   empty components dropped, `..` pops a component and is clamped at the
//!   root, as containerd does). A name that cleans to the root itself (e.g.
//!   `./`, `..`) is ignored, as containerd does.
//! * The parent directory of every entry is opened with `openat2(RESOLVE_IN_ROOT
//!   | RESOLVE_NO_MAGICLINKS)` relative to the root fd, so `..`, absolute
//!   symlinks (`lib -> /usr/lib`) and relative symlinks that climb out are all
//!   resolved *inside* the root. Missing parents are created one component at
//!   a time with `mkdirat` (mode 0755, owner 0:0; not copied from lower
//!   layers). A parent that is a dangling symlink (its target does not exist
//!   inside the root) is an error, as in docker, rather than being created.
//! * The final component is created with `*at()` calls relative to that parent
//!   fd and is never followed: whatever exists there (unless both are
//!   directories) is removed first, regular files are created with
//!   `O_CREAT|O_EXCL|O_NOFOLLOW` (so a pre-existing hard link or symlink is
//!   never written through), ownership/times use `AT_SYMLINK_NOFOLLOW` or the
//!   new file's own fd.
//! * Hard link targets are cleaned and resolved inside the root the same way
//!   (`..` clamps, symlinked parents are followed inside the root, a symlink
//!   in the final component is linked itself, like containerd's
//!   `hardlinkRootPath`). A target that does not exist inside the root (which
//!   is where an escaping target such as `../../etc/shadow` or `/etc/shadow`
//!   ends up after clamping) is refused with
//!   [`ApplyError::HardlinkOutside`]; no host file is ever linked.
//! * Whiteouts (`.wh.<name>`, `.wh..wh..opq`) are converted according to
//!   [`WhiteoutMode`] and never materialised. A whiteout whose base is empty,
//!   `.` or `..`, or any entry with a `.wh.` directory component, is refused
//!   with [`ApplyError::InvalidWhiteout`]. Other `.wh..wh.*` names are ignored.
//! * Directory modes and times are applied at the end of the layer (deepest
//!   first), so read-only directories can still be populated and later
//!   entries do not disturb directory mtimes.
//!
//! Metadata order for each entry: content, owner (`lchown`), xattrs (PAX
//! `SCHILY.xattr.*`, `trusted.*` skipped), mode (after chown so set-id bits
//! survive), times.

use std::collections::HashSet;
use std::fs::File;
use std::io::{self, Read, Write};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd};
use std::path::{Path, PathBuf};

use rustix::fs::{
    self as rfs, AtFlags, FileType, Gid, Mode, OFlags, ResolveFlags, Timespec, Timestamps, Uid,
    XattrFlags,
};
use rustix::io::Errno;
use tar::EntryType;

/// How whiteout entries are applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WhiteoutMode {
    /// Extract into the layer's own directory for overlayfs: `.wh.x` becomes a
    /// 0:0 char device `x`; `.wh..wh..opq` sets the opaque xattr
    /// `<prefix>overlay.opaque = "y"` on the dir (prefix "trusted." rootful,
    /// "user." when `user_xattr`, for rootless `-o userxattr` mounts).
    Overlay { user_xattr: bool },
    /// Apply onto a materialised copy of the parent chain (native
    /// snapshotter): `.wh.x` removes x (recursively); opaque removes every
    /// existing child of the dir that this layer did not itself create
    /// (order-independent: applied at the end of the layer, keeping the
    /// entries this layer unpacked and the directories that lead to them).
    Native,
}

/// Options for [`apply_layer`].
#[derive(Debug, Clone)]
pub struct ApplyOptions {
    pub whiteouts: WhiteoutMode,
    /// Running without real root: character/block devices are skipped
    /// silently, and `EPERM`/`EINVAL` from chown (unmapped ids, subuid range
    /// too small) is ignored.
    pub rootless: bool,
}

/// What [`apply_layer`] did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ApplyStats {
    /// Tar entries processed (PAX global headers excluded).
    pub entries: u64,
    /// Bytes of regular-file content written.
    pub bytes: u64,
}

/// Failure applying a layer. Every variant names the entry it happened at.
#[derive(Debug, thiserror::Error)]
pub enum ApplyError {
    #[error("layer root {path}: {source}")]
    Root {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("reading layer tar (after entry {after:?}): {source}")]
    Read {
        /// The last entry successfully read (empty at the start).
        after: String,
        #[source]
        source: io::Error,
    },
    #[error("layer entry {path}: {source}")]
    Entry {
        path: String,
        #[source]
        source: io::Error,
    },
    #[error("hardlink {path} points outside the layer (target {target:?} does not exist inside the root)")]
    HardlinkOutside { path: String, target: String },
    #[error("invalid whiteout {path}")]
    InvalidWhiteout { path: String },
    #[error("layer entry {path}: unsupported tar entry type {kind:?}")]
    Unsupported { path: String, kind: char },
}

/// Applies one uncompressed layer tar to `root`.
///
/// `root` itself is trusted (opened normally); nothing in the tar can make
/// this function touch anything outside it.
pub fn apply_layer<R: Read>(
    root: &Path,
    layer_tar: R,
    opts: &ApplyOptions,
) -> Result<ApplyStats, ApplyError> {
    let root_fd = rfs::open(
        root,
        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    )
    .map_err(|e| ApplyError::Root {
        path: root.to_path_buf(),
        source: e.into(),
    })?;
    let mut ex = Extractor {
        root: root_fd,
        opts,
        created: HashSet::new(),
        opaque: Vec::new(),
        dirs: Vec::new(),
        buf: vec![0; COPY_BUF],
        stats: ApplyStats::default(),
    };
    let mut archive = tar::Archive::new(layer_tar);
    let entries = archive.entries().map_err(|source| ApplyError::Read {
        after: String::new(),
        source,
    })?;
    let mut last = String::new();
    for entry in entries {
        let mut entry = entry.map_err(|source| ApplyError::Read {
            after: last.clone(),
            source,
        })?;
        let raw = entry.path_bytes().into_owned();
        let disp = String::from_utf8_lossy(&raw).into_owned();
        ex.entry(&mut entry, &raw, &disp)?;
        last = disp;
    }
    ex.finish()?;
    Ok(ex.stats)
}

const WH_PREFIX: &[u8] = b".wh.";
/// `.wh..wh..opq` with the `.wh.` prefix already stripped.
const WH_OPAQUE_BASE: &[u8] = b".wh..opq";
const COPY_BUF: usize = 256 * 1024;
/// Deepest directory tree removed or pruned (one fd per level is held).
const MAX_DEPTH: usize = 4096;
const RESOLVE: ResolveFlags = ResolveFlags::IN_ROOT.union(ResolveFlags::NO_MAGICLINKS);

trait At<T> {
    fn at(self, path: &str) -> Result<T, ApplyError>;
}

impl<T, E: Into<io::Error>> At<T> for Result<T, E> {
    fn at(self, path: &str) -> Result<T, ApplyError> {
        self.map_err(|e| ApplyError::Entry {
            path: path.to_owned(),
            source: e.into(),
        })
    }
}

struct Meta {
    uid: u32,
    gid: u32,
    mode: u32,
    atime: Timespec,
    mtime: Timespec,
    xattrs: Vec<(Vec<u8>, Vec<u8>)>,
}

impl Meta {
    fn times(&self) -> Timestamps {
        Timestamps {
            last_access: self.atime,
            last_modification: self.mtime,
        }
    }
}

/// A directory remembered for end-of-layer work, re-resolved by path and
/// only used if it is still the same inode.
struct DirRef {
    path: Vec<u8>,
    dev: u64,
    ino: u64,
}

struct DeferredDir {
    dir: DirRef,
    mode: u32,
    atime: Timespec,
    mtime: Timespec,
}

struct Extractor<'o> {
    root: OwnedFd,
    opts: &'o ApplyOptions,
    /// Native mode: (parent dev, parent ino, name) of everything this layer
    /// put in place (entries, merged dirs, implicit parents).
    created: HashSet<(u64, u64, Vec<u8>)>,
    /// Native mode: directories with an opaque marker.
    opaque: Vec<DirRef>,
    dirs: Vec<DeferredDir>,
    buf: Vec<u8>,
    stats: ApplyStats,
}

#[derive(Clone, Copy)]
enum XattrTarget<'a> {
    Fd(BorrowedFd<'a>),
    /// `/proc/self/fd/N` of an `O_PATH|O_NOFOLLOW` fd (for symlinks, FIFOs
    /// and devices, which cannot be opened for I/O safely).
    ProcPath(&'a str),
}

impl Extractor<'_> {
    fn entry<R: Read>(
        &mut self,
        entry: &mut tar::Entry<'_, R>,
        raw: &[u8],
        disp: &str,
    ) -> Result<(), ApplyError> {
        let kind = entry.header().entry_type();
        if kind == EntryType::XGlobalHeader {
            return Ok(());
        }
        self.stats.entries += 1;
        let comps = clean(raw);
        let Some((&name, parents)) = comps.split_last() else {
            // Resolves to the root itself (`./`, `..`): ignored, as containerd does.
            return Ok(());
        };
        if parents.iter().any(|c| c.starts_with(WH_PREFIX)) {
            return Err(ApplyError::InvalidWhiteout {
                path: disp.to_owned(),
            });
        }
        if let Some(base) = name.strip_prefix(WH_PREFIX) {
            let (uid, gid) = header_ids(entry.header()).at(disp)?;
            return self.whiteout(parents, base, uid, gid, disp);
        }
        match kind {
            EntryType::Regular
            | EntryType::Continuous
            | EntryType::GNUSparse
            | EntryType::Directory
            | EntryType::Symlink
            | EntryType::Link
            | EntryType::Fifo => {}
            EntryType::Char | EntryType::Block => {
                if self.opts.rootless {
                    // containerd and c/storage skip devices in a user namespace.
                    return Ok(());
                }
            }
            other => {
                return Err(ApplyError::Unsupported {
                    path: disp.to_owned(),
                    kind: char::from(other.as_byte()),
                })
            }
        }
        let meta = read_meta(entry).at(disp)?;
        if kind == EntryType::Link {
            return self.hardlink(entry, parents, name, disp);
        }
        let parent = self.parent(parents).at(disp)?;
        match kind {
            EntryType::Directory => self.directory(&parent, parents, name, &meta),
            EntryType::Symlink => {
                let target = entry
                    .link_name_bytes()
                    .ok_or_else(|| invalid("symlink without a target"))
                    .at(disp)?
                    .into_owned();
                self.symlink(&parent, name, &target, &meta)
            }
            EntryType::Fifo | EntryType::Char | EntryType::Block => {
                self.special(entry.header(), kind, &parent, name, &meta)
            }
            _ => self.regular(entry, &parent, name, &meta),
        }
        .at(disp)
    }

    /// Opens (creating if needed) the directory `comps`, resolved in root.
    fn parent(&mut self, comps: &[&[u8]]) -> io::Result<OwnedFd> {
        match open_dir_in_root(self.root.as_fd(), &join(comps)) {
            Ok(fd) => return Ok(fd),
            Err(Errno::NOENT) => {}
            Err(e) => return Err(e.into()),
        }
        let mut cur = open_dir_in_root(self.root.as_fd(), b"")?;
        for i in 0..comps.len() {
            match open_dir_in_root(self.root.as_fd(), &join(&comps[..=i])) {
                Ok(fd) => cur = fd,
                Err(Errno::NOENT) => {
                    let comp = comps[i];
                    rfs::mkdirat(&cur, comp, Mode::from_raw_mode(0o755)).map_err(|e| {
                        if e == Errno::EXIST {
                            // ENOENT through it, EEXIST creating it: a dangling symlink.
                            io::Error::new(
                                io::ErrorKind::AlreadyExists,
                                format!(
                                    "parent {} is a dangling symlink",
                                    String::from_utf8_lossy(&join(&comps[..=i]))
                                ),
                            )
                        } else {
                            e.into()
                        }
                    })?;
                    let fd = rfs::openat(
                        &cur,
                        comp,
                        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
                        Mode::empty(),
                    )?;
                    // Root-owned (not inheriting a set-gid parent's group),
                    // 0755 whatever the umask.
                    self.owner(rfs::fchown(&fd, Some(uid_of(0)), Some(gid_of(0))))?;
                    rfs::fchmod(&fd, Mode::from_raw_mode(0o755))?;
                    self.record(cur.as_fd(), comp)?;
                    cur = fd;
                }
                Err(e) => return Err(e.into()),
            }
        }
        Ok(cur)
    }

    /// Native mode: remember that this layer put `name` into `parent`.
    fn record(&mut self, parent: BorrowedFd<'_>, name: &[u8]) -> io::Result<()> {
        if self.opts.whiteouts == WhiteoutMode::Native {
            let st = rfs::fstat(parent)?;
            self.created.insert((st.st_dev, st.st_ino, name.to_vec()));
        }
        Ok(())
    }

    /// Applies the result of a chown, tolerating unmapped ids when rootless.
    fn owner(&self, r: rustix::io::Result<()>) -> io::Result<()> {
        match r {
            Err(Errno::PERM | Errno::INVAL) if self.opts.rootless => Ok(()),
            r => r.map_err(|e| with_context(e.into(), "chown")),
        }
    }

    fn whiteout(
        &mut self,
        parents: &[&[u8]],
        base: &[u8],
        uid: u32,
        gid: u32,
        disp: &str,
    ) -> Result<(), ApplyError> {
        let opaque = base == WH_OPAQUE_BASE;
        if !opaque && base.starts_with(WH_PREFIX) {
            // Other `.wh..wh.*` names are reserved (aufs metadata): ignored.
            return Ok(());
        }
        if !opaque && (base.is_empty() || base == b"." || base == b"..") {
            return Err(ApplyError::InvalidWhiteout {
                path: disp.to_owned(),
            });
        }
        match self.opts.whiteouts {
            WhiteoutMode::Overlay { user_xattr } => {
                let parent = self.parent(parents).at(disp)?;
                if opaque {
                    let name = if user_xattr {
                        "user.overlay.opaque"
                    } else {
                        "trusted.overlay.opaque"
                    };
                    rfs::fsetxattr(&parent, name, b"y", XattrFlags::empty())
                        .map_err(|e| with_context(e.into(), &format!("setting {name}")))
                        .at(disp)
                } else {
                    remove_all_at(parent.as_fd(), base).at(disp)?;
                    rfs::mknodat(
                        &parent,
                        base,
                        FileType::CharacterDevice,
                        Mode::empty(),
                        rfs::makedev(0, 0),
                    )
                    .map_err(|e| with_context(e.into(), "creating whiteout device"))
                    .at(disp)?;
                    self.owner(rfs::chownat(
                        &parent,
                        base,
                        Some(uid_of(uid)),
                        Some(gid_of(gid)),
                        AtFlags::SYMLINK_NOFOLLOW,
                    ))
                    .at(disp)
                }
            }
            WhiteoutMode::Native => {
                let path = join(parents);
                let parent = match open_dir_in_root(self.root.as_fd(), &path) {
                    Ok(fd) => fd,
                    // Nothing there to hide.
                    Err(Errno::NOENT | Errno::NOTDIR) => return Ok(()),
                    Err(e) => return Err(e).at(disp),
                };
                if opaque {
                    let st = rfs::fstat(&parent).at(disp)?;
                    self.opaque.push(DirRef {
                        path,
                        dev: st.st_dev,
                        ino: st.st_ino,
                    });
                    Ok(())
                } else {
                    remove_all_at(parent.as_fd(), base).at(disp)
                }
            }
        }
    }

    fn regular<R: Read>(
        &mut self,
        entry: &mut tar::Entry<'_, R>,
        parent: &OwnedFd,
        name: &[u8],
        meta: &Meta,
    ) -> io::Result<()> {
        // The parser sets this to the real (expanded) size for GNU sparse files.
        let expected = entry.size();
        remove_all_at(parent.as_fd(), name)?;
        let fd = rfs::openat(
            parent,
            name,
            OFlags::WRONLY | OFlags::CREATE | OFlags::EXCL | OFlags::NOFOLLOW | OFlags::CLOEXEC,
            Mode::from_raw_mode(0o600),
        )?;
        let mut file = File::from(fd);
        let written = copy_stream(entry, &mut file, &mut self.buf)?;
        if written != expected {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                format!("truncated layer: {written} of {expected} bytes"),
            ));
        }
        self.stats.bytes += written;
        self.owner(rfs::fchown(
            &file,
            Some(uid_of(meta.uid)),
            Some(gid_of(meta.gid)),
        ))?;
        set_xattrs(XattrTarget::Fd(file.as_fd()), &meta.xattrs, true)?;
        rfs::fchmod(&file, Mode::from_raw_mode(meta.mode))?;
        rfs::futimens(&file, &meta.times())?;
        self.record(parent.as_fd(), name)
    }

    fn directory(
        &mut self,
        parent: &OwnedFd,
        parents: &[&[u8]],
        name: &[u8],
        meta: &Meta,
    ) -> io::Result<()> {
        let keep = match rfs::statat(parent, name, AtFlags::SYMLINK_NOFOLLOW) {
            Ok(st) if FileType::from_raw_mode(st.st_mode) == FileType::Directory => true,
            Ok(_) => {
                remove_all_at(parent.as_fd(), name)?;
                false
            }
            Err(Errno::NOENT) => false,
            Err(e) => return Err(e.into()),
        };
        if !keep {
            rfs::mkdirat(parent, name, Mode::from_raw_mode(0o755))?;
        }
        let fd = rfs::openat(
            parent,
            name,
            OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
            Mode::empty(),
        )?;
        self.owner(rfs::fchown(
            &fd,
            Some(uid_of(meta.uid)),
            Some(gid_of(meta.gid)),
        ))?;
        set_xattrs(XattrTarget::Fd(fd.as_fd()), &meta.xattrs, true)?;
        let st = rfs::fstat(&fd)?;
        let mut path = join(parents);
        if !path.is_empty() {
            path.push(b'/');
        }
        path.extend_from_slice(name);
        self.dirs.push(DeferredDir {
            dir: DirRef {
                path,
                dev: st.st_dev,
                ino: st.st_ino,
            },
            mode: meta.mode,
            atime: meta.atime,
            mtime: meta.mtime,
        });
        self.record(parent.as_fd(), name)
    }

    fn symlink(
        &mut self,
        parent: &OwnedFd,
        name: &[u8],
        target: &[u8],
        meta: &Meta,
    ) -> io::Result<()> {
        remove_all_at(parent.as_fd(), name)?;
        // The target is stored verbatim; it is interpreted inside the container.
        rfs::symlinkat(target, parent, name)?;
        self.owner(rfs::chownat(
            parent,
            name,
            Some(uid_of(meta.uid)),
            Some(gid_of(meta.gid)),
            AtFlags::SYMLINK_NOFOLLOW,
        ))?;
        if meta.xattrs.iter().any(|(k, _)| !k.starts_with(b"trusted.")) {
            let pfd = open_path_nofollow(parent, name)?;
            let proc = proc_fd_path(&pfd);
            set_xattrs(XattrTarget::ProcPath(&proc), &meta.xattrs, false)?;
        }
        rfs::utimensat(parent, name, &meta.times(), AtFlags::SYMLINK_NOFOLLOW)?;
        self.record(parent.as_fd(), name)
    }

    fn special(
        &mut self,
        header: &tar::Header,
        kind: EntryType,
        parent: &OwnedFd,
        name: &[u8],
        meta: &Meta,
    ) -> io::Result<()> {
        let (file_type, dev) = match kind {
            EntryType::Fifo => (FileType::Fifo, 0),
            _ => {
                let major = header
                    .device_major()?
                    .ok_or_else(|| invalid("device entry without device numbers"))?;
                let minor = header
                    .device_minor()?
                    .ok_or_else(|| invalid("device entry without device numbers"))?;
                let ft = if kind == EntryType::Char {
                    FileType::CharacterDevice
                } else {
                    FileType::BlockDevice
                };
                (ft, rfs::makedev(major, minor))
            }
        };
        remove_all_at(parent.as_fd(), name)?;
        rfs::mknodat(parent, name, file_type, Mode::from_raw_mode(0o600), dev)?;
        self.owner(rfs::chownat(
            parent,
            name,
            Some(uid_of(meta.uid)),
            Some(gid_of(meta.gid)),
            AtFlags::SYMLINK_NOFOLLOW,
        ))?;
        // FIFOs and devices must not be opened for I/O; use an O_PATH fd and
        // its /proc/self/fd link (as glibc's lchmod does).
        let pfd = open_path_nofollow(parent, name)?;
        let st = rfs::fstat(&pfd)?;
        if FileType::from_raw_mode(st.st_mode) != file_type {
            return Err(io::Error::other("node changed type while being created"));
        }
        let proc = proc_fd_path(&pfd);
        set_xattrs(XattrTarget::ProcPath(&proc), &meta.xattrs, false)?;
        let mode = Mode::from_raw_mode(meta.mode);
        match rfs::chmodat(rfs::CWD, proc.as_str(), mode, AtFlags::empty()) {
            Ok(()) => {}
            // No /proc: the node was just created by us and verified above.
            Err(Errno::NOENT) => rfs::chmodat(parent, name, mode, AtFlags::empty())?,
            Err(e) => return Err(e.into()),
        }
        rfs::utimensat(parent, name, &meta.times(), AtFlags::SYMLINK_NOFOLLOW)?;
        self.record(parent.as_fd(), name)
    }

    fn hardlink<R: Read>(
        &mut self,
        entry: &tar::Entry<'_, R>,
        parents: &[&[u8]],
        name: &[u8],
        disp: &str,
    ) -> Result<(), ApplyError> {
        let target = entry
            .link_name_bytes()
            .ok_or_else(|| invalid("hardlink without a target"))
            .at(disp)?
            .into_owned();
        let outside = || ApplyError::HardlinkOutside {
            path: disp.to_owned(),
            target: String::from_utf8_lossy(&target).into_owned(),
        };
        let tcomps = clean(&target);
        let Some((&tname, tparents)) = tcomps.split_last() else {
            return Err(outside());
        };
        let tparent = match open_dir_in_root(self.root.as_fd(), &join(tparents)) {
            Ok(fd) => fd,
            Err(Errno::NOENT | Errno::NOTDIR) => return Err(outside()),
            Err(e) => return Err(e).at(disp),
        };
        let tst = match rfs::statat(&tparent, tname, AtFlags::SYMLINK_NOFOLLOW) {
            Ok(st) => st,
            Err(Errno::NOENT) => return Err(outside()),
            Err(e) => return Err(e).at(disp),
        };
        if FileType::from_raw_mode(tst.st_mode) == FileType::Directory {
            return Err(invalid("hardlink target is a directory")).at(disp);
        }
        let parent = self.parent(parents).at(disp)?;
        match rfs::statat(&parent, name, AtFlags::SYMLINK_NOFOLLOW) {
            Ok(st) if st.st_dev == tst.st_dev && st.st_ino == tst.st_ino => {
                // Already the same inode (e.g. a link to itself).
                return self.record(parent.as_fd(), name).at(disp);
            }
            Ok(_) => remove_all_at(parent.as_fd(), name).at(disp)?,
            Err(Errno::NOENT) => {}
            Err(e) => return Err(e).at(disp),
        }
        // Flags 0: a symlink in the target's final component is linked itself.
        match rfs::linkat(&tparent, tname, &parent, name, AtFlags::empty()) {
            Ok(()) => {}
            Err(Errno::NOENT) => return Err(outside()),
            Err(e) => return Err(e).at(disp),
        }
        self.record(parent.as_fd(), name).at(disp)
    }

    /// End of layer: native opaque pruning, then directory modes and times.
    fn finish(&mut self) -> Result<(), ApplyError> {
        let mut seen = HashSet::new();
        for d in std::mem::take(&mut self.opaque) {
            let mut disp = String::from_utf8_lossy(&d.path).into_owned();
            disp.push_str(if disp.is_empty() {
                ".wh..wh..opq"
            } else {
                "/.wh..wh..opq"
            });
            if !seen.insert((d.dev, d.ino)) {
                continue;
            }
            let Some(fd) = self.reopen(&d, OFlags::empty()).at(&disp)? else {
                continue;
            };
            let created = &self.created;
            prune(fd, &|dev, ino, name| {
                created.contains(&(dev, ino, name.to_vec()))
            })
            .at(&disp)?;
        }
        let mut seen = HashSet::new();
        // Deepest (latest) first, so a read-only parent is not closed before
        // its children are handled; the last entry for a dir wins.
        for d in self.dirs.iter().rev() {
            if !seen.insert((d.dir.dev, d.dir.ino)) {
                continue;
            }
            let disp = String::from_utf8_lossy(&d.dir.path).into_owned();
            let Some(fd) = self.reopen(&d.dir, OFlags::NOFOLLOW).at(&disp)? else {
                continue;
            };
            rfs::fchmod(&fd, Mode::from_raw_mode(d.mode)).at(&disp)?;
            rfs::futimens(
                &fd,
                &Timestamps {
                    last_access: d.atime,
                    last_modification: d.mtime,
                },
            )
            .at(&disp)?;
        }
        Ok(())
    }

    /// Re-resolves a remembered directory inside root; `None` if it is gone
    /// or is no longer the same inode.
    fn reopen(&self, d: &DirRef, extra: OFlags) -> io::Result<Option<OwnedFd>> {
        let fd = match open_in_root(
            self.root.as_fd(),
            &d.path,
            OFlags::RDONLY | OFlags::DIRECTORY | extra,
        ) {
            Ok(fd) => fd,
            Err(Errno::NOENT | Errno::NOTDIR | Errno::LOOP) => return Ok(None),
            Err(e) => return Err(e.into()),
        };
        let st = rfs::fstat(&fd)?;
        Ok((st.st_dev == d.dev && st.st_ino == d.ino).then_some(fd))
    }
}

/// Lexically cleans a tar name: drops empty and `.` components, `..` pops
/// (clamped at the root). Returns the remaining components.
fn clean(raw: &[u8]) -> Vec<&[u8]> {
    let mut out: Vec<&[u8]> = Vec::new();
    for c in raw.split(|b| *b == b'/') {
        match c {
            b"" | b"." => {}
            b".." => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out
}

fn join(comps: &[&[u8]]) -> Vec<u8> {
    comps.join(&b'/')
}

fn invalid(msg: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, msg.to_owned())
}

fn with_context(e: io::Error, what: &str) -> io::Error {
    io::Error::new(e.kind(), format!("{what}: {e}"))
}

fn uid_of(uid: u32) -> Uid {
    Uid::from_raw(uid)
}

fn gid_of(gid: u32) -> Gid {
    Gid::from_raw(gid)
}

fn id32(v: u64, what: &str) -> io::Result<u32> {
    // u32::MAX is chown's "leave unchanged" value.
    u32::try_from(v)
        .ok()
        .filter(|v| *v != u32::MAX)
        .ok_or_else(|| invalid(&format!("{what} {v} out of range")))
}

fn header_ids(h: &tar::Header) -> io::Result<(u32, u32)> {
    let old = h.as_old();
    let uid = or_zero(&old.uid, || h.uid())?;
    let gid = or_zero(&old.gid, || h.gid())?;
    Ok((id32(uid, "uid")?, id32(gid, "gid")?))
}

/// An all-NUL/space numeric field reads as 0 (as Go's archive/tar does); the
/// tar crate would reject it.
fn or_zero(field: &[u8], parse: impl FnOnce() -> io::Result<u64>) -> io::Result<u64> {
    if field.iter().all(|b| *b == 0 || *b == b' ') {
        Ok(0)
    } else {
        parse()
    }
}

fn read_meta<R: Read>(entry: &mut tar::Entry<'_, R>) -> io::Result<Meta> {
    let h = entry.header();
    // PAX uid/gid have already been folded into the header by the parser.
    let (uid, gid) = header_ids(h)?;
    let old = h.as_old();
    let mode = or_zero(&old.mode, || h.mode().map(u64::from))? as u32 & 0o7777;
    let mut mtime = Timespec {
        tv_sec: i64::try_from(or_zero(&old.mtime, || h.mtime())?)
            .map_err(|_| invalid("mtime out of range"))?,
        tv_nsec: 0,
    };
    let mut atime = None;
    let mut xattrs = Vec::new();
    if let Some(exts) = entry.pax_extensions()? {
        for ext in exts {
            let ext = ext?;
            let key = ext.key_bytes();
            if key == b"mtime" {
                mtime = parse_pax_time(ext.value_bytes())
                    .ok_or_else(|| invalid("malformed PAX mtime"))?;
            } else if key == b"atime" {
                atime = parse_pax_time(ext.value_bytes());
            } else if let Some(name) = key.strip_prefix(b"SCHILY.xattr.") {
                xattrs.push((name.to_vec(), ext.value_bytes().to_vec()));
            }
        }
    }
    // As docker: atime is never older than mtime.
    let atime = match atime {
        Some(a) if a > mtime => a,
        _ => mtime,
    };
    Ok(Meta {
        uid,
        gid,
        mode,
        atime,
        mtime,
        xattrs,
    })
}

/// Parses a PAX time (`[-]seconds[.fraction]`).
fn parse_pax_time(v: &[u8]) -> Option<Timespec> {
    let s = std::str::from_utf8(v).ok()?;
    let (neg, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if (int.is_empty() && frac.is_empty())
        || !int.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let mut secs: i64 = if int.is_empty() { 0 } else { int.parse().ok()? };
    let mut nsec: i64 = 0;
    for i in 0..9 {
        let d = frac.as_bytes().get(i).map_or(0, |b| i64::from(b - b'0'));
        nsec = nsec * 10 + d;
    }
    if neg {
        secs = secs.checked_neg()?;
        if nsec > 0 {
            secs = secs.checked_sub(1)?;
            nsec = 1_000_000_000 - nsec;
        }
    }
    Some(Timespec {
        tv_sec: secs,
        tv_nsec: nsec,
    })
}

fn open_in_root(root: BorrowedFd<'_>, path: &[u8], flags: OFlags) -> rustix::io::Result<OwnedFd> {
    let path: &[u8] = if path.is_empty() { b"." } else { path };
    let mut tries = 0;
    loop {
        match rfs::openat2(root, path, flags | OFlags::CLOEXEC, Mode::empty(), RESOLVE) {
            // EAGAIN: a concurrent rename/mount somewhere on the system; retry.
            Err(Errno::AGAIN | Errno::INTR) if tries < 128 => tries += 1,
            r => return r,
        }
    }
}

/// Opens a directory (following symlinks, but only inside root).
fn open_dir_in_root(root: BorrowedFd<'_>, path: &[u8]) -> rustix::io::Result<OwnedFd> {
    open_in_root(root, path, OFlags::RDONLY | OFlags::DIRECTORY)
}

fn open_path_nofollow(parent: &OwnedFd, name: &[u8]) -> io::Result<OwnedFd> {
    Ok(rfs::openat(
        parent,
        name,
        OFlags::PATH | OFlags::NOFOLLOW | OFlags::CLOEXEC,
        Mode::empty(),
    )?)
}

fn proc_fd_path(fd: &OwnedFd) -> String {
    format!("/proc/self/fd/{}", fd.as_raw_fd())
}

fn set_xattrs(
    target: XattrTarget<'_>,
    xattrs: &[(Vec<u8>, Vec<u8>)],
    reg_or_dir: bool,
) -> io::Result<()> {
    for (name, value) in xattrs {
        if name.starts_with(b"trusted.") {
            // Admin attributes (incl. overlay's own) are not taken from layers.
            continue;
        }
        let r = match target {
            XattrTarget::Fd(fd) => rfs::fsetxattr(fd, name.as_slice(), value, XattrFlags::empty()),
            XattrTarget::ProcPath(p) => {
                rfs::setxattr(p, name.as_slice(), value, XattrFlags::empty())
            }
        };
        match r {
            Ok(()) | Err(Errno::NOTSUP) => {}
            // The kernel refuses user.* on anything but files and dirs.
            Err(Errno::PERM) if !reg_or_dir && name.starts_with(b"user.") => {}
            Err(e) => {
                return Err(with_context(
                    e.into(),
                    &format!("setting xattr {}", String::from_utf8_lossy(name)),
                ))
            }
        }
    }
    Ok(())
}

fn copy_stream<R: Read + ?Sized, W: Write>(
    r: &mut R,
    w: &mut W,
    buf: &mut [u8],
) -> io::Result<u64> {
    let mut total = 0u64;
    loop {
        let n = match r.read(buf) {
            Ok(0) => return Ok(total),
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        w.write_all(&buf[..n])?;
        total += n as u64;
    }
}

/// Removes `name` in `parent` (recursively for directories), never following
/// symlinks. A missing `name` is not an error.
fn remove_all_at(parent: BorrowedFd<'_>, name: &[u8]) -> io::Result<()> {
    let st = match rfs::statat(parent, name, AtFlags::SYMLINK_NOFOLLOW) {
        Ok(st) => st,
        Err(Errno::NOENT) => return Ok(()),
        Err(e) => return Err(e.into()),
    };
    if FileType::from_raw_mode(st.st_mode) != FileType::Directory {
        return match rfs::unlinkat(parent, name, AtFlags::empty()) {
            Ok(()) | Err(Errno::NOENT) => Ok(()),
            Err(e) => Err(e.into()),
        };
    }
    let fd = rfs::openat(
        parent,
        name,
        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
        Mode::empty(),
    )?;
    prune(fd, &|_, _, _| false)?;
    match rfs::unlinkat(parent, name, AtFlags::REMOVEDIR) {
        Ok(()) | Err(Errno::NOENT) => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// Removes everything below the directory `dir` except entries for which
/// `keep(parent_dev, parent_ino, name)` holds. Kept directories are pruned
/// too; a directory that is not kept itself survives only if something below
/// it is kept. Iterative (no recursion), holding one fd per level. Returns
/// whether anything was kept.
fn prune(dir: OwnedFd, keep: &dyn Fn(u64, u64, &[u8]) -> bool) -> io::Result<bool> {
    struct Frame {
        dir: rfs::Dir,
        dev: u64,
        ino: u64,
        name: Vec<u8>,
        keep_self: bool,
        kept_any: bool,
    }
    let st = rfs::fstat(&dir)?;
    let mut stack = vec![Frame {
        dir: rfs::Dir::new(dir)?,
        dev: st.st_dev,
        ino: st.st_ino,
        name: Vec::new(),
        keep_self: true,
        kept_any: false,
    }];
    loop {
        let depth = stack.len();
        let Some(top) = stack.last_mut() else { break };
        let Some(ent) = top.dir.next() else {
            let Some(done) = stack.pop() else { break };
            let Some(parent) = stack.last_mut() else {
                return Ok(done.kept_any);
            };
            if done.keep_self || done.kept_any {
                parent.kept_any = true;
            } else {
                match rfs::unlinkat(parent.dir.fd()?, done.name.as_slice(), AtFlags::REMOVEDIR) {
                    Ok(()) | Err(Errno::NOENT) => {}
                    Err(e) => return Err(e.into()),
                }
            }
            continue;
        };
        let ent = ent?;
        let name = ent.file_name().to_bytes();
        if name == b"." || name == b".." {
            continue;
        }
        let name = name.to_vec();
        let kept = keep(top.dev, top.ino, &name);
        let fd = top.dir.fd()?;
        let st = match rfs::statat(fd, name.as_slice(), AtFlags::SYMLINK_NOFOLLOW) {
            Ok(st) => st,
            Err(Errno::NOENT) => continue,
            Err(e) => return Err(e.into()),
        };
        if FileType::from_raw_mode(st.st_mode) == FileType::Directory {
            if depth >= MAX_DEPTH {
                return Err(io::Error::other("directory tree too deep to remove"));
            }
            let child = rfs::openat(
                fd,
                name.as_slice(),
                OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
                Mode::empty(),
            )?;
            let frame = Frame {
                dir: rfs::Dir::new(child)?,
                dev: st.st_dev,
                ino: st.st_ino,
                name,
                keep_self: kept,
                kept_any: false,
            };
            stack.push(frame);
        } else if kept {
            top.kept_any = true;
        } else {
            match rfs::unlinkat(fd, name.as_slice(), AtFlags::empty()) {
                Ok(()) | Err(Errno::NOENT) => {}
                Err(e) => return Err(e.into()),
            }
        }
    }
    Ok(false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::CString;
    use std::fs;
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
    use tar::Header;

    const MTIME: u64 = 1_500_000_000;

    struct Env {
        _tmp: tempfile::TempDir,
        root: PathBuf,
        outside: PathBuf,
    }

    fn env() -> Env {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("root");
        let outside = tmp.path().join("outside");
        fs::create_dir(&root).unwrap();
        fs::create_dir(&outside).unwrap();
        fs::write(outside.join("secret"), b"s3cret").unwrap();
        fs::write(outside.join("sentinel"), b"keep").unwrap();
        fs::set_permissions(&outside, fs::Permissions::from_mode(0o751)).unwrap();
        Env {
            _tmp: tmp,
            root,
            outside,
        }
    }

    /// Everything observable about a tree, for before/after comparison.
    fn snapshot(dir: &Path) -> Vec<String> {
        fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) {
            let md = fs::symlink_metadata(dir).unwrap();
            out.push(format!(
                "{} mode={:o} uid={} nlink={} mtime={}",
                dir.strip_prefix(base).unwrap().display(),
                md.mode(),
                md.uid(),
                md.nlink(),
                md.mtime()
            ));
            let mut names: Vec<_> = fs::read_dir(dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect();
            names.sort();
            for p in names {
                let md = fs::symlink_metadata(&p).unwrap();
                if md.is_dir() {
                    walk(base, &p, out);
                    continue;
                }
                let body = if md.file_type().is_symlink() {
                    fs::read_link(&p).unwrap().display().to_string()
                } else {
                    String::from_utf8_lossy(&fs::read(&p).unwrap()).into_owned()
                };
                out.push(format!(
                    "{} mode={:o} uid={} nlink={} body={body}",
                    p.strip_prefix(base).unwrap().display(),
                    md.mode(),
                    md.uid(),
                    md.nlink()
                ));
            }
        }
        let mut out = Vec::new();
        walk(dir, dir, &mut out);
        out
    }

    fn native() -> ApplyOptions {
        ApplyOptions {
            whiteouts: WhiteoutMode::Native,
            rootless: false,
        }
    }

    fn overlay(user_xattr: bool) -> ApplyOptions {
        ApplyOptions {
            whiteouts: WhiteoutMode::Overlay { user_xattr },
            rootless: false,
        }
    }

    fn getxattr(p: &Path, name: &str) -> Option<Vec<u8>> {
        let cp = CString::new(p.as_os_str().as_bytes()).unwrap();
        let cn = CString::new(name).unwrap();
        let mut buf = vec![0u8; 256];
        // SAFETY: valid C strings and a buffer of the given length.
        let n = unsafe {
            libc::lgetxattr(cp.as_ptr(), cn.as_ptr(), buf.as_mut_ptr().cast(), buf.len())
        };
        if n < 0 {
            return None;
        }
        buf.truncate(n as usize);
        Some(buf)
    }

    fn lmd(p: &Path) -> fs::Metadata {
        fs::symlink_metadata(p).unwrap()
    }

    fn exists(p: &Path) -> bool {
        fs::symlink_metadata(p).is_ok()
    }

    /// Builds tars with raw (unvalidated) names, so `..` and absolute names work.
    struct Tb(tar::Builder<Vec<u8>>);

    impl Tb {
        fn new() -> Self {
            Tb(tar::Builder::new(Vec::new()))
        }

        fn raw(
            &mut self,
            path: &str,
            kind: EntryType,
            mode: u32,
            data: &[u8],
            f: impl FnOnce(&mut Header),
        ) -> &mut Self {
            let mut h = Header::new_gnu();
            let name = &mut h.as_old_mut().name;
            assert!(path.len() <= name.len(), "test name too long");
            name.fill(0);
            name[..path.len()].copy_from_slice(path.as_bytes());
            h.set_entry_type(kind);
            h.set_mode(mode);
            h.set_size(data.len() as u64);
            h.set_uid(0);
            h.set_gid(0);
            h.set_mtime(MTIME);
            f(&mut h);
            h.set_cksum();
            self.0.append(&h, data).unwrap();
            self
        }

        fn file(&mut self, path: &str, data: &[u8]) -> &mut Self {
            self.raw(path, EntryType::Regular, 0o644, data, |_| {})
        }

        fn dir(&mut self, path: &str, mode: u32) -> &mut Self {
            self.raw(path, EntryType::Directory, mode, b"", |_| {})
        }

        fn symlink(&mut self, path: &str, target: &str) -> &mut Self {
            self.raw(path, EntryType::Symlink, 0o777, b"", |h| {
                h.set_link_name_literal(target).unwrap()
            })
        }

        fn hardlink(&mut self, path: &str, target: &str) -> &mut Self {
            self.raw(path, EntryType::Link, 0o644, b"", |h| {
                h.set_link_name_literal(target).unwrap()
            })
        }

        fn whiteout(&mut self, path: &str) -> &mut Self {
            self.raw(path, EntryType::Regular, 0o600, b"", |_| {})
        }

        fn pax(&mut self, kvs: &[(&str, &[u8])]) -> &mut Self {
            self.0.append_pax_extensions(kvs.iter().copied()).unwrap();
            self
        }

        fn bytes(&mut self) -> Vec<u8> {
            self.0.get_ref().clone()
        }
    }

    fn apply(root: &Path, tb: &mut Tb, opts: &ApplyOptions) -> Result<ApplyStats, ApplyError> {
        let data = tb.bytes();
        apply_layer(root, data.as_slice(), opts)
    }

    /// An absolute path without its leading '/', prefixed with enough `..`
    /// to climb out of any temp dir.
    fn climb(p: &Path) -> String {
        format!("../../../../../../../..{}", p.display())
    }

    #[test]
    fn regular_entries_and_metadata() {
        let e = env();
        let mut tb = Tb::new();
        tb.raw("d/", EntryType::Directory, 0o750, b"", |h| {
            h.set_uid(1000);
            h.set_gid(1001);
        })
        .pax(&[
            ("SCHILY.xattr.user.foo", b"bar"),
            ("SCHILY.xattr.trusted.x", b"no"),
        ])
        .raw("d/f", EntryType::Regular, 0o4755, b"hello", |h| {
            h.set_uid(1000);
            h.set_gid(1000);
        })
        .raw("d/l", EntryType::Symlink, 0o777, b"", |h| {
            h.set_link_name_literal("f").unwrap();
            h.set_uid(7);
            h.set_gid(8);
        })
        .hardlink("d/h", "d/f")
        .raw("d/p", EntryType::Fifo, 0o640, b"", |h| h.set_uid(3))
        .raw("d/null", EntryType::Char, 0o666, b"", |h| {
            h.set_device_major(1).unwrap();
            h.set_device_minor(3).unwrap();
        })
        .file("a/b/c/deep", b"deep")
        .pax(&[("mtime", b"1600000000.5")])
        .file("frac", b"x")
        .raw("./", EntryType::Directory, 0o700, b"", |_| {})
        .raw(
            "pax_global_header",
            EntryType::XGlobalHeader,
            0o644,
            b"16 comment=hey\n",
            |_| {},
        );
        let root_mode = lmd(&e.root).mode();
        let stats = apply(&e.root, &mut tb, &native()).unwrap();
        assert_eq!(
            stats,
            ApplyStats {
                entries: 9,
                bytes: 10
            }
        );
        let r = &e.root;

        let d = lmd(&r.join("d"));
        assert!(d.is_dir());
        assert_eq!((d.mode() & 0o7777, d.uid(), d.gid()), (0o750, 1000, 1001));
        assert_eq!(d.mtime(), MTIME as i64, "dir mtime applied at the end");

        let f = lmd(&r.join("d/f"));
        assert_eq!(fs::read(r.join("d/f")).unwrap(), b"hello");
        assert_eq!(f.mode() & 0o7777, 0o4755, "setuid survives chown");
        assert_eq!((f.uid(), f.gid()), (1000, 1000));
        assert_eq!(f.mtime(), MTIME as i64);
        assert_eq!(f.nlink(), 2);
        assert_eq!(
            getxattr(&r.join("d/f"), "user.foo").as_deref(),
            Some(&b"bar"[..])
        );
        assert_eq!(getxattr(&r.join("d/f"), "trusted.x"), None);

        let l = lmd(&r.join("d/l"));
        assert!(l.file_type().is_symlink());
        assert_eq!(fs::read_link(r.join("d/l")).unwrap(), Path::new("f"));
        assert_eq!((l.uid(), l.gid(), l.mtime()), (7, 8, MTIME as i64));

        assert_eq!(lmd(&r.join("d/h")).ino(), f.ino());

        let p = lmd(&r.join("d/p"));
        assert!(p.file_type().is_fifo());
        assert_eq!((p.mode() & 0o7777, p.uid()), (0o640, 3));

        let n = lmd(&r.join("d/null"));
        assert!(n.file_type().is_char_device());
        assert_eq!((n.rdev(), n.mode() & 0o7777), (libc::makedev(1, 3), 0o666));

        for dir in ["a", "a/b", "a/b/c"] {
            let m = lmd(&r.join(dir));
            assert_eq!(
                (m.mode() & 0o7777, m.uid(), m.gid()),
                (0o755, 0, 0),
                "{dir}"
            );
        }
        assert_eq!(fs::read(r.join("a/b/c/deep")).unwrap(), b"deep");

        let fr = lmd(&r.join("frac"));
        assert_eq!((fr.mtime(), fr.mtime_nsec()), (1_600_000_000, 500_000_000));

        assert_eq!(
            lmd(&e.root).mode(),
            root_mode,
            "entries naming the root are ignored"
        );
    }

    #[test]
    fn gnu_long_names_and_absolute_symlink_parent() {
        let e = env();
        let long = format!("usr/lib/{}/file", "x".repeat(150));
        let mut b = tar::Builder::new(Vec::new());
        let mut h = Header::new_gnu();
        h.set_entry_type(EntryType::Directory);
        h.set_mode(0o755);
        h.set_size(0);
        b.append_data(&mut h, "usr/lib/", io::empty()).unwrap();
        let mut h = Header::new_gnu();
        h.set_mode(0o644);
        h.set_size(4);
        b.append_data(&mut h, &long, &b"long"[..]).unwrap();
        let mut tb = Tb(b);
        tb.symlink("lib", "/usr/lib").file("lib/libfoo.so", b"so");
        apply(&e.root, &mut tb, &native()).unwrap();
        assert_eq!(fs::read(e.root.join(&long)).unwrap(), b"long");
        assert_eq!(fs::read(e.root.join("usr/lib/libfoo.so")).unwrap(), b"so");
        assert_eq!(
            fs::read_link(e.root.join("lib")).unwrap(),
            Path::new("/usr/lib")
        );
    }

    #[test]
    fn overlay_whiteouts() {
        for user_xattr in [false, true] {
            let e = env();
            let mut tb = Tb::new();
            tb.dir("d/", 0o755)
                .raw(".wh.gone", EntryType::Regular, 0, b"", |h| {
                    h.set_uid(5);
                    h.set_gid(6);
                })
                .file("d/keep", b"k")
                .whiteout("d/.wh..wh..opq")
                .whiteout("d/.wh..wh.plnk")
                .whiteout("e/.wh.x");
            apply(&e.root, &mut tb, &overlay(user_xattr)).unwrap();
            let g = lmd(&e.root.join("gone"));
            assert!(g.file_type().is_char_device());
            assert_eq!((g.rdev(), g.uid(), g.gid()), (0, 5, 6));
            assert!(lmd(&e.root.join("e/x")).file_type().is_char_device());
            let (want, other) = if user_xattr {
                ("user.overlay.opaque", "trusted.overlay.opaque")
            } else {
                ("trusted.overlay.opaque", "user.overlay.opaque")
            };
            assert_eq!(
                getxattr(&e.root.join("d"), want).as_deref(),
                Some(&b"y"[..])
            );
            assert_eq!(getxattr(&e.root.join("d"), other), None);
            assert!(exists(&e.root.join("d/keep")));
            let mut names: Vec<_> = fs::read_dir(e.root.join("d"))
                .unwrap()
                .map(|e| e.unwrap().file_name())
                .collect();
            names.sort();
            assert_eq!(names, ["keep"], "whiteout files are never materialised");
            assert!(!exists(&e.root.join(".wh.gone")));
        }
    }

    #[test]
    fn native_whiteout_removes() {
        let e = env();
        let r = &e.root;
        fs::create_dir_all(r.join("a/dir/sub")).unwrap();
        fs::write(r.join("a/file"), b"x").unwrap();
        fs::write(r.join("a/dir/sub/x"), b"x").unwrap();
        fs::set_permissions(r.join("a/dir/sub"), fs::Permissions::from_mode(0o555)).unwrap();
        std::os::unix::fs::symlink(&e.outside, r.join("a/lnk")).unwrap();
        fs::write(r.join("a/stay"), b"x").unwrap();
        let before = snapshot(&e.outside);
        let mut tb = Tb::new();
        tb.whiteout("a/.wh.file")
            .whiteout("a/.wh.dir")
            .whiteout("a/.wh.lnk")
            .whiteout("a/.wh.missing")
            .whiteout("nodir/.wh.x");
        apply(r, &mut tb, &native()).unwrap();
        assert!(!exists(&r.join("a/file")));
        assert!(!exists(&r.join("a/dir")));
        assert!(!exists(&r.join("a/lnk")));
        assert!(exists(&r.join("a/stay")));
        assert!(
            !exists(&r.join("nodir")),
            "native whiteouts do not create parents"
        );
        assert_eq!(snapshot(&e.outside), before);
    }

    #[test]
    fn native_opaque_keeps_this_layers_entries() {
        let e = env();
        let r = &e.root;
        for d in ["d/olddir", "d/sub", "d/merged", "e"] {
            fs::create_dir_all(r.join(d)).unwrap();
        }
        for f in ["d/old", "d/olddir/x", "d/sub/x", "d/merged/lower", "e/keep"] {
            fs::write(r.join(f), b"lower").unwrap();
        }
        std::os::unix::fs::symlink(&e.outside, r.join("d/oldlink")).unwrap();
        let before = snapshot(&e.outside);
        let mut tb = Tb::new();
        tb.file("d/new", b"n")
            .file("d/sub/y", b"y")
            .dir("d/merged/", 0o700)
            .dir("d/newdir/", 0o755)
            .file("d/newdir/z", b"z")
            .whiteout("d/.wh..wh..opq")
            .file("d/late", b"l")
            .whiteout("fresh/.wh..wh..opq")
            .file("fresh/a", b"a");
        apply(r, &mut tb, &native()).unwrap();
        for gone in [
            "d/old",
            "d/olddir",
            "d/sub/x",
            "d/merged/lower",
            "d/oldlink",
        ] {
            assert!(!exists(&r.join(gone)), "{gone} should be hidden");
        }
        for kept in [
            "d/new",
            "d/sub/y",
            "d/merged",
            "d/newdir/z",
            "d/late",
            "e/keep",
            "fresh/a",
        ] {
            assert!(exists(&r.join(kept)), "{kept} should be kept");
        }
        assert_eq!(lmd(&r.join("d/merged")).mode() & 0o7777, 0o700);
        assert!(!exists(&r.join("d/.wh..wh..opq")));
        assert_eq!(snapshot(&e.outside), before);
    }

    #[test]
    fn existing_entries_are_replaced_not_followed() {
        let e = env();
        let r = &e.root;
        std::os::unix::fs::symlink(e.outside.join("secret"), r.join("f")).unwrap();
        std::os::unix::fs::symlink(&e.outside, r.join("d")).unwrap();
        std::os::unix::fs::symlink(&e.outside, r.join("p")).unwrap();
        fs::write(r.join("orig"), b"orig").unwrap();
        fs::hard_link(r.join("orig"), r.join("hl")).unwrap();
        fs::create_dir(r.join("m")).unwrap();
        fs::write(r.join("m/child"), b"c").unwrap();
        fs::create_dir(r.join("todir")).unwrap();
        fs::write(r.join("todir/child"), b"c").unwrap();
        let before = snapshot(&e.outside);
        let mut tb = Tb::new();
        tb.file("f", b"new")
            .dir("d/", 0o700)
            .raw("p", EntryType::Fifo, 0o600, b"", |_| {})
            .file("hl", b"new")
            .dir("m/", 0o711)
            .file("todir", b"file now");
        apply(r, &mut tb, &native()).unwrap();
        assert_eq!(snapshot(&e.outside), before);
        assert_eq!(fs::read(r.join("f")).unwrap(), b"new");
        assert!(lmd(&r.join("d")).is_dir());
        assert!(lmd(&r.join("p")).file_type().is_fifo());
        assert_eq!(fs::read(r.join("orig")).unwrap(), b"orig");
        assert_eq!(fs::read(r.join("hl")).unwrap(), b"new");
        assert_eq!(
            fs::read(r.join("m/child")).unwrap(),
            b"c",
            "dirs are merged"
        );
        assert_eq!(lmd(&r.join("m")).mode() & 0o7777, 0o711);
        assert_eq!(fs::read(r.join("todir")).unwrap(), b"file now");
    }

    #[test]
    fn implicit_parents_ignore_setgid_parent() {
        let e = env();
        let sg = e.root.join("sg");
        fs::create_dir(&sg).unwrap();
        std::os::unix::fs::chown(&sg, Some(0), Some(50)).unwrap();
        fs::set_permissions(&sg, fs::Permissions::from_mode(0o2775)).unwrap();
        let mut tb = Tb::new();
        tb.raw("sg/new/f", EntryType::Regular, 0o640, b"f", |h| {
            h.set_gid(7)
        });
        apply(&e.root, &mut tb, &native()).unwrap();
        let m = lmd(&sg.join("new"));
        assert_eq!((m.mode() & 0o7777, m.uid(), m.gid()), (0o755, 0, 0));
        assert_eq!(lmd(&sg.join("new/f")).gid(), 7);
    }

    #[test]
    fn readonly_dir_is_populated_and_keeps_mtime() {
        let e = env();
        let mut tb = Tb::new();
        tb.dir("ro/", 0o555)
            .file("ro/f", b"x")
            .dir("ro/sub/", 0o500)
            .file("ro/sub/g", b"y");
        apply(&e.root, &mut tb, &native()).unwrap();
        let m = lmd(&e.root.join("ro"));
        assert_eq!((m.mode() & 0o7777, m.mtime()), (0o555, MTIME as i64));
        assert_eq!(lmd(&e.root.join("ro/sub")).mode() & 0o7777, 0o500);
        assert_eq!(fs::read(e.root.join("ro/sub/g")).unwrap(), b"y");
    }

    #[test]
    fn rootless_skips_devices() {
        let e = env();
        let mut tb = Tb::new();
        tb.raw("null", EntryType::Char, 0o666, b"", |h| {
            h.set_device_major(1).unwrap();
            h.set_device_minor(3).unwrap();
        })
        .raw("sda", EntryType::Block, 0o660, b"", |h| {
            h.set_device_major(8).unwrap();
            h.set_device_minor(0).unwrap();
        })
        .raw("fifo", EntryType::Fifo, 0o600, b"", |_| {});
        let opts = ApplyOptions {
            whiteouts: WhiteoutMode::Overlay { user_xattr: true },
            rootless: true,
        };
        let stats = apply(&e.root, &mut tb, &opts).unwrap();
        assert_eq!(stats.entries, 3);
        assert!(!exists(&e.root.join("null")));
        assert!(!exists(&e.root.join("sda")));
        assert!(lmd(&e.root.join("fifo")).file_type().is_fifo());
    }

    #[test]
    fn unsupported_and_truncated_entries_fail() {
        let e = env();
        let mut tb = Tb::new();
        tb.raw("vol", EntryType::new(b'V'), 0o644, b"", |_| {});
        let err = apply(&e.root, &mut tb, &native()).unwrap_err();
        assert!(
            matches!(err, ApplyError::Unsupported { kind: 'V', .. }),
            "{err}"
        );

        let mut tb = Tb::new();
        tb.file("big", &[7u8; 2000]);
        let mut data = tb.bytes();
        data.truncate(512 + 1024);
        let err = apply_layer(&e.root, data.as_slice(), &native()).unwrap_err();
        assert!(matches!(err, ApplyError::Entry { .. }), "{err}");
        assert!(err.to_string().contains("big"), "{err}");
    }

    // ---- malicious layers ----

    #[test]
    fn traversal_names_are_clamped_into_root() {
        let e = env();
        let host_evil = PathBuf::from(format!("/etc/skiff-apply-evil-{}", std::process::id()));
        let name = format!("skiff-apply-evil-{}", std::process::id());
        let before = snapshot(&e.outside);
        let mut tb = Tb::new();
        tb.file(&format!("../../etc/{name}"), b"evil")
            .file(&format!("/etc/{name}-abs"), b"evil")
            .file("../outside/pwned", b"evil")
            .file(&format!("{}/pwned2", climb(&e.outside)), b"evil")
            .file("a/../../../../b/./c", b"evil");
        let res = apply(&e.root, &mut tb, &native());
        let leaked =
            exists(&host_evil) || exists(Path::new(&format!("{}-abs", host_evil.display())));
        let _ = fs::remove_file(&host_evil);
        let _ = fs::remove_file(format!("{}-abs", host_evil.display()));
        res.unwrap();
        assert!(!leaked, "wrote to the host /etc");
        assert_eq!(snapshot(&e.outside), before);
        let r = &e.root;
        assert!(exists(&r.join("etc").join(&name)));
        assert!(exists(&r.join("etc").join(format!("{name}-abs"))));
        assert!(exists(&r.join("outside/pwned")));
        assert!(exists(
            &r.join(e.outside.strip_prefix("/").unwrap()).join("pwned2")
        ));
        assert!(exists(&r.join("b/c")));
    }

    #[test]
    fn symlink_parent_escapes_stay_inside() {
        // Absolute symlink to a host dir that does not exist inside root: refused.
        let e = env();
        let before = snapshot(&e.outside);
        let mut tb = Tb::new();
        tb.symlink("escape", e.outside.to_str().unwrap())
            .file("escape/pwned", b"evil");
        let err = apply(&e.root, &mut tb, &native()).unwrap_err();
        assert!(matches!(err, ApplyError::Entry { .. }), "{err}");
        assert_eq!(snapshot(&e.outside), before);

        // ... and re-rooted when the target exists inside root.
        let e = env();
        let before = snapshot(&e.outside);
        let inner = e
            .outside
            .strip_prefix("/")
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned();
        let mut tb = Tb::new();
        tb.dir(&format!("{inner}/"), 0o755)
            .symlink("escape", e.outside.to_str().unwrap())
            .file("escape/pwned", b"evil");
        apply(&e.root, &mut tb, &native()).unwrap();
        assert_eq!(snapshot(&e.outside), before);
        assert_eq!(
            fs::read(e.root.join(&inner).join("pwned")).unwrap(),
            b"evil"
        );

        // Relative symlink climbing out: resolves to root.
        let e = env();
        let before = snapshot(&e.outside);
        let mut tb = Tb::new();
        tb.symlink("escape", "../../..")
            .file("escape/pwned", b"evil")
            .symlink("up", "..")
            .dir("up/outside/", 0o777)
            .file("up/outside/sentinel", b"evil")
            .symlink("deep/link", "../../../../outside")
            .file("deep/link/secret", b"evil");
        apply(&e.root, &mut tb, &native()).unwrap();
        assert_eq!(snapshot(&e.outside), before);
        assert_eq!(fs::read(e.root.join("pwned")).unwrap(), b"evil");
        assert_eq!(fs::read(e.root.join("outside/sentinel")).unwrap(), b"evil");
        assert_eq!(fs::read(e.root.join("outside/secret")).unwrap(), b"evil");
    }

    #[test]
    fn hardlinks_cannot_reach_outside() {
        let secret = |e: &Env| lmd(&e.outside.join("secret")).nlink();
        let targets = |e: &Env| {
            vec![
                "../outside/secret".to_owned(),
                "../../outside/secret".to_owned(),
                e.outside.join("secret").to_str().unwrap().to_owned(),
                format!("{}/secret", climb(&e.outside)),
                "esc/secret".to_owned(),
                "esc2/secret".to_owned(),
                "..".to_owned(),
            ]
        };
        let probe = env();
        for (i, target) in targets(&probe).into_iter().enumerate() {
            let e = env();
            let before = snapshot(&e.outside);
            let mut tb = Tb::new();
            tb.symlink("esc", e.outside.to_str().unwrap())
                .symlink("esc2", "../outside");
            let target =
                target.replace(probe.outside.to_str().unwrap(), e.outside.to_str().unwrap());
            tb.hardlink("h", &target);
            let err = apply(&e.root, &mut tb, &native()).unwrap_err();
            assert!(
                matches!(err, ApplyError::HardlinkOutside { .. }),
                "case {i} ({target}): {err}"
            );
            assert!(err.to_string().contains("points outside the layer"));
            assert_eq!(secret(&e), 1, "case {i}");
            assert_eq!(snapshot(&e.outside), before, "case {i}");
            assert!(!exists(&e.root.join("h")));
        }

        // A link to a symlink links the symlink itself, never its host target.
        let e = env();
        let before = snapshot(&e.outside);
        let mut tb = Tb::new();
        tb.symlink("s", e.outside.join("secret").to_str().unwrap())
            .hardlink("h", "s")
            .file("dir/f", b"f")
            .hardlink("h2", "../../dir/f");
        apply(&e.root, &mut tb, &native()).unwrap();
        assert!(lmd(&e.root.join("h")).file_type().is_symlink());
        assert_eq!(lmd(&e.root.join("h")).ino(), lmd(&e.root.join("s")).ino());
        assert_eq!(
            lmd(&e.root.join("h2")).ino(),
            lmd(&e.root.join("dir/f")).ino()
        );
        assert_eq!(secret(&e), 1);
        assert_eq!(snapshot(&e.outside), before);
    }

    #[test]
    fn invalid_whiteouts_are_refused() {
        for opts in [native(), overlay(false)] {
            for name in [
                ".wh...",
                "dir/.wh.../x",
                ".wh.",
                ".wh..",
                "a/.wh..",
                "d/.wh.x/y",
            ] {
                let e = env();
                fs::create_dir(e.root.join("dir")).unwrap();
                let before = snapshot(&e.outside);
                let mut tb = Tb::new();
                tb.whiteout(name);
                let err = apply(&e.root, &mut tb, &opts).unwrap_err();
                assert!(
                    matches!(err, ApplyError::InvalidWhiteout { .. }),
                    "{name}: {err}"
                );
                assert!(err.to_string().starts_with("invalid whiteout"));
                assert_eq!(snapshot(&e.outside), before, "{name}");
                assert!(exists(&e.root.join("dir")));
            }
        }
    }

    #[test]
    fn whiteouts_through_symlinked_parents_stay_inside() {
        // Native: removal through symlinked parents resolves inside root.
        let e = env();
        let before = snapshot(&e.outside);
        fs::create_dir(e.root.join("outside")).unwrap();
        fs::write(e.root.join("outside/sentinel"), b"inner").unwrap();
        let mut tb = Tb::new();
        tb.symlink("esc", "../outside")
            .whiteout("esc/.wh.sentinel")
            .symlink("esc2", e.outside.to_str().unwrap())
            .whiteout("esc2/.wh.secret")
            .whiteout("esc2/.wh..wh..opq")
            .symlink("up", "../../..")
            .whiteout("up/.wh.outside")
            .whiteout("../.wh.outside");
        apply(&e.root, &mut tb, &native()).unwrap();
        assert_eq!(snapshot(&e.outside), before);
        assert!(!exists(&e.root.join("outside")), "removed the in-root copy");

        // Overlay: whiteout devices are created inside root or refused.
        for name in ["esc/.wh.sentinel", "esc2/.wh.secret", "up/.wh.outside"] {
            let e = env();
            let before = snapshot(&e.outside);
            let mut tb = Tb::new();
            tb.symlink("esc", "../outside")
                .symlink("esc2", e.outside.to_str().unwrap())
                .symlink("up", "../../..")
                .whiteout(name)
                .whiteout("up/.wh..wh..opq");
            let _ = apply(&e.root, &mut tb, &overlay(false));
            assert_eq!(snapshot(&e.outside), before, "{name}");
            assert_eq!(getxattr(&e.outside, "trusted.overlay.opaque"), None);
            assert_eq!(
                getxattr(e.outside.parent().unwrap(), "trusted.overlay.opaque"),
                None
            );
        }
    }
}
