//! Tar streams for `cp`.
//!
//! * [`TarWriter`] archives a tree the way docker's `TarWithOptions` does
//!   (names, hard links, `security.capability`, whole-second mtimes), reading
//!   everything through file descriptors: each child is opened relative to its
//!   parent's fd with `O_NOFOLLOW`, so a symlink (or one swapped in by a
//!   running container) is archived as a link and never followed.
//! * [`rewrite`] re-emits a stream with docker's `RebaseArchiveEntries` names,
//!   an owner override and `Untar`'s checks (no entry outside the destination,
//!   no directory replaced by a non-directory or the reverse), ready for the
//!   safe extractor ([`crate::engine::snapshot::apply::apply_layer`]).
//! * [`pipeline`] connects a producer, the rewriter and the extractor with
//!   pipes, so nothing is buffered whole.

use std::collections::HashMap;
use std::io::{self, Read, Write};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd};

use anyhow::anyhow;
use rustix::fs::{self as rfs, AtFlags, FileType, Mode, OFlags, Stat};
use rustix::io::Errno;
use tar::EntryType;

use super::gopath::{clean, replace_first};
use crate::engine::snapshot::apply::ApplyError;

/// One entry as skiff writes it: a ustar header, with PAX records for what
/// ustar cannot hold (long names, xattrs, sub-second times).
struct EntryOut {
    kind: EntryType,
    name: Vec<u8>,
    link: Option<Vec<u8>>,
    mode: u32,
    uid: u64,
    gid: u64,
    mtime: u64,
    size: u64,
    dev: Option<(u32, u32)>,
    uname: Vec<u8>,
    gname: Vec<u8>,
    pax: Vec<(String, Vec<u8>)>,
}

fn emit<W: Write, R: Read>(b: &mut tar::Builder<W>, e: &EntryOut, data: R) -> io::Result<()> {
    let mut h = tar::Header::new_ustar();
    h.set_entry_type(e.kind);
    h.set_mode(e.mode);
    h.set_uid(e.uid);
    h.set_gid(e.gid);
    h.set_mtime(e.mtime);
    h.set_size(e.size);
    if let Some((major, minor)) = e.dev {
        h.set_device_major(major)?;
        h.set_device_minor(minor)?;
    }
    let mut pax: Vec<(&str, &[u8])> = e
        .pax
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_slice()))
        .collect();
    {
        let old = h.as_old_mut();
        let n = e.name.len().min(old.name.len());
        old.name[..n].copy_from_slice(&e.name[..n]);
        if e.name.len() > old.name.len() {
            pax.push(("path", &e.name));
        }
        if let Some(link) = &e.link {
            let n = link.len().min(old.linkname.len());
            old.linkname[..n].copy_from_slice(&link[..n]);
            if link.len() > old.linkname.len() {
                pax.push(("linkpath", link));
            }
        }
    }
    if let Some(u) = h.as_ustar_mut() {
        if e.uname.len() <= u.uname.len() {
            u.uname[..e.uname.len()].copy_from_slice(&e.uname);
        }
        if e.gname.len() <= u.gname.len() {
            u.gname[..e.gname.len()].copy_from_slice(&e.gname);
        }
    }
    if !pax.is_empty() {
        b.append_pax_extensions(pax)?;
    }
    h.set_cksum();
    // Exactly `size` bytes, whatever the source does meanwhile (a file of a
    // running container may shrink or grow while it is read).
    b.append(&h, data.take(e.size).chain(io::repeat(0)).take(e.size))
}

/// Counts the bytes written through it.
pub struct Counter<W> {
    pub inner: W,
    pub count: u64,
}

impl<W: Write> Write for Counter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.count += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Writes trees as tar entries.
pub struct TarWriter<W: Write> {
    b: tar::Builder<W>,
    /// (dev, ino) of multiply-linked files already written, and their names.
    links: HashMap<(u64, u64), Vec<u8>>,
}

/// Re-opens an `O_PATH` descriptor for reading (through its /proc magic
/// link, which names the very file the descriptor holds).
fn reopen(fd: BorrowedFd<'_>, flags: OFlags) -> io::Result<OwnedFd> {
    Ok(rfs::open(
        format!("/proc/self/fd/{}", fd.as_raw_fd()),
        flags | OFlags::CLOEXEC,
        Mode::empty(),
    )?)
}

fn read_capability(fd: BorrowedFd<'_>) -> Option<Vec<u8>> {
    let mut buf = vec![0u8; 1024];
    let n = rfs::fgetxattr(fd, "security.capability", &mut buf[..]).ok()?;
    buf.truncate(n);
    Some(buf)
}

fn dir_names(fd: BorrowedFd<'_>) -> io::Result<Vec<Vec<u8>>> {
    let mut names = Vec::new();
    for entry in rfs::Dir::read_from(fd)? {
        let entry = entry?;
        let name = entry.file_name().to_bytes();
        if name != b"." && name != b".." {
            names.push(name.to_vec());
        }
    }
    names.sort();
    Ok(names)
}

/// Kernel pseudo filesystems (proc, sysfs, cgroup, devpts, mqueue, ...): a
/// running container has them mounted, but their files are not content
/// (docker's view of a container does not include them either).
fn pseudo_fs(dir: BorrowedFd<'_>) -> bool {
    const MAGIC: &[i64] = &[
        0x9fa0,      // proc
        0x6265_6572, // sysfs
        0x0027_e0eb, // cgroup
        0x6367_7270, // cgroup2
        0x1cd1,      // devpts
        0x1980_0202, // mqueue
        0x6462_6720, // debugfs
        0x7472_6163, // tracefs
        0x7363_6673, // securityfs
        0xcafe_4a11, // bpf
        0x6165_676c, // pstore
        0x6265_6570, // configfs
        0xde5e_81e4, // efivarfs
        0xf97c_ff8c, // selinuxfs
        0x4249_4e4d, // binfmt_misc
        0x6573_5543, // fusectl
        0x6e73_6673, // nsfs
    ];
    // `f_type`'s integer type differs between architectures.
    #[allow(clippy::unnecessary_cast)]
    rfs::fstatfs(dir).is_ok_and(|s| MAGIC.contains(&(s.f_type as i64)))
}

fn mtime_of(st: &Stat) -> u64 {
    u64::try_from(st.st_mtime).unwrap_or(0)
}

impl<W: Write> TarWriter<W> {
    pub fn new(w: W) -> Self {
        TarWriter {
            b: tar::Builder::new(w),
            links: HashMap::new(),
        }
    }

    pub fn finish(self) -> io::Result<W> {
        self.b.into_inner()
    }

    fn header(&self, st: &Stat, kind: EntryType, name: Vec<u8>) -> EntryOut {
        EntryOut {
            kind,
            name,
            link: None,
            mode: st.st_mode & 0o7777,
            uid: u64::from(st.st_uid),
            gid: u64::from(st.st_gid),
            mtime: mtime_of(st),
            size: 0,
            dev: None,
            uname: Vec::new(),
            gname: Vec::new(),
            pax: Vec::new(),
        }
    }

    /// Archives `top` (an `O_PATH | O_NOFOLLOW` descriptor) as `name`, and
    /// everything below it as `name/...` when it is a directory.
    pub fn add_tree(&mut self, top: &OwnedFd, name: &[u8]) -> io::Result<()> {
        let st = rfs::fstat(top)?;
        match FileType::from_raw_mode(st.st_mode) {
            FileType::Directory => {
                let dir = reopen(top.as_fd(), OFlags::RDONLY | OFlags::DIRECTORY)?;
                self.add_dir(&dir, name)
            }
            FileType::RegularFile => {
                let file = reopen(top.as_fd(), OFlags::RDONLY | OFlags::NONBLOCK)?;
                self.add_file(file, name.to_vec())
            }
            FileType::Symlink => {
                let target = rfs::readlinkat(top, "", Vec::new())?;
                self.add_symlink(&st, name.to_vec(), target.into_bytes())
            }
            _ => self.add_special(&st, name.to_vec()),
        }
    }

    fn add_dir(&mut self, dir: &OwnedFd, name: &[u8]) -> io::Result<()> {
        let st = rfs::fstat(dir)?;
        let mut entry_name = name.to_vec();
        if !entry_name.ends_with(b"/") {
            entry_name.push(b'/');
        }
        let mut e = self.header(&st, EntryType::Directory, entry_name);
        if let Some(cap) = read_capability(dir.as_fd()) {
            e.pax.push(("SCHILY.xattr.security.capability".into(), cap));
        }
        emit(&mut self.b, &e, io::empty())?;
        if pseudo_fs(dir.as_fd()) {
            return Ok(());
        }
        for child in dir_names(dir.as_fd())? {
            let child_name = [name, b"/", &child].concat();
            let cst = match rfs::statat(dir, child.as_slice(), AtFlags::SYMLINK_NOFOLLOW) {
                Ok(s) => s,
                // Gone meanwhile: skipped, as docker's walker does.
                Err(Errno::NOENT) => continue,
                Err(e) => return Err(e.into()),
            };
            let opened = |flags: OFlags| {
                rfs::openat(
                    dir,
                    child.as_slice(),
                    flags | OFlags::NOFOLLOW | OFlags::CLOEXEC,
                    Mode::empty(),
                )
            };
            match FileType::from_raw_mode(cst.st_mode) {
                FileType::Directory => match opened(OFlags::RDONLY | OFlags::DIRECTORY) {
                    Ok(fd) => self.add_dir(&fd, &child_name)?,
                    Err(Errno::NOENT) => continue,
                    Err(e) => return Err(e.into()),
                },
                FileType::RegularFile => match opened(OFlags::RDONLY | OFlags::NONBLOCK) {
                    Ok(fd) => self.add_file(fd, child_name)?,
                    Err(Errno::NOENT) => continue,
                    Err(e) => return Err(e.into()),
                },
                FileType::Symlink => match rfs::readlinkat(dir, child.as_slice(), Vec::new()) {
                    Ok(t) => self.add_symlink(&cst, child_name, t.into_bytes())?,
                    Err(Errno::NOENT | Errno::INVAL) => continue,
                    Err(e) => return Err(e.into()),
                },
                _ => self.add_special(&cst, child_name)?,
            }
        }
        Ok(())
    }

    fn add_file(&mut self, fd: OwnedFd, name: Vec<u8>) -> io::Result<()> {
        let st = rfs::fstat(&fd)?;
        if FileType::from_raw_mode(st.st_mode) != FileType::RegularFile {
            // Swapped for something else between stat and open.
            return self.add_special(&st, name);
        }
        let mut e = self.header(&st, EntryType::Regular, name.clone());
        if st.st_nlink > 1 {
            let key = (st.st_dev, st.st_ino);
            if let Some(first) = self.links.get(&key) {
                e.kind = EntryType::Link;
                e.link = Some(first.clone());
                return emit(&mut self.b, &e, io::empty());
            }
            self.links.insert(key, name);
        }
        if let Some(cap) = read_capability(fd.as_fd()) {
            e.pax.push(("SCHILY.xattr.security.capability".into(), cap));
        }
        e.size = u64::try_from(st.st_size).unwrap_or(0);
        emit(&mut self.b, &e, std::fs::File::from(fd))
    }

    fn add_symlink(&mut self, st: &Stat, name: Vec<u8>, target: Vec<u8>) -> io::Result<()> {
        let mut e = self.header(st, EntryType::Symlink, name);
        e.link = Some(target);
        emit(&mut self.b, &e, io::empty())
    }

    fn add_special(&mut self, st: &Stat, name: Vec<u8>) -> io::Result<()> {
        let kind = match FileType::from_raw_mode(st.st_mode) {
            FileType::Fifo => EntryType::Fifo,
            FileType::CharacterDevice => EntryType::Char,
            FileType::BlockDevice => EntryType::Block,
            // Sockets (and anything else) have no tar form: skipped, as docker does.
            _ => return Ok(()),
        };
        let mut e = self.header(st, kind, name);
        if kind != EntryType::Fifo {
            e.dev = Some((rfs::major(st.st_rdev), rfs::minor(st.st_rdev)));
        }
        emit(&mut self.b, &e, io::empty())
    }
}

/// A rename: the first occurrence of `.0` in a name becomes `.1`.
pub type Rebase = (Vec<u8>, Vec<u8>);

/// Called with each final entry name and whether it is a directory.
pub type Check<'a> = dyn Fn(&[u8], bool) -> io::Result<()> + Sync + 'a;

/// How [`rewrite`] changes a stream.
#[derive(Default)]
pub struct Rewrite<'a> {
    /// `(old, new)`: the first occurrence of `old` in every name (and hard
    /// link target) becomes `new`, applied in order (docker's
    /// `RebaseArchiveEntries`).
    pub rebases: Vec<Rebase>,
    /// Prepended to every cleaned name and hard link target: where the
    /// extraction directory is, relative to the extractor's root.
    pub prefix: Vec<u8>,
    /// Owner for every entry, instead of the one in the stream.
    pub owner: Option<(u64, u64)>,
    /// The destination as the user sees it, for error messages.
    pub dest: String,
    /// Called with each final name (relative to the extractor's root) and
    /// whether the entry is a directory, before it is passed on.
    pub check: Option<&'a Check<'a>>,
}

fn other(msg: String) -> io::Error {
    io::Error::other(msg)
}

fn quote(b: &[u8]) -> String {
    format!("{:?}", String::from_utf8_lossy(b))
}

/// The entry name cleaned relative to the extraction directory; None when
/// it climbs out of it (docker's `Untar` breakout check).
fn inside(name: &[u8]) -> Option<Vec<u8>> {
    let start = name.iter().position(|&b| b != b'/').unwrap_or(name.len());
    let rel = clean(&name[start..]);
    if rel == b".." || rel.starts_with(b"../") {
        None
    } else {
        Some(rel)
    }
}

fn with_prefix(prefix: &[u8], rel: &[u8]) -> Vec<u8> {
    match (prefix.is_empty(), rel == b".") {
        (true, _) => rel.to_vec(),
        (false, true) => prefix.to_vec(),
        (false, false) => [prefix, b"/", rel].concat(),
    }
}

const PAX_REGENERATED: &[&[u8]] = &[
    b"path",
    b"linkpath",
    b"uid",
    b"gid",
    b"size",
    b"uname",
    b"gname",
];

/// Re-emits the tar stream `input` to `output` as `rw` says; returns the
/// number of regular-file bytes passed on.
pub fn rewrite<R: Read, W: Write>(input: R, output: W, rw: &Rewrite<'_>) -> io::Result<u64> {
    let mut archive = tar::Archive::new(input);
    let mut b = tar::Builder::new(output);
    let mut bytes = 0;
    for entry in archive.entries()? {
        let mut entry = entry?;
        let kind = entry.header().entry_type();
        if kind.is_pax_global_extensions() {
            continue;
        }
        let mut name = entry.path_bytes().into_owned();
        for (old, new) in &rw.rebases {
            name = replace_first(&name, old, new);
        }
        let rel = inside(&name).ok_or_else(|| {
            other(format!(
                "{} is outside of {}",
                quote(&name),
                quote(rw.dest.as_bytes())
            ))
        })?;
        if rel.split(|&b| b == b'/').any(|c| c.starts_with(b".wh.")) {
            return Err(other(format!(
                "cannot copy {}: names starting with .wh. are reserved for image layer whiteouts",
                quote(&name)
            )));
        }
        let final_name = with_prefix(&rw.prefix, &rel);
        let is_dir = kind == EntryType::Directory;
        if let Some(check) = rw.check {
            check(&final_name, is_dir)?;
        }
        let header = entry.header().clone();
        let mut link = entry.link_name_bytes().map(|l| l.into_owned());
        if kind == EntryType::Link {
            let mut target = link.take().unwrap_or_default();
            for (old, new) in &rw.rebases {
                target = replace_first(&target, old, new);
            }
            let trel = inside(&target).ok_or_else(|| {
                other(format!(
                    "invalid hardlink {} -> {}",
                    quote(&target),
                    quote(&name)
                ))
            })?;
            link = Some(with_prefix(&rw.prefix, &trel));
        }
        let mut pax = Vec::new();
        if let Some(exts) = entry.pax_extensions()? {
            for ext in exts {
                let ext = ext?;
                let key = ext.key_bytes();
                if PAX_REGENERATED.contains(&key) {
                    continue;
                }
                if let Ok(k) = std::str::from_utf8(key) {
                    pax.push((k.to_string(), ext.value_bytes().to_vec()));
                }
            }
        }
        let (out_kind, size) = match kind {
            EntryType::Regular | EntryType::Continuous => (EntryType::Regular, entry.size()),
            EntryType::GNUSparse => (
                EntryType::Regular,
                header
                    .as_gnu()
                    .and_then(|g| g.real_size().ok())
                    .unwrap_or_else(|| entry.size()),
            ),
            k => (k, 0),
        };
        let (uid, gid) = match rw.owner {
            Some(o) => o,
            None => (header.uid()?, header.gid()?),
        };
        let (uname, gname) = if rw.owner.is_some() {
            (Vec::new(), Vec::new())
        } else {
            (
                header.username_bytes().unwrap_or_default().to_vec(),
                header.groupname_bytes().unwrap_or_default().to_vec(),
            )
        };
        let dev = match kind {
            EntryType::Char | EntryType::Block => Some((
                header.device_major()?.unwrap_or(0),
                header.device_minor()?.unwrap_or(0),
            )),
            _ => None,
        };
        let mut final_name = final_name;
        if is_dir {
            final_name.push(b'/');
        }
        let e = EntryOut {
            kind: out_kind,
            name: final_name,
            link,
            mode: header.mode()? & 0o7777,
            uid,
            gid,
            mtime: header.mtime()?,
            size,
            dev,
            uname,
            gname,
            pax,
        };
        emit(&mut b, &e, &mut entry)?;
        bytes += size;
    }
    b.into_inner()?.flush()?;
    // Read what follows the end of the archive, so the writer never sees EPIPE.
    io::copy(&mut archive.into_inner(), &mut io::sink())?;
    Ok(bytes)
}

fn apply_message(e: ApplyError) -> anyhow::Error {
    match e {
        ApplyError::Entry { path, source } => anyhow!("{path}: {source}"),
        ApplyError::Read { source, .. } => anyhow!("reading the archive: {source}"),
        e => anyhow!("{e}"),
    }
}

fn pipe() -> io::Result<(std::fs::File, std::fs::File)> {
    let (r, w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC)?;
    Ok((r.into(), w.into()))
}

/// Streams `produce`'s tar through [`rewrite`] into `apply`, each on its own
/// thread, joined by pipes. Returns the size of the produced stream.
pub fn pipeline<P, A>(produce: P, rw: &Rewrite<'_>, apply: A) -> anyhow::Result<u64>
where
    P: FnOnce(&mut dyn Write) -> anyhow::Result<()> + Send,
    A: FnOnce(&mut dyn Read) -> Result<(), ApplyError>,
{
    let (r1, w1) = pipe()?;
    let (mut r2, w2) = pipe()?;
    std::thread::scope(|s| {
        let producer = s.spawn(move || {
            let mut out = Counter {
                inner: w1,
                count: 0,
            };
            produce(&mut out).map(|()| out.count)
        });
        let rewriter = s.spawn(move || rewrite(r1, w2, rw));
        let applied = apply(&mut r2);
        if applied.is_ok() {
            let _ = io::copy(&mut r2, &mut io::sink());
        }
        drop(r2);
        let produced = producer
            .join()
            .unwrap_or_else(|_| Err(anyhow!("archiving panicked")));
        let rewritten = rewriter
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("rewriting panicked")));
        let broken = |e: &io::Error| e.kind() == io::ErrorKind::BrokenPipe;
        match produced {
            Err(e) if !e.downcast_ref::<io::Error>().is_some_and(broken) => return Err(e),
            _ => {}
        }
        if let Err(e) = &rewritten {
            if !broken(e) {
                return Err(anyhow!("{e}"));
            }
        }
        applied.map_err(apply_message)?;
        let produced = produced?;
        rewritten?;
        Ok(produced)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::{symlink, MetadataExt, PermissionsExt};

    fn names(tar: &[u8]) -> Vec<String> {
        let mut a = tar::Archive::new(tar);
        a.entries()
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                let mut n = String::from_utf8_lossy(&e.path_bytes()).into_owned();
                if let Some(l) = e.link_name_bytes() {
                    n = format!("{n} -> {}", String::from_utf8_lossy(&l));
                }
                n
            })
            .collect()
    }

    fn open_path(p: &std::path::Path) -> OwnedFd {
        rfs::open(
            p,
            OFlags::PATH | OFlags::NOFOLLOW | OFlags::CLOEXEC,
            Mode::empty(),
        )
        .unwrap()
    }

    #[test]
    fn trees_are_archived_without_following_symlinks() {
        let t = tempfile::tempdir().unwrap();
        let d = t.path().join("d");
        std::fs::create_dir_all(d.join("sub")).unwrap();
        std::fs::write(d.join("sub/f"), b"hello").unwrap();
        std::fs::hard_link(d.join("sub/f"), d.join("h")).unwrap();
        symlink("/etc", d.join("esc")).unwrap();
        std::fs::set_permissions(d.join("sub/f"), std::fs::Permissions::from_mode(0o4755)).unwrap();
        let long = "x".repeat(150);
        std::fs::write(d.join(&long), b"l").unwrap();
        let mut w = TarWriter::new(Vec::new());
        w.add_tree(&open_path(&d), b"top").unwrap();
        let tar = w.finish().unwrap();
        assert_eq!(
            names(&tar),
            vec![
                "top/".to_string(),
                "top/esc -> /etc".into(),
                "top/h".into(),
                "top/sub/".into(),
                "top/sub/f -> top/h".into(),
                format!("top/{long}"),
            ]
        );
        let mut a = tar::Archive::new(tar.as_slice());
        let f = a.entries().unwrap().nth(2).unwrap().unwrap();
        assert_eq!(f.header().mode().unwrap(), 0o4755);
        assert_eq!(
            f.header().uid().unwrap(),
            u64::from(std::fs::metadata(d.join("h")).unwrap().uid())
        );
    }

    #[test]
    fn rewrite_rebases_prefixes_and_checks() {
        let mut b = tar::Builder::new(Vec::new());
        let mut add = |name: &str, kind: EntryType, link: Option<&str>, data: &[u8]| {
            let mut h = tar::Header::new_gnu();
            h.set_entry_type(kind);
            h.set_size(data.len() as u64);
            h.set_mode(0o644);
            h.set_uid(1000);
            h.set_gid(1000);
            if let Some(l) = link {
                h.set_link_name(l).unwrap();
            }
            b.append_data(&mut h, name, data).unwrap();
        };
        add("src/", EntryType::Directory, None, b"");
        add("src/a", EntryType::Regular, None, b"aaa");
        add("src/l", EntryType::Link, Some("src/a"), b"");
        let tar = b.into_inner().unwrap();
        let seen = std::sync::Mutex::new(Vec::new());
        let check = |n: &[u8], d: bool| {
            seen.lock()
                .unwrap()
                .push((String::from_utf8_lossy(n).into_owned(), d));
            Ok(())
        };
        let rw = Rewrite {
            rebases: vec![(b"src".to_vec(), b"dst".to_vec())],
            prefix: b"tmp/x".to_vec(),
            owner: Some((0, 0)),
            dest: "/tmp/x".into(),
            check: Some(&check),
        };
        let mut out = Vec::new();
        assert_eq!(rewrite(tar.as_slice(), &mut out, &rw).unwrap(), 3);
        assert_eq!(
            names(&out),
            vec!["tmp/x/dst/", "tmp/x/dst/a", "tmp/x/dst/l -> tmp/x/dst/a"]
        );
        assert_eq!(seen.lock().unwrap()[0], ("tmp/x/dst".to_string(), true));
        let mut a = tar::Archive::new(out.as_slice());
        for e in a.entries().unwrap() {
            assert_eq!(e.unwrap().header().uid().unwrap(), 0);
        }

        let mut b = tar::Builder::new(Vec::new());
        let mut h = tar::Header::new_gnu();
        h.set_size(1);
        h.as_old_mut().name[..6].copy_from_slice(b"../esc");
        h.set_cksum();
        b.append(&h, &b"x"[..]).unwrap();
        let tar = b.into_inner().unwrap();
        let err = rewrite(tar.as_slice(), io::sink(), &Rewrite::default()).unwrap_err();
        assert!(err.to_string().contains("is outside of"), "{err}");
    }
}
