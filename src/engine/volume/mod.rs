//! Named volumes, kept the way docker's `local` driver keeps them.
//!
//! Layout, per namespace (docker has no namespaces for volumes; skiff keeps
//! them apart like images and containers):
//!
//! ```text
//! <root>/volumes/<namespace>/<name>/_data        the data, bind-mounted into containers
//! <root>/volumes/<namespace>/<name>/volume.json  {Name, Driver, Mountpoint, CreatedAt, Labels, Options, Scope}
//! <root>/volumes/<namespace>/<name>/lock         flock(2) target, see [`lock`]
//! ```
//!
//! A volume appears atomically: it is built in a dot-named temporary
//! directory and renamed into place, so of several creates of one name
//! exactly one rename wins and the others return the winner's volume (docker
//! is idempotent here). Removal renames the directory away first, so a volume
//! is either fully there or gone.
//!
//! "In use" means a container record of the namespace references the volume
//! (`host_config.volumes[*].name`, see [`VolumeMount`]). The protocol that
//! keeps "in use" race-free without a daemon:
//!
//! * whoever makes a container use a volume holds [`lock`] for that volume
//!   while it (optionally) calls [`copy_up`] and writes the container record;
//! * [`remove`] and [`prune`] hold the same lock while they check [`users`]
//!   and take the volume away.
//!
//! [`lock`] fails with [`NoSuchVolume`] if the volume was removed meanwhile;
//! a caller that created the volume just before may simply create and lock
//! again.

use std::collections::{BTreeMap, HashSet};
use std::fs::{self, File, OpenOptions};
use std::io;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, SystemTime};

use anyhow::{anyhow, bail, Context as _, Result};
use serde::{Deserialize, Serialize};

use crate::engine::store::atomic::{sync_parent, write_json};
use crate::engine::store::ensure_dir;
use crate::engine::Engine;

/// The only driver there is.
pub const DRIVER: &str = "local";
/// The only scope the local driver has.
pub const SCOPE: &str = "local";
/// The label docker puts on volumes created without a name
/// (moby `volume/service/service.go`, `AnonymousLabel`).
pub const ANONYMOUS_LABEL: &str = "com.docker.volume.anonymous";

const DATA_DIR: &str = "_data";
const METADATA_FILE: &str = "volume.json";
const LOCK_FILE: &str = "lock";
/// Leftovers of interrupted creates and removals older than this are swept by [`prune`].
const STALE_AFTER: Duration = Duration::from_secs(600);

/// A volume as `volume inspect` shows it; also the on-disk `volume.json`.
/// Fields are in docker's (alphabetical) order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Volume {
    /// RFC 3339, seconds precision, UTC.
    pub created_at: String,
    pub driver: String,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    /// `<volume dir>/_data`; recomputed from the store on every load.
    pub mountpoint: PathBuf,
    pub name: String,
    /// Driver options (`--opt`): `type`, `device`, `o`.
    #[serde(default)]
    pub options: BTreeMap<String, String>,
    pub scope: String,
}

impl Volume {
    /// Created without a name (docker's anonymous volumes, pruned by default).
    pub fn is_anonymous(&self) -> bool {
        self.labels.contains_key(ANONYMOUS_LABEL)
    }
}

pub use crate::engine::container::VolumeMount;

/// docker: `get NAME: no such volume` (moby `volume/service/errors.go`: an
/// `OpErr{Op: "get"}` around `errNoSuchVolume`; `docker volume inspect` and
/// `docker volume rm` both report it).
#[derive(Debug, thiserror::Error)]
#[error("get {0}: no such volume")]
pub struct NoSuchVolume(pub String);

/// docker: `remove NAME: volume is in use - [ID1, ID2]` (moby `OpErr` with `Refs`).
#[derive(Debug, thiserror::Error)]
#[error("remove {name}: volume is in use - [{}]", users.join(", "))]
pub struct VolumeInUse {
    pub name: String,
    /// Full IDs of the containers using the volume.
    pub users: Vec<String>,
}

impl Engine {
    /// The volumes of this engine's namespace.
    pub fn volumes_dir(&self) -> PathBuf {
        self.paths.root.join("volumes").join(&self.namespace)
    }
}

/// Checks docker's rule for local volume names, `[a-zA-Z0-9][a-zA-Z0-9_.-]+`,
/// with docker's messages (moby `volume/local/local.go`, `validateName`).
pub fn validate_name(name: &str) -> Result<()> {
    if name.len() == 1 {
        bail!("volume name is too short, names should be at least two alphanumeric characters");
    }
    if !crate::engine::container::names::valid(name) {
        bail!(
            "{name:?} includes invalid characters for a local volume name, only \"[a-zA-Z0-9][a-zA-Z0-9_.-]\" are allowed. If you intended to pass a host directory, use absolute path"
        );
    }
    Ok(())
}

/// Checks `--opt` keys as docker's local driver does (moby `volume/local/local_unix.go`,
/// `validateOpts`): only `type`, `o`, `device` (and `size`, which needs quota support
/// skiff does not have); `type` and `device` go together, `o` needs both.
pub fn validate_options(opts: &BTreeMap<String, String>) -> Result<()> {
    for key in opts.keys() {
        match key.as_str() {
            "type" | "o" | "device" => {}
            "size" => bail!("quota size requested but no quota support"),
            other => bail!("invalid option: {other:?}"),
        }
    }
    let required: [(&str, &[&str]); 3] = [
        ("device", &["type"]),
        ("type", &["device"]),
        ("o", &["device", "type"]),
    ];
    for (opt, needs) in required {
        if opts.contains_key(opt) {
            if let Some(missing) = needs.iter().find(|n| !opts.contains_key(**n)) {
                bail!("missing required option: {missing:?}");
            }
        }
    }
    Ok(())
}

/// Mounts a volume made with the local driver's options (`--opt type=tmpfs
/// --opt device=tmpfs --opt o=size=64m`, `type=none o=bind device=/dir`,
/// nfs, a block device...) at its `_data`, as docker's local driver does when
/// a container first uses it; it stays mounted until the volume is removed.
/// The caller holds the volume's lock.
pub fn mount_device(volume: &Volume) -> Result<()> {
    use nix::mount::MsFlags;
    let (Some(fstype), Some(device)) = (volume.options.get("type"), volume.options.get("device"))
    else {
        return Ok(());
    };
    let target = &volume.mountpoint;
    if crate::engine::container::rootfs::is_mounted(target) {
        return Ok(());
    }
    let mut flags = MsFlags::empty();
    let mut data = Vec::new();
    for o in volume
        .options
        .get("o")
        .map(String::as_str)
        .unwrap_or("")
        .split(',')
    {
        let flag = match o {
            "" => continue,
            "ro" => MsFlags::MS_RDONLY,
            "rw" | "suid" | "dev" | "exec" | "async" | "atime" | "diratime" | "nostrictatime" => {
                MsFlags::empty()
            }
            "nosuid" => MsFlags::MS_NOSUID,
            "nodev" => MsFlags::MS_NODEV,
            "noexec" => MsFlags::MS_NOEXEC,
            "sync" => MsFlags::MS_SYNCHRONOUS,
            "dirsync" => MsFlags::MS_DIRSYNC,
            "noatime" => MsFlags::MS_NOATIME,
            "nodiratime" => MsFlags::MS_NODIRATIME,
            "relatime" => MsFlags::MS_RELATIME,
            "strictatime" => MsFlags::MS_STRICTATIME,
            "bind" => MsFlags::MS_BIND,
            "rbind" => MsFlags::MS_BIND | MsFlags::MS_REC,
            other => {
                data.push(other);
                continue;
            }
        };
        flags |= flag;
    }
    let data = data.join(",");
    nix::mount::mount(
        Some(device.as_str()),
        target,
        Some(fstype.as_str()),
        flags,
        (!data.is_empty()).then_some(data.as_str()),
    )
    .map_err(|e| {
        anyhow!(
            "error while mounting volume '{}': failed to mount local volume: mount {device}:{}, type: {fstype}, data: {data:?}: {}",
            volume.name,
            target.display(),
            e.desc().to_lowercase()
        )
    })?;
    if flags.contains(MsFlags::MS_RDONLY) && flags.contains(MsFlags::MS_BIND) {
        // A bind mount takes `ro` only on a remount.
        let _ = nix::mount::mount(
            None::<&str>,
            target,
            None::<&str>,
            flags | MsFlags::MS_REMOUNT,
            None::<&str>,
        );
    }
    Ok(())
}

fn now_rfc3339_seconds() -> String {
    humantime::format_rfc3339_seconds(SystemTime::now()).to_string()
}

/// Reads the volume stored in `dir` (`<volumes>/<name>`).
fn load(dir: &Path) -> io::Result<Volume> {
    let data = fs::read(dir.join(METADATA_FILE))?;
    let mut v: Volume = serde_json::from_slice(&data).map_err(|e| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!("{}: {e}", dir.join(METADATA_FILE).display()),
        )
    })?;
    v.mountpoint = dir.join(DATA_DIR);
    if let Some(name) = dir.file_name() {
        v.name = name.to_string_lossy().into_owned();
    }
    Ok(v)
}

fn mkdir(path: &Path, mode: u32) -> io::Result<()> {
    fs::DirBuilder::new().mode(mode).create(path)?;
    // Not subject to the umask: `_data` must be 0755 whatever the caller's umask.
    fs::set_permissions(path, fs::Permissions::from_mode(mode))
}

/// Builds a complete volume directory at `tmp`.
fn build(tmp: &Path, vol: &Volume) -> io::Result<()> {
    mkdir(tmp, 0o701)?;
    mkdir(&tmp.join(DATA_DIR), 0o755)?;
    File::create(tmp.join(LOCK_FILE))?;
    write_json(&tmp.join(METADATA_FILE), vol)
}

fn random_hex() -> String {
    hex::encode(rand::random::<[u8; 32]>())
}

/// Creates a volume, or returns the existing one of that name (docker keeps the
/// existing volume's labels and options). Without a name the volume is anonymous:
/// a random 64-hex name and docker's anonymous label.
pub fn create(
    engine: &Engine,
    name: Option<&str>,
    labels: BTreeMap<String, String>,
    options: BTreeMap<String, String>,
) -> Result<Volume> {
    let (name, labels) = match name.filter(|n| !n.is_empty()) {
        Some(n) => (n.to_string(), labels),
        None => {
            let mut labels = labels;
            labels.insert(ANONYMOUS_LABEL.to_string(), String::new());
            (random_hex(), labels)
        }
    };
    let op = |e: anyhow::Error| anyhow!("create {name}: {e}");
    validate_name(&name).map_err(op)?;
    let dir = engine.volumes_dir();
    let path = dir.join(&name);
    if let Ok(v) = load(&path) {
        return Ok(v);
    }
    validate_options(&options).map_err(op)?;
    if engine.rootless && options.contains_key("type") {
        return Err(op(anyhow!(
            "volume options type, device and o need root: a rootless store cannot mount {}",
            options["type"]
        )));
    }
    ensure_dir(&dir).map_err(|e| op(anyhow!("creating {}: {e}", dir.display())))?;
    let vol = Volume {
        created_at: now_rfc3339_seconds(),
        driver: DRIVER.to_string(),
        labels,
        mountpoint: path.join(DATA_DIR),
        name: name.clone(),
        options,
        scope: SCOPE.to_string(),
    };
    // A handful of rounds: a concurrent remove may take the winner away
    // between our failed rename and our read.
    for _ in 0..5 {
        let tmp = dir.join(format!(".tmp-{:016x}", rand::random::<u64>()));
        if let Err(e) = build(&tmp, &vol) {
            let _ = fs::remove_dir_all(&tmp);
            return Err(op(anyhow!(
                "error while creating volume path '{}': {e}",
                path.display()
            )));
        }
        match fs::rename(&tmp, &path) {
            Ok(()) => {
                sync_parent(&path).map_err(|e| op(anyhow!("syncing {}: {e}", dir.display())))?;
                crate::engine::events::record(
                    engine,
                    "volume",
                    "create",
                    &name,
                    &[("driver", DRIVER)],
                );
                return Ok(vol);
            }
            Err(e) if matches!(e.raw_os_error(), Some(libc::ENOTEMPTY | libc::EEXIST)) => {
                let _ = fs::remove_dir_all(&tmp);
                match load(&path) {
                    Ok(v) => return Ok(v),
                    Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
                    Err(e) => return Err(op(anyhow!("reading volume: {e}"))),
                }
            }
            Err(e) => {
                let _ = fs::remove_dir_all(&tmp);
                return Err(op(anyhow!("creating {}: {e}", path.display())));
            }
        }
    }
    Err(op(anyhow!(
        "the volume is being created and removed concurrently"
    )))
}

/// Every volume of the namespace, in docker's order (natural sort by name).
pub fn list(engine: &Engine) -> Result<Vec<Volume>> {
    let dir = engine.volumes_dir();
    let entries = match fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(anyhow!("reading {}: {e}", dir.display())),
    };
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.with_context(|| format!("reading {}", dir.display()))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        // Dot entries are creates and removals in flight; anything else that is
        // not a valid name is not a volume.
        if !crate::engine::container::names::valid(&name) {
            continue;
        }
        match load(&entry.path()) {
            Ok(v) => out.push(v),
            // Removed while we listed, or not a volume directory.
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(anyhow!("volume {name}: {e}")),
        }
    }
    out.sort_by(|a, b| crate::engine::text::natural_cmp(&a.name, &b.name));
    Ok(out)
}

/// One volume by its exact name.
pub fn inspect(engine: &Engine, name: &str) -> Result<Volume> {
    if !crate::engine::container::names::valid(name) {
        return Err(NoSuchVolume(name.to_string()).into());
    }
    match load(&engine.volumes_dir().join(name)) {
        Ok(v) => Ok(v),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Err(NoSuchVolume(name.to_string()).into()),
        Err(e) => Err(anyhow!("volume {name}: {e}")),
    }
}

/// An exclusive hold on one volume (see the module docs); released on drop.
#[derive(Debug)]
pub struct VolumeLock {
    _file: File,
}

/// Locks a volume against removal (and against concurrent [`copy_up`]s);
/// blocks while someone else holds it. Fails with [`NoSuchVolume`] if the
/// volume does not exist, or was removed while we waited.
pub fn lock(engine: &Engine, name: &str) -> Result<VolumeLock> {
    if !crate::engine::container::names::valid(name) {
        return Err(NoSuchVolume(name.to_string()).into());
    }
    let dir = engine.volumes_dir().join(name);
    let path = dir.join(LOCK_FILE);
    // Created on demand only inside an existing volume directory.
    let file = match OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
    {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(NoSuchVolume(name.to_string()).into())
        }
        Err(e) => return Err(anyhow!("locking volume {name}: {e}")),
    };
    loop {
        match rustix::fs::flock(&file, rustix::fs::FlockOperation::LockExclusive) {
            Ok(()) => break,
            Err(rustix::io::Errno::INTR) => continue,
            Err(e) => return Err(anyhow!("locking volume {name}: {e}")),
        }
    }
    // The directory may have been renamed away (removed) while we waited: the
    // lock only counts if it is still the file at the volume's path.
    let held = file
        .metadata()
        .with_context(|| format!("locking volume {name}"))?;
    let current = fs::metadata(&path).ok();
    let same = current.is_some_and(|m| m.dev() == held.dev() && m.ino() == held.ino());
    if !same || !dir.join(METADATA_FILE).exists() {
        return Err(NoSuchVolume(name.to_string()).into());
    }
    Ok(VolumeLock { _file: file })
}

/// Volume name -> IDs of the containers of the namespace whose records reference
/// it (`host_config.volumes[*].name`). Read from the raw records, so it works
/// whatever else the record holds.
pub fn used(engine: &Engine) -> Result<BTreeMap<String, Vec<String>>> {
    let dir = engine.containers_dir();
    let entries = match fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(BTreeMap::new()),
        Err(e) => return Err(anyhow!("reading {}: {e}", dir.display())),
    };
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for entry in entries.flatten() {
        let id = entry.file_name().to_string_lossy().into_owned();
        // Containers still being created have no record yet (the lock protocol
        // covers them); unreadable records cannot be judged either way.
        let Ok(data) = fs::read(engine.container_paths(&id).record()) else {
            continue;
        };
        let Ok(record) = serde_json::from_slice::<serde_json::Value>(&data) else {
            continue;
        };
        if record.get("namespace").and_then(|n| n.as_str()) != Some(engine.namespace.as_str()) {
            continue;
        }
        let mounts = record
            .get("host_config")
            .and_then(|h| h.get("volumes"))
            .and_then(|v| v.as_array());
        let mut names: Vec<&str> = mounts
            .into_iter()
            .flatten()
            .filter_map(|m| m.get("name").and_then(|n| n.as_str()))
            .collect();
        names.sort_unstable();
        names.dedup();
        let id = record
            .get("id")
            .and_then(|i| i.as_str())
            .map(str::to_string)
            .unwrap_or(id);
        for name in names {
            out.entry(name.to_string()).or_default().push(id.clone());
        }
    }
    for ids in out.values_mut() {
        ids.sort();
    }
    Ok(out)
}

/// IDs of the containers that use the volume `name`.
pub fn users(engine: &Engine, name: &str) -> Result<Vec<String>> {
    Ok(used(engine)?.remove(name).unwrap_or_default())
}

/// Removes a volume that is not in use. As in docker, `force` does not override
/// "in use" (moby's `VolumeStore.Remove` checks references first); it makes a
/// missing volume a success (`PurgeOnError`).
pub fn remove(engine: &Engine, name: &str, force: bool) -> Result<()> {
    let guard = match lock(engine, name) {
        Ok(g) => g,
        Err(e) if force && e.downcast_ref::<NoSuchVolume>().is_some() => return Ok(()),
        Err(e) => return Err(e),
    };
    let users = users(engine, name)?;
    if !users.is_empty() {
        return Err(VolumeInUse {
            name: name.to_string(),
            users,
        }
        .into());
    }
    remove_locked(engine, name, guard)
}

/// Takes the volume away; the caller holds its lock and has checked it is unused.
fn remove_locked(engine: &Engine, name: &str, guard: VolumeLock) -> Result<()> {
    let dir = engine.volumes_dir().join(name);
    let op = |e: String| anyhow!("remove {name}: {e}");
    release_mounts(&dir).map_err(op)?;
    let trash = engine
        .volumes_dir()
        .join(format!(".rm-{:016x}", rand::random::<u64>()));
    match fs::rename(&dir, &trash) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(NoSuchVolume(name.to_string()).into())
        }
        Err(e) => {
            return Err(op(format!(
                "error removing volume path '{}': {e}",
                dir.display()
            )))
        }
    }
    drop(guard);
    let _ = sync_parent(&dir);
    crate::engine::events::record(engine, "volume", "destroy", name, &[("driver", DRIVER)]);
    // Rootless: files container users wrote may belong to subordinate ids.
    let removed = if engine.rootless {
        crate::engine::rootless::remove_tree(&trash)
    } else {
        fs::remove_dir_all(&trash)
    };
    removed.map_err(|e| {
        op(format!(
            "error removing volume path '{}': {e}",
            trash.display()
        ))
    })
}

/// A volume whose `_data` still has something mounted on it (a `type=none,o=bind`
/// device left mounted by a crash) must never be deleted recursively: that would
/// delete the device's files. Detach such mounts, and refuse if any remains.
fn release_mounts(dir: &Path) -> std::result::Result<(), String> {
    for m in crate::engine::store::mounts::mounts_below(dir) {
        let _ = nix::mount::umount2(&m, nix::mount::MntFlags::MNT_DETACH);
    }
    match crate::engine::store::mounts::mounts_below(dir).first() {
        Some(m) => Err(format!("volume path '{}' is still mounted", m.display())),
        None => Ok(()),
    }
}

/// What [`prune`] removed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PruneReport {
    /// Names of the removed volumes.
    pub deleted: Vec<String>,
    /// Bytes their data took (docker's `directory.Size`).
    pub space_reclaimed: u64,
}

/// Removes unused volumes: anonymous ones, or all of them with `all`, that
/// `select` accepts (the CLI's `--filter label=...`). Like docker, volumes with
/// driver options (`--opt`) are never pruned, and a volume that cannot be removed
/// is skipped.
pub fn prune(engine: &Engine, all: bool, select: impl Fn(&Volume) -> bool) -> Result<PruneReport> {
    sweep_leftovers(engine);
    let used = used(engine)?;
    let mut report = PruneReport::default();
    for v in list(engine)? {
        if !(all || v.is_anonymous()) || !v.options.is_empty() || used.contains_key(&v.name) {
            continue;
        }
        if !select(&v) {
            continue;
        }
        let Ok(guard) = lock(engine, &v.name) else {
            continue;
        };
        // Checked again under the lock: a container may have taken it meanwhile.
        if !users(engine, &v.name)?.is_empty() {
            continue;
        }
        let size = disk_usage(&v.mountpoint);
        if remove_locked(engine, &v.name, guard).is_ok() {
            report.space_reclaimed += size;
            report.deleted.push(v.name);
        }
    }
    Ok(report)
}

/// Deletes dot-named leftovers of creates and removals interrupted long ago.
fn sweep_leftovers(engine: &Engine) {
    let dir = engine.volumes_dir();
    let Ok(entries) = fs::read_dir(&dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !(name.starts_with(".tmp-") || name.starts_with(".rm-")) {
            continue;
        }
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| SystemTime::now().duration_since(t).ok())
            .is_some_and(|age| age > STALE_AFTER);
        if old && release_mounts(&entry.path()).is_ok() {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

/// Bytes used below `path` as docker counts them (moby `directory.Size`): the
/// sizes of everything that is not a directory, hardlinks once, symlinks not
/// followed.
pub fn disk_usage(path: &Path) -> u64 {
    let mut seen = HashSet::new();
    let mut total = 0u64;
    let mut stack = vec![path.to_path_buf()];
    while let Some(p) = stack.pop() {
        let Ok(meta) = fs::symlink_metadata(&p) else {
            continue;
        };
        if meta.is_dir() {
            if let Ok(rd) = fs::read_dir(&p) {
                stack.extend(rd.flatten().map(|e| e.path()));
            }
            continue;
        }
        if meta.len() == 0 || !seen.insert((meta.dev(), meta.ino())) {
            continue;
        }
        total += meta.len();
    }
    total
}

/// docker's copy-up: on first use of an EMPTY volume, the image's content at the
/// mount path (`image_dir`, inside the container's rootfs) is copied into it with
/// owners, modes, timestamps, xattrs, symlinks and hardlinks, and `_data` takes the
/// directory's own owner and mode. Nothing happens if the volume holds anything,
/// or if `image_dir` is missing, empty or not a directory (a symlink is not
/// followed: the caller resolves the mount path inside the rootfs first).
///
/// Call it with the volume's [`lock`] held.
pub fn copy_up(image_dir: &Path, volume: &Volume) -> Result<()> {
    let data = &volume.mountpoint;
    match fs::symlink_metadata(image_dir) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => return Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(anyhow!("reading {}: {e}", image_dir.display())),
    }
    let is_empty = |dir: &Path| -> Result<bool> {
        Ok(fs::read_dir(dir)
            .with_context(|| format!("reading {}", dir.display()))?
            .next()
            .is_none())
    };
    if !is_empty(data)? || is_empty(image_dir)? {
        return Ok(());
    }
    // `SRC/.` copies the directory's contents and applies its attributes to `_data`.
    let out = Command::new("cp")
        .arg("-a")
        .arg("--reflink=auto")
        .arg("--")
        .arg(image_dir.join("."))
        .arg(data)
        .output()
        .map_err(|e| {
            anyhow!(
                "copying image content into volume {}: running cp: {e}",
                volume.name
            )
        })?;
    if !out.status.success() {
        bail!(
            "copying image content into volume {}: cp -a {} {} failed ({}): {}",
            volume.name,
            image_dir.display(),
            data.display(),
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::snapshot::SnapshotterKind;
    use crate::engine::store::StorePaths;
    use crate::engine::RegistryOptions;

    fn engine(dir: &Path) -> Engine {
        Engine {
            paths: StorePaths::new(dir.join("root"), dir.join("run")),
            namespace: "default".into(),
            rootless: false,
            registry: RegistryOptions::default(),
            snapshotter: SnapshotterKind::Native,
        }
    }

    fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    /// Writes a container record that mounts `volumes`, as the run side will.
    fn fake_container(e: &Engine, id: &str, namespace: &str, volumes: &[&str]) {
        let dir = e.containers_dir().join(id);
        fs::create_dir_all(&dir).unwrap();
        let mounts: Vec<VolumeMount> = volumes
            .iter()
            .map(|v| VolumeMount {
                name: v.to_string(),
                destination: "/data".into(),
                read_only: false,
                anonymous: false,
            })
            .collect();
        let record = serde_json::json!({
            "id": id,
            "namespace": namespace,
            "host_config": {"binds": [], "volumes": mounts},
        });
        fs::write(dir.join("config.json"), record.to_string()).unwrap();
    }

    #[test]
    fn names_follow_docker_rules() {
        for ok in ["ab", "a1", "my-vol", "my_vol.2", "0abc", "A-"] {
            assert!(validate_name(ok).is_ok(), "{ok}");
        }
        let short = validate_name("a").unwrap_err().to_string();
        assert_eq!(
            short,
            "volume name is too short, names should be at least two alphanumeric characters"
        );
        for bad in ["-ab", ".ab", "_ab", "a/b", "a b", "..", "../etc", "a:b", ""] {
            let err = validate_name(bad).unwrap_err().to_string();
            assert!(
                err.contains("includes invalid characters for a local volume name"),
                "{bad}: {err}"
            );
        }
        let tmp = tempfile::tempdir().unwrap();
        let e = engine(tmp.path());
        let err = create(&e, Some("a/b"), BTreeMap::new(), BTreeMap::new()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "create a/b: \"a/b\" includes invalid characters for a local volume name, only \"[a-zA-Z0-9][a-zA-Z0-9_.-]\" are allowed. If you intended to pass a host directory, use absolute path"
        );
        assert!(!e
            .paths
            .root
            .join("volumes")
            .join("default")
            .join("a")
            .exists());
    }

    #[test]
    fn options_follow_the_local_driver() {
        assert!(validate_options(&map(&[])).is_ok());
        assert!(validate_options(&map(&[("type", "tmpfs"), ("device", "tmpfs")])).is_ok());
        assert!(
            validate_options(&map(&[("type", "none"), ("device", "/srv"), ("o", "bind")])).is_ok()
        );
        assert_eq!(
            validate_options(&map(&[("foo", "x")]))
                .unwrap_err()
                .to_string(),
            "invalid option: \"foo\""
        );
        assert_eq!(
            validate_options(&map(&[("type", "tmpfs")]))
                .unwrap_err()
                .to_string(),
            "missing required option: \"device\""
        );
        assert!(validate_options(&map(&[("o", "size=1m"), ("device", "x")])).is_err());
    }

    #[test]
    fn create_is_idempotent_and_inspectable() {
        let tmp = tempfile::tempdir().unwrap();
        let e = engine(tmp.path());
        let labels = map(&[("a", "1")]);
        let opts = map(&[("type", "tmpfs"), ("device", "tmpfs"), ("o", "size=1m")]);
        let v = create(&e, Some("data"), labels.clone(), opts.clone()).unwrap();
        assert_eq!(v.name, "data");
        assert_eq!(v.driver, "local");
        assert_eq!(v.scope, "local");
        assert_eq!(v.labels, labels);
        assert_eq!(v.options, opts);
        assert_eq!(v.mountpoint, e.volumes_dir().join("data").join("_data"));
        assert!(v.mountpoint.is_dir());
        let mode = fs::metadata(&v.mountpoint).unwrap().permissions().mode() & 0o7777;
        assert_eq!(mode, 0o755);
        assert!(
            humantime::parse_rfc3339(&v.created_at).is_ok(),
            "{}",
            v.created_at
        );
        // Again, with other labels: the existing volume, unchanged.
        fs::write(v.mountpoint.join("keep"), b"x").unwrap();
        let again = create(&e, Some("data"), map(&[("b", "2")]), BTreeMap::new()).unwrap();
        assert_eq!(again, v);
        assert!(again.mountpoint.join("keep").exists());
        assert_eq!(inspect(&e, "data").unwrap(), v);
        assert_eq!(list(&e).unwrap(), vec![v]);
        // The document docker prints.
        let doc = serde_json::to_value(inspect(&e, "data").unwrap()).unwrap();
        let keys: Vec<&String> = doc.as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            [
                "CreatedAt",
                "Driver",
                "Labels",
                "Mountpoint",
                "Name",
                "Options",
                "Scope"
            ]
        );
    }

    #[test]
    fn anonymous_volumes_get_a_random_name_and_label() {
        let tmp = tempfile::tempdir().unwrap();
        let e = engine(tmp.path());
        let a = create(&e, None, BTreeMap::new(), BTreeMap::new()).unwrap();
        let b = create(&e, Some(""), BTreeMap::new(), BTreeMap::new()).unwrap();
        assert_ne!(a.name, b.name);
        assert_eq!(a.name.len(), 64);
        assert!(a.name.bytes().all(|c| c.is_ascii_hexdigit()));
        assert!(a.is_anonymous() && b.is_anonymous());
        assert_eq!(a.labels.get(ANONYMOUS_LABEL).map(String::as_str), Some(""));
    }

    #[test]
    fn parallel_creates_of_one_name_make_one_volume() {
        let tmp = tempfile::tempdir().unwrap();
        let e = engine(tmp.path());
        let results: Vec<Volume> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..16)
                .map(|i| {
                    let e = &e;
                    s.spawn(move || {
                        create(
                            e,
                            Some("shared"),
                            map(&[("writer", &i.to_string())]),
                            BTreeMap::new(),
                        )
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap().unwrap())
                .collect()
        });
        // Everyone got the same (winning) volume.
        for r in &results {
            assert_eq!(r, &results[0]);
        }
        assert_eq!(list(&e).unwrap().len(), 1);
        let leftovers: Vec<_> = fs::read_dir(e.volumes_dir())
            .unwrap()
            .flatten()
            .map(|d| d.file_name())
            .collect();
        assert_eq!(leftovers, vec![std::ffi::OsString::from("shared")]);
    }

    #[test]
    fn missing_volumes_are_docker_errors() {
        let tmp = tempfile::tempdir().unwrap();
        let e = engine(tmp.path());
        let err = remove(&e, "nope", false).unwrap_err();
        assert!(err.downcast_ref::<NoSuchVolume>().is_some());
        assert_eq!(err.to_string(), "get nope: no such volume");
        assert!(remove(&e, "nope", true).is_ok());
        assert_eq!(
            inspect(&e, "nope").unwrap_err().to_string(),
            "get nope: no such volume"
        );
        assert!(inspect(&e, "../x")
            .unwrap_err()
            .downcast_ref::<NoSuchVolume>()
            .is_some());
        assert!(lock(&e, "nope").is_err());
        assert!(list(&e).unwrap().is_empty());
    }

    #[test]
    fn volumes_in_use_are_kept() {
        let tmp = tempfile::tempdir().unwrap();
        let e = engine(tmp.path());
        create(&e, Some("busy"), BTreeMap::new(), BTreeMap::new()).unwrap();
        create(&e, Some("free"), BTreeMap::new(), BTreeMap::new()).unwrap();
        fake_container(&e, "c2", "default", &["busy"]);
        fake_container(&e, "c1", "default", &["busy", "busy"]);
        fake_container(&e, "c3", "other", &["free"]);
        assert_eq!(users(&e, "busy").unwrap(), ["c1", "c2"]);
        assert!(users(&e, "free").unwrap().is_empty());
        for force in [false, true] {
            let err = remove(&e, "busy", force).unwrap_err();
            assert_eq!(err.to_string(), "remove busy: volume is in use - [c1, c2]");
        }
        remove(&e, "free", false).unwrap();
        let names: Vec<String> = list(&e).unwrap().into_iter().map(|v| v.name).collect();
        assert_eq!(names, ["busy"]);
        // Removed for good: the name can be created afresh.
        let v = create(&e, Some("free"), BTreeMap::new(), BTreeMap::new()).unwrap();
        assert!(v.mountpoint.is_dir());
    }

    #[test]
    fn prune_takes_unused_anonymous_volumes_or_all() {
        let tmp = tempfile::tempdir().unwrap();
        let e = engine(tmp.path());
        let anon = create(&e, None, BTreeMap::new(), BTreeMap::new()).unwrap();
        let anon_used = create(&e, None, BTreeMap::new(), BTreeMap::new()).unwrap();
        create(&e, Some("named"), map(&[("keep", "no")]), BTreeMap::new()).unwrap();
        create(
            &e,
            Some("labelled"),
            map(&[("keep", "yes")]),
            BTreeMap::new(),
        )
        .unwrap();
        create(
            &e,
            Some("mounted"),
            BTreeMap::new(),
            map(&[("type", "tmpfs"), ("device", "tmpfs")]),
        )
        .unwrap();
        fake_container(&e, "c1", "default", &[&anon_used.name]);
        fs::write(anon.mountpoint.join("f"), vec![0u8; 1500]).unwrap();
        fs::hard_link(anon.mountpoint.join("f"), anon.mountpoint.join("g")).unwrap();

        let report = prune(&e, false, |_| true).unwrap();
        assert_eq!(report.deleted, std::slice::from_ref(&anon.name));
        assert_eq!(report.space_reclaimed, 1500);

        let report = prune(&e, true, |v| {
            v.labels.get("keep").map(String::as_str) != Some("yes")
        })
        .unwrap();
        assert_eq!(report.deleted, ["named"]);
        let mut left: Vec<String> = list(&e).unwrap().into_iter().map(|v| v.name).collect();
        left.sort();
        let mut want = vec![
            anon_used.name,
            "labelled".to_string(),
            "mounted".to_string(),
        ];
        want.sort();
        assert_eq!(left, want);
    }

    #[test]
    fn copy_up_fills_only_empty_volumes() {
        let tmp = tempfile::tempdir().unwrap();
        let e = engine(tmp.path());
        let image = tmp.path().join("rootfs/var/lib/app");
        fs::create_dir_all(image.join("sub")).unwrap();
        fs::write(image.join("sub/file"), b"hello").unwrap();
        fs::set_permissions(image.join("sub/file"), fs::Permissions::from_mode(0o640)).unwrap();
        std::os::unix::fs::symlink("sub/file", image.join("link")).unwrap();
        fs::set_permissions(&image, fs::Permissions::from_mode(0o750)).unwrap();

        let empty = create(&e, Some("empty"), BTreeMap::new(), BTreeMap::new()).unwrap();
        copy_up(&image, &empty).unwrap();
        let data = &empty.mountpoint;
        assert_eq!(fs::read(data.join("sub/file")).unwrap(), b"hello");
        let mode = |p: &Path| fs::symlink_metadata(p).unwrap().permissions().mode() & 0o7777;
        assert_eq!(mode(&data.join("sub/file")), 0o640);
        assert_eq!(
            fs::read_link(data.join("link")).unwrap(),
            Path::new("sub/file")
        );
        // `_data` takes the image directory's mode, as docker's copyOwnership does.
        assert_eq!(mode(data), 0o750);

        let full = create(&e, Some("full"), BTreeMap::new(), BTreeMap::new()).unwrap();
        fs::write(full.mountpoint.join("mine"), b"keep").unwrap();
        copy_up(&image, &full).unwrap();
        assert!(!full.mountpoint.join("sub").exists());
        assert_eq!(fs::read(full.mountpoint.join("mine")).unwrap(), b"keep");

        // Nothing to copy: missing path, or a symlink (never followed here).
        let other = create(&e, Some("other"), BTreeMap::new(), BTreeMap::new()).unwrap();
        copy_up(&tmp.path().join("rootfs/missing"), &other).unwrap();
        std::os::unix::fs::symlink(&image, tmp.path().join("rootfs/alias")).unwrap();
        copy_up(&tmp.path().join("rootfs/alias"), &other).unwrap();
        assert_eq!(fs::read_dir(&other.mountpoint).unwrap().count(), 0);
    }

    #[test]
    fn lock_notices_removal() {
        let tmp = tempfile::tempdir().unwrap();
        let e = engine(tmp.path());
        create(&e, Some("vol"), BTreeMap::new(), BTreeMap::new()).unwrap();
        let held = lock(&e, "vol").unwrap();
        let waiter = std::thread::scope(|s| {
            let h = s.spawn(|| lock(&e, "vol").map(|_| ()));
            std::thread::sleep(Duration::from_millis(100));
            // Take the volume away under the lock, as remove does.
            remove_locked(&e, "vol", held).unwrap();
            h.join().unwrap()
        });
        let err = waiter.unwrap_err();
        assert!(err.downcast_ref::<NoSuchVolume>().is_some(), "{err}");
    }

    #[test]
    fn sorted_like_docker() {
        let mut names = vec!["vol10", "vol2", "vol-a", "Vol1", "vol1", "vol01", "a"];
        names.sort_by(|a, b| crate::engine::text::natural_cmp(a, b));
        assert_eq!(
            names,
            ["Vol1", "a", "vol1", "vol01", "vol2", "vol10", "vol-a"]
        );
    }

    #[test]
    fn disk_usage_counts_files_once() {
        let tmp = tempfile::tempdir().unwrap();
        let d = tmp.path();
        fs::create_dir(d.join("x")).unwrap();
        fs::write(d.join("x/a"), vec![1u8; 100]).unwrap();
        fs::hard_link(d.join("x/a"), d.join("b")).unwrap();
        fs::write(d.join("c"), vec![1u8; 20]).unwrap();
        std::os::unix::fs::symlink("abc", d.join("l")).unwrap();
        assert_eq!(disk_usage(d), 123);
    }
}
