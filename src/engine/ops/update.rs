//! `update`: changes a container's resource limits (and restart policy) in its
//! record and, while it runs, in its cgroups.

use std::path::Path;

use anyhow::{anyhow, bail, Context as _, Result};

use crate::engine::container::{self, HostConfig, Resources, RestartPolicy};
use crate::engine::Engine;

/// The limits to change; None keeps the container's.
#[derive(Debug, Clone, Default)]
pub struct ResourceUpdate {
    /// `--cpus`, in billionths of a CPU; replaces a quota/period pair.
    pub nano_cpus: Option<i64>,
    pub cpu_shares: Option<u64>,
    pub cpuset_cpus: Option<String>,
    pub cpuset_mems: Option<String>,
    pub cpu_quota: Option<i64>,
    pub cpu_period: Option<u64>,
    pub memory: Option<i64>,
    pub memory_swap: Option<i64>,
    pub memory_reservation: Option<i64>,
    pub pids_limit: Option<i64>,
    pub blkio_weight: Option<u16>,
    pub restart_policy: Option<RestartPolicy>,
}

impl ResourceUpdate {
    fn apply_to(&self, r: &mut Resources) {
        if let Some(n) = self.nano_cpus {
            r.nano_cpus = n;
            r.cpu_quota = 0;
            r.cpu_period = 0;
        }
        if let Some(v) = self.cpu_shares {
            r.cpu_shares = v;
        }
        if let Some(v) = &self.cpuset_cpus {
            r.cpuset_cpus = v.clone();
        }
        if let Some(v) = &self.cpuset_mems {
            r.cpuset_mems = v.clone();
        }
        if let Some(v) = self.cpu_quota {
            r.cpu_quota = v;
            r.nano_cpus = 0;
        }
        if let Some(v) = self.cpu_period {
            r.cpu_period = v;
            r.nano_cpus = 0;
        }
        if let Some(v) = self.memory {
            r.memory = v;
        }
        if let Some(v) = self.memory_swap {
            r.memory_swap = v;
        }
        if let Some(v) = self.memory_reservation {
            r.memory_reservation = v;
        }
        if let Some(v) = self.pids_limit {
            r.pids_limit = v;
        }
        if let Some(v) = self.blkio_weight {
            r.blkio_weight = v;
        }
    }
}

/// Applies `change` to one container, under its lock.
pub fn update(engine: &Engine, name: &str, change: &ResourceUpdate) -> Result<()> {
    let c = super::lookup(engine, name)?;
    let _lock = container::lock(engine, &c.record.id)?;
    let mut record = container::load_record(engine, &c.record.id)?;
    let old = record.host_config.resources.clone();
    change.apply_to(&mut record.host_config.resources);
    let new = record.host_config.resources.clone();
    if new.memory_swap > 0 && new.memory_swap < new.memory {
        bail!("Minimum memoryswap limit should be larger than memory limit, see usage");
    }
    if let Some(p) = &change.restart_policy {
        if record.host_config.auto_remove && p.restarts() {
            bail!(
                "Restart policy cannot be updated because AutoRemove is enabled for the container"
            );
        }
        record.host_config.restart_policy = p.clone();
    }
    if c.state.status.is_up() {
        if engine.rootless {
            bail!("Resource limits are not supported and ignored on cgroups V1 rootless systems");
        }
        apply_resources(&record.host_config, &record.id, &old, &new)?;
    }
    crate::engine::store::atomic::write_json(&engine.container_paths(&record.id).record(), &record)
        .context("writing container record")
}

/// Writes one cgroup file of a running container (v1 controller dir, or v2).
fn write_cgroup(
    host: &HostConfig,
    id: &str,
    controller: &str,
    file: &str,
    value: &str,
) -> Result<()> {
    let dir = container::cgroup_dir(host, id, controller)
        .ok_or_else(|| anyhow!("container {id} has no {controller} cgroup"))?;
    let path = dir.join(file);
    std::fs::write(&path, value).with_context(|| format!("writing {value} to {}", path.display()))
}

/// Applies changed limits to a running container's cgroups (docker update).
fn apply_resources(host: &HostConfig, id: &str, old: &Resources, r: &Resources) -> Result<()> {
    let v2 = Path::new("/sys/fs/cgroup")
        .join(host.cgroup_path(id))
        .join("cgroup.controllers")
        .exists();
    if r.memory != old.memory || r.memory_swap != old.memory_swap {
        let limit = if r.memory > 0 {
            r.memory.to_string()
        } else if v2 {
            "max".into()
        } else {
            "-1".into()
        };
        let swap = match (r.memory, r.memory_swap) {
            (m, 0) if m > 0 => (m * 2).to_string(),
            (_, -1) | (0, _) => {
                if v2 {
                    "max".into()
                } else {
                    "-1".into()
                }
            }
            (_, s) => s.to_string(),
        };
        if v2 {
            write_cgroup(host, id, "memory", "memory.max", &limit)?;
        } else if r.memory > old.memory || r.memory <= 0 {
            // v1 keeps memsw >= memory at all times: raise memsw first, lower it last.
            let _ = write_cgroup(host, id, "memory", "memory.memsw.limit_in_bytes", &swap);
            write_cgroup(host, id, "memory", "memory.limit_in_bytes", &limit)?;
        } else {
            write_cgroup(host, id, "memory", "memory.limit_in_bytes", &limit)?;
            let _ = write_cgroup(host, id, "memory", "memory.memsw.limit_in_bytes", &swap);
        }
    }
    if r.memory_reservation != old.memory_reservation && r.memory_reservation > 0 {
        let file = if v2 {
            "memory.low"
        } else {
            "memory.soft_limit_in_bytes"
        };
        write_cgroup(host, id, "memory", file, &r.memory_reservation.to_string())?;
    }
    if r.cpu_shares != old.cpu_shares && r.cpu_shares > 0 {
        if v2 {
            // The conversion runc uses from shares (2..262144) to weight (1..10000).
            let weight = 1 + ((r.cpu_shares.saturating_sub(2)) * 9999) / 262142;
            write_cgroup(host, id, "cpu", "cpu.weight", &weight.to_string())?;
        } else {
            write_cgroup(host, id, "cpu", "cpu.shares", &r.cpu_shares.to_string())?;
        }
    }
    let (quota, period) = if r.nano_cpus > 0 {
        (r.nano_cpus * 100_000 / 1_000_000_000, 100_000u64)
    } else {
        (r.cpu_quota, r.cpu_period)
    };
    let (old_quota, old_period) = if old.nano_cpus > 0 {
        (old.nano_cpus * 100_000 / 1_000_000_000, 100_000u64)
    } else {
        (old.cpu_quota, old.cpu_period)
    };
    if quota != old_quota || period != old_period {
        if v2 {
            let q = if quota > 0 {
                quota.to_string()
            } else {
                "max".into()
            };
            let p = if period > 0 { period } else { 100_000 };
            write_cgroup(host, id, "cpu", "cpu.max", &format!("{q} {p}"))?;
        } else {
            if period > 0 {
                write_cgroup(host, id, "cpu", "cpu.cfs_period_us", &period.to_string())?;
            }
            write_cgroup(
                host,
                id,
                "cpu",
                "cpu.cfs_quota_us",
                &if quota != 0 {
                    quota.to_string()
                } else {
                    "-1".into()
                },
            )?;
        }
    }
    if r.cpuset_cpus != old.cpuset_cpus && !r.cpuset_cpus.is_empty() {
        write_cgroup(host, id, "cpuset", "cpuset.cpus", &r.cpuset_cpus)?;
    }
    if r.cpuset_mems != old.cpuset_mems && !r.cpuset_mems.is_empty() {
        write_cgroup(host, id, "cpuset", "cpuset.mems", &r.cpuset_mems)?;
    }
    if r.pids_limit != old.pids_limit {
        let v = if r.pids_limit > 0 {
            r.pids_limit.to_string()
        } else {
            "max".into()
        };
        write_cgroup(host, id, "pids", "pids.max", &v)?;
    }
    if r.blkio_weight != old.blkio_weight && r.blkio_weight > 0 {
        if !crate::engine::container::oci::blkio_weight_supported() {
            bail!("Your kernel does not support Block I/O weight or the cgroup is not mounted. Weight discarded.");
        }
        write_cgroup(
            host,
            id,
            "blkio",
            if v2 { "io.weight" } else { "blkio.weight" },
            &r.blkio_weight.to_string(),
        )?;
    }
    Ok(())
}
