//! System-wide views and clean-up: docker's `info`, `system df` and `system prune`.
//!
//! Everything here reads (or, for prune, removes) what the other engine modules
//! keep; nothing prints. Counts and sizes are per namespace, like images and
//! containers.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::Path;
use std::time::SystemTime;

use anyhow::{anyhow, Context as _, Result};
use serde::Serialize;

use crate::engine::container::{self, Container, Status};
use crate::engine::filters::PruneFilters;
use crate::engine::image::reference::Reference;
use crate::engine::image::store::{ImageRecord, ImageStore};
use crate::engine::image::{self, RemoveEvent};
use crate::engine::snapshot::SnapshotterKind;
use crate::engine::volume::{self, Volume};
use crate::engine::Engine;

/// statfs f_type of a cgroup v2 (unified) mount.
const CGROUP2_SUPER_MAGIC: i64 = 0x6367_7270;
/// Where the engine's stable random ID is kept, under `--root`.
const ID_FILE: &str = "info-id";
/// docker's `IndexServerAddress`.
const INDEX_SERVER: &str = "https://index.docker.io/v1/";

// ---------------------------------------------------------------------------
// info

/// docker's `PluginsInfo`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct PluginsInfo {
    pub volume: Vec<String>,
    pub network: Vec<String>,
    pub authorization: Option<Vec<String>>,
    pub log: Vec<String>,
}

/// What the cgroup setup lets containers be limited by (docker's Info flags).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CgroupSupport {
    pub memory: bool,
    pub swap: bool,
    pub cpu_cfs: bool,
    pub cpu_shares: bool,
    pub cpuset: bool,
    pub pids: bool,
    pub oom_kill_disable: bool,
}

/// One runtime in `info` (docker's `{"path": …}`).
#[derive(Debug, Clone, Serialize)]
pub struct RuntimeInfo {
    pub path: String,
}

/// The `docker info` document (moby `api/types/system.Info`), with the fields that
/// apply to skiff, plus skiff's own `Rootless`, `RunRoot` and `Namespace`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Info {
    #[serde(rename = "ID")]
    pub id: String,
    pub containers: usize,
    pub containers_running: usize,
    pub containers_paused: usize,
    pub containers_stopped: usize,
    pub images: usize,
    pub driver: String,
    pub driver_status: Vec<[String; 2]>,
    pub plugins: PluginsInfo,
    pub memory_limit: bool,
    pub swap_limit: bool,
    #[serde(rename = "CpuCfsPeriod")]
    pub cpu_cfs_period: bool,
    #[serde(rename = "CpuCfsQuota")]
    pub cpu_cfs_quota: bool,
    #[serde(rename = "CPUShares")]
    pub cpu_shares: bool,
    #[serde(rename = "CPUSet")]
    pub cpu_set: bool,
    pub pids_limit: bool,
    #[serde(rename = "IPv4Forwarding")]
    pub ipv4_forwarding: bool,
    pub debug: bool,
    #[serde(rename = "NFd")]
    pub nfd: usize,
    pub oom_kill_disable: bool,
    pub system_time: String,
    pub logging_driver: String,
    pub cgroup_driver: String,
    pub cgroup_version: String,
    /// The runtimes found: skiff's own and the OCI runtime binaries, by name.
    pub runtimes: std::collections::BTreeMap<String, RuntimeInfo>,
    pub default_runtime: String,
    pub kernel_version: String,
    pub operating_system: String,
    #[serde(rename = "OSVersion")]
    pub os_version: String,
    #[serde(rename = "OSType")]
    pub os_type: String,
    pub architecture: String,
    pub index_server_address: String,
    #[serde(rename = "NCPU")]
    pub ncpu: usize,
    pub mem_total: u64,
    pub docker_root_dir: String,
    #[serde(rename = "HttpProxy")]
    pub http_proxy: String,
    #[serde(rename = "HttpsProxy")]
    pub https_proxy: String,
    pub no_proxy: String,
    pub name: String,
    pub labels: Vec<String>,
    pub experimental_build: bool,
    pub server_version: String,
    pub live_restore_enabled: bool,
    pub security_options: Vec<String>,
    pub warnings: Vec<String>,
    /// Registries reached without TLS verification (`--insecure-registry`).
    #[serde(skip)]
    pub insecure_registries: Vec<String>,
    pub rootless: bool,
    pub run_root: String,
    pub namespace: String,
}

/// Gathers `docker info` for this engine. `debug` is echoed into the document.
pub fn info(engine: &Engine, debug: bool) -> Result<Info> {
    let containers = crate::engine::ops::list(engine)?;
    let (mut running, mut paused, mut stopped) = (0, 0, 0);
    for c in &containers {
        // moby counts by StateString: "restarting" is neither running nor paused.
        match c.state.status {
            Status::Running => running += 1,
            Status::Paused => paused += 1,
            _ => stopped += 1,
        }
    }
    let images = engine.images().read()?.images().count();
    let cgroup_version = cgroup_version();
    let rootless_without_cgroups = engine.rootless && cgroup_version == "1";
    let support = if rootless_without_cgroups {
        CgroupSupport::default()
    } else {
        cgroup_support(cgroup_version, engine.rootless)
    };
    let mut warnings = Vec::new();
    if rootless_without_cgroups {
        warnings.push(
            "WARNING: Running in rootless-mode without cgroups. To enable cgroups in rootless-mode, you need to boot the system in cgroup v2 mode."
                .to_string(),
        );
    } else {
        warnings.extend(cgroup_warnings(&support, cgroup_version));
    }
    let mut security_options = vec!["name=seccomp,profile=builtin".to_string()];
    if engine.rootless {
        security_options.push("name=rootless".to_string());
    }
    if cgroup_version == "2" {
        security_options.push("name=cgroupns".to_string());
    }
    let uts = uname();
    let os_release = fs::read_to_string("/etc/os-release")
        .or_else(|_| fs::read_to_string("/usr/lib/os-release"))
        .unwrap_or_default();
    let proxy = |upper: &str, lower: &str| {
        std::env::var(upper)
            .or_else(|_| std::env::var(lower))
            .map(|v| mask_credentials(&v))
            .unwrap_or_default()
    };
    Ok(Info {
        id: engine_id(engine)?,
        containers: containers.len(),
        containers_running: running,
        containers_paused: paused,
        containers_stopped: stopped,
        images,
        driver: engine.snapshotter.name().to_string(),
        driver_status: vec![[
            "Backing Filesystem".to_string(),
            backing_filesystem(&engine.paths.root),
        ]],
        plugins: PluginsInfo {
            volume: vec![volume::DRIVER.to_string()],
            network: vec!["bridge".to_string(), "host".to_string(), "null".to_string()],
            authorization: None,
            log: vec!["json-file".to_string()],
        },
        memory_limit: support.memory,
        swap_limit: support.swap,
        cpu_cfs_period: support.cpu_cfs,
        cpu_cfs_quota: support.cpu_cfs,
        cpu_shares: support.cpu_shares,
        cpu_set: support.cpuset,
        pids_limit: support.pids,
        ipv4_forwarding: fs::read_to_string("/proc/sys/net/ipv4/ip_forward")
            .is_ok_and(|s| s.trim() == "1"),
        debug,
        nfd: fs::read_dir("/proc/self/fd")
            .map(|d| d.count())
            .unwrap_or(0),
        oom_kill_disable: support.oom_kill_disable,
        system_time: humantime::format_rfc3339_nanos(SystemTime::now()).to_string(),
        logging_driver: "json-file".to_string(),
        cgroup_driver: if rootless_without_cgroups {
            "none"
        } else {
            "cgroupfs"
        }
        .to_string(),
        cgroup_version: cgroup_version.to_string(),
        runtimes: crate::engine::runtime::select::available()
            .into_iter()
            .map(|(name, path)| (name, RuntimeInfo { path }))
            .collect(),
        default_runtime: crate::engine::runtime::select::configured_default(),
        kernel_version: uts.release,
        operating_system: os_release_field(&os_release, "PRETTY_NAME")
            .unwrap_or_else(|| "Linux".to_string()),
        os_version: os_release_field(&os_release, "VERSION_ID").unwrap_or_default(),
        os_type: "linux".to_string(),
        architecture: uts.machine,
        index_server_address: INDEX_SERVER.to_string(),
        ncpu: cpu_count(),
        mem_total: fs::read_to_string("/proc/meminfo")
            .map(|m| mem_total(&m))
            .unwrap_or(0),
        docker_root_dir: engine.paths.root.display().to_string(),
        http_proxy: proxy("HTTP_PROXY", "http_proxy"),
        https_proxy: proxy("HTTPS_PROXY", "https_proxy"),
        no_proxy: proxy("NO_PROXY", "no_proxy"),
        name: uts.nodename,
        labels: Vec::new(),
        experimental_build: false,
        server_version: env!("CARGO_PKG_VERSION").to_string(),
        live_restore_enabled: false,
        security_options,
        warnings,
        insecure_registries: engine.registry.insecure.clone(),
        rootless: engine.rootless,
        run_root: engine.paths.runroot.display().to_string(),
        namespace: engine.namespace.clone(),
    })
}

/// "2" when /sys/fs/cgroup is the unified cgroup2 mount, "1" otherwise (legacy or hybrid).
pub fn cgroup_version() -> &'static str {
    match rustix::fs::statfs("/sys/fs/cgroup") {
        Ok(st) if st.f_type == CGROUP2_SUPER_MAGIC => "2",
        _ => "1",
    }
}

/// Which resource limits the host's cgroups offer.
fn cgroup_support(version: &str, rootless: bool) -> CgroupSupport {
    let base = Path::new("/sys/fs/cgroup");
    if version == "2" {
        // Rootless containers live in the user's delegated subtree: what matters
        // is what was delegated to it, not what the root offers.
        let dir = if rootless {
            own_cgroup2_dir().unwrap_or_else(|| base.to_path_buf())
        } else {
            base.to_path_buf()
        };
        let controllers = fs::read_to_string(dir.join("cgroup.controllers")).unwrap_or_default();
        let has = |c: &str| controllers.split_whitespace().any(|x| x == c);
        return CgroupSupport {
            memory: has("memory"),
            swap: has("memory"),
            cpu_cfs: has("cpu"),
            cpu_shares: has("cpu"),
            cpuset: has("cpuset"),
            pids: has("pids"),
            oom_kill_disable: false,
        };
    }
    let exists = |p: &str| base.join(p).exists();
    CgroupSupport {
        memory: exists("memory/memory.limit_in_bytes"),
        swap: exists("memory/memory.memsw.limit_in_bytes"),
        cpu_cfs: exists("cpu/cpu.cfs_quota_us") && exists("cpu/cpu.cfs_period_us"),
        cpu_shares: exists("cpu/cpu.shares"),
        cpuset: exists("cpuset/cpuset.cpus"),
        pids: exists("pids"),
        oom_kill_disable: exists("memory/memory.oom_control"),
    }
}

/// The cgroup v2 directory this process is in (from /proc/self/cgroup).
fn own_cgroup2_dir() -> Option<std::path::PathBuf> {
    let text = fs::read_to_string("/proc/self/cgroup").ok()?;
    let path = text.lines().find_map(|l| l.strip_prefix("0::"))?;
    Some(Path::new("/sys/fs/cgroup").join(path.trim_start_matches('/')))
}

/// moby's warnings for missing cgroup features (daemon/info_unix.go).
fn cgroup_warnings(s: &CgroupSupport, version: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut warn = |ok: bool, text: &str| {
        if !ok {
            out.push(format!("WARNING: {text}"));
        }
    };
    warn(s.memory, "No memory limit support");
    warn(s.swap, "No swap limit support");
    warn(
        s.oom_kill_disable || version != "1",
        "No oom kill disable support",
    );
    warn(s.cpu_cfs, "No cpu cfs quota support");
    warn(s.cpu_cfs, "No cpu cfs period support");
    warn(s.cpu_shares, "No cpu shares support");
    warn(s.cpuset, "No cpuset support");
    out
}

struct Uname {
    release: String,
    machine: String,
    nodename: String,
}

/// uname(2): kernel release, machine and host name.
fn uname() -> Uname {
    let mut buf: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: uname only writes into the struct we pass, which lives for the call.
    let ok = unsafe { libc::uname(&mut buf) } == 0;
    let field = |f: &[libc::c_char]| -> String {
        let bytes: Vec<u8> = f
            .iter()
            .take_while(|c| **c != 0)
            .map(|c| *c as u8)
            .collect();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    if !ok {
        return Uname {
            release: fs::read_to_string("/proc/sys/kernel/osrelease")
                .map(|s| s.trim().to_string())
                .unwrap_or_default(),
            machine: std::env::consts::ARCH.to_string(),
            nodename: fs::read_to_string("/proc/sys/kernel/hostname")
                .map(|s| s.trim().to_string())
                .unwrap_or_default(),
        };
    }
    Uname {
        release: field(&buf.release),
        machine: field(&buf.machine),
        nodename: field(&buf.nodename),
    }
}

/// CPUs this process may run on (Go's `runtime.NumCPU`, which docker reports).
fn cpu_count() -> usize {
    match nix::sched::sched_getaffinity(nix::unistd::Pid::from_raw(0)) {
        Ok(set) => (0..nix::sched::CpuSet::count())
            .filter(|&i| set.is_set(i).unwrap_or(false))
            .count()
            .max(1),
        Err(_) => std::thread::available_parallelism().map_or(1, |n| n.get()),
    }
}

/// `MemTotal` of /proc/meminfo, in bytes.
pub fn mem_total(meminfo: &str) -> u64 {
    meminfo
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|rest| {
            let mut parts = rest.split_whitespace();
            let value: u64 = parts.next()?.parse().ok()?;
            Some(match parts.next() {
                Some("kB") | Some("KB") => value * 1024,
                _ => value,
            })
        })
        .unwrap_or(0)
}

/// A field of os-release(5), unquoted.
pub fn os_release_field(text: &str, key: &str) -> Option<String> {
    text.lines().find_map(|line| {
        let (k, v) = line.trim().split_once('=')?;
        if k.trim() != key {
            return None;
        }
        let v = v.trim();
        let unquoted = v
            .strip_prefix('"')
            .and_then(|s| s.strip_suffix('"'))
            .or_else(|| v.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')))
            .unwrap_or(v);
        Some(unquoted.replace("\\\"", "\"").replace("\\\\", "\\"))
    })
}

/// docker's `MaskCredentials`: the user info of a proxy URL becomes `xxxxx:xxxxx`.
pub fn mask_credentials(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let authority_end = rest.find('/').unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => format!("{scheme}://xxxxx:xxxxx{}", &rest[at..]),
        None => url.to_string(),
    }
}

/// moby's name for the filesystem `path` lives on (graphdriver `FsNames`).
pub fn backing_filesystem(path: &Path) -> String {
    let mut probe = path.to_path_buf();
    while !probe.exists() {
        if !probe.pop() {
            break;
        }
    }
    match rustix::fs::statfs(&probe) {
        Ok(st) => fs_name(st.f_type).to_string(),
        Err(_) => "<unknown>".to_string(),
    }
}

/// Filesystem magic numbers to the names moby prints.
pub fn fs_name(magic: i64) -> &'static str {
    match magic as u32 {
        0x6175_6673 => "aufs",
        0x9123_683E => "btrfs",
        0x28cd_3d45 => "cramfs",
        0x0000_f15f => "ecryptfs",
        0x0000_EF53 => "extfs",
        0xF2F5_2010 => "f2fs",
        0x4750_4653 => "gpfs",
        0x0000_72b6 => "jffs2",
        0x3153_464a => "jfs",
        0x0000_6969 => "nfs",
        0x8584_58f6 => "ramfs",
        0x5265_4973 => "reiserfs",
        0x0000_517B => "smb",
        0x7371_7368 => "squashfs",
        0x0102_1994 => "tmpfs",
        0xa501_fcf5 => "vxfs",
        0x5846_5342 => "xfs",
        0x2fc1_2fc1 => "zfs",
        0x794c_7630 => "overlayfs",
        0x6573_5546 => "fuse",
        _ => "<unknown>",
    }
}

/// The engine's ID: a random UUID made on first use and kept in `<root>/info-id`
/// (docker reports its daemon's engine ID the same way).
pub fn engine_id(engine: &Engine) -> Result<String> {
    let path = engine.paths.root.join(ID_FILE);
    if let Ok(text) = fs::read_to_string(&path) {
        if !text.trim().is_empty() {
            return Ok(text.trim().to_string());
        }
    }
    crate::engine::store::ensure_dir(&engine.paths.root)
        .with_context(|| format!("creating {}", engine.paths.root.display()))?;
    let tmp = crate::engine::store::atomic::temp_sibling(&path);
    fs::write(&tmp, format!("{}\n", random_uuid()))
        .with_context(|| format!("writing {}", tmp.display()))?;
    // link(2) never replaces: of two first calls at once, one ID wins and both report it.
    let linked = fs::hard_link(&tmp, &path);
    let _ = fs::remove_file(&tmp);
    match linked {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(anyhow!("writing {}: {e}", path.display())),
    }
    Ok(fs::read_to_string(&path)
        .with_context(|| format!("reading {}", path.display()))?
        .trim()
        .to_string())
}

/// A version 4 UUID.
fn random_uuid() -> String {
    let mut b: [u8; 16] = rand::random();
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = hex::encode(b);
    format!(
        "{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    )
}

// ---------------------------------------------------------------------------
// system df

/// One image as `system df -v` lists it.
#[derive(Debug, Clone)]
pub struct ImageUsage {
    pub record: ImageRecord,
    /// Full references with a tag that name the image, sorted.
    pub tags: Vec<String>,
    pub size: u64,
    /// Bytes of layers this image shares with other images.
    pub shared_size: u64,
    /// Containers (of any state) created from the image.
    pub containers: usize,
}

/// One container: its writable layer.
#[derive(Debug, Clone)]
pub struct ContainerUsage {
    pub container: Container,
    pub size_rw: u64,
    /// Volumes (named or anonymous, all of the local driver) it mounts.
    pub local_volumes: usize,
}

/// One volume: how many containers use it and what it holds.
#[derive(Debug, Clone)]
pub struct VolumeUsage {
    pub volume: Volume,
    pub ref_count: usize,
    pub size: u64,
}

/// Everything `system df` reports, for one namespace.
#[derive(Debug, Clone, Default)]
pub struct DiskUsage {
    /// Bytes of all image layers, each counted once.
    pub layers_size: u64,
    pub images: Vec<ImageUsage>,
    pub containers: Vec<ContainerUsage>,
    pub volumes: Vec<VolumeUsage>,
    /// The build cache: the size of each cached step's own layer, and
    /// whether its image is in use (named, or run by a container).
    pub build_cache: Vec<(u64, bool)>,
}

/// One row of the `system df` summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageRow {
    /// docker's TYPE: Images, Containers, Local Volumes, Build Cache.
    pub kind: &'static str,
    pub total: usize,
    pub active: usize,
    pub size: u64,
    pub reclaimable: u64,
}

/// Whether a container holds on to what it uses (docker's `isActive`).
pub fn is_active(status: Status) -> bool {
    status.is_live()
}

impl DiskUsage {
    /// The four rows of `system df`, computed as docker's CLI does
    /// (cli/command/formatter/disk_usage.go).
    pub fn summary(&self) -> [UsageRow; 4] {
        // Images: what active images use exclusively is not reclaimable.
        let used: u64 = self
            .images
            .iter()
            .filter(|i| i.containers > 0)
            .map(|i| i.size.saturating_sub(i.shared_size))
            .sum();
        let images = UsageRow {
            kind: "Images",
            total: self.images.len(),
            active: self.images.iter().filter(|i| i.containers > 0).count(),
            size: self.layers_size,
            reclaimable: self.layers_size.saturating_sub(used),
        };
        let containers = UsageRow {
            kind: "Containers",
            total: self.containers.len(),
            active: self
                .containers
                .iter()
                .filter(|c| is_active(c.container.state.status))
                .count(),
            size: self.containers.iter().map(|c| c.size_rw).sum(),
            reclaimable: self
                .containers
                .iter()
                .filter(|c| !is_active(c.container.state.status))
                .map(|c| c.size_rw)
                .sum(),
        };
        let volumes = UsageRow {
            kind: "Local Volumes",
            total: self.volumes.len(),
            active: self.volumes.iter().filter(|v| v.ref_count > 0).count(),
            size: self.volumes.iter().map(|v| v.size).sum(),
            reclaimable: self
                .volumes
                .iter()
                .filter(|v| v.ref_count == 0)
                .map(|v| v.size)
                .sum(),
        };
        let build_cache = UsageRow {
            kind: "Build Cache",
            total: self.build_cache.len(),
            active: self.build_cache.iter().filter(|(_, used)| *used).count(),
            size: self.build_cache.iter().map(|(size, _)| size).sum(),
            reclaimable: self
                .build_cache
                .iter()
                .filter(|(_, used)| !used)
                .map(|(size, _)| size)
                .sum(),
        };
        [images, containers, volumes, build_cache]
    }
}

/// Image usage from the records, the size of each layer chain, and the
/// number of containers per image ID. Returns the images and the total of
/// the distinct layers.
pub fn image_usage(
    images: &[(ImageRecord, Vec<String>)],
    chain_size: impl Fn(&str) -> u64,
    containers_per_image: &HashMap<String, usize>,
) -> (Vec<ImageUsage>, u64) {
    let mut users: HashMap<&str, usize> = HashMap::new();
    for (img, _) in images {
        let chains: HashSet<&str> = img.layers.iter().map(|l| l.chain_id.as_str()).collect();
        for c in chains {
            *users.entry(c).or_default() += 1;
        }
    }
    let sizes: HashMap<&str, u64> = users.keys().map(|c| (*c, chain_size(c))).collect();
    let layers_size = sizes.values().sum();
    let out = images
        .iter()
        .map(|(img, tags)| {
            let chains: HashSet<&str> = img.layers.iter().map(|l| l.chain_id.as_str()).collect();
            let size: u64 = chains.iter().map(|c| sizes[c]).sum();
            let shared_size = chains
                .iter()
                .filter(|c| users[*c] > 1)
                .map(|c| sizes[c])
                .sum();
            ImageUsage {
                record: img.clone(),
                tags: tags.clone(),
                size,
                shared_size,
                containers: containers_per_image.get(&img.id).copied().unwrap_or(0),
            }
        })
        .collect();
    (out, layers_size)
}

/// The bytes a container's writable layer holds: the overlay upper dir, or the
/// whole private copy for the native snapshotter.
pub fn container_size_rw(engine: &Engine, c: &Container) -> u64 {
    let paths = engine.container_paths(&c.record.id);
    if c.record.snapshotter == SnapshotterKind::Overlay {
        volume::disk_usage(&paths.upper())
    } else {
        volume::disk_usage(&paths.rootfs())
    }
}

/// Names with a tag that point at `id`, sorted (docker's RepoTags).
fn tagged_names(txn: &image::store::ImagesTxn, id: &str) -> Vec<String> {
    txn.names_of(id)
        .into_iter()
        .filter(|n| Reference::parse_named(n).is_ok_and(|r| r.tag.is_some()))
        .collect()
}

/// `system df`: what images, containers and volumes of the namespace take up.
pub fn disk_usage(engine: &Engine) -> Result<DiskUsage> {
    let containers = crate::engine::ops::list(engine)?;
    let mut per_image: HashMap<String, usize> = HashMap::new();
    for c in &containers {
        *per_image.entry(c.record.image_id.clone()).or_default() += 1;
    }
    let txn = engine.images().read()?;
    let mut records: Vec<(ImageRecord, Vec<String>)> = txn
        .images()
        .map(|img| (img.clone(), tagged_names(&txn, &img.id)))
        .collect();
    // Newest first, as `images` lists them.
    records.sort_by(|a, b| {
        let t = |r: &ImageRecord| r.created.clone().unwrap_or_default();
        t(&b.0).cmp(&t(&a.0)).then_with(|| a.0.id.cmp(&b.0.id))
    });
    let snapshots = engine.snapshots();
    let (images, layers_size) = image_usage(
        &records,
        |chain| snapshots.info(chain).map_or(0, |i| i.size),
        &per_image,
    );
    let containers = containers
        .into_iter()
        .map(|c| {
            let size_rw = container_size_rw(engine, &c);
            let local_volumes = c.record.host_config.volumes.len();
            ContainerUsage {
                container: c,
                size_rw,
                local_volumes,
            }
        })
        .collect();
    let used = volume::used(engine)?;
    let volumes = volume::list(engine)?
        .into_iter()
        .map(|v| VolumeUsage {
            ref_count: used.get(&v.name).map_or(0, Vec::len),
            size: volume::disk_usage(&v.mountpoint),
            volume: v,
        })
        .collect();
    let build_cache = crate::engine::image::build_cache::entries(engine)
        .into_iter()
        .filter_map(|(_, id)| {
            let image = crate::engine::image::lookup(engine, &id).ok()?;
            let used = per_image.contains_key(&id)
                || images
                    .iter()
                    .any(|i| i.record.id == id && !i.tags.is_empty());
            Some((image.record.layers.last().map_or(0, |l| l.size), used))
        })
        .collect();
    Ok(DiskUsage {
        layers_size,
        images,
        containers,
        volumes,
        build_cache,
    })
}

// ---------------------------------------------------------------------------
// system prune

/// What `system prune` removed.
#[derive(Debug, Clone, Default)]
pub struct PruneReport {
    pub containers: Vec<String>,
    pub networks: Vec<String>,
    pub volumes: Vec<String>,
    pub images: Vec<RemoveEvent>,
    pub space_reclaimed: u64,
}

/// What `system prune` should remove.
#[derive(Debug, Clone, Default)]
pub struct PruneOptions {
    /// Every image no container uses, not only dangling ones.
    pub all: bool,
    /// Also unused anonymous volumes.
    pub volumes: bool,
    pub filters: PruneFilters,
}

/// Removes the stopped containers that match `filters`; returns their IDs and
/// the bytes their writable layers held.
pub fn prune_containers(engine: &Engine, filters: &PruneFilters) -> Result<(Vec<String>, u64)> {
    crate::engine::ops::remove::sweep_trash(engine);
    let mut deleted = Vec::new();
    let mut reclaimed = 0;
    for c in crate::engine::ops::list(engine)? {
        if is_active(c.state.status) {
            continue;
        }
        if !filters.created_before_until(crate::engine::time::parse_rfc3339(&c.record.created))
            || !filters.labels_match(&c.record.config.labels)
        {
            continue;
        }
        // The listing may be stale: look again right before removing.
        let state = container::load_state(engine, &c.record.id);
        if is_active(state.status) && container::monitor_alive(&state) {
            continue;
        }
        let fresh = Container {
            record: c.record,
            state,
        };
        let size = container_size_rw(engine, &fresh);
        // Like moby, a container that cannot be removed is skipped, not fatal.
        if crate::engine::ops::remove::remove(engine, &fresh, false).is_ok() {
            reclaimed += size;
            deleted.push(fresh.record.id);
        }
    }
    Ok((deleted, reclaimed))
}

/// IDs of the images that containers of the namespace were created from.
pub fn images_in_use(engine: &Engine) -> Result<HashSet<String>> {
    Ok(crate::engine::ops::list(engine)?
        .into_iter()
        .map(|c| c.record.image_id)
        .collect())
}

/// Chain IDs of every image of every namespace (what garbage collection keeps).
fn chains_in_use(engine: &Engine) -> Result<HashSet<String>> {
    let mut chains = HashSet::new();
    let namespaces = crate::engine::image::store::namespaces(&engine.paths);
    for ns in namespaces {
        let txn = ImageStore::new(&engine.paths, &ns).read()?;
        for img in txn.images() {
            chains.extend(img.layers.iter().map(|l| l.chain_id.clone()));
        }
    }
    Ok(chains)
}

/// Whether an image is dangling: no name with a tag points at it.
pub fn is_dangling(names: &[String]) -> bool {
    !names
        .iter()
        .any(|n| Reference::parse_named(n).is_ok_and(|r| r.tag.is_some()))
}

/// `image prune` as `system prune` runs it: removes dangling images (with
/// `all`, every image) that no container of the namespace uses and that match
/// `filters`. Returns rmi-style events and the bytes of the layers freed.
pub fn prune_images(
    engine: &Engine,
    all: bool,
    filters: &PruneFilters,
) -> Result<(Vec<RemoveEvent>, u64)> {
    let mut events = Vec::new();
    let mut removed_chains: HashSet<String> = HashSet::new();
    {
        // Each image's own lock (as rmi takes it, and before the store's),
        // so that no container is being made from an image while we judge
        // whether one uses it.
        let seen: Vec<String> = engine
            .images()
            .read()?
            .images()
            .map(|i| i.id.clone())
            .collect();
        let _image_locks = seen
            .iter()
            .map(|id| image::lock(engine, id, true))
            .collect::<Result<Vec<_>>>()?;
        let mut txn = engine.images().lock()?;
        // Images that arrived since are not locked: left for the next prune.
        let candidates: Vec<ImageRecord> = txn
            .images()
            .filter(|i| seen.contains(&i.id))
            .cloned()
            .collect();
        // Read under the locks, so that what we judge is what we remove.
        let in_use = images_in_use(engine)?;
        let mut changed = false;
        for img in candidates {
            if in_use.contains(&img.id) {
                continue;
            }
            let names = txn.names_of(&img.id);
            if !all && !is_dangling(&names) {
                continue;
            }
            let created = img
                .created
                .as_deref()
                .and_then(crate::engine::time::parse_rfc3339);
            if !filters.created_before_until(created) {
                continue;
            }
            let by_label = !filters.labels.is_empty() || !filters.not_labels.is_empty();
            if by_label && !filters.labels_match(&image::labels(engine, &img)) {
                continue;
            }
            for n in names.iter().chain(img.repo_digests.iter()) {
                if let Ok(r) = Reference::parse_named(n) {
                    events.push(RemoveEvent::Untagged(r.familiar()));
                }
            }
            removed_chains.extend(img.layers.iter().map(|l| l.chain_id.clone()));
            txn.remove_image(&img.id);
            events.push(RemoveEvent::Deleted(img.id.clone()));
            changed = true;
        }
        if changed {
            txn.commit()?;
        }
    }
    if events.is_empty() {
        return Ok((events, 0));
    }
    let remaining = chains_in_use(engine)?;
    let snapshots = engine.snapshots();
    let reclaimed = snapshots.total_size(removed_chains.iter().filter(|c| !remaining.contains(*c)));
    image::garbage_collect(engine)?;
    Ok((events, reclaimed))
}

/// `system prune`: stopped containers, then (with `volumes`) unused anonymous
/// volumes, then dangling or unused images — docker's order, so that what
/// removed containers held is free by the time it is judged.
pub fn prune(engine: &Engine, opts: &PruneOptions) -> Result<PruneReport> {
    let mut report = PruneReport::default();
    let (containers, space) = prune_containers(engine, &opts.filters)?;
    report.containers = containers;
    report.space_reclaimed += space;
    report.networks = crate::engine::network::prune(engine, &opts.filters)?;
    if opts.volumes {
        let filters = &opts.filters;
        let volumes = volume::prune(engine, false, |v| filters.labels_match(&v.labels))?;
        report.volumes = volumes.deleted;
        report.space_reclaimed += volumes.space_reclaimed;
    }
    let (images, space) = prune_images(engine, opts.all, &opts.filters)?;
    report.images = images;
    report.space_reclaimed += space;
    Ok(report)
}

/// `system reset` (podman's name): stops and removes every container of every
/// namespace, takes the networks' anchors down, unmounts whatever is still
/// mounted under the store, and deletes the store's contents (images,
/// volumes, networks, records). Returns what could not be removed, in words;
/// the rest is removed regardless.
pub fn reset(engine: &Engine) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    let mut namespaces: std::collections::BTreeSet<String> =
        image::store::namespaces(&engine.paths)
            .into_iter()
            .collect();
    namespaces.insert(engine.namespace.clone());
    for entry in crate::engine::store::dir_entries(&engine.containers_dir())? {
        let id = entry.file_name().to_string_lossy().into_owned();
        if let Ok(record) = container::load_record(engine, &id) {
            namespaces.insert(record.namespace);
        }
    }
    for namespace in namespaces {
        let engine = Engine {
            namespace,
            ..engine.clone()
        };
        for c in crate::engine::ops::list(&engine)? {
            if let Err(e) = crate::engine::ops::remove::remove(&engine, &c, true) {
                problems.push(format!("removing container {}: {e:#}", c.record.name));
            }
        }
    }
    if let Err(e) = crate::engine::network::attach::release_idle_anchors(engine) {
        problems.push(format!("taking the networks' anchors down: {e:#}"));
    }
    for dir in [&engine.paths.root, &engine.paths.runroot] {
        unmount_under(dir);
        for entry in crate::engine::store::dir_entries(dir)? {
            let path = entry.path();
            let removed = if entry.file_type().is_ok_and(|t| t.is_dir()) {
                crate::engine::rootless::remove_tree(&path)
            } else {
                fs::remove_file(&path)
            };
            if let Err(e) = removed {
                problems.push(format!(
                    "removing {}: {}",
                    path.display(),
                    crate::engine::go_error(&e)
                ));
            }
        }
    }
    Ok(problems)
}

/// Detaches every mount at or below `dir`, deepest first.
fn unmount_under(dir: &Path) {
    for p in crate::engine::store::mounts::mounts_below(dir) {
        if p != dir {
            let _ = nix::mount::umount2(&p, nix::mount::MntFlags::MNT_DETACH);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::image::store::LayerRecord;

    fn image(id: &str, chains: &[&str]) -> ImageRecord {
        serde_json::from_value(serde_json::json!({
            "id": id,
            "manifest_digest": "",
            "manifest_media_type": "",
            "target_digest": "",
            "layers": chains.iter().map(|c| LayerRecord {
                digest: String::new(),
                media_type: String::new(),
                size: 0,
                diff_id: String::new(),
                chain_id: c.to_string(),
            }).collect::<Vec<_>>(),
            "platform": {"os": "linux", "architecture": "amd64"},
            "created": null,
            "size": 0,
            "added": "",
        }))
        .unwrap()
    }

    #[test]
    fn image_usage_counts_shared_layers_once() {
        let images = vec![
            (image("a", &["base", "a1"]), vec!["x:1".to_string()]),
            (image("b", &["base", "b1"]), vec![]),
            (image("c", &["c1"]), vec![]),
        ];
        let size = |c: &str| match c {
            "base" => 100,
            "a1" => 10,
            "b1" => 20,
            "c1" => 5,
            _ => 0,
        };
        let per_image: HashMap<String, usize> = [("a".to_string(), 2)].into();
        let (usage, layers) = image_usage(&images, size, &per_image);
        assert_eq!(layers, 135);
        assert_eq!(usage[0].size, 110);
        assert_eq!(usage[0].shared_size, 100);
        assert_eq!(usage[0].containers, 2);
        assert_eq!(usage[1].shared_size, 100);
        assert_eq!(usage[2].shared_size, 0);
        let du = DiskUsage {
            layers_size: layers,
            images: usage,
            ..DiskUsage::default()
        };
        let [images, containers, volumes, cache] = du.summary();
        assert_eq!(
            images,
            UsageRow {
                kind: "Images",
                total: 3,
                active: 1,
                size: 135,
                // Only what the active image uses alone (a1) stays.
                reclaimable: 125,
            }
        );
        assert_eq!((containers.total, containers.size), (0, 0));
        assert_eq!(volumes.kind, "Local Volumes");
        assert_eq!(cache.kind, "Build Cache");
    }

    #[test]
    fn os_release_and_meminfo() {
        let text = "NAME=\"Debian GNU/Linux\"\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nVERSION_ID='12'\nID=debian\n";
        assert_eq!(
            os_release_field(text, "PRETTY_NAME").as_deref(),
            Some("Debian GNU/Linux 12 (bookworm)")
        );
        assert_eq!(os_release_field(text, "VERSION_ID").as_deref(), Some("12"));
        assert_eq!(os_release_field(text, "ID").as_deref(), Some("debian"));
        assert_eq!(os_release_field(text, "NOPE"), None);
        let meminfo = "MemTotal:       24607808 kB\nMemFree:         1000 kB\n";
        assert_eq!(mem_total(meminfo), 24_607_808 * 1024);
        assert_eq!(mem_total(""), 0);
    }

    #[test]
    fn small_helpers() {
        assert_eq!(
            mask_credentials("http://user:secret@proxy:3128/x"),
            "http://xxxxx:xxxxx@proxy:3128/x"
        );
        assert_eq!(mask_credentials("http://proxy:3128"), "http://proxy:3128");
        assert_eq!(mask_credentials("proxy:3128"), "proxy:3128");
        assert_eq!(fs_name(0xEF53), "extfs");
        assert_eq!(fs_name(0x0102_1994), "tmpfs");
        assert_eq!(fs_name(1), "<unknown>");
        let uuid = random_uuid();
        assert_eq!(uuid.len(), 36);
        assert_eq!(&uuid[14..15], "4");
        assert!(is_dangling(&[]));
        assert!(is_dangling(&[
            "docker.io/library/busybox@sha256:0000000000000000000000000000000000000000000000000000000000000000".to_string()
        ]));
        assert!(!is_dangling(&[
            "docker.io/library/busybox:latest".to_string()
        ]));
        let warnings = cgroup_warnings(&CgroupSupport::default(), "2");
        assert!(warnings.contains(&"WARNING: No memory limit support".to_string()));
        assert!(!warnings.iter().any(|w| w.contains("oom kill")));
    }

    #[test]
    fn engine_id_is_stable() {
        let tmp = tempfile::tempdir().unwrap();
        let engine = Engine {
            paths: crate::engine::store::StorePaths::new(
                tmp.path().join("root"),
                tmp.path().join("run"),
            ),
            namespace: "default".into(),
            rootless: false,
            registry: crate::engine::RegistryOptions::default(),
            snapshotter: SnapshotterKind::Native,
        };
        let a = engine_id(&engine).unwrap();
        let b = engine_id(&engine).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.len(), 36);
    }
}
