//! `pause`, `unpause`, `rename`, `top` and `container prune`.

use anyhow::{bail, Result};

use super::{each_name, GlobalArgs};
use crate::engine::container;
use crate::engine::ops;

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

pub fn run_pause(g: &GlobalArgs, args: PauseArgs) -> Result<()> {
    let engine = g.engine()?;
    each_name(&args.containers, |name| ops::pause(&engine, name))
}

pub fn run_unpause(g: &GlobalArgs, args: PauseArgs) -> Result<()> {
    let engine = g.engine()?;
    each_name(&args.containers, |name| ops::unpause(&engine, name))
}

pub fn run_rename(g: &GlobalArgs, args: RenameArgs) -> Result<()> {
    let engine = g.engine()?;
    ops::rename(&engine, &args.container, &args.new_name)
}

pub fn run_top(g: &GlobalArgs, args: TopArgs) -> Result<()> {
    let engine = g.engine()?;
    let table = ops::top(&engine, &args.container, &args.ps_options)?;
    println!("{}", table.header);
    for row in &table.rows {
        println!("{row}");
    }
    Ok(())
}

pub fn run_prune(g: &GlobalArgs, args: PruneArgs) -> Result<()> {
    let engine = g.engine()?;
    let (filters, _) =
        crate::engine::filters::prune_filters(&args.filters, std::time::SystemTime::now())?;
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

pub fn run_update(g: &GlobalArgs, args: UpdateArgs) -> Result<()> {
    let engine = g.engine()?;
    let given = args.resources.resources()?;
    let flags = &args.resources;
    if !flags.ulimits.is_empty() || flags.oom_score_adj.is_some() {
        bail!("--ulimit and --oom-score-adj cannot be updated; recreate the container");
    }
    let change = ops::ResourceUpdate {
        nano_cpus: flags.cpus.map(|_| given.nano_cpus),
        cpu_shares: flags.cpu_shares.map(|_| given.cpu_shares),
        cpuset_cpus: flags
            .cpuset_cpus
            .as_ref()
            .map(|_| given.cpuset_cpus.clone()),
        cpuset_mems: flags
            .cpuset_mems
            .as_ref()
            .map(|_| given.cpuset_mems.clone()),
        cpu_quota: flags.cpu_quota.map(|_| given.cpu_quota),
        cpu_period: flags.cpu_period.map(|_| given.cpu_period),
        memory: flags.memory.as_ref().map(|_| given.memory),
        memory_swap: flags.memory_swap.as_ref().map(|_| given.memory_swap),
        memory_reservation: flags
            .memory_reservation
            .as_ref()
            .map(|_| given.memory_reservation),
        pids_limit: flags.pids_limit.map(|_| given.pids_limit),
        blkio_weight: flags.blkio_weight.map(|_| given.blkio_weight),
        restart_policy: args
            .restart
            .as_deref()
            .map(crate::engine::container::RestartPolicy::parse)
            .transpose()?,
    };
    each_name(&args.containers, |name| ops::update(&engine, name, &change))
}

/// `port`: the container's published ports, as docker prints them.
pub fn run_port(g: &GlobalArgs, args: PortArgs) -> Result<()> {
    let engine = g.engine()?;
    let c = crate::engine::ops::lookup(&engine, &args.container)?;
    let running = c.state.status == container::Status::Running;
    // A pod member's ports are its pod's (podman's `port`).
    let holder = crate::engine::ops::pod::network_holder(&engine, &c.record);
    let mut ports = if running {
        crate::engine::network::attach::load(&engine, &holder)
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
