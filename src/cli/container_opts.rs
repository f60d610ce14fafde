//! The `run`/`create` flags of mounts, resources, security, health and
//! networks, turned into the engine's spec types by `engine::spec::docker`'s parsers.

use std::collections::BTreeMap;

use anyhow::{anyhow, bail, Result};

use crate::engine::container::{DeviceRate, HealthConfig, Resources, Security, UsernsMode};
use crate::engine::ports::{self, PortBinding};
use crate::engine::spec::docker::{
    device_rate, dns_server, go_duration_ns, ipv4, mac_address, nano_cpus, parse_ulimit,
    ram_in_bytes, RateKind,
};
use crate::engine::spec::{HealthSetting, NetworkAttachment};

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
    /// User namespace to use: host, or keep-id[:uid=N,gid=N] (rootless: your ids stay yours inside)
    #[arg(long)]
    pub userns: Option<String>,
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

impl ResourceArgs {
    /// The limits as docker's syntax gives them; the engine checks how they go together.
    pub fn resources(&self) -> Result<Resources> {
        let size = |v: &Option<String>| v.as_deref().map(ram_in_bytes).transpose();
        let rates = |v: &[String], kind: RateKind| -> Result<Vec<DeviceRate>> {
            v.iter().map(|s| device_rate(s, kind)).collect()
        };
        let memory_swap = match self.memory_swap.as_deref() {
            Some("-1") => Some(-1),
            other => other.map(ram_in_bytes).transpose()?,
        };
        Ok(Resources {
            nano_cpus: self.cpus.map(nano_cpus).transpose()?.unwrap_or(0),
            cpu_shares: self.cpu_shares.unwrap_or(0),
            cpuset_cpus: self.cpuset_cpus.clone().unwrap_or_default(),
            cpuset_mems: self.cpuset_mems.clone().unwrap_or_default(),
            cpu_quota: self.cpu_quota.unwrap_or(0),
            cpu_period: self.cpu_period.unwrap_or(0),
            memory: size(&self.memory)?.unwrap_or(0),
            memory_swap: memory_swap.unwrap_or(0),
            memory_reservation: size(&self.memory_reservation)?.unwrap_or(0),
            pids_limit: self.pids_limit.unwrap_or(0),
            oom_score_adj: self.oom_score_adj.unwrap_or(0),
            blkio_weight: self.blkio_weight.unwrap_or(0),
            ulimits: self
                .ulimits
                .iter()
                .map(|u| parse_ulimit(u))
                .collect::<Result<_>>()?,
            memory_swappiness: match self.memory_swappiness {
                -1 => None,
                v @ 0..=100 => Some(v as u64),
                v => bail!("invalid value: {v}, valid memory swappiness range is 0-100"),
            },
            oom_kill_disable: self.oom_kill_disable,
            blkio_weight_device: rates(&self.blkio_weight_device, RateKind::Weight)?,
            device_read_bps: rates(&self.device_read_bps, RateKind::Bytes)?,
            device_write_bps: rates(&self.device_write_bps, RateKind::Bytes)?,
            device_read_iops: rates(&self.device_read_iops, RateKind::Iops)?,
            device_write_iops: rates(&self.device_write_iops, RateKind::Iops)?,
        })
    }
}

impl SecurityArgs {
    pub fn security(&self, read_only: bool) -> Result<Security> {
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
            ipc_mode: self.ipc.clone().unwrap_or_default(),
            pid_mode: self.pid.clone().unwrap_or_default(),
            uts_mode: self.uts.clone().unwrap_or_default(),
            cgroupns_mode: self.cgroupns.clone().unwrap_or_default(),
            init: self.init,
            read_only,
            userns: UsernsMode::parse(self.userns.as_deref().unwrap_or(""))?,
        })
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

impl HealthArgs {
    pub fn setting(&self) -> Result<HealthSetting> {
        let any = self.health_cmd.is_some()
            || self.health_interval.is_some()
            || self.health_timeout.is_some()
            || self.health_retries.is_some()
            || self.health_start_period.is_some()
            || self.health_start_interval.is_some();
        if self.no_healthcheck && any {
            bail!("--no-healthcheck conflicts with --health-* options");
        }
        if self.no_healthcheck {
            return Ok(HealthSetting::Disabled);
        }
        if !any {
            return Ok(HealthSetting::Image);
        }
        let dur = |v: &Option<String>| v.as_deref().map(go_duration_ns).transpose();
        Ok(HealthSetting::Merge(HealthConfig {
            test: match &self.health_cmd {
                Some(cmd) => vec!["CMD-SHELL".into(), cmd.clone()],
                None => Vec::new(),
            },
            interval: dur(&self.health_interval)?.unwrap_or(0),
            timeout: dur(&self.health_timeout)?.unwrap_or(0),
            start_period: dur(&self.health_start_period)?.unwrap_or(0),
            start_interval: dur(&self.health_start_interval)?.unwrap_or(0),
            retries: self.health_retries.unwrap_or(0),
        }))
    }
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
    /// The networks to join (`--network`, repeated), the first with
    /// `--network-alias`, `--ip` and `--mac-address`, as docker's CLI does.
    pub fn attachments(&self, networks: &[String]) -> Result<Vec<NetworkAttachment>> {
        let first = NetworkAttachment {
            name: networks.first().cloned().unwrap_or_default(),
            aliases: self.aliases.clone(),
            ipv4: self.ip.as_deref().map(ipv4).transpose()?,
            mac: self.mac.as_deref().map(mac_address).transpose()?,
        };
        if networks.len() <= 1 && first == NetworkAttachment::default() {
            return Ok(Vec::new());
        }
        Ok(std::iter::once(first)
            .chain(networks.iter().skip(1).map(|name| NetworkAttachment {
                name: name.clone(),
                ..Default::default()
            }))
            .collect())
    }

    pub fn ports(&self) -> Result<Vec<PortBinding>> {
        let mut publish = Vec::new();
        for p in &self.publish {
            publish.extend(ports::parse_publish(p)?);
        }
        Ok(publish)
    }

    pub fn expose(&self) -> Result<Vec<String>> {
        let mut expose = Vec::new();
        for e in &self.expose {
            expose.extend(ports::parse_expose(e)?);
        }
        Ok(expose)
    }

    pub fn dns(&self) -> Result<Vec<String>> {
        self.dns.iter().map(|d| dns_server(d)).collect()
    }
}
