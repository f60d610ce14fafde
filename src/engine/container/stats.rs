//! Resource usage of a running container, read from its cgroups (v1 or v2) and
//! from /proc, as docker's stats reports it.

use std::fs;
use std::path::Path;

use super::Container;

/// One reading; CPU figures are cumulative nanoseconds.
#[derive(Debug, Clone, Default)]
pub struct Sample {
    pub cpu_ns: u64,
    pub system_ns: u64,
    pub online_cpus: u32,
    pub mem_usage: u64,
    pub mem_limit: u64,
    pub net_rx: u64,
    pub net_tx: u64,
    pub blk_read: u64,
    pub blk_write: u64,
    pub pids: u64,
}

fn read_u64(p: &Path) -> Option<u64> {
    fs::read_to_string(p).ok()?.trim().parse().ok()
}

fn stat_value(p: &Path, key: &str) -> Option<u64> {
    fs::read_to_string(p).ok()?.lines().find_map(|l| {
        let (k, v) = l.split_once(' ')?;
        (k == key).then(|| v.trim().parse().ok()).flatten()
    })
}

/// Host CPU time in nanoseconds, from the first line of /proc/stat.
fn system_ns() -> u64 {
    let ticks: u64 = fs::read_to_string("/proc/stat")
        .ok()
        .and_then(|s| {
            s.lines().next().map(|l| {
                l.split_whitespace()
                    .skip(1)
                    .filter_map(|v| v.parse::<u64>().ok())
                    .sum()
            })
        })
        .unwrap_or(0);
    // SAFETY: sysconf has no preconditions.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as u64;
    ticks * (1_000_000_000 / hz)
}

fn host_memory() -> u64 {
    fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("MemTotal:"))
                .and_then(|v| v.split_whitespace().next()?.parse::<u64>().ok())
        })
        .map(|kb| kb * 1024)
        .unwrap_or(0)
}

pub fn sample(c: &Container) -> Sample {
    let id = &c.record.id;
    let mut s = Sample {
        system_ns: system_ns(),
        online_cpus: std::thread::available_parallelism()
            .map(|n| n.get() as u32)
            .unwrap_or(1),
        ..Sample::default()
    };
    if let Some(dir) = super::cgroup_dir(&c.record.host_config, id, "cpuacct") {
        s.cpu_ns = read_u64(&dir.join("cpuacct.usage"))
            .or_else(|| stat_value(&dir.join("cpu.stat"), "usage_usec").map(|u| u * 1000))
            .unwrap_or(0);
    }
    if let Some(dir) = super::cgroup_dir(&c.record.host_config, id, "memory") {
        // docker subtracts the page cache that can be dropped.
        let usage = read_u64(&dir.join("memory.usage_in_bytes"))
            .or_else(|| read_u64(&dir.join("memory.current")))
            .unwrap_or(0);
        let cache = stat_value(&dir.join("memory.stat"), "total_inactive_file")
            .or_else(|| stat_value(&dir.join("memory.stat"), "inactive_file"))
            .unwrap_or(0);
        s.mem_usage = usage.saturating_sub(cache);
        let limit = read_u64(&dir.join("memory.limit_in_bytes"))
            .or_else(|| read_u64(&dir.join("memory.max")))
            .unwrap_or(u64::MAX);
        s.mem_limit = limit.min(host_memory());
    } else {
        s.mem_limit = host_memory();
    }
    if let Some(dir) = super::cgroup_dir(&c.record.host_config, id, "pids") {
        s.pids = read_u64(&dir.join("pids.current")).unwrap_or(0);
    }
    if let Some(dir) = super::cgroup_dir(&c.record.host_config, id, "blkio") {
        for line in fs::read_to_string(dir.join("blkio.throttle.io_service_bytes"))
            .unwrap_or_default()
            .lines()
        {
            let f: Vec<&str> = line.split_whitespace().collect();
            if let [_, op, n] = f.as_slice() {
                let n: u64 = n.parse().unwrap_or(0);
                match *op {
                    "Read" => s.blk_read += n,
                    "Write" => s.blk_write += n,
                    _ => {}
                }
            }
        }
    }
    if c.state.pid > 0 {
        for line in fs::read_to_string(format!("/proc/{}/net/dev", c.state.pid))
            .unwrap_or_default()
            .lines()
            .skip(2)
        {
            let Some((iface, rest)) = line.split_once(':') else {
                continue;
            };
            if iface.trim() == "lo" {
                continue;
            }
            let v: Vec<u64> = rest
                .split_whitespace()
                .filter_map(|x| x.parse().ok())
                .collect();
            s.net_rx += v.first().copied().unwrap_or(0);
            s.net_tx += v.get(8).copied().unwrap_or(0);
        }
    }
    s
}

/// docker's CPU %: the container's share of host CPU time between two samples.
pub fn cpu_percent(before: &Sample, after: &Sample) -> f64 {
    let cpu = after.cpu_ns.saturating_sub(before.cpu_ns) as f64;
    let system = after.system_ns.saturating_sub(before.system_ns) as f64;
    if system > 0.0 && cpu > 0.0 {
        cpu / system * after.online_cpus as f64 * 100.0
    } else {
        0.0
    }
}
