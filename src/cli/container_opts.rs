//! The `run`/`create` flags of mounts, resources and security, parsed the way
//! docker parses them into the engine's option types.

use std::collections::BTreeMap;

use anyhow::{anyhow, bail, Result};

use crate::engine::container::create::VolumeRequest;
use crate::engine::container::{
    BindMount, DeviceMapping, DeviceRate, Resources, Security, TmpfsMount, Ulimit,
};

#[derive(Debug, Default, clap::Args)]
pub struct MountArgs {
    /// Bind mount a volume (SRC:DST[:ro], NAME:DST[:ro] or DST for an anonymous volume)
    #[arg(short = 'v', long = "volume", value_name = "SRC:DST[:OPTS]")]
    pub volumes: Vec<String>,
    /// Mount volumes from the specified container(s) (CONTAINER[:ro|rw])
    #[arg(long = "volumes-from", value_name = "CONTAINER")]
    pub volumes_from: Vec<String>,
    /// Attach a filesystem mount (type=bind|volume|tmpfs,source=..,target=..,readonly)
    #[arg(long = "mount", value_name = "MOUNT")]
    pub mounts: Vec<String>,
    /// Mount a tmpfs directory (DST[:OPTIONS])
    #[arg(long = "tmpfs", value_name = "DST[:OPTS]")]
    pub tmpfs: Vec<String>,
    /// Mount the container's root filesystem as read only
    #[arg(long = "read-only")]
    pub read_only: bool,
    /// Size of /dev/shm
    #[arg(long = "shm-size", value_name = "BYTES")]
    pub shm_size: Option<String>,
    /// Add a host device to the container (HOST[:CONTAINER][:PERMS])
    #[arg(long = "device", value_name = "DEVICE")]
    pub devices: Vec<String>,
}

#[derive(Debug, Default, clap::Args)]
pub struct ResourceArgs {
    /// Number of CPUs
    #[arg(long)]
    pub cpus: Option<f64>,
    /// CPU shares (relative weight)
    #[arg(short = 'c', long = "cpu-shares")]
    pub cpu_shares: Option<u64>,
    /// CPUs in which to allow execution (0-3, 0,1)
    #[arg(long = "cpuset-cpus")]
    pub cpuset_cpus: Option<String>,
    /// MEMs in which to allow execution (0-3, 0,1)
    #[arg(long = "cpuset-mems")]
    pub cpuset_mems: Option<String>,
    /// Limit CPU CFS (Completely Fair Scheduler) quota
    #[arg(long = "cpu-quota", allow_hyphen_values = true)]
    pub cpu_quota: Option<i64>,
    /// Limit CPU CFS (Completely Fair Scheduler) period
    #[arg(long = "cpu-period")]
    pub cpu_period: Option<u64>,
    /// Memory limit
    #[arg(short = 'm', long)]
    pub memory: Option<String>,
    /// Swap limit equal to memory plus swap: '-1' to enable unlimited swap
    #[arg(long = "memory-swap", allow_hyphen_values = true)]
    pub memory_swap: Option<String>,
    /// Memory soft limit
    #[arg(long = "memory-reservation")]
    pub memory_reservation: Option<String>,
    /// Tune container pids limit (set -1 for unlimited)
    #[arg(long = "pids-limit", allow_hyphen_values = true)]
    pub pids_limit: Option<i64>,
    /// Ulimit options (NAME=SOFT[:HARD])
    #[arg(long = "ulimit", value_name = "ULIMIT")]
    pub ulimits: Vec<String>,
    /// Tune host's OOM preferences (-1000 to 1000)
    #[arg(long = "oom-score-adj", allow_hyphen_values = true)]
    pub oom_score_adj: Option<i32>,
    /// Block IO (relative weight), between 10 and 1000, or 0 to disable
    #[arg(long = "blkio-weight")]
    pub blkio_weight: Option<u16>,
    /// Block IO weight (relative device weight), DEVICE:WEIGHT
    #[arg(long = "blkio-weight-device", value_name = "DEVICE:WEIGHT")]
    pub blkio_weight_device: Vec<String>,
    /// Limit read rate (bytes per second) from a device, DEVICE:RATE
    #[arg(long = "device-read-bps", value_name = "DEVICE:RATE")]
    pub device_read_bps: Vec<String>,
    /// Limit write rate (bytes per second) to a device, DEVICE:RATE
    #[arg(long = "device-write-bps", value_name = "DEVICE:RATE")]
    pub device_write_bps: Vec<String>,
    /// Limit read rate (IO per second) from a device, DEVICE:RATE
    #[arg(long = "device-read-iops", value_name = "DEVICE:RATE")]
    pub device_read_iops: Vec<String>,
    /// Limit write rate (IO per second) to a device, DEVICE:RATE
    #[arg(long = "device-write-iops", value_name = "DEVICE:RATE")]
    pub device_write_iops: Vec<String>,
    /// Tune container memory swappiness (0 to 100)
    #[arg(long = "memory-swappiness", allow_hyphen_values = true, default_value_t = -1)]
    pub memory_swappiness: i64,
    /// Disable OOM Killer
    #[arg(long = "oom-kill-disable")]
    pub oom_kill_disable: bool,
}

#[derive(Debug, Default, clap::Args)]
pub struct SecurityArgs {
    /// Add Linux capabilities
    #[arg(long = "cap-add", value_name = "CAP")]
    pub cap_add: Vec<String>,
    /// Drop Linux capabilities
    #[arg(long = "cap-drop", value_name = "CAP")]
    pub cap_drop: Vec<String>,
    /// Give extended privileges to this container
    #[arg(long)]
    pub privileged: bool,
    /// Security Options (seccomp=unconfined|FILE, no-new-privileges)
    #[arg(long = "security-opt", value_name = "OPT")]
    pub security_opt: Vec<String>,
    /// Add additional groups to join
    #[arg(long = "group-add", value_name = "GROUP")]
    pub group_add: Vec<String>,
    /// Sysctl options (NAME=VALUE)
    #[arg(long = "sysctl", value_name = "NAME=VALUE")]
    pub sysctls: Vec<String>,
    /// IPC mode to use (private, shareable, none, host)
    #[arg(long)]
    pub ipc: Option<String>,
    /// PID namespace to use (host)
    #[arg(long)]
    pub pid: Option<String>,
    /// UTS namespace to use (host)
    #[arg(long)]
    pub uts: Option<String>,
    /// Cgroup namespace to use (host|private)
    #[arg(long)]
    pub cgroupns: Option<String>,
    /// Run an init inside the container that forwards signals and reaps processes
    #[arg(long)]
    pub init: bool,
}

/// docker's RAMInBytes: `512`, `64k`, `512m`, `1g`, `1.5g` (binary units).
pub fn ram_in_bytes(s: &str) -> Result<i64> {
    let lower = s.trim().to_lowercase();
    let digits_end = lower
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(lower.len());
    let (num, unit) = lower.split_at(digits_end);
    let value: f64 = num.parse().map_err(|_| anyhow!("invalid size: '{s}'"))?;
    let mult: f64 = match unit.trim_end_matches('b').trim_end_matches('i') {
        "" => 1.0,
        "k" => 1024.0,
        "m" => 1024.0 * 1024.0,
        "g" => 1024.0 * 1024.0 * 1024.0,
        "t" => 1024f64.powi(4),
        "p" => 1024f64.powi(5),
        _ => bail!("invalid size: '{s}'"),
    };
    Ok((value * mult) as i64)
}

/// One `-v` value: a host bind (absolute source), a named volume, or an anonymous one.
pub enum VolumeFlag {
    Bind(BindMount),
    Volume(VolumeRequest),
}

pub fn parse_volume(spec: &str) -> Result<VolumeFlag> {
    let parts: Vec<&str> = spec.split(':').collect();
    let (source, destination, mode) = match parts.as_slice() {
        [d] => ("", *d, ""),
        [s, d] => (*s, *d, ""),
        [s, d, m] => (*s, *d, *m),
        _ => bail!("invalid volume specification: '{spec}'"),
    };
    if !destination.starts_with('/') {
        bail!("invalid volume specification: '{spec}': invalid mount config for type \"volume\": invalid mount path: '{destination}' mount path must be absolute");
    }
    let mut read_only = false;
    for m in mode.split(',').filter(|m| !m.is_empty()) {
        match m {
            "ro" => read_only = true,
            "rw" | "z" | "Z" | "nocopy" | "private" | "rprivate" | "shared" | "rshared"
            | "slave" | "rslave" => {}
            other => bail!("invalid mode: {other}"),
        }
    }
    if source.is_empty() {
        return Ok(VolumeFlag::Volume(VolumeRequest {
            name: None,
            destination: destination.into(),
            read_only,
        }));
    }
    // `.`, `./dir`, `../dir`: a bind of a relative path (docker 23+); any
    // other name without a slash in front is a named volume.
    let relative = source.starts_with('.').then(|| absolute_path(source));
    let source = relative.as_deref().unwrap_or(source);
    if !source.starts_with('/') {
        return Ok(VolumeFlag::Volume(VolumeRequest {
            name: Some(source.into()),
            destination: destination.into(),
            read_only,
        }));
    }
    if !std::path::Path::new(source).exists() {
        std::fs::create_dir_all(source)
            .map_err(|e| anyhow!("creating bind source {source}: {e}"))?;
    }
    Ok(VolumeFlag::Bind(BindMount {
        source: source.into(),
        destination: destination.into(),
        read_only,
    }))
}

/// `path` made absolute against the working directory and cleaned lexically,
/// as Go's filepath.Abs does for docker's CLI.
fn absolute_path(path: &str) -> String {
    use std::path::{Component, PathBuf};
    let joined = std::env::current_dir().unwrap_or_default().join(path);
    let mut out = PathBuf::from("/");
    for c in joined.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(n) => out.push(n),
            Component::RootDir | Component::CurDir | Component::Prefix(_) => {}
        }
    }
    out.display().to_string()
}

/// One `--mount` value; tmpfs mounts come back as the third variant.
pub enum MountFlag {
    Volume(VolumeFlag),
    Tmpfs(TmpfsMount),
}

pub fn parse_mount(spec: &str) -> Result<MountFlag> {
    let mut kind = "volume".to_string();
    let (mut source, mut target) = (String::new(), String::new());
    let mut read_only = false;
    let mut tmpfs_opts = Vec::new();
    for field in spec.split(',') {
        let (k, v) = field.split_once('=').unwrap_or((field, ""));
        match k.trim().to_lowercase().as_str() {
            "type" => kind = v.to_string(),
            "source" | "src" => source = v.to_string(),
            "target" | "destination" | "dst" => target = v.to_string(),
            "readonly" | "ro" => read_only = v.is_empty() || matches!(v, "true" | "1"),
            "tmpfs-size" => tmpfs_opts.push(format!("size={}", ram_in_bytes(v)?)),
            "tmpfs-mode" => tmpfs_opts.push(format!("mode={v}")),
            "bind-propagation" | "volume-nocopy" | "consistency" | "bind-nonrecursive" | "volume-driver" | "volume-label" | "volume-opt" => {}
            other => bail!("invalid argument \"{spec}\" for \"--mount\" flag: unexpected key '{other}' in '{field}'"),
        }
    }
    if target.is_empty() {
        bail!("invalid argument \"{spec}\" for \"--mount\" flag: target is required");
    }
    match kind.as_str() {
        "bind" => {
            if source.is_empty() {
                bail!("invalid mount config for type \"bind\": field Source must not be empty");
            }
            if !source.starts_with('/') {
                source = absolute_path(&source);
            }
            if !std::path::Path::new(&source).exists() {
                bail!("invalid mount config for type \"bind\": bind source path does not exist: {source}");
            }
            Ok(MountFlag::Volume(VolumeFlag::Bind(BindMount { source, destination: target, read_only })))
        }
        "volume" => Ok(MountFlag::Volume(VolumeFlag::Volume(VolumeRequest {
            name: (!source.is_empty()).then_some(source),
            destination: target,
            read_only,
        }))),
        "tmpfs" => {
            if read_only {
                tmpfs_opts.push("ro".into());
            }
            Ok(MountFlag::Tmpfs(TmpfsMount { destination: target, options: tmpfs_opts }))
        }
        other => bail!("invalid argument \"{spec}\" for \"--mount\" flag: mount type '{other}' is not supported"),
    }
}

pub fn parse_tmpfs(spec: &str) -> TmpfsMount {
    let (dest, opts) = spec.split_once(':').unwrap_or((spec, ""));
    TmpfsMount {
        destination: dest.to_string(),
        options: opts
            .split(',')
            .filter(|o| !o.is_empty())
            .map(str::to_string)
            .collect(),
    }
}

pub fn parse_device(spec: &str) -> Result<DeviceMapping> {
    let parts: Vec<&str> = spec.split(':').collect();
    let (host, container, perms) = match parts.as_slice() {
        [h] => (*h, *h, "rwm"),
        [h, c] if c.chars().all(|x| "rwm".contains(x)) => (*h, *h, *c),
        [h, c] => (*h, *c, "rwm"),
        [h, c, p] => (*h, *c, *p),
        _ => bail!("invalid device specification: {spec}"),
    };
    if !std::path::Path::new(host).exists() {
        bail!("error gathering device information while adding custom device \"{host}\": no such file or directory");
    }
    Ok(DeviceMapping {
        host: host.into(),
        container: container.into(),
        permissions: perms.into(),
    })
}

const ULIMITS: &[&str] = &[
    "core",
    "cpu",
    "data",
    "fsize",
    "locks",
    "memlock",
    "msgqueue",
    "nice",
    "nofile",
    "nproc",
    "rss",
    "rtprio",
    "rttime",
    "sigpending",
    "stack",
    "as",
];

pub fn parse_ulimit(spec: &str) -> Result<Ulimit> {
    let (name, values) = spec
        .split_once('=')
        .ok_or_else(|| anyhow!("invalid ulimit argument: {spec}"))?;
    if !ULIMITS.contains(&name) {
        bail!("invalid ulimit type: {name}");
    }
    let (soft, hard) = values.split_once(':').unwrap_or((values, values));
    let parse = |v: &str| {
        v.parse::<i64>()
            .map_err(|_| anyhow!("invalid ulimit argument: {spec}"))
    };
    let (soft, hard) = (parse(soft)?, parse(hard)?);
    if soft > hard && hard >= 0 {
        bail!("ulimit soft limit must be less than or equal to hard limit: {soft} > {hard}");
    }
    Ok(Ulimit {
        name: name.into(),
        soft,
        hard,
    })
}

impl ResourceArgs {
    pub fn resources(&self) -> Result<Resources> {
        let mut r = Resources::default();
        if let Some(cpus) = self.cpus {
            let max = std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1) as f64;
            if cpus <= 0.0 || cpus > max {
                bail!("range of CPUs is from 0.01 to {max:.2}, as there are only {max} CPUs available");
            }
            r.nano_cpus = (cpus * 1e9) as i64;
        }
        r.cpu_shares = self.cpu_shares.unwrap_or(0);
        r.cpuset_cpus = self.cpuset_cpus.clone().unwrap_or_default();
        r.cpuset_mems = self.cpuset_mems.clone().unwrap_or_default();
        r.cpu_quota = self.cpu_quota.unwrap_or(0);
        r.cpu_period = self.cpu_period.unwrap_or(0);
        if r.nano_cpus > 0 && (r.cpu_quota != 0 || r.cpu_period != 0) {
            bail!("Conflicting options: Nano CPUs and CPU Period cannot both be set");
        }
        if let Some(m) = &self.memory {
            r.memory = ram_in_bytes(m)?;
            if r.memory > 0 && r.memory < 6 * 1024 * 1024 {
                bail!("Minimum memory limit allowed is 6MB");
            }
        }
        if let Some(s) = &self.memory_swap {
            r.memory_swap = if s == "-1" { -1 } else { ram_in_bytes(s)? };
            if r.memory_swap > 0 && r.memory == 0 {
                bail!("You should always set the Memory limit when using Memoryswap limit");
            }
            if r.memory_swap > 0 && r.memory_swap < r.memory {
                bail!("Minimum memoryswap limit should be larger than memory limit, see usage");
            }
        }
        if let Some(m) = &self.memory_reservation {
            r.memory_reservation = ram_in_bytes(m)?;
        }
        r.pids_limit = self.pids_limit.unwrap_or(0);
        r.oom_score_adj = self.oom_score_adj.unwrap_or(0);
        if !(-1000..=1000).contains(&r.oom_score_adj) {
            bail!(
                "Invalid value {}, range for oom score adj is [-1000, 1000]",
                r.oom_score_adj
            );
        }
        if let Some(w) = self.blkio_weight {
            if w != 0 && !(10..=1000).contains(&w) {
                bail!("Range of blkio weight is from 10 to 1000");
            }
            r.blkio_weight = w;
        }
        r.ulimits = self
            .ulimits
            .iter()
            .map(|u| parse_ulimit(u))
            .collect::<Result<_>>()?;
        if self.memory_swappiness != -1 {
            if !(0..=100).contains(&self.memory_swappiness) {
                bail!(
                    "invalid value: {}, valid memory swappiness range is 0-100",
                    self.memory_swappiness
                );
            }
            r.memory_swappiness = Some(self.memory_swappiness as u64);
        }
        r.oom_kill_disable = self.oom_kill_disable;
        let weights = |v: &[String]| -> Result<Vec<DeviceRate>> {
            v.iter().map(|s| device_rate(s, RateKind::Weight)).collect()
        };
        let bytes = |v: &[String]| -> Result<Vec<DeviceRate>> {
            v.iter().map(|s| device_rate(s, RateKind::Bytes)).collect()
        };
        let iops = |v: &[String]| -> Result<Vec<DeviceRate>> {
            v.iter().map(|s| device_rate(s, RateKind::Iops)).collect()
        };
        r.blkio_weight_device = weights(&self.blkio_weight_device)?;
        r.device_read_bps = bytes(&self.device_read_bps)?;
        r.device_write_bps = bytes(&self.device_write_bps)?;
        r.device_read_iops = iops(&self.device_read_iops)?;
        r.device_write_iops = iops(&self.device_write_iops)?;
        Ok(r)
    }
}

#[derive(Clone, Copy, PartialEq)]
enum RateKind {
    Weight,
    Bytes,
    Iops,
}

/// `DEVICE:RATE` of the block I/O flags, with docker's messages. The device
/// must be a block device under /dev.
fn device_rate(spec: &str, kind: RateKind) -> Result<DeviceRate> {
    let Some((path, value)) = spec.rsplit_once(':') else {
        bail!("bad format: {spec}");
    };
    if !path.starts_with("/dev/") {
        bail!("bad format for device path: {path}");
    }
    let rate = match kind {
        RateKind::Bytes => {
            let n = ram_in_bytes(value).map_err(|_| anyhow!("invalid rate for device: {value}. The correct format is <device-path>:<number>[<unit>]. Number must be a positive integer. Unit is optional and can be kb, mb, or gb"))?;
            u64::try_from(n).map_err(|_| anyhow!("invalid rate for device: {value}"))?
        }
        RateKind::Iops => value.parse::<u64>().map_err(|_| anyhow!("invalid rate for device: {value}. The correct format is <device-path>:<number>. Number must be a positive integer"))?,
        RateKind::Weight => {
            let w: u64 = value.parse().map_err(|_| anyhow!("invalid weight for device: {value}"))?;
            if !(10..=1000).contains(&w) {
                bail!("invalid weight for device: {value}");
            }
            w
        }
    };
    use std::os::unix::fs::FileTypeExt;
    match std::fs::metadata(path) {
        Ok(m) if m.file_type().is_block_device() => {}
        Ok(_) => bail!("{path} is not a block device"),
        Err(e) => bail!("{path}: {}", crate::engine::go_error(&e)),
    }
    Ok(DeviceRate {
        path: path.to_string(),
        rate,
    })
}

impl SecurityArgs {
    pub fn security(&self, read_only: bool) -> Result<Security> {
        let check = |name: &str, v: &Option<String>, allowed: &[&str]| -> Result<String> {
            let v = v.clone().unwrap_or_default();
            if !v.is_empty() && !allowed.contains(&v.as_str()) {
                bail!("invalid {name} mode: {v}");
            }
            Ok(v)
        };
        let mut sysctls = BTreeMap::new();
        for s in &self.sysctls {
            let (k, v) = s
                .split_once('=')
                .ok_or_else(|| anyhow!("sysctl '{s}' is not allowed"))?;
            sysctls.insert(k.to_string(), v.to_string());
        }
        Ok(Security {
            cap_add: self.cap_add.clone(),
            cap_drop: self.cap_drop.clone(),
            privileged: self.privileged,
            security_opt: self.security_opt.clone(),
            group_add: self.group_add.clone(),
            sysctls,
            ipc_mode: check("IPC", &self.ipc, &["private", "shareable", "none", "host"])?,
            pid_mode: check("PID", &self.pid, &["host"])?,
            uts_mode: check("UTS", &self.uts, &["host"])?,
            cgroupns_mode: check("cgroup namespace", &self.cgroupns, &["host", "private"])?,
            init: self.init,
            read_only,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_like_docker() {
        assert_eq!(ram_in_bytes("512").expect("b"), 512);
        assert_eq!(ram_in_bytes("64k").expect("k"), 65536);
        assert_eq!(ram_in_bytes("512m").expect("m"), 512 << 20);
        assert_eq!(ram_in_bytes("1G").expect("g"), 1 << 30);
        assert_eq!(ram_in_bytes("1.5gb").expect("gb"), 3 << 29);
        assert!(ram_in_bytes("12x").is_err());
    }

    #[test]
    fn ulimits_and_mounts_parse() {
        assert_eq!(
            parse_ulimit("nofile=1024:2048").expect("ulimit"),
            Ulimit {
                name: "nofile".into(),
                soft: 1024,
                hard: 2048
            }
        );
        assert_eq!(parse_ulimit("nproc=10").expect("ulimit").hard, 10);
        assert!(parse_ulimit("bogus=1").is_err());
        assert!(parse_ulimit("nofile=10:5").is_err());
        assert!(
            matches!(parse_mount("type=tmpfs,target=/t,tmpfs-size=1m").expect("tmpfs"), MountFlag::Tmpfs(t) if t.options == ["size=1048576"])
        );
        assert!(
            matches!(parse_mount("type=volume,source=data,target=/d,readonly").expect("vol"), MountFlag::Volume(VolumeFlag::Volume(v)) if v.read_only && v.name.as_deref() == Some("data"))
        );
        assert!(parse_mount("type=bind,target=/x").is_err());
        assert!(
            matches!(parse_volume("/data").expect("anon"), VolumeFlag::Volume(v) if v.name.is_none())
        );
        assert!(
            matches!(parse_volume("named:/data:ro").expect("named"), VolumeFlag::Volume(v) if v.read_only)
        );
        assert!(parse_volume("named:relative").is_err());
    }
}

#[derive(Debug, Default, clap::Args)]
pub struct HealthArgs {
    /// Command to run to check health
    #[arg(long = "health-cmd", value_name = "CMD")]
    pub health_cmd: Option<String>,
    /// Time between running the check (ms|s|m|h)
    #[arg(long = "health-interval", value_name = "DURATION")]
    pub health_interval: Option<String>,
    /// Maximum time to allow one check to run (ms|s|m|h)
    #[arg(long = "health-timeout", value_name = "DURATION")]
    pub health_timeout: Option<String>,
    /// Consecutive failures needed to report unhealthy
    #[arg(long = "health-retries")]
    pub health_retries: Option<u32>,
    /// Start period for the container to initialize before counting retries (ms|s|m|h)
    #[arg(long = "health-start-period", value_name = "DURATION")]
    pub health_start_period: Option<String>,
    /// Time between running the check during the start period (ms|s|m|h)
    #[arg(long = "health-start-interval", value_name = "DURATION")]
    pub health_start_interval: Option<String>,
    /// Disable any container-specified HEALTHCHECK
    #[arg(long = "no-healthcheck")]
    pub no_healthcheck: bool,
}

/// A Go-style duration (`30s`, `1m30s`, `500ms`) in nanoseconds.
pub fn go_duration_ns(s: &str) -> Result<i64> {
    match crate::engine::time::parse_go_duration(s) {
        Some((false, d)) => Ok(d.as_nanos() as i64),
        _ => bail!("invalid duration: {s}"),
    }
}

impl HealthArgs {
    pub fn config(&self) -> Result<Option<crate::engine::container::HealthConfig>> {
        let any = self.health_cmd.is_some()
            || self.health_interval.is_some()
            || self.health_timeout.is_some()
            || self.health_retries.is_some()
            || self.health_start_period.is_some()
            || self.health_start_interval.is_some();
        if self.no_healthcheck && any {
            bail!("--no-healthcheck conflicts with --health-* options");
        }
        if !any {
            return Ok(None);
        }
        let dur = |v: &Option<String>, what: &str| -> Result<i64> {
            match v {
                None => Ok(0),
                Some(s) => {
                    let ns = go_duration_ns(s)?;
                    if ns != 0 && ns < 1_000_000 {
                        bail!("--{what} cannot be less than 1ms");
                    }
                    Ok(ns)
                }
            }
        };
        Ok(Some(crate::engine::container::HealthConfig {
            test: match &self.health_cmd {
                Some(cmd) => vec!["CMD-SHELL".into(), cmd.clone()],
                None => Vec::new(),
            },
            interval: dur(&self.health_interval, "health-interval")?,
            timeout: dur(&self.health_timeout, "health-timeout")?,
            start_period: dur(&self.health_start_period, "health-start-period")?,
            start_interval: dur(&self.health_start_interval, "health-start-interval")?,
            retries: self.health_retries.unwrap_or(0),
        }))
    }
}

/// `--log-driver` and `--log-opt`, with docker's errors.
pub fn log_config(
    driver: &str,
    opts: &[String],
) -> Result<crate::engine::container::logs::LogConfig> {
    if !["json-file", "k8s-file", "none"].contains(&driver) {
        bail!("logger: no log driver named '{driver}' is registered");
    }
    let mut config = crate::engine::container::logs::LogConfig {
        driver: driver.to_string(),
        ..Default::default()
    };
    for opt in opts {
        let (k, v) = opt
            .split_once('=')
            .ok_or_else(|| anyhow!("invalid log opt format: {opt}"))?;
        match k {
            "max-size" => {
                let size = ram_in_bytes(v)?;
                if size <= 0 {
                    bail!("max-size must be a positive number");
                }
                config.max_size = size as u64;
            }
            "max-file" => {
                let n: u32 = v
                    .parse()
                    .map_err(|_| anyhow!("invalid value for max-file: {v}"))?;
                if n < 1 {
                    bail!("max-file cannot be less than 1");
                }
                config.max_file = n;
            }
            other => bail!("unknown log opt '{other}' for {driver} log driver"),
        }
    }
    if config.max_file > 1 && config.max_size == 0 {
        bail!("max-file cannot be set without max-size");
    }
    Ok(config)
}

#[derive(Debug, Default, clap::Args)]
pub struct NetworkArgs {
    /// Publish a container's port(s) to the host ([IP:][HOST:]CONTAINER[/PROTO])
    #[arg(short = 'p', long = "publish", value_name = "PORTS")]
    pub publish: Vec<String>,
    /// Publish all exposed ports to random ports
    #[arg(short = 'P', long = "publish-all")]
    pub publish_all: bool,
    /// Expose a port or a range of ports
    #[arg(long = "expose", value_name = "PORT")]
    pub expose: Vec<String>,
    /// Add network-scoped alias for the container
    #[arg(
        long = "network-alias",
        visible_alias = "net-alias",
        value_name = "ALIAS"
    )]
    pub aliases: Vec<String>,
    /// IPv4 address (e.g., 172.30.100.104)
    #[arg(long = "ip", value_name = "IP")]
    pub ip: Option<String>,
    /// Container MAC address (e.g., 92:d0:c6:0a:29:33)
    #[arg(long = "mac-address", value_name = "MAC")]
    pub mac: Option<String>,
    /// Set custom DNS servers
    #[arg(long = "dns", value_name = "IP")]
    pub dns: Vec<String>,
    /// Set custom DNS search domains
    #[arg(long = "dns-search", value_name = "DOMAIN")]
    pub dns_search: Vec<String>,
    /// Set DNS options
    #[arg(long = "dns-option", visible_alias = "dns-opt", value_name = "OPTION")]
    pub dns_options: Vec<String>,
}

impl NetworkArgs {
    pub fn options(&self) -> Result<crate::engine::container::create::NetworkOptions> {
        use crate::engine::network::ports;
        let mut publish = Vec::new();
        for p in &self.publish {
            publish.extend(ports::parse_publish(p)?);
        }
        let mut expose = Vec::new();
        for e in &self.expose {
            expose.extend(ports::parse_expose(e)?);
        }
        for d in &self.dns {
            if d.parse::<std::net::IpAddr>().is_err() {
                bail!("{d} is not an ip address");
            }
        }
        if let Some(ip) = &self.ip {
            if ip.parse::<std::net::Ipv4Addr>().is_err() {
                bail!("invalid IPv4 address: {ip}");
            }
        }
        if let Some(mac) = &self.mac {
            let ok = mac.split(':').count() == 6
                && mac
                    .split(':')
                    .all(|b| b.len() == 2 && u8::from_str_radix(b, 16).is_ok());
            if !ok {
                bail!("{mac} is not a valid mac address");
            }
        }
        Ok(crate::engine::container::create::NetworkOptions {
            publish,
            publish_all: self.publish_all,
            expose,
            aliases: self.aliases.clone(),
            ip: self.ip.clone(),
            mac: self.mac.clone(),
            dns: self.dns.clone(),
            dns_search: self.dns_search.clone(),
            dns_options: self.dns_options.clone(),
            more_networks: Vec::new(),
        })
    }
}

/// `-e NAME=VALUE`, or `-e NAME` for the caller's value; a NAME the caller
/// has not set is dropped (docker).
pub fn env_entry(raw: &str) -> Option<String> {
    if raw.contains('=') {
        Some(raw.to_string())
    } else {
        std::env::var(raw).ok().map(|v| format!("{raw}={v}"))
    }
}

/// An `--env-file` (or `--label-file`) as docker's CLI reads it: leading
/// whitespace trimmed, blank lines and `#` comments skipped, values passed
/// through as they are, a NAME alone taken from the caller's environment, a
/// name with whitespace in it an error.
pub fn key_value_file(path: &str, from_env: bool) -> Result<Vec<String>> {
    let text =
        std::fs::read(path).map_err(|e| anyhow!("open {path}: {}", crate::engine::go_error(&e)))?;
    let text = String::from_utf8(text)
        .map_err(|_| anyhow!("env file {path} contains invalid utf8 bytes"))?;
    let mut out = Vec::new();
    for line in text.trim_start_matches('\u{feff}').lines() {
        let line = line.trim_start();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, value) = match line.split_once('=') {
            Some((n, v)) => (n, Some(v)),
            None => (line, None),
        };
        if name.chars().any(char::is_whitespace) {
            bail!("poorly formatted environment: variable '{name}' contains whitespaces");
        }
        if name.is_empty() {
            bail!("poorly formatted environment: no variable name on line '{line}'");
        }
        match value {
            Some(v) => out.push(format!("{name}={v}")),
            None if from_env => out.extend(env_entry(name)),
            None => out.push(name.to_string()),
        }
    }
    Ok(out)
}
