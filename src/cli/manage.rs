//! `pause`, `unpause`, `rename`, `top` and `container prune`.

use std::collections::HashSet;

use anyhow::{bail, Context as _, Result};

use super::{each_name, GlobalArgs};
use crate::engine::container::{self, Status};
use crate::engine::runtime;

#[derive(Debug, clap::Args)]
pub struct PauseArgs {
    /// Containers to pause or unpause
    #[arg(required = true, value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct RenameArgs {
    /// The container
    pub container: String,
    /// Its new name
    pub new_name: String,
}

#[derive(Debug, clap::Args)]
pub struct TopArgs {
    /// The container
    pub container: String,
    /// Options for ps (default -ef)
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub ps_options: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct PruneArgs {
    /// Do not prompt for confirmation
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Provide filter values (until=DURATION, label=KEY[=VALUE])
    #[arg(long = "filter", value_name = "FILTER")]
    pub filters: Vec<String>,
}

fn set_status(engine: &crate::engine::Engine, id: &str, status: Status) -> Result<()> {
    let mut state = container::load_state(engine, id);
    state.status = status;
    container::save_state(engine, id, &state)
}

pub fn run_pause(g: &GlobalArgs, args: PauseArgs) -> Result<()> {
    let engine = g.engine()?;
    each_name(&args.containers, |name| {
        let c = container::lookup(&engine, name)?;
        let _lock = container::lock(&engine, &c.record.id)?;
        match c.state.status {
            Status::Paused => bail!("Container {} is already paused", c.record.id),
            Status::Running => {}
            _ => bail!("Container {} is not running", c.record.id),
        }
        if engine.rootless {
            bail!("pause needs the cgroup freezer, which rootless containers do not have on this host");
        }
        runtime::pause(&engine.runtime_root(), &c.record.id)?;
        crate::engine::events::container(&engine, "pause", &c.record, &[]);
        set_status(&engine, &c.record.id, Status::Paused)
    })
}

pub fn run_unpause(g: &GlobalArgs, args: PauseArgs) -> Result<()> {
    let engine = g.engine()?;
    each_name(&args.containers, |name| {
        let c = container::lookup(&engine, name)?;
        let _lock = container::lock(&engine, &c.record.id)?;
        if c.state.status != Status::Paused {
            bail!("Container {} is not paused", c.record.id);
        }
        runtime::resume(&engine.runtime_root(), &c.record.id)?;
        crate::engine::events::container(&engine, "unpause", &c.record, &[]);
        set_status(&engine, &c.record.id, Status::Running)
    })
}

pub fn run_rename(g: &GlobalArgs, args: RenameArgs) -> Result<()> {
    let engine = g.engine()?;
    let c = container::lookup(&engine, &args.container)?;
    let new = args.new_name.trim_start_matches('/');
    if new == c.record.name {
        bail!("Renaming a container with the same name as its current name");
    }
    container::names::claim(&engine, new, &c.record.id)?;
    let mut record = c.record.clone();
    record.name = new.to_string();
    let path = engine.container_paths(&record.id).record();
    if let Err(e) = crate::engine::store::atomic::write_json(&path, &record) {
        container::names::release(&engine, new, &record.id);
        return Err(e).context("writing container record");
    }
    container::names::release(&engine, &c.record.name, &record.id);
    crate::engine::events::container(
        &engine,
        "rename",
        &record,
        &[("oldName", &format!("/{}", c.record.name))],
    );
    Ok(())
}

/// The container's processes: its init and every descendant.
fn container_pids(init: i32) -> HashSet<i32> {
    let mut parents: Vec<(i32, i32)> = Vec::new();
    if let Ok(entries) = std::fs::read_dir("/proc") {
        for e in entries.flatten() {
            let Ok(pid) = e.file_name().to_string_lossy().parse::<i32>() else {
                continue;
            };
            let Some(stat) = crate::engine::process::stat(pid) else {
                continue;
            };
            parents.push((pid, stat.ppid));
        }
    }
    let mut set: HashSet<i32> = [init].into();
    loop {
        let before = set.len();
        for (pid, ppid) in &parents {
            if set.contains(ppid) {
                set.insert(*pid);
            }
        }
        if set.len() == before {
            return set;
        }
    }
}

pub fn run_top(g: &GlobalArgs, args: TopArgs) -> Result<()> {
    let engine = g.engine()?;
    let c = container::lookup(&engine, &args.container)?;
    if !c.state.status.is_up() {
        bail!("container {} is not running", c.record.id);
    }
    let pids = container_pids(c.state.pid);
    let opts = if args.ps_options.is_empty() {
        vec!["-ef".to_string()]
    } else {
        args.ps_options.clone()
    };
    // As moby does: the container's pids with `-q` (so that custom fields
    // without -e still cover them all), and without when an option cannot go
    // with -q (`f`, say).
    let pid_list = pids
        .iter()
        .map(i32::to_string)
        .collect::<Vec<_>>()
        .join(",");
    let mut out = std::process::Command::new("ps")
        .args(&opts)
        .args(["-q", &pid_list])
        .output()
        .context("running ps")?;
    if !out.status.success() {
        out = std::process::Command::new("ps")
            .args(&opts)
            .output()
            .context("running ps")?;
    }
    if !out.status.success() {
        bail!("ps: {}", String::from_utf8_lossy(&out.stderr).trim());
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let mut lines = text.lines();
    let header = lines.next().unwrap_or_default();
    let pid_col = header
        .split_whitespace()
        .position(|h| h == "PID")
        .ok_or_else(|| anyhow::anyhow!("Couldn't find PID field in ps output"))?;
    println!("{header}");
    for line in lines {
        let pid = line
            .split_whitespace()
            .nth(pid_col)
            .and_then(|p| p.parse::<i32>().ok());
        if pid.is_some_and(|p| pids.contains(&p)) {
            println!("{line}");
        }
    }
    Ok(())
}

pub fn run_prune(g: &GlobalArgs, args: PruneArgs) -> Result<()> {
    let engine = g.engine()?;
    let (filters, _) =
        super::system::parse_prune_filters(&args.filters, std::time::SystemTime::now())?;
    if !args.force && !super::confirm("WARNING! This will remove all stopped containers.")? {
        return Ok(());
    }
    let (containers, space_reclaimed) = crate::engine::system::prune_containers(&engine, &filters)?;
    print!(
        "{}",
        super::system::render_prune_report(&crate::engine::system::PruneReport {
            containers,
            space_reclaimed,
            ..Default::default()
        })
    );
    Ok(())
}

#[derive(Debug, clap::Args)]
pub struct UpdateArgs {
    /// Containers to update
    #[arg(required = true, value_name = "CONTAINER")]
    pub containers: Vec<String>,
    #[command(flatten)]
    pub resources: super::container_opts::ResourceArgs,
    /// Restart policy to apply when a container exits
    #[arg(long)]
    pub restart: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct PortArgs {
    /// The container
    pub container: String,
    /// A private port, PORT[/PROTO]
    pub port: Option<String>,
}

/// Writes one cgroup file of a running container (v1 controller dir, or v2).
fn write_cgroup(
    host: &crate::engine::container::HostConfig,
    id: &str,
    controller: &str,
    file: &str,
    value: &str,
) -> Result<()> {
    let dir = crate::engine::container::cgroup_dir(host, id, controller)
        .ok_or_else(|| anyhow::anyhow!("container {id} has no {controller} cgroup"))?;
    let path = dir.join(file);
    std::fs::write(&path, value).with_context(|| format!("writing {value} to {}", path.display()))
}

/// Applies changed limits to a running container's cgroups (docker update).
fn apply_resources(
    host: &crate::engine::container::HostConfig,
    id: &str,
    old: &crate::engine::container::Resources,
    r: &crate::engine::container::Resources,
) -> Result<()> {
    let v2 = std::path::Path::new("/sys/fs/cgroup")
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
        if !crate::engine::container::spec::blkio_weight_supported() {
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

pub fn run_update(g: &GlobalArgs, args: UpdateArgs) -> Result<()> {
    let engine = g.engine()?;
    let given = args.resources.resources()?;
    let flags = &args.resources;
    if !flags.ulimits.is_empty() || flags.oom_score_adj.is_some() {
        bail!("--ulimit and --oom-score-adj cannot be updated; recreate the container");
    }
    let restart = args
        .restart
        .as_deref()
        .map(crate::engine::container::RestartPolicy::parse)
        .transpose()?;
    each_name(&args.containers, |name| {
        let c = container::lookup(&engine, name)?;
        let _lock = container::lock(&engine, &c.record.id)?;
        let mut record = container::load_record(&engine, &c.record.id)?;
        let old = record.host_config.resources.clone();
        let r = &mut record.host_config.resources;
        if flags.cpus.is_some() {
            r.nano_cpus = given.nano_cpus;
            r.cpu_quota = 0;
            r.cpu_period = 0;
        }
        if flags.cpu_shares.is_some() {
            r.cpu_shares = given.cpu_shares;
        }
        if flags.cpuset_cpus.is_some() {
            r.cpuset_cpus = given.cpuset_cpus.clone();
        }
        if flags.cpuset_mems.is_some() {
            r.cpuset_mems = given.cpuset_mems.clone();
        }
        if flags.cpu_quota.is_some() {
            r.cpu_quota = given.cpu_quota;
            r.nano_cpus = 0;
        }
        if flags.cpu_period.is_some() {
            r.cpu_period = given.cpu_period;
            r.nano_cpus = 0;
        }
        if flags.memory.is_some() {
            r.memory = given.memory;
        }
        if flags.memory_swap.is_some() {
            r.memory_swap = given.memory_swap;
        }
        if flags.memory_reservation.is_some() {
            r.memory_reservation = given.memory_reservation;
        }
        if flags.pids_limit.is_some() {
            r.pids_limit = given.pids_limit;
        }
        if flags.blkio_weight.is_some() {
            r.blkio_weight = given.blkio_weight;
        }
        if r.memory_swap > 0 && r.memory_swap < r.memory {
            bail!("Minimum memoryswap limit should be larger than memory limit, see usage");
        }
        let new = r.clone();
        if let Some(p) = &restart {
            if record.host_config.auto_remove && !p.name.is_empty() {
                bail!("Restart policy cannot be updated because AutoRemove is enabled for the container");
            }
            record.host_config.restart_policy = p.clone();
        }
        if c.state.status.is_up() {
            if engine.rootless {
                bail!(
                    "Resource limits are not supported and ignored on cgroups V1 rootless systems"
                );
            }
            apply_resources(&record.host_config, &record.id, &old, &new)?;
        }
        crate::engine::store::atomic::write_json(
            &engine.container_paths(&record.id).record(),
            &record,
        )
        .context("writing container record")
    })
}

/// `port`: the container's published ports, as docker prints them.
pub fn run_port(g: &GlobalArgs, args: PortArgs) -> Result<()> {
    let engine = g.engine()?;
    let c = container::lookup(&engine, &args.container)?;
    let running = c.state.status == container::Status::Running;
    let mut ports = if running {
        crate::engine::network::attach::load(&engine, &c.record.id)
            .map(|a| a.ports)
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    // docker sorts by container port, then protocol.
    ports.sort_by_key(|m| (m.container_port, m.protocol.clone(), m.host_port));
    let mut out = String::new();
    match &args.port {
        Some(typed) => {
            let key = if typed.contains('/') {
                typed.clone()
            } else {
                format!("{typed}/tcp")
            };
            let found: Vec<_> = ports
                .iter()
                .filter(|m| format!("{}/{}", m.container_port, m.protocol) == key)
                .collect();
            if found.is_empty() {
                // docker names the port and the container as they were typed.
                bail!("No public port '{typed}' published for {}", args.container);
            }
            for m in found {
                out.push_str(&format!("{}\n", m.host_addr()));
            }
        }
        None => {
            for m in &ports {
                out.push_str(&format!(
                    "{}/{} -> {}\n",
                    m.container_port,
                    m.protocol,
                    m.host_addr()
                ));
            }
        }
    }
    print!("{out}");
    Ok(())
}
