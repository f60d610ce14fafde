//! Containers: records and state on disk, names and IDs, the OCI spec they run with.

pub mod copy;
pub mod exec;
pub mod export;
pub mod health;
pub mod logs;
pub mod names;
pub mod oci;
pub mod rootfs;
pub mod seccomp;
pub mod stats;
pub mod user;

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

use anyhow::{anyhow, bail, Context as _, Result};
use serde::{Deserialize, Serialize};

use crate::engine::store::atomic::write_json_volatile;
use crate::engine::store::lock::FileLock;
use crate::engine::Engine;

/// What the container runs, derived from the image config and the flags (docker's `Config`).
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct ContainerConfig {
    pub hostname: String,
    pub user: String,
    pub env: Vec<String>,
    pub cmd: Vec<String>,
    pub entrypoint: Vec<String>,
    pub working_dir: String,
    pub labels: BTreeMap<String, String>,
    pub tty: bool,
    pub open_stdin: bool,
    pub stop_signal: Option<String>,
    pub stop_timeout: Option<i64>,
    #[serde(default)]
    pub healthcheck: Option<HealthConfig>,
    /// `80/tcp` keys: the image's EXPOSE and `--expose`.
    #[serde(default)]
    pub exposed_ports: std::collections::BTreeSet<String>,
    #[serde(default)]
    pub domainname: String,
}

impl ContainerConfig {
    /// Entrypoint and command as one line, as docker's listings show it.
    pub fn command_line(&self) -> String {
        self.entrypoint
            .iter()
            .chain(self.cmd.iter())
            .cloned()
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// A bind mount given with `-v`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BindMount {
    pub source: String,
    pub destination: String,
    pub read_only: bool,
}

/// A named volume mounted into a container; what container records will carry in
/// `host_config.volumes` (and what `volume::users` looks for).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VolumeMount {
    pub name: String,
    pub destination: String,
    pub read_only: bool,
    /// Created for this container without a name (`-v /path`, an image VOLUME):
    /// removed with the container by `rm -v`.
    pub anonymous: bool,
}

/// How the container is set up on the host (docker's `HostConfig`).
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct HostConfig {
    /// The runtime that runs it (`--runtime`); the built-in one by default.
    #[serde(default)]
    pub runtime: crate::engine::runtime::RuntimeRef,
    /// `--annotation`s, handed to the runtime.
    #[serde(default)]
    pub annotations: BTreeMap<String, String>,
    /// `--link`s, as `NAME:ALIAS`.
    #[serde(default)]
    pub links: Vec<String>,
    /// `--cgroup-parent`: the container's cgroup is made below it.
    #[serde(default)]
    pub cgroup_parent: String,
    pub network_mode: String,
    pub binds: Vec<BindMount>,
    pub auto_remove: bool,
    pub extra_hosts: Vec<String>,
    #[serde(default)]
    pub volumes: Vec<VolumeMount>,
    #[serde(default)]
    pub tmpfs: Vec<TmpfsMount>,
    #[serde(default)]
    pub shm_size: Option<i64>,
    #[serde(default)]
    pub devices: Vec<DeviceMapping>,
    #[serde(default)]
    pub resources: Resources,
    #[serde(default)]
    pub security: Security,
    #[serde(default)]
    pub restart_policy: RestartPolicy,
    #[serde(default)]
    pub log_config: logs::LogConfig,
    /// `-p`, and `-P`'s picks, as asked for (host port 0: any free one).
    #[serde(default)]
    pub port_bindings: Vec<crate::engine::ports::PortBinding>,
    #[serde(default)]
    pub publish_all: bool,
    /// The bridge networks to join, the first being `network_mode`'s, with
    /// their `--ip`, `--mac-address` and `--network-alias` settings.
    #[serde(default)]
    pub networks: Vec<NetworkRequest>,
    #[serde(default)]
    pub dns: Vec<String>,
    #[serde(default)]
    pub dns_search: Vec<String>,
    #[serde(default)]
    pub dns_options: Vec<String>,
}

/// One network a container joins, with what was asked for on it.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct NetworkRequest {
    pub name: String,
    pub aliases: Vec<String>,
    pub ip: String,
    pub mac: String,
}

impl HostConfig {
    /// The bridge networks the container is configured to join.
    pub fn network_names(&self) -> Vec<String> {
        self.networks.iter().map(|n| n.name.clone()).collect()
    }

    pub fn endpoint_request(&self, network: &str) -> Option<&NetworkRequest> {
        self.networks.iter().find(|n| n.name == network)
    }
}

/// A tmpfs from `--tmpfs` or `--mount type=tmpfs`.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct TmpfsMount {
    pub destination: String,
    /// mount(8) options such as `size=64m`, `mode=1777`.
    pub options: Vec<String>,
}

/// A host device given with `--device HOST[:CONTAINER][:PERMS]`.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct DeviceMapping {
    pub host: String,
    pub container: String,
    pub permissions: String,
}

/// One `--ulimit NAME=SOFT[:HARD]`.
#[derive(Debug, Clone, Serialize, Deserialize, Default, PartialEq, Eq)]
pub struct Ulimit {
    pub name: String,
    pub soft: i64,
    pub hard: i64,
}

/// Resource limits (docker's HostConfig.Resources); zero means unset, as in docker.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Resources {
    pub nano_cpus: i64,
    pub cpu_shares: u64,
    pub cpu_period: u64,
    pub cpu_quota: i64,
    pub cpuset_cpus: String,
    pub cpuset_mems: String,
    pub memory: i64,
    pub memory_swap: i64,
    pub memory_reservation: i64,
    pub pids_limit: i64,
    pub blkio_weight: u16,
    pub oom_score_adj: i32,
    pub ulimits: Vec<Ulimit>,
    /// `--memory-swappiness` (0-100); None leaves the kernel's.
    pub memory_swappiness: Option<u64>,
    pub oom_kill_disable: bool,
    /// `--blkio-weight-device DEVICE:WEIGHT`.
    pub blkio_weight_device: Vec<DeviceRate>,
    /// `--device-read-bps`, `--device-write-bps` (bytes per second) and
    /// `--device-read-iops`, `--device-write-iops`.
    pub device_read_bps: Vec<DeviceRate>,
    pub device_write_bps: Vec<DeviceRate>,
    pub device_read_iops: Vec<DeviceRate>,
    pub device_write_iops: Vec<DeviceRate>,
}

/// A block device and a rate or weight for it (docker's ThrottleDevice and WeightDevice).
#[derive(Debug, Clone, Serialize, Deserialize, Default, PartialEq, Eq)]
pub struct DeviceRate {
    pub path: String,
    pub rate: u64,
}

/// Privileges and namespaces (docker's CapAdd, Privileged, SecurityOpt, ...).
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Security {
    pub cap_add: Vec<String>,
    pub cap_drop: Vec<String>,
    pub privileged: bool,
    pub security_opt: Vec<String>,
    pub group_add: Vec<String>,
    pub sysctls: BTreeMap<String, String>,
    pub ipc_mode: String,
    pub pid_mode: String,
    pub uts_mode: String,
    pub cgroupns_mode: String,
    pub init: bool,
    pub read_only: bool,
    pub userns: UsernsMode,
}

/// `--userns`: how the container's user ids relate to the user's.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, Default, PartialEq, Eq)]
#[serde(rename_all = "kebab-case", tag = "mode")]
pub enum UsernsMode {
    /// Rootful: the host's ids. Rootless: the monitor's namespace, where the
    /// user is root and the subordinate ranges are ids 1 and up.
    #[default]
    Host,
    /// podman's keep-id: the user keeps a uid and gid of its own inside (its
    /// own by default), so files it writes to binds are the user's on the host.
    KeepId { uid: Option<u32>, gid: Option<u32> },
}

impl UsernsMode {
    /// Reads docker/podman's `--userns` syntax: `host`, `keep-id[:uid=N,gid=N]`.
    pub fn parse(text: &str) -> Result<UsernsMode> {
        let (mode, options) = text.split_once(':').unwrap_or((text, ""));
        match mode {
            "" | "host" if options.is_empty() => Ok(UsernsMode::Host),
            "keep-id" => {
                let (mut uid, mut gid) = (None, None);
                for option in options.split(',').filter(|o| !o.is_empty()) {
                    let (key, value) = option.split_once('=').unwrap_or((option, ""));
                    let id = value.parse::<u32>().map_err(|_| {
                        anyhow!("invalid --userns {text}: {key} must be a number, not {value:?}")
                    });
                    match key {
                        "uid" => uid = Some(id?),
                        "gid" => gid = Some(id?),
                        _ => bail!(
                            "invalid --userns {text}: keep-id takes uid=N and gid=N, not {key:?}"
                        ),
                    }
                }
                Ok(UsernsMode::KeepId { uid, gid })
            }
            _ => bail!(
                "unsupported --userns {text:?}: skiff supports host and keep-id[:uid=N,gid=N]"
            ),
        }
    }

    /// The `HostConfig.UsernsMode` text of inspect.
    pub fn as_docker(&self) -> String {
        match self {
            UsernsMode::Host => String::new(),
            UsernsMode::KeepId { uid, gid } => {
                let options: Vec<String> = [("uid", uid), ("gid", gid)]
                    .iter()
                    .filter_map(|(k, v)| v.map(|v| format!("{k}={v}")))
                    .collect();
                if options.is_empty() {
                    "keep-id".to_string()
                } else {
                    format!("keep-id:{}", options.join(","))
                }
            }
        }
    }

    /// For keep-id, the uid and gid the user has inside the container.
    pub fn kept_ids(&self) -> Option<(u32, u32)> {
        match self {
            UsernsMode::Host => None,
            UsernsMode::KeepId { uid, gid } => Some((
                uid.unwrap_or_else(|| rustix::process::geteuid().as_raw()),
                gid.unwrap_or_else(|| rustix::process::getegid().as_raw()),
            )),
        }
    }
}

/// skiff's record of a container; written once at create time.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ContainerRecord {
    pub id: String,
    pub name: String,
    pub namespace: String,
    pub created: String,
    /// The image as the user named it.
    pub image: String,
    pub image_id: String,
    /// Snapshot directories of the image, top layer first (overlay lowerdirs).
    pub lower_dirs: Vec<PathBuf>,
    pub snapshotter: crate::engine::store::SnapshotterKind,
    pub config: ContainerConfig,
    pub host_config: HostConfig,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Created,
    Running,
    Paused,
    Restarting,
    Removing,
    Exited,
    Dead,
}

impl HostConfig {
    /// The container's cgroup below each hierarchy's root: `skiff/<id>`, or
    /// `<parent>/<id>` with `--cgroup-parent`. Every reader and writer of a
    /// container's cgroups goes through here.
    pub fn cgroup_path(&self, id: &str) -> PathBuf {
        let parent = self.cgroup_parent.trim_matches('/');
        let parent = if parent.is_empty() { "skiff" } else { parent };
        PathBuf::from(parent).join(id)
    }
}

/// The directory of a container's cgroup for `controller`: the unified (v2)
/// one when the container has one there, else the v1 controller's.
pub fn cgroup_dir(host: &HostConfig, id: &str, controller: &str) -> Option<PathBuf> {
    let base = std::path::Path::new("/sys/fs/cgroup");
    let rel = host.cgroup_path(id);
    let v2 = base.join(&rel);
    if v2.join("cgroup.controllers").exists() {
        return Some(v2);
    }
    let v1 = base.join(controller).join(&rel);
    v1.exists().then_some(v1)
}

impl Status {
    /// Whether the container's processes exist now (running or paused).
    pub fn is_up(self) -> bool {
        matches!(self, Status::Running | Status::Paused)
    }

    /// Whether the container has processes or will again at once (restarting too).
    pub fn is_live(self) -> bool {
        matches!(self, Status::Running | Status::Paused | Status::Restarting)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Created => "created",
            Status::Running => "running",
            Status::Paused => "paused",
            Status::Restarting => "restarting",
            Status::Removing => "removing",
            Status::Exited => "exited",
            Status::Dead => "dead",
        }
    }
}

/// The live state; written by the monitor (and by reconciling CLIs) atomically.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct ContainerState {
    pub status: Status,
    pub pid: i32,
    /// The init's start time (from /proc): a monitor killed outright leaves
    /// its container running, which is then killed by this identity alone.
    #[serde(default)]
    pub pid_start: u64,
    /// The monitor's pid and start time (from /proc), so a reused pid is never mistaken for it.
    pub monitor_pid: i32,
    pub monitor_start: u64,
    pub exit_code: i32,
    pub error: String,
    pub started_at: Option<String>,
    pub finished_at: Option<String>,
    /// How often the monitor restarted the container (docker's RestartCount).
    #[serde(default)]
    pub restart_count: u32,
    /// `stop`/`kill`/`rm` by the user: no restart policy applies.
    #[serde(default)]
    pub stopped_by_user: bool,
    #[serde(default)]
    pub health: Option<Health>,
    /// The kernel's OOM killer killed a process of the last run (docker's OOMKilled).
    #[serde(default)]
    pub oom_killed: bool,
}

/// docker's State.Health.
/// A healthcheck's verdict, as docker names it.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, Default, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum HealthStatus {
    /// No probe has passed yet.
    #[default]
    Starting,
    Healthy,
    Unhealthy,
}

impl HealthStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            HealthStatus::Starting => "starting",
            HealthStatus::Healthy => "healthy",
            HealthStatus::Unhealthy => "unhealthy",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct Health {
    pub status: HealthStatus,
    pub failing_streak: u32,
    /// The last five probes.
    pub log: Vec<HealthResult>,
}

#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct HealthResult {
    pub start: String,
    pub end: String,
    pub exit_code: i32,
    pub output: String,
}

/// When a container's monitor starts it again after it exits.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, Default, PartialEq, Eq)]
pub enum RestartMode {
    /// Never (docker's `no`; stored as "" as in older records).
    #[default]
    #[serde(rename = "", alias = "no")]
    No,
    #[serde(rename = "always")]
    Always,
    #[serde(rename = "on-failure")]
    OnFailure,
    /// Always, unless the user stopped it.
    #[serde(rename = "unless-stopped")]
    UnlessStopped,
}

impl RestartMode {
    /// docker's name for it.
    pub fn as_str(self) -> &'static str {
        match self {
            RestartMode::No => "no",
            RestartMode::Always => "always",
            RestartMode::OnFailure => "on-failure",
            RestartMode::UnlessStopped => "unless-stopped",
        }
    }
}

/// `--restart`: no, always, on-failure[:N], unless-stopped.
#[derive(Debug, Clone, Serialize, Deserialize, Default, PartialEq, Eq)]
pub struct RestartPolicy {
    pub name: RestartMode,
    /// on-failure's retry limit; 0 is no limit.
    pub maximum_retry_count: u32,
}

impl RestartPolicy {
    pub fn parse(s: &str) -> Result<RestartPolicy> {
        let (name, count) = s.split_once(':').unwrap_or((s, ""));
        let maximum_retry_count = if count.is_empty() {
            0
        } else {
            count.parse().map_err(|_| {
                anyhow!("invalid restart policy format: maximum retry count must be an integer")
            })?
        };
        let mode = match name {
            "no" | "" => RestartMode::No,
            "always" => RestartMode::Always,
            "unless-stopped" => RestartMode::UnlessStopped,
            "on-failure" => RestartMode::OnFailure,
            other => return Err(anyhow!("invalid restart policy format: unknown policy '{other}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'")),
        };
        if !count.is_empty() && mode != RestartMode::OnFailure {
            return Err(anyhow!("invalid restart policy format: maximum retry count can only be used with 'on-failure'"));
        }
        Ok(RestartPolicy {
            name: mode,
            maximum_retry_count,
        })
    }

    /// Whether the monitor brings the container back after it exits.
    pub fn restarts(&self) -> bool {
        self.name != RestartMode::No
    }
}

/// docker's Config.Healthcheck: Test is NONE, or CMD/CMD-SHELL and the command.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct HealthConfig {
    pub test: Vec<String>,
    /// Durations in nanoseconds, 0 meaning docker's default.
    pub interval: i64,
    pub timeout: i64,
    pub start_period: i64,
    pub start_interval: i64,
    pub retries: u32,
}

/// A container as listed: record and state together.
#[derive(Debug, Clone)]
pub struct Container {
    pub record: ContainerRecord,
    pub state: ContainerState,
}

#[derive(Debug, thiserror::Error)]
#[error("No such container: {0}")]
pub struct NoSuchContainer(pub String);

/// Paths of one container.
#[derive(Debug, Clone)]
pub struct ContainerPaths {
    pub dir: PathBuf,
    pub run_dir: PathBuf,
}

impl ContainerPaths {
    pub fn record(&self) -> PathBuf {
        self.dir.join("config.json")
    }
    pub fn state(&self) -> PathBuf {
        self.dir.join("state.json")
    }
    pub fn log(&self) -> PathBuf {
        self.dir.join("container.log")
    }
    pub fn rootfs(&self) -> PathBuf {
        self.dir.join("rootfs")
    }
    pub fn upper(&self) -> PathBuf {
        self.dir.join("upper")
    }
    pub fn work(&self) -> PathBuf {
        self.dir.join("work")
    }
    pub fn bundle(&self) -> PathBuf {
        self.run_dir.join("bundle")
    }
    pub fn lock(&self) -> PathBuf {
        self.dir.join("lock")
    }
}

impl Engine {
    pub fn containers_dir(&self) -> PathBuf {
        self.paths.root.join("containers")
    }

    pub fn container_paths(&self, id: &str) -> ContainerPaths {
        ContainerPaths {
            dir: self.containers_dir().join(id),
            run_dir: self.paths.runroot.join("containers").join(id),
        }
    }

    /// libcontainer's own state root, kept apart from skiff's.
    pub fn runtime_root(&self) -> PathBuf {
        self.paths.runroot.join("runtime")
    }
}

pub fn load_record(engine: &Engine, id: &str) -> Result<ContainerRecord> {
    let path = engine.container_paths(id).record();
    let data =
        fs::read(&path).with_context(|| format!("container {id}: reading {}", path.display()))?;
    serde_json::from_slice(&data).with_context(|| format!("container {id}: corrupt record"))
}

pub fn load_state(engine: &Engine, id: &str) -> ContainerState {
    fs::read(engine.container_paths(id).state())
        .ok()
        .and_then(|d| serde_json::from_slice(&d).ok())
        .unwrap_or_default()
}

/// Writes the state as it changes while the container runs (atomic, no fsync).
pub fn save_state(engine: &Engine, id: &str, state: &ContainerState) -> Result<()> {
    write_json_volatile(&engine.container_paths(id).state(), state)
        .with_context(|| format!("container {id}: writing state"))
}

/// `save_state` for what must survive a crash of the machine: that the user
/// stopped the container (`start --all` after a reboot reads it), restarts.
pub fn save_state_durably(engine: &Engine, id: &str, state: &ContainerState) -> Result<()> {
    crate::engine::store::atomic::write_json(&engine.container_paths(id).state(), state)
        .with_context(|| format!("container {id}: writing state"))
}

/// Locks one container against concurrent state changes.
pub fn lock(engine: &Engine, id: &str) -> Result<FileLock> {
    FileLock::exclusive(&engine.container_paths(id).lock())
        .with_context(|| format!("container {id}: locking"))
}

/// The start time of a live process in clock ticks since boot (field 22 of
/// /proc/PID/stat); None for a zombie, which has already exited.
pub fn process_start_time(pid: i32) -> Option<u64> {
    crate::engine::process::stat(pid)
        .filter(|s| !matches!(s.state, 'Z' | 'X'))
        .map(|s| s.start_time)
}

/// Whether the monitor recorded in `state` is still the live process it was.
pub fn monitor_alive(state: &ContainerState) -> bool {
    state.monitor_pid > 0 && process_start_time(state.monitor_pid) == Some(state.monitor_start)
}

pub fn now_rfc3339() -> String {
    humantime::format_rfc3339_nanos(std::time::SystemTime::now()).to_string()
}

/// The namespace file (`/proc/PID/ns/KIND`) of running container `other`,
/// for a container that joins it (`--network|--ipc|--pid container:X`, pods).
pub fn shared_namespace(engine: &Engine, other: &str, kind: &str, what: &str) -> Result<PathBuf> {
    let c = find(engine, other)?;
    // The stored state, checked against its monitor: a dead one's pid may be reused.
    if c.state.status != Status::Running || c.state.pid <= 0 || !monitor_alive(&c.state) {
        bail!(
            "cannot join {what} namespace of a non running container {}",
            c.record.name
        );
    }
    Ok(PathBuf::from(format!("/proc/{}/ns/{kind}", c.state.pid)))
}

/// The running container whose namespaces `record` joins (`--network`,
/// `--ipc`, `--pid` or `--uts container:X`, which a pod's members do), if
/// any. Rootless, the joiner's monitor must be in that container's user
/// namespace, which owns them.
pub fn namespace_owner(engine: &Engine, record: &ContainerRecord) -> Result<Option<Container>> {
    let h = &record.host_config;
    let s = &h.security;
    let other = [&h.network_mode, &s.ipc_mode, &s.pid_mode, &s.uts_mode]
        .into_iter()
        .find_map(|m| m.strip_prefix("container:"));
    let Some(other) = other else {
        return Ok(None);
    };
    let c = find(engine, other)?;
    if c.state.status != Status::Running || c.state.pid <= 0 || !monitor_alive(&c.state) {
        bail!(
            "cannot join the namespaces of a non running container {}",
            c.record.name
        );
    }
    Ok(Some(c))
}

/// Records that the user stopped the container, so its restart policy no longer applies.
pub fn mark_stopped_by_user(engine: &Engine, id: &str, stopped: bool) -> Result<()> {
    let _lock = lock(engine, id)?;
    let mut state = load_state(engine, id);
    if state.stopped_by_user != stopped {
        state.stopped_by_user = stopped;
        save_state_durably(engine, id, &state)?;
    }
    Ok(())
}

/// Every container record of the engine's namespace with its state as
/// stored (not reconciled: see `ops::list`), newest first.
pub fn records(engine: &Engine) -> Result<Vec<Container>> {
    let mut out = Vec::new();
    for entry in crate::engine::store::dir_entries(&engine.containers_dir())? {
        let id = entry.file_name().to_string_lossy().into_owned();
        // Half-created containers have no record yet; skip them.
        let Ok(record) = load_record(engine, &id) else {
            continue;
        };
        if record.namespace != engine.namespace {
            continue;
        }
        let state = load_state(engine, &id);
        out.push(Container { record, state });
    }
    out.sort_by(|a, b| b.record.created.cmp(&a.record.created));
    Ok(out)
}

/// Finds a container by full ID, name, or unique ID prefix, as docker does,
/// with its state as stored (not reconciled: see `ops::lookup`).
pub fn find(engine: &Engine, name_or_id: &str) -> Result<Container> {
    let want = name_or_id.trim_start_matches('/');
    if want.is_empty() {
        return Err(NoSuchContainer(name_or_id.to_string()).into());
    }
    if let Some(id) = names::resolve(engine, want) {
        if let Ok(record) = load_record(engine, &id) {
            let state = load_state(engine, &id);
            return Ok(Container { record, state });
        }
    }
    if want.bytes().all(|b| b.is_ascii_hexdigit()) {
        let dir = engine.containers_dir();
        let matches: Vec<String> = fs::read_dir(&dir)
            .map(|rd| {
                rd.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|id| id.starts_with(want))
                    .collect()
            })
            .unwrap_or_default();
        let mut found = Vec::new();
        for id in matches {
            if let Ok(record) = load_record(engine, &id) {
                if record.namespace == engine.namespace {
                    found.push(record);
                }
            }
        }
        match found.len() {
            0 => {}
            1 => {
                let record = found.remove(0);
                let state = load_state(engine, &record.id);
                return Ok(Container { record, state });
            }
            _ => {
                return Err(anyhow!(
                    "multiple IDs found with provided prefix: {name_or_id}"
                ))
            }
        }
    }
    Err(NoSuchContainer(name_or_id.to_string()).into())
}

/// The 12-character form of a container ID.
pub fn short_id(id: &str) -> &str {
    &id[..id.len().min(12)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn userns_modes_parse_once_and_print_as_given() {
        assert_eq!(UsernsMode::parse("").unwrap(), UsernsMode::Host);
        assert_eq!(UsernsMode::parse("host").unwrap(), UsernsMode::Host);
        let k = UsernsMode::parse("keep-id").unwrap();
        assert_eq!(
            k,
            UsernsMode::KeepId {
                uid: None,
                gid: None
            }
        );
        assert_eq!(k.as_docker(), "keep-id");
        let k = UsernsMode::parse("keep-id:uid=200,gid=210").unwrap();
        assert_eq!(
            k,
            UsernsMode::KeepId {
                uid: Some(200),
                gid: Some(210)
            }
        );
        assert_eq!(k.as_docker(), "keep-id:uid=200,gid=210");
        assert_eq!(k.kept_ids(), Some((200, 210)));
        for bad in [
            "auto",
            "host:x",
            "keep-id:uid=",
            "keep-id:size=5",
            "ns:/proc/1/ns/user",
        ] {
            assert!(UsernsMode::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn policies_and_health_keep_their_stored_names() {
        let p: RestartPolicy =
            serde_json::from_str(r#"{"name":"","maximum_retry_count":0}"#).expect("old record");
        assert_eq!(p.name, RestartMode::No);
        let p: RestartPolicy =
            serde_json::from_str(r#"{"name":"no","maximum_retry_count":0}"#).expect("no");
        assert!(!p.restarts());
        let p = RestartPolicy::parse("on-failure:3").expect("policy");
        assert_eq!(
            serde_json::to_string(&p).expect("json"),
            r#"{"name":"on-failure","maximum_retry_count":3}"#
        );
        assert_eq!(
            RestartPolicy::parse("no").expect("no"),
            RestartPolicy::default()
        );
        assert!(RestartPolicy::parse("always:2").is_err());
        assert!(RestartPolicy::parse("sometimes").is_err());
        let h: Health =
            serde_json::from_str(r#"{"status":"unhealthy","failing_streak":3,"log":[]}"#)
                .expect("stored health");
        assert_eq!(h.status, HealthStatus::Unhealthy);
        assert_eq!(
            serde_json::to_value(HealthStatus::Starting).expect("json"),
            "starting"
        );
    }
}
