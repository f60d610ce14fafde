//! `save` and `load`: images in and out of tar archives without a registry.
//!
//! `save` writes the hybrid layout docker (25 and later) and containerd write, so that
//! docker (both stores), podman, nerdctl, ctr and skopeo all load it: `oci-layout`,
//! `index.json` (one entry per image and tag, with containerd's and OCI's name
//! annotations), docker's `manifest.json` and `repositories`, and the original
//! manifest, config and layer blobs under `blobs/sha256/`, so digests survive a
//! round trip.
//!
//! `load` reads any of those, docker's and podman's docker-archives, and OCI archives or
//! directories, plain or compressed (gzip, zstd, bzip2, xz). Every regular file is
//! hashed into a private staging area; only the blobs of images that unpacked and
//! verified are moved into the content store, and every image is recorded in one
//! transaction at the end, so a failed load leaves nothing half-written.

use std::collections::{BTreeMap, HashMap};
use std::fs::{self, File};
use std::io::{self, BufReader, Cursor, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStderr, ChildStdout, Command, Stdio};
use std::time::SystemTime;

use anyhow::{anyhow, bail, Context as _, Result};
use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

use super::manifest::{
    Descriptor, ImageConfig, ImageIndex, ImageManifest, Manifest, Platform, DOCKER_LIST,
    DOCKER_MANIFEST, OCI_INDEX, OCI_MANIFEST,
};
use super::platform;
use super::pull::decompressor;
use super::reference::Reference;
use super::store::{ImageRecord, LayerRecord};
use super::{lookup, LocalImage};
use crate::engine::snapshot::{chain_ids, Snapshots};
use crate::engine::store::atomic::sync_parent;
use crate::engine::store::content::{digest_hex, ContentStore};
use crate::engine::store::ensure_dir;
use crate::engine::store::lock::FileLock;
use crate::engine::Engine;

/// containerd's image-name annotation (`docker.io/library/busybox:latest`).
pub const ANNOTATION_IMAGE_NAME: &str = "io.containerd.image.name";
/// The OCI ref-name annotation; docker and containerd put the tag alone in it.
pub const ANNOTATION_REF_NAME: &str = "org.opencontainers.image.ref.name";
pub const OCI_LAYOUT_VERSION: &str = "1.0.0";
pub const DOCKER_CONFIG: &str = "application/vnd.docker.container.image.v1+json";
pub const DOCKER_LAYER: &str = "application/vnd.docker.image.rootfs.diff.tar";
pub const DOCKER_LAYER_GZIP: &str = "application/vnd.docker.image.rootfs.diff.tar.gzip";
pub const OCI_LAYER_ZSTD: &str = "application/vnd.oci.image.layer.v1.tar+zstd";

/// JSON documents larger than this are refused (containerd's limit).
const JSON_LIMIT: u64 = 20 << 20;
/// How many symlinks a path in an archive may pass through.
const MAX_LINKS: usize = 64;
/// How deep image indexes may nest.
const MAX_INDEX_DEPTH: usize = 4;

// ---------------------------------------------------------------------------- save

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SaveFormat {
    /// The hybrid docker-archive + OCI layout docker 25 and containerd write.
    #[default]
    DockerArchive,
    /// An OCI image layout in a tar (no `manifest.json`), as podman's oci-archive.
    OciArchive,
    /// An OCI image layout written into a directory.
    OciDir,
}

impl SaveFormat {
    pub fn parse(s: &str) -> Result<SaveFormat> {
        match s {
            "docker-archive" | "docker" => Ok(SaveFormat::DockerArchive),
            "oci-archive" | "oci" => Ok(SaveFormat::OciArchive),
            "oci-dir" => Ok(SaveFormat::OciDir),
            other => bail!(
                "unsupported save format {other:?}: use docker-archive, oci-archive or oci-dir"
            ),
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct SaveOptions {
    pub format: SaveFormat,
    /// Only save images of these platforms (docker's `--platform`); any when empty.
    pub platforms: Vec<Platform>,
    /// Save a pulled image's whole index with every platform the store holds
    /// (nerdctl's `--all-platforms`).
    pub all_platforms: bool,
}

/// One image to save and the tagged names it is saved under.
#[derive(Debug, Clone)]
pub struct SaveItem {
    pub record: ImageRecord,
    pub names: Vec<Reference>,
}

/// Resolves save arguments the way docker does: `repo` alone means every tag of the
/// repository, `repo:tag` that tag, an ID (or `repo@digest`) the image without a name.
pub fn resolve_save_items(engine: &Engine, names: &[String]) -> Result<Vec<SaveItem>> {
    let mut items: Vec<SaveItem> = Vec::new();
    let mut add = |record: ImageRecord, name: Option<Reference>| {
        let pos = match items.iter().position(|i| i.record.id == record.id) {
            Some(p) => p,
            None => {
                items.push(SaveItem {
                    record,
                    names: Vec::new(),
                });
                items.len() - 1
            }
        };
        if let Some(n) = name {
            if !items[pos].names.contains(&n) {
                items[pos].names.push(n);
            }
        }
    };
    for name in names {
        let named = Reference::parse_named(name).ok();
        if let Some(r) = named
            .as_ref()
            .filter(|r| r.tag.is_none() && r.digest.is_none())
        {
            let txn = engine.images().read()?;
            let repo = r.repository();
            let mut found = false;
            for (full, id) in txn.names() {
                let Ok(tagged) = Reference::parse_named(full) else {
                    continue;
                };
                if tagged.repository() == repo && tagged.tag.is_some() {
                    if let Some(record) = txn.image(id) {
                        add(record.clone(), Some(tagged));
                        found = true;
                    }
                }
            }
            if found {
                continue;
            }
        }
        if let Some(r) = named.as_ref().filter(|r| r.digest.is_some()) {
            let digest = r.digest.clone().unwrap_or_default();
            let canonical = format!("{}@{digest}", r.repository());
            let txn = engine.images().read()?;
            let record = txn
                .images()
                .find(|img| {
                    img.repo_digests.contains(&canonical)
                        || ((img.manifest_digest == digest || img.target_digest == digest)
                            && txn.names_of(&img.id).iter().any(|n| {
                                Reference::parse_named(n)
                                    .is_ok_and(|n| n.repository() == r.repository())
                            }))
                })
                .cloned();
            match record {
                Some(record) => add(record, None),
                None => return Err(super::NoSuchImage(name.clone()).into()),
            }
            continue;
        }
        let LocalImage {
            name: found,
            record,
        } = lookup(engine, name)?;
        add(record, found.filter(|r| r.tag.is_some()));
    }
    Ok(items)
}

/// A file or directory of the archive being written.
enum SaveEntry {
    Dir,
    Bytes(Vec<u8>, u32),
    Blob { digest: String, size: u64 },
}

#[derive(Serialize)]
struct DockerManifestOut {
    #[serde(rename = "Config")]
    config: String,
    #[serde(rename = "RepoTags")]
    repo_tags: Option<Vec<String>>,
    #[serde(rename = "Layers")]
    layers: Vec<String>,
}

fn blob_entry_path(digest: &str) -> Result<String> {
    Ok(format!("blobs/sha256/{}", digest_hex(digest)?))
}

fn matches_platform(have: &Platform, wanted: &[Platform]) -> bool {
    let desc = Descriptor {
        media_type: String::new(),
        digest: String::new(),
        size: 0,
        platform: Some(have.clone()),
        annotations: None,
    };
    wanted
        .iter()
        .any(|w| platform::select(std::slice::from_ref(&desc), w).is_some())
}

/// For an image pulled through an index that the store still holds: adds the index
/// and every platform whose manifest, config and layers are all in the store, and
/// returns the index's descriptor. Platforms never pulled are left out, as
/// containerd leaves out content it does not have.
fn index_with_stored_platforms(
    content: &ContentStore,
    img: &ImageRecord,
    entries: &mut BTreeMap<String, SaveEntry>,
) -> Result<Option<Descriptor>> {
    if img.target_digest == img.manifest_digest || !content.has(&img.target_digest) {
        return Ok(None);
    }
    let bytes = content
        .read(&img.target_digest)
        .with_context(|| format!("reading index {}", img.target_digest))?;
    let Ok(Manifest::Index(index)) = Manifest::parse(&bytes, None) else {
        return Ok(None);
    };
    for child in &index.manifests {
        let Ok(child_bytes) = content.read(&child.digest) else {
            continue;
        };
        let Ok(Manifest::Image(manifest)) =
            Manifest::parse(&child_bytes, Some(child.media_type.as_str()))
        else {
            continue;
        };
        let mut blobs = vec![(child.digest.clone(), child_bytes.len() as u64)];
        let mut complete = true;
        for digest in std::iter::once(&manifest.config.digest)
            .chain(manifest.layers.iter().map(|l| &l.digest))
        {
            match content.size(digest) {
                Ok(size) => blobs.push((digest.clone(), size)),
                Err(_) => {
                    complete = false;
                    break;
                }
            }
        }
        if !complete {
            continue;
        }
        for (digest, size) in blobs {
            entries.insert(blob_entry_path(&digest)?, SaveEntry::Blob { digest, size });
        }
    }
    entries.insert(
        blob_entry_path(&img.target_digest)?,
        SaveEntry::Blob {
            digest: img.target_digest.clone(),
            size: bytes.len() as u64,
        },
    );
    Ok(Some(Descriptor {
        media_type: index.media_type.clone().unwrap_or_else(|| OCI_INDEX.into()),
        digest: img.target_digest.clone(),
        size: bytes.len() as u64,
        platform: None,
        annotations: None,
    }))
}

/// Lays out the archive: every entry by path (sorted, as containerd writes them).
fn save_entries(
    content: &ContentStore,
    items: &[SaveItem],
    opts: &SaveOptions,
) -> Result<BTreeMap<String, SaveEntry>> {
    let mut entries: BTreeMap<String, SaveEntry> = BTreeMap::new();
    let mut index = Vec::new();
    let mut docker_manifest = Vec::new();
    let mut repositories: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for item in items {
        let img = &item.record;
        let label = item
            .names
            .first()
            .map(|n| n.familiar())
            .unwrap_or_else(|| img.id.clone());
        if !opts.platforms.is_empty() && !matches_platform(&img.platform, &opts.platforms) {
            bail!(
                "image {label} does not provide the requested platform ({}): it is {}",
                opts.platforms
                    .iter()
                    .map(platform::format)
                    .collect::<Vec<_>>()
                    .join(", "),
                platform::format(&img.platform)
            );
        }
        let mut blobs: Vec<String> = vec![img.manifest_digest.clone(), img.id.clone()];
        blobs.extend(img.layers.iter().map(|l| l.digest.clone()));
        for digest in &blobs {
            let size = content.size(digest).map_err(|_| {
                anyhow!(
                    "image {label}: blob {digest} is missing from the store; pull the image again"
                )
            })?;
            entries.insert(
                blob_entry_path(digest)?,
                SaveEntry::Blob {
                    digest: digest.clone(),
                    size,
                },
            );
        }
        let media_type = if img.manifest_media_type.is_empty() {
            OCI_MANIFEST.to_string()
        } else {
            img.manifest_media_type.clone()
        };
        let mut base = Descriptor {
            media_type,
            digest: img.manifest_digest.clone(),
            size: content.size(&img.manifest_digest)?,
            platform: (!img.platform.architecture.is_empty()).then(|| img.platform.clone()),
            annotations: None,
        };
        if opts.all_platforms {
            if let Some(index) = index_with_stored_platforms(content, img, &mut entries)? {
                base = index;
            }
        }
        if item.names.is_empty() {
            index.push(base.clone());
        }
        for name in &item.names {
            let tag = name.tag.clone().unwrap_or_else(|| "latest".into());
            let mut d = base.clone();
            d.annotations = Some(BTreeMap::from([
                (ANNOTATION_IMAGE_NAME.to_string(), name.to_string()),
                (ANNOTATION_REF_NAME.to_string(), tag.clone()),
            ]));
            index.push(d);
            if let Some(top) = img.layers.last() {
                repositories
                    .entry(name.familiar_repository())
                    .or_default()
                    .insert(tag, top.diff_id.trim_start_matches("sha256:").to_string());
            }
        }
        docker_manifest.push(DockerManifestOut {
            config: blob_entry_path(&img.id)?,
            repo_tags: (!item.names.is_empty())
                .then(|| item.names.iter().map(|n| n.familiar()).collect()),
            layers: img
                .layers
                .iter()
                .map(|l| blob_entry_path(&l.digest))
                .collect::<Result<_>>()?,
        });
    }
    entries.insert("blobs".into(), SaveEntry::Dir);
    entries.insert("blobs/sha256".into(), SaveEntry::Dir);
    entries.insert(
        "oci-layout".into(),
        SaveEntry::Bytes(
            serde_json::to_vec(&serde_json::json!({ "imageLayoutVersion": OCI_LAYOUT_VERSION }))?,
            0o444,
        ),
    );
    let index = ImageIndex {
        schema_version: 2,
        media_type: Some(OCI_INDEX.to_string()),
        manifests: index,
    };
    entries.insert(
        "index.json".into(),
        SaveEntry::Bytes(serde_json::to_vec(&index)?, 0o644),
    );
    if opts.format == SaveFormat::DockerArchive {
        entries.insert(
            "manifest.json".into(),
            SaveEntry::Bytes(serde_json::to_vec(&docker_manifest)?, 0o644),
        );
        if !repositories.is_empty() {
            entries.insert(
                "repositories".into(),
                SaveEntry::Bytes(serde_json::to_vec(&repositories)?, 0o644),
            );
        }
    }
    Ok(entries)
}

/// Reads exactly `size` bytes of a stored blob and fails at the end unless they hash to
/// its digest (containerd's exporter checks the same), so a damaged store never yields
/// an archive that looks fine.
struct VerifyingReader {
    inner: io::Take<File>,
    digest: String,
    size: u64,
    read: u64,
    hasher: Sha256,
}

impl VerifyingReader {
    fn new(file: File, digest: &str, size: u64) -> Self {
        VerifyingReader {
            inner: file.take(size),
            digest: digest.to_string(),
            size,
            read: 0,
            hasher: Sha256::new(),
        }
    }
}

impl Read for VerifyingReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        self.read += n as u64;
        if n == 0 && !buf.is_empty() {
            let actual = format!("sha256:{}", hex::encode(self.hasher.clone().finalize()));
            if self.read != self.size || actual != self.digest {
                return Err(io::Error::other(format!(
                    "blob {} in the store is damaged (read {} of {} bytes, hashing to {actual})",
                    self.digest, self.read, self.size
                )));
            }
        }
        Ok(n)
    }
}

/// Holds off garbage collection while blobs are read or written.
fn gc_guard(engine: &Engine) -> Result<FileLock> {
    FileLock::shared(&engine.paths.lock_file("gc"))
        .with_context(|| format!("locking store {}", engine.paths.root.display()))
}

/// Writes the images as a tar archive to `out` (sorted entries, epoch mtimes, root
/// owner: the same images give the same bytes). Returns `out`, flushed.
pub fn save<W: Write>(
    engine: &Engine,
    items: &[SaveItem],
    opts: &SaveOptions,
    out: W,
) -> Result<W> {
    if opts.format == SaveFormat::OciDir {
        bail!("an oci-dir is written with save_dir");
    }
    let _gc = gc_guard(engine)?;
    let content = engine.content();
    let entries = save_entries(&content, items, opts)?;
    let mut builder = tar::Builder::new(out);
    for (path, entry) in &entries {
        let mut header = tar::Header::new_ustar();
        header.set_mtime(0);
        header.set_uid(0);
        header.set_gid(0);
        match entry {
            SaveEntry::Dir => {
                header.set_entry_type(tar::EntryType::Directory);
                header.set_mode(0o755);
                header.set_size(0);
                builder.append_data(&mut header, format!("{path}/"), io::empty())?;
            }
            SaveEntry::Bytes(data, mode) => {
                header.set_entry_type(tar::EntryType::Regular);
                header.set_mode(*mode);
                header.set_size(data.len() as u64);
                builder.append_data(&mut header, path, data.as_slice())?;
            }
            SaveEntry::Blob { digest, size } => {
                header.set_entry_type(tar::EntryType::Regular);
                header.set_mode(0o444);
                header.set_size(*size);
                let blob = VerifyingReader::new(content.open(digest)?, digest, *size);
                builder.append_data(&mut header, path, blob)?;
            }
        }
    }
    let mut out = builder.into_inner()?;
    out.flush()?;
    Ok(out)
}

/// Writes the images as an OCI image layout into `dir`, which must not exist or be
/// empty. The layout appears complete or not at all.
pub fn save_dir(engine: &Engine, items: &[SaveItem], opts: &SaveOptions, dir: &Path) -> Result<()> {
    if let Ok(mut rd) = fs::read_dir(dir) {
        if rd.next().is_some() {
            bail!("{} already exists and is not empty", dir.display());
        }
    } else if dir.exists() {
        bail!("{} exists and is not a directory", dir.display());
    }
    let _gc = gc_guard(engine)?;
    let content = engine.content();
    let entries = save_entries(&content, items, opts)?;
    let name = dir
        .file_name()
        .ok_or_else(|| anyhow!("invalid output directory {}", dir.display()))?
        .to_string_lossy()
        .into_owned();
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let tmp = parent.join(format!(".{name}.tmp-{:016x}", rand::random::<u64>()));
    let result = (|| -> Result<()> {
        fs::create_dir(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
        for (path, entry) in &entries {
            let target = tmp.join(path);
            match entry {
                SaveEntry::Dir => ensure_dir(&target)?,
                SaveEntry::Bytes(data, _) => fs::write(&target, data)?,
                SaveEntry::Blob { digest, .. } => {
                    let size = content.size(digest)?;
                    let mut src = VerifyingReader::new(content.open(digest)?, digest, size);
                    let mut dst = File::create(&target)?;
                    io::copy(&mut src, &mut dst)?;
                    dst.sync_all()?;
                }
            }
        }
        if dir.exists() {
            fs::remove_dir(dir).with_context(|| format!("replacing {}", dir.display()))?;
        }
        fs::rename(&tmp, dir).with_context(|| format!("creating {}", dir.display()))?;
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_dir_all(&tmp);
    }
    result
}

/// Records a `save` event per image, as docker does.
pub fn record_save_events(engine: &Engine, items: &[SaveItem]) {
    for item in items {
        crate::engine::events::record(engine, "image", "save", &item.record.id, &[]);
    }
}

// ---------------------------------------------------------------------------- load

#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// Load this platform of multi-platform images (and only images of it); the
    /// host's platform from indexes, any single image, when None.
    pub platform: Option<Platform>,
}

/// An image the load recorded.
#[derive(Debug, Clone)]
pub struct LoadedImage {
    pub id: String,
    pub names: Vec<Reference>,
    /// Names that pointed at another image before, with that image's ID.
    pub replaced: Vec<(Reference, String)>,
}

/// Receives progress while layers unpack; the CLI renders it.
pub trait LoadProgress: Sync {
    /// `current` of `total` bytes of the layer blob read.
    fn layer(&self, _diff_id: &str, _current: u64, _total: u64) {}
    /// The layer is unpacked (or was already).
    fn layer_done(&self, _diff_id: &str) {}
}

/// A progress sink that reports nothing.
pub struct NoLoadProgress;
impl LoadProgress for NoLoadProgress {}

/// A blob found in the archive.
#[derive(Debug, Clone)]
struct StagedBlob {
    path: PathBuf,
    size: u64,
    /// In our staging dir (moved into the store) or the user's directory (copied).
    owned: bool,
}

/// Everything read from the archive: blobs by digest, paths to digests, links.
struct Staging {
    dir: PathBuf,
    blobs: HashMap<String, StagedBlob>,
    files: HashMap<String, String>,
    links: HashMap<String, String>,
    counter: u64,
}

impl Drop for Staging {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

/// Cleans an archive path: no leading `/`, no `.`, `..` clamped at the root.
fn clean_path(p: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for c in p.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out.join("/")
}

fn link_target(name: &str, target: &str) -> String {
    if target.starts_with('/') {
        return clean_path(target);
    }
    let dir = name.rsplit_once('/').map(|(d, _)| d).unwrap_or("");
    clean_path(&format!("{dir}/{target}"))
}

fn staging_prefix() -> String {
    format!("load-{}-", std::process::id())
}

/// Removes staging dirs of loads whose process is gone (killed mid-load).
fn clean_stale_staging(ingest: &Path) {
    let Ok(rd) = fs::read_dir(ingest) else {
        return;
    };
    for entry in rd.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = name.strip_prefix("load-") else {
            continue;
        };
        let Some(pid) = rest.split('-').next().and_then(|p| p.parse::<u32>().ok()) else {
            continue;
        };
        if !Path::new(&format!("/proc/{pid}")).exists() {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

impl Staging {
    fn new(content: &ContentStore) -> Result<Staging> {
        let ingest = content.ingest_dir();
        ensure_dir(&ingest).with_context(|| format!("creating {}", ingest.display()))?;
        clean_stale_staging(&ingest);
        let dir = ingest.join(format!(
            "{}{:016x}",
            staging_prefix(),
            rand::random::<u64>()
        ));
        fs::create_dir(&dir).with_context(|| format!("creating {}", dir.display()))?;
        Ok(Staging {
            dir,
            blobs: HashMap::new(),
            files: HashMap::new(),
            links: HashMap::new(),
            counter: 0,
        })
    }

    /// Hashes a file of the archive into the staging dir.
    fn add_stream(&mut self, path: &str, reader: &mut dyn Read) -> Result<()> {
        self.counter += 1;
        let tmp = self.dir.join(format!("incoming-{}", self.counter));
        let mut file = File::create(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
        let mut hasher = Sha256::new();
        let mut buf = vec![0u8; 256 * 1024];
        let mut size = 0u64;
        loop {
            let n = match reader.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(anyhow!("reading {path} from the archive: {e}")),
            };
            hasher.update(&buf[..n]);
            file.write_all(&buf[..n])
                .with_context(|| format!("writing {}", tmp.display()))?;
            size += n as u64;
        }
        drop(file);
        let digest = format!("sha256:{}", hex::encode(hasher.finalize()));
        if self.blobs.contains_key(&digest) {
            fs::remove_file(&tmp)?;
        } else {
            let dest = self.dir.join(digest_hex(&digest)?);
            fs::rename(&tmp, &dest)?;
            self.blobs.insert(
                digest.clone(),
                StagedBlob {
                    path: dest,
                    size,
                    owned: true,
                },
            );
        }
        self.files.insert(clean_path(path), digest);
        Ok(())
    }

    /// Records a file of a directory being loaded, hashing it in place.
    fn add_file(&mut self, rel: &str, path: &Path) -> Result<()> {
        let mut file = File::open(path).with_context(|| format!("opening {}", path.display()))?;
        let mut hasher = Sha256::new();
        let size = io::copy(&mut file, &mut HashWriter(&mut hasher))
            .with_context(|| format!("reading {}", path.display()))?;
        let digest = format!("sha256:{}", hex::encode(hasher.finalize()));
        self.blobs.entry(digest.clone()).or_insert(StagedBlob {
            path: path.to_path_buf(),
            size,
            owned: false,
        });
        self.files.insert(clean_path(rel), digest);
        Ok(())
    }

    /// The digest of the file at `path`, following the archive's own symlinks and
    /// hardlinks (never leaving the archive: `..` stops at its root).
    fn resolve(&self, path: &str) -> Option<&str> {
        let mut path = clean_path(path);
        for _ in 0..MAX_LINKS {
            if let Some(d) = self.files.get(&path) {
                return Some(d.as_str());
            }
            let comps: Vec<&str> = path.split('/').collect();
            let mut next = None;
            for i in 1..=comps.len() {
                let prefix = comps[..i].join("/");
                if let Some(target) = self.links.get(&prefix) {
                    let rest = comps[i..].join("/");
                    next = Some(clean_path(&format!("{target}/{rest}")));
                    break;
                }
            }
            path = next?;
        }
        None
    }

    fn staged(&self, digest: &str) -> Option<&StagedBlob> {
        self.blobs.get(digest)
    }
}

struct HashWriter<'a>(&'a mut Sha256);
impl Write for HashWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The blobs of the archive and of the store, read the same way.
struct Blobs<'a> {
    staging: &'a Staging,
    content: &'a ContentStore,
}

impl Blobs<'_> {
    fn has(&self, digest: &str) -> bool {
        self.staging.staged(digest).is_some() || self.content.has(digest)
    }

    fn size(&self, digest: &str) -> Option<u64> {
        match self.staging.staged(digest) {
            Some(b) => Some(b.size),
            None => self.content.size(digest).ok(),
        }
    }

    fn open(&self, digest: &str) -> Result<File> {
        match self.staging.staged(digest) {
            Some(b) => File::open(&b.path).with_context(|| format!("opening {}", b.path.display())),
            None => Ok(self.content.open(digest)?),
        }
    }

    /// Why a blob is not there: absent, or present under its name with other content.
    fn missing(&self, digest: &str, what: &str) -> anyhow::Error {
        let name = format!("blobs/{}", digest.replacen(':', "/", 1));
        match self.staging.files.get(&name) {
            Some(actual) if actual != digest => {
                anyhow!("{what} {digest} does not match its content: {name} hashes to {actual}")
            }
            _ => anyhow!("{what} {digest} is missing from the archive"),
        }
    }

    fn read_json_bytes(&self, digest: &str, what: &str) -> Result<Vec<u8>> {
        let size = self
            .size(digest)
            .ok_or_else(|| self.missing(digest, what))?;
        if size > JSON_LIMIT {
            bail!("{what} ({digest}) is too large: {size} bytes");
        }
        let mut data = Vec::with_capacity(size as usize);
        self.open(digest)?.read_to_end(&mut data)?;
        Ok(data)
    }

    /// Checks that a descriptor's blob is present and has the size it claims.
    fn check(&self, desc: &Descriptor, what: &str) -> Result<()> {
        digest_hex(&desc.digest)?;
        let size = self
            .size(&desc.digest)
            .ok_or_else(|| self.missing(&desc.digest, what))?;
        if size != desc.size {
            bail!(
                "{what} {}: the archive holds {size} bytes, the descriptor says {}",
                desc.digest,
                desc.size
            );
        }
        Ok(())
    }
}

// --------------------------------------------------------------- input decompression

/// Runs `program -dc` over the input (bzip2 and xz, which skiff has no decoder for).
struct ExternalDecoder {
    program: &'static str,
    child: Child,
    stdout: ChildStdout,
    stderr: Option<ChildStderr>,
    done: bool,
}

impl ExternalDecoder {
    fn spawn<R: Read + Send + 'static>(program: &'static str, mut input: R) -> Result<Self> {
        let mut child = Command::new(program)
            .arg("-dc")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| {
                if e.kind() == io::ErrorKind::NotFound {
                    anyhow!("the input is {program}-compressed and decompressing it needs the {program} program, which is not in PATH")
                } else {
                    anyhow!("starting {program} -dc: {e}")
                }
            })?;
        let mut stdin = child
            .stdin
            .take()
            .ok_or_else(|| anyhow!("{program}: no stdin"))?;
        let stdout = child
            .stdout
            .take()
            .ok_or_else(|| anyhow!("{program}: no stdout"))?;
        let stderr = child.stderr.take();
        std::thread::spawn(move || {
            // A decoder that stops early closes its stdin: not our error to report.
            let _ = io::copy(&mut input, &mut stdin);
        });
        Ok(ExternalDecoder {
            program,
            child,
            stdout,
            stderr,
            done: false,
        })
    }
}

impl Read for ExternalDecoder {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.done {
            return Ok(0);
        }
        let n = self.stdout.read(buf)?;
        if n == 0 && !buf.is_empty() {
            self.done = true;
            let mut err = String::new();
            if let Some(mut e) = self.stderr.take() {
                let _ = e.read_to_string(&mut err);
            }
            let status = self.child.wait()?;
            if !status.success() {
                return Err(io::Error::other(format!(
                    "{} -dc failed ({status}): {}",
                    self.program,
                    err.trim()
                )));
            }
        }
        Ok(n)
    }
}

impl Drop for ExternalDecoder {
    fn drop(&mut self) {
        if !self.done {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Picks the input's decompressor by its magic bytes: gzip, zstd, bzip2, xz or none.
fn decompress_input<R: Read + Send + 'static>(mut input: R) -> Result<Box<dyn Read>> {
    let mut head = [0u8; 6];
    let mut n = 0;
    while n < head.len() {
        match input.read(&mut head[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(anyhow!("reading the archive: {e}")),
        }
    }
    let head = head[..n].to_vec();
    let joined = Cursor::new(head.clone()).chain(input);
    Ok(if head.starts_with(&[0x1f, 0x8b]) {
        Box::new(flate2::read::MultiGzDecoder::new(joined))
    } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        Box::new(zstd::stream::read::Decoder::new(joined).context("starting zstd decoder")?)
    } else if head.starts_with(b"BZh") {
        Box::new(ExternalDecoder::spawn("bzip2", joined)?)
    } else if head.starts_with(&[0xfd, b'7', b'z', b'X', b'Z', 0x00]) {
        Box::new(ExternalDecoder::spawn("xz", joined)?)
    } else {
        Box::new(joined)
    })
}

// --------------------------------------------------------------------- reading input

fn stage_tar(staging: &mut Staging, input: &mut dyn Read) -> Result<()> {
    let mut archive = tar::Archive::new(&mut *input);
    let entries = archive
        .entries()
        .map_err(|e| anyhow!("invalid archive: {e}"))?;
    for entry in entries {
        let mut entry = entry.map_err(|e| anyhow!("invalid archive: {e}"))?;
        let name = entry
            .path()
            .map_err(|e| anyhow!("invalid archive: {e}"))?
            .to_string_lossy()
            .into_owned();
        match entry.header().entry_type() {
            tar::EntryType::Regular | tar::EntryType::Continuous => {
                staging.add_stream(&name, &mut entry)?;
            }
            tar::EntryType::Symlink | tar::EntryType::Link => {
                let hard = entry.header().entry_type() == tar::EntryType::Link;
                let Some(target) = entry
                    .link_name()
                    .map_err(|e| anyhow!("invalid archive: {e}"))?
                else {
                    continue;
                };
                let target = target.to_string_lossy().into_owned();
                let resolved = if hard {
                    clean_path(&target)
                } else {
                    link_target(&clean_path(&name), &target)
                };
                staging.links.insert(clean_path(&name), resolved);
            }
            tar::EntryType::GNUSparse => {
                bail!("invalid archive: sparse file {name} is not supported")
            }
            _ => {}
        }
    }
    // Read to the end so that a compressed stream's checksum (or the decoder's exit
    // status) is checked too.
    io::copy(input, &mut io::sink()).map_err(|e| anyhow!("reading the archive: {e}"))?;
    Ok(())
}

fn stage_dir(staging: &mut Staging, root: &Path) -> Result<()> {
    let mut stack = vec![(root.to_path_buf(), String::new())];
    let mut visited = 0usize;
    while let Some((dir, rel)) = stack.pop() {
        let rd = fs::read_dir(&dir).with_context(|| format!("reading {}", dir.display()))?;
        for entry in rd {
            let entry = entry?;
            visited += 1;
            if visited > 1_000_000 {
                bail!("{}: too many files", root.display());
            }
            let name = entry.file_name().to_string_lossy().into_owned();
            let rel_path = if rel.is_empty() {
                name.clone()
            } else {
                format!("{rel}/{name}")
            };
            let ft = entry.file_type()?;
            if ft.is_dir() {
                stack.push((entry.path(), rel_path));
            } else if ft.is_symlink() {
                let target = fs::read_link(entry.path())?.to_string_lossy().into_owned();
                let resolved = link_target(&clean_path(&rel_path), &target);
                staging.links.insert(clean_path(&rel_path), resolved);
            } else if ft.is_file() {
                staging.add_file(&rel_path, &entry.path())?;
            }
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------- interpreting

/// One image to load: its manifest, config and the names to give it.
struct LoadItem {
    names: Vec<Reference>,
    manifest_digest: String,
    manifest_media_type: String,
    /// Set when the manifest was synthesised from a docker manifest.json.
    synthesized: Option<Vec<u8>>,
    manifest: ImageManifest,
    config: ImageConfig,
}

#[derive(Deserialize)]
struct DockerManifestIn {
    #[serde(rename = "Config", alias = "config")]
    config: String,
    #[serde(rename = "RepoTags", alias = "repoTags", default)]
    repo_tags: Option<Vec<String>>,
    #[serde(rename = "Layers", alias = "layers", default)]
    layers: Option<Vec<String>>,
}

/// A name from an archive, as a tagged reference to record (None: digest-only).
fn tagged_name(r: Reference) -> Option<Reference> {
    match (&r.tag, &r.digest) {
        (Some(t), _) => Some(r.with_tag(&t.clone())),
        (None, None) => Some(r.with_tag("latest")),
        (None, Some(_)) => None,
    }
}

/// The image name an index.json entry carries: containerd's annotation, else an OCI
/// ref name that is a whole reference (docker and containerd put a bare tag there).
fn index_entry_name(desc: &Descriptor) -> Option<Reference> {
    let ann = desc.annotations.as_ref()?;
    if let Some(name) = ann.get(ANNOTATION_IMAGE_NAME).filter(|n| !n.is_empty()) {
        if let Ok(r) = Reference::parse_named(name) {
            return tagged_name(r);
        }
    }
    let refname = ann.get(ANNOTATION_REF_NAME)?;
    if !refname.contains(['/', ':', '@']) {
        return None;
    }
    Reference::parse_named(refname).ok().and_then(tagged_name)
}

fn is_manifest_type(mt: &str) -> bool {
    mt == OCI_MANIFEST || mt == DOCKER_MANIFEST
}

fn is_index_type(mt: &str) -> bool {
    mt == OCI_INDEX || mt == DOCKER_LIST
}

fn config_platform(config: &ImageConfig) -> Platform {
    platform::normalize(&Platform {
        os: config.os.clone(),
        architecture: config.architecture.clone(),
        variant: config.variant.clone(),
        os_version: None,
    })
}

struct Interpreter<'a> {
    blobs: Blobs<'a>,
    want: Platform,
    explicit_platform: bool,
}

impl Interpreter<'_> {
    /// Reads a manifest or index blob; the media type from the document when the
    /// descriptor has none.
    fn read_manifest(&self, desc: &Descriptor, what: &str) -> Result<(Manifest, Vec<u8>, String)> {
        self.blobs.check(desc, what)?;
        let bytes = self.blobs.read_json_bytes(&desc.digest, what)?;
        let hint = (!desc.media_type.is_empty()).then_some(desc.media_type.as_str());
        let doc =
            Manifest::parse(&bytes, hint).map_err(|e| anyhow!("{what} {}: {e}", desc.digest))?;
        let media_type = match (&doc, hint) {
            (_, Some(h)) => h.to_string(),
            (Manifest::Image(m), None) => {
                m.media_type.clone().unwrap_or_else(|| OCI_MANIFEST.into())
            }
            (Manifest::Index(i), None) => i.media_type.clone().unwrap_or_else(|| OCI_INDEX.into()),
        };
        Ok((doc, bytes, media_type))
    }

    /// Follows an index.json entry down to one platform manifest. None: the image is
    /// not of the requested platform.
    fn resolve_entry(
        &self,
        desc: &Descriptor,
        depth: usize,
    ) -> Result<Option<(Descriptor, ImageManifest)>> {
        if depth > MAX_INDEX_DEPTH {
            bail!("image index {} nests too deeply", desc.digest);
        }
        if !desc.media_type.is_empty()
            && !is_manifest_type(&desc.media_type)
            && !is_index_type(&desc.media_type)
        {
            bail!(
                "unsupported media type {} for {} in index.json",
                desc.media_type,
                desc.digest
            );
        }
        let (doc, _, media_type) = self.read_manifest(desc, "manifest")?;
        match doc {
            Manifest::Image(m) => {
                let mut d = desc.clone();
                d.media_type = media_type;
                Ok(Some((d, m)))
            }
            Manifest::Index(index) => {
                // Platforms whose blobs the archive holds (containerd exports the
                // whole index even when it saves a single platform).
                let mut candidates: Vec<Descriptor> = Vec::new();
                for child in &index.manifests {
                    if !self.blobs.has(&child.digest) || child.platform.is_none() {
                        continue;
                    }
                    if is_index_type(&child.media_type) {
                        if let Some((mut d, _)) = self.resolve_entry(child, depth + 1)? {
                            d.platform = child.platform.clone();
                            candidates.push(d);
                        }
                    } else {
                        candidates.push(child.clone());
                    }
                }
                let Some(pick) = platform::select(&candidates, &self.want) else {
                    bail!(
                        "no matching manifest for {} in the manifest list entries of {}",
                        platform::format(&self.want),
                        desc.digest
                    );
                };
                if is_manifest_type(&pick.media_type) || pick.media_type.is_empty() {
                    let (doc, _, media_type) = self.read_manifest(pick, "manifest")?;
                    let Manifest::Image(m) = doc else {
                        bail!("manifest {} is an index", pick.digest);
                    };
                    let mut d = pick.clone();
                    d.media_type = media_type;
                    Ok(Some((d, m)))
                } else {
                    self.resolve_entry(pick, depth + 1)
                }
            }
        }
    }

    /// Reads and checks the config and layers a manifest refers to.
    fn image_config(&self, manifest: &ImageManifest, label: &str) -> Result<ImageConfig> {
        self.blobs.check(&manifest.config, "image config")?;
        let bytes = self
            .blobs
            .read_json_bytes(&manifest.config.digest, "image config")?;
        let config: ImageConfig = serde_json::from_slice(&bytes).with_context(|| {
            format!("{label}: malformed image config {}", manifest.config.digest)
        })?;
        if config.rootfs.diff_ids.len() != manifest.layers.len() {
            bail!(
                "invalid manifest, layers length mismatch: expected {}, got {}",
                manifest.layers.len(),
                config.rootfs.diff_ids.len()
            );
        }
        for d in &config.rootfs.diff_ids {
            digest_hex(d)
                .map_err(|_| anyhow!("{label}: invalid diffID {d:?} in the image config"))?;
        }
        for layer in &manifest.layers {
            self.blobs.check(layer, "layer")?;
        }
        Ok(config)
    }

    fn platform_ok(&self, config: &ImageConfig) -> bool {
        !self.explicit_platform
            || matches_platform(&config_platform(config), std::slice::from_ref(&self.want))
    }

    /// The images of an OCI layout (index.json wins over manifest.json, as in containerd).
    fn oci_layout_images(&self, staging: &Staging) -> Result<Vec<LoadItem>> {
        let layout_digest = staging
            .resolve("oci-layout")
            .ok_or_else(|| anyhow!("invalid archive: missing oci-layout"))?;
        let layout: serde_json::Value =
            serde_json::from_slice(&self.blobs.read_json_bytes(layout_digest, "oci-layout")?)
                .map_err(|e| anyhow!("invalid archive: malformed oci-layout: {e}"))?;
        let version = layout
            .get("imageLayoutVersion")
            .and_then(|v| v.as_str())
            .unwrap_or("");
        if version != OCI_LAYOUT_VERSION {
            bail!("unsupported OCI version {version:?}");
        }
        let index_digest = staging
            .resolve("index.json")
            .ok_or_else(|| anyhow!("missing index.json in OCI layout {OCI_LAYOUT_VERSION}"))?;
        let index: ImageIndex =
            serde_json::from_slice(&self.blobs.read_json_bytes(index_digest, "index.json")?)
                .map_err(|e| anyhow!("invalid archive: malformed index.json: {e}"))?;
        // Names docker's manifest.json gives, by config digest, for entries without any.
        let mut docker_names: HashMap<String, Vec<Reference>> = HashMap::new();
        if let Some(d) = staging.resolve("manifest.json") {
            let parsed = self
                .blobs
                .read_json_bytes(d, "manifest.json")
                .ok()
                .and_then(|b| serde_json::from_slice::<Option<Vec<DockerManifestIn>>>(&b).ok())
                .flatten()
                .unwrap_or_default();
            for item in parsed {
                if let Some(cfg) = staging.resolve(&item.config) {
                    let names = item
                        .repo_tags
                        .unwrap_or_default()
                        .into_iter()
                        .filter_map(|t| Reference::parse_named(&t).ok())
                        .filter_map(tagged_name);
                    docker_names
                        .entry(cfg.to_string())
                        .or_default()
                        .extend(names);
                }
            }
        }
        let mut items: Vec<LoadItem> = Vec::new();
        for entry in &index.manifests {
            let name = index_entry_name(entry);
            let label = name
                .as_ref()
                .map(|n| n.familiar())
                .unwrap_or_else(|| entry.digest.clone());
            let Some((desc, manifest)) = self
                .resolve_entry(entry, 0)
                .with_context(|| format!("loading {label}"))?
            else {
                continue;
            };
            let names: Vec<Reference> = match name {
                Some(n) => vec![n],
                None => docker_names
                    .get(&manifest.config.digest)
                    .cloned()
                    .unwrap_or_default(),
            };
            if let Some(existing) = items.iter_mut().find(|i| i.manifest_digest == desc.digest) {
                for n in names {
                    if !existing.names.contains(&n) {
                        existing.names.push(n);
                    }
                }
                continue;
            }
            let config = self.image_config(&manifest, &label)?;
            if !self.platform_ok(&config) {
                continue;
            }
            items.push(LoadItem {
                names,
                manifest_digest: desc.digest.clone(),
                manifest_media_type: desc.media_type.clone(),
                synthesized: None,
                manifest,
                config,
            });
        }
        Ok(items)
    }

    /// The images of a docker-archive (`docker save` before 25, podman, skopeo):
    /// a docker schema2 manifest is synthesised from each manifest.json item, as
    /// containerd's importer does.
    fn docker_manifest_images(
        &self,
        staging: &Staging,
        manifest_digest: &str,
    ) -> Result<Vec<LoadItem>> {
        let parsed: Option<Vec<DockerManifestIn>> = serde_json::from_slice(
            &self
                .blobs
                .read_json_bytes(manifest_digest, "manifest.json")?,
        )
        .map_err(|e| anyhow!("invalid archive: malformed manifest.json: {e}"))?;
        let Some(parsed) = parsed else {
            bail!("invalid manifest, manifest cannot be null (but can be [])");
        };
        let mut items = Vec::new();
        for item in parsed {
            let mut names = Vec::new();
            for tag in item.repo_tags.unwrap_or_default() {
                let r = Reference::parse_named(&tag).map_err(|e| anyhow!("{e}"))?;
                if r.tag.is_none() {
                    bail!("invalid tag {tag:?}");
                }
                if let Some(n) = tagged_name(r) {
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
            }
            let config_digest = staging
                .resolve(&item.config)
                .ok_or_else(|| anyhow!("image config {:?} not found", item.config))?
                .to_string();
            let config_size = self.blobs.size(&config_digest).unwrap_or(0);
            let mut layers = Vec::new();
            for path in item.layers.unwrap_or_default() {
                let digest = staging
                    .resolve(&path)
                    .ok_or_else(|| anyhow!("layer {path:?} not found"))?
                    .to_string();
                let size = self.blobs.size(&digest).unwrap_or(0);
                let mut head = [0u8; 6];
                let mut file = self.blobs.open(&digest)?;
                let n = read_head(&mut file, &mut head)?;
                let head = &head[..n];
                let media_type = if head.starts_with(&[0x1f, 0x8b]) {
                    DOCKER_LAYER_GZIP
                } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
                    OCI_LAYER_ZSTD
                } else if head.starts_with(b"BZh")
                    || head.starts_with(&[0xfd, b'7', b'z', b'X', b'Z', 0x00])
                {
                    bail!("layer {path:?}: bzip2 and xz-compressed layers are not supported; recompress it with gzip or zstd");
                } else {
                    DOCKER_LAYER
                };
                layers.push(Descriptor {
                    media_type: media_type.to_string(),
                    digest,
                    size,
                    platform: None,
                    annotations: None,
                });
            }
            let manifest = ImageManifest {
                schema_version: 2,
                media_type: Some(DOCKER_MANIFEST.to_string()),
                config: Descriptor {
                    media_type: DOCKER_CONFIG.to_string(),
                    digest: config_digest.clone(),
                    size: config_size,
                    platform: None,
                    annotations: None,
                },
                layers,
            };
            let label = names
                .first()
                .map(|n| n.familiar())
                .unwrap_or_else(|| config_digest.clone());
            let config = self.image_config(&manifest, &label)?;
            if !self.platform_ok(&config) {
                continue;
            }
            let bytes = serde_json::to_vec(&manifest)?;
            let digest = crate::engine::store::content::sha256_digest(&bytes);
            if let Some(existing) = items
                .iter_mut()
                .find(|i: &&mut LoadItem| i.manifest_digest == digest)
            {
                for n in names {
                    if !existing.names.contains(&n) {
                        existing.names.push(n);
                    }
                }
                continue;
            }
            items.push(LoadItem {
                names,
                manifest_digest: digest,
                manifest_media_type: DOCKER_MANIFEST.to_string(),
                synthesized: Some(bytes),
                manifest,
                config,
            });
        }
        Ok(items)
    }
}

fn read_head(r: &mut dyn Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

// --------------------------------------------------------------------------- unpack

/// Counts the bytes of a layer blob as they are read, for progress.
struct CountingReader<'a, R> {
    inner: R,
    read: u64,
    total: u64,
    diff_id: &'a str,
    progress: &'a dyn LoadProgress,
}

impl<R: Read> Read for CountingReader<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        self.progress.layer(self.diff_id, self.read, self.total);
        Ok(n)
    }
}

/// Unpacks an image's layers into snapshots keyed by chain ID, in order, verifying
/// each against its diffID (the same steps as pull: [`decompressor`] then
/// [`Snapshots::create`] under the snapshot lock). `open` yields a layer's blob.
/// Returns the chain IDs.
pub fn unpack_image_layers(
    snapshots: &Snapshots,
    layers: &[Descriptor],
    diff_ids: &[String],
    open: &(dyn Fn(&Descriptor) -> Result<File> + Sync),
    progress: &dyn LoadProgress,
) -> Result<Vec<String>> {
    if layers.len() != diff_ids.len() {
        bail!(
            "invalid manifest, layers length mismatch: expected {}, got {}",
            layers.len(),
            diff_ids.len()
        );
    }
    let chains = chain_ids(diff_ids);
    let unpack = |i: usize| -> Result<()> {
        let layer = &layers[i];
        let chain = &chains[i];
        let diff_id = &diff_ids[i];
        if !snapshots.exists(chain) {
            let _lock = snapshots.lock(chain)?;
            if !snapshots.exists(chain) {
                let parent = i.checked_sub(1).map(|p| chains[p].as_str());
                let file = open(layer)?;
                let counting = CountingReader {
                    inner: file,
                    read: 0,
                    total: layer.size,
                    diff_id,
                    progress,
                };
                let mut reader = BufReader::with_capacity(256 * 1024, counting);
                let tar = decompressor(&mut reader)?;
                // The snapshot's errors name the layer by its diffID.
                snapshots.create(chain, parent, diff_id, tar)?;
            }
        }
        progress.layer_done(diff_id);
        Ok(())
    };
    if snapshots.sequential() || layers.len() < 2 {
        // The native snapshotter copies each parent: one layer after the other.
        for i in 0..layers.len() {
            unpack(i)?;
        }
    } else {
        // Overlay layers are independent directories: unpack several at once, as pull does.
        let next = std::sync::atomic::AtomicUsize::new(0);
        std::thread::scope(|scope| -> Result<()> {
            let workers: Vec<_> = (0..layers.len().min(3))
                .map(|_| {
                    scope.spawn(|| -> Result<()> {
                        loop {
                            let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            if i >= layers.len() {
                                return Ok(());
                            }
                            unpack(i)?;
                        }
                    })
                })
                .collect();
            for w in workers {
                w.join()
                    .map_err(|_| anyhow!("unpacking a layer panicked"))??;
            }
            Ok(())
        })?;
    }
    Ok(chains)
}

// ----------------------------------------------------------------------------- load

/// Moves (or copies) a blob the archive brought into the content store.
fn promote(content: &ContentStore, staging: &Staging, digest: &str) -> Result<()> {
    if content.has(digest) {
        return Ok(());
    }
    let Some(blob) = staging.staged(digest) else {
        bail!("blob {digest} is missing");
    };
    if blob.owned {
        let dest = content.blob_path(digest)?;
        if let Some(parent) = dest.parent() {
            ensure_dir(parent)?;
        }
        File::open(&blob.path)?.sync_all()?;
        fs::rename(&blob.path, &dest).with_context(|| format!("storing blob {digest}"))?;
        sync_parent(&dest)?;
    } else {
        let _lock = content.ingest_lock(digest)?;
        if content.has(digest) {
            return Ok(());
        }
        let mut writer = content.ingest(digest)?;
        let mut src =
            File::open(&blob.path).with_context(|| format!("opening {}", blob.path.display()))?;
        io::copy(&mut src, &mut writer)?;
        writer.commit()?;
    }
    Ok(())
}

/// `load` from a tar stream (plain or compressed).
pub fn load<R: Read + Send + 'static>(
    engine: &Engine,
    input: R,
    opts: &LoadOptions,
    progress: &dyn LoadProgress,
) -> Result<Vec<LoadedImage>> {
    let content = engine.content();
    content.clean_ingest();
    let _gc = gc_guard(engine)?;
    let mut staging = Staging::new(&content)?;
    let mut reader = decompress_input(input)?;
    stage_tar(&mut staging, &mut reader)?;
    drop(reader);
    load_staged(engine, &content, &staging, opts, progress)
}

/// `load` from an OCI layout or an unpacked docker-archive directory.
pub fn load_dir(
    engine: &Engine,
    dir: &Path,
    opts: &LoadOptions,
    progress: &dyn LoadProgress,
) -> Result<Vec<LoadedImage>> {
    let content = engine.content();
    content.clean_ingest();
    let _gc = gc_guard(engine)?;
    let mut staging = Staging::new(&content)?;
    stage_dir(&mut staging, dir)?;
    load_staged(engine, &content, &staging, opts, progress)
}

fn load_staged(
    engine: &Engine,
    content: &ContentStore,
    staging: &Staging,
    opts: &LoadOptions,
    progress: &dyn LoadProgress,
) -> Result<Vec<LoadedImage>> {
    let interp = Interpreter {
        blobs: Blobs { staging, content },
        want: opts.platform.clone().unwrap_or_else(platform::host),
        explicit_platform: opts.platform.is_some(),
    };
    let items = if staging.resolve("oci-layout").is_some() {
        interp.oci_layout_images(staging)?
    } else if let Some(d) = staging.resolve("manifest.json") {
        interp.docker_manifest_images(staging, d)?
    } else {
        bail!("invalid archive: does not contain a manifest.json or an OCI index.json");
    };
    if items.is_empty() {
        match &opts.platform {
            Some(p) => bail!(
                "no images providing the requested platform {} found",
                platform::format(p)
            ),
            None => bail!("invalid archive: it holds no images"),
        }
    }

    // Unpack and verify every image before anything becomes visible.
    let snapshots = engine.snapshots();
    let open = |d: &Descriptor| interp.blobs.open(&d.digest);
    let mut records = Vec::new();
    for item in &items {
        let label = item
            .names
            .first()
            .map(|n| n.familiar())
            .unwrap_or_else(|| item.manifest.config.digest.clone());
        let diff_ids = &item.config.rootfs.diff_ids;
        let chains =
            unpack_image_layers(&snapshots, &item.manifest.layers, diff_ids, &open, progress)
                .with_context(|| format!("loading {label}"))?;
        let size = snapshots.total_size(&chains);
        let layers = LayerRecord::for_unpacked(&item.manifest.layers, diff_ids, &chains);
        records.push(ImageRecord {
            id: item.manifest.config.digest.clone(),
            manifest_digest: item.manifest_digest.clone(),
            manifest_media_type: item.manifest_media_type.clone(),
            target_digest: item.manifest_digest.clone(),
            repo_digests: Vec::new(),
            layers,
            platform: config_platform(&item.config),
            created: item.config.created.clone(),
            size,
            added: humantime::format_rfc3339_seconds(SystemTime::now()).to_string(),
        });
    }

    for item in &items {
        for layer in &item.manifest.layers {
            promote(content, staging, &layer.digest)?;
        }
        promote(content, staging, &item.manifest.config.digest)?;
        match &item.synthesized {
            Some(bytes) => content.put(&item.manifest_digest, bytes)?,
            None => promote(content, staging, &item.manifest_digest)?,
        }
    }

    let mut loaded = Vec::new();
    let mut txn = engine.images().lock()?;
    for (item, record) in items.iter().zip(records) {
        let id = record.id.clone();
        txn.put_image(record);
        let mut replaced = Vec::new();
        for name in &item.names {
            if let Some(previous) = txn.tag(name, &id) {
                replaced.push((name.clone(), previous));
            }
        }
        loaded.push(LoadedImage {
            id,
            names: item.names.clone(),
            replaced,
        });
    }
    txn.commit()?;
    drop(txn);
    for image in &loaded {
        crate::engine::events::record(engine, "image", "load", &image.id, &[]);
    }
    Ok(loaded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_cleaned_and_clamped() {
        assert_eq!(clean_path("./blobs//sha256/x"), "blobs/sha256/x");
        assert_eq!(clean_path("/../../etc/passwd"), "etc/passwd");
        assert_eq!(link_target("a/b/layer.tar", "../c.tar"), "a/c.tar");
        assert_eq!(link_target("a/layer.tar", "/x/../y"), "y");
        assert_eq!(link_target("a/layer.tar", "../../../z"), "z");
    }

    #[test]
    fn index_names_follow_containerd() {
        let desc = |pairs: &[(&str, &str)]| Descriptor {
            media_type: OCI_MANIFEST.into(),
            digest: String::new(),
            size: 0,
            platform: None,
            annotations: Some(
                pairs
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect(),
            ),
        };
        let name = |d: &Descriptor| index_entry_name(d).map(|r| r.to_string());
        assert_eq!(
            name(&desc(&[
                (ANNOTATION_IMAGE_NAME, "docker.io/library/busybox:latest"),
                (ANNOTATION_REF_NAME, "latest"),
            ]))
            .as_deref(),
            Some("docker.io/library/busybox:latest")
        );
        // A bare tag is not a name (docker 25's ref.name).
        assert_eq!(name(&desc(&[(ANNOTATION_REF_NAME, "latest")])), None);
        // skopeo writes the short name.
        assert_eq!(
            name(&desc(&[(ANNOTATION_REF_NAME, "busybox:latest")])).as_deref(),
            Some("docker.io/library/busybox:latest")
        );
        assert_eq!(
            name(&desc(&[(ANNOTATION_REF_NAME, "localhost/app")])).as_deref(),
            Some("localhost/app:latest")
        );
    }

    #[test]
    fn staged_paths_resolve_through_links() {
        let dir = tempfile::tempdir().expect("tempdir");
        let content = ContentStore::new(dir.path().to_path_buf());
        let mut s = Staging::new(&content).expect("staging");
        s.add_stream("abc.tar", &mut &b"layer"[..]).expect("add");
        s.links.insert(
            "v1/layer.tar".into(),
            link_target("v1/layer.tar", "../abc.tar"),
        );
        s.links.insert("dir".into(), "v1".into());
        let want = crate::engine::store::content::sha256_digest(b"layer");
        assert_eq!(s.resolve("v1/layer.tar"), Some(want.as_str()));
        assert_eq!(s.resolve("./dir/layer.tar"), Some(want.as_str()));
        assert_eq!(s.resolve("missing"), None);
        s.links.insert("loop".into(), "loop".into());
        assert_eq!(s.resolve("loop/x"), None);
        let staging_dir = s.dir.clone();
        drop(s);
        assert!(!staging_dir.exists());
    }
}
