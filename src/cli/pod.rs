//! `skiff pod ...` (podman's): pods of containers that share network, IPC
//! and UTS namespaces, held by an image-less infra container.

use anyhow::{bail, Result};
use clap::Subcommand;
use serde_json::json;

use super::format::{render_items, Format};
use super::GlobalArgs;
use crate::engine::ops::pod::{self, Pod, PodSpec};

#[derive(Debug, Subcommand)]
pub enum PodCommand {
    /// Create a new empty pod
    Create(CreateArgs),
    /// List pods
    #[command(visible_aliases = ["ls", "list"])]
    Ps(PsArgs),
    /// Display a pod's configuration
    Inspect(InspectArgs),
    /// Start one or more pods
    Start(PodsArgs),
    /// Stop one or more pods
    Stop(StopArgs),
    /// Restart one or more pods
    Restart(StopArgs),
    /// Send a signal to the containers of one or more pods
    Kill(KillArgs),
    /// Pause the containers of one or more pods
    Pause(PodsArgs),
    /// Unpause the containers of one or more pods
    Unpause(PodsArgs),
    /// Remove one or more stopped pods and their containers
    Rm(RmArgs),
    /// Remove all stopped pods and their containers
    Prune(PruneArgs),
    /// Display the running processes of a pod's containers
    Top(TopArgs),
    /// Fetch the logs of a pod's containers
    Logs(LogsArgs),
    /// Display a live stream of the resource usage of pods' containers
    Stats(StatsArgs),
}

#[derive(Debug, clap::Args)]
pub struct StatsArgs {
    #[command(flatten)]
    pub options: super::stats::StatsOptions,
    /// Pods (default: all)
    #[arg(value_name = "POD")]
    pub pods: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct CreateArgs {
    /// Assign a name to the pod
    #[arg(short = 'n', long)]
    pub name: Option<String>,
    /// Publish a port of the pod to the host
    #[arg(short = 'p', long = "publish", value_name = "PORT")]
    pub publish: Vec<String>,
    /// Connect the pod to a network
    #[arg(long, value_name = "NETWORK")]
    pub network: Vec<String>,
    /// The pod's hostname (default: its name)
    #[arg(long)]
    pub hostname: Option<String>,
    /// Set metadata on the pod
    #[arg(short = 'l', long = "label", value_name = "KEY=VALUE", value_parser = super::volume::parse_label)]
    pub labels: Vec<(String, String)>,
    /// Namespaces the pod's containers share (ipc, net, uts)
    #[arg(long, value_delimiter = ',')]
    pub share: Vec<String>,
    /// Create an infra container (skiff's pods always have one)
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, value_name = "BOOL")]
    pub infra: bool,
    /// Add a custom host-to-IP mapping (host:ip)
    #[arg(long = "add-host", value_name = "HOST:IP")]
    pub add_host: Vec<String>,
    /// Set custom DNS servers
    #[arg(long, value_name = "IP")]
    pub dns: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct PsArgs {
    /// Print the pods' IDs only
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Do not truncate IDs
    #[arg(long = "no-trunc")]
    pub no_trunc: bool,
    /// Pretty-print pods using a Go template
    #[arg(long)]
    pub format: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct InspectArgs {
    /// Format the output using a Go template
    #[arg(short = 'f', long)]
    pub format: Option<String>,
    #[arg(required = true, value_name = "POD")]
    pub pods: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct PodsArgs {
    #[arg(required = true, value_name = "POD")]
    pub pods: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct StopArgs {
    /// Seconds to wait before killing the containers
    #[arg(short = 't', long = "time")]
    pub time: Option<i64>,
    #[arg(required = true, value_name = "POD")]
    pub pods: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct KillArgs {
    /// Signal to send to the containers
    #[arg(short = 's', long, default_value = "KILL")]
    pub signal: String,
    #[arg(required = true, value_name = "POD")]
    pub pods: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct RmArgs {
    /// Stop and remove running pods too
    #[arg(short = 'f', long)]
    pub force: bool,
    #[arg(required = true, value_name = "POD")]
    pub pods: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct PruneArgs {
    /// Do not prompt for confirmation
    #[arg(short = 'f', long)]
    pub force: bool,
}

#[derive(Debug, clap::Args)]
pub struct TopArgs {
    #[arg(value_name = "POD")]
    pub pod: String,
}

#[derive(Debug, clap::Args)]
pub struct LogsArgs {
    /// Show timestamps
    #[arg(short = 't', long)]
    pub timestamps: bool,
    /// Number of lines to show from the end of each container's logs
    #[arg(short = 'n', long)]
    pub tail: Option<String>,
    #[arg(value_name = "POD")]
    pub pod: String,
}

fn short(id: &str, no_trunc: bool) -> String {
    if no_trunc {
        id.to_string()
    } else {
        id.chars().take(12).collect()
    }
}

fn inspect_json(p: &Pod) -> serde_json::Value {
    json!({
        "Id": p.record.id,
        "Name": p.record.name,
        "Created": p.record.created,
        "State": p.status(),
        "Hostname": p.record.hostname,
        "Labels": p.record.labels,
        "CreateInfra": true,
        "InfraContainerID": p.record.infra_id,
        "SharedNamespaces": p.record.share,
        "NumContainers": p.containers.len(),
        "Containers": p.containers.iter().map(|c| json!({
            "Id": c.record.id,
            "Name": c.record.name,
            "State": c.state.status.as_str(),
        })).collect::<Vec<_>>(),
    })
}

/// Runs `f` on each named pod, printing its ID; the first failure is returned
/// after the others were tried, as podman does.
fn each(
    engine: &crate::engine::Engine,
    names: &[String],
    f: impl Fn(&Pod) -> Result<()>,
) -> Result<()> {
    let mut failed = false;
    for name in names {
        match pod::lookup(engine, name).and_then(|p| f(&p).map(|()| p)) {
            Ok(p) => println!("{}", p.record.id),
            Err(e) => {
                eprintln!("Error: {e:#}");
                failed = true;
            }
        }
    }
    if failed {
        return Err(super::ExitError::silent(125));
    }
    Ok(())
}

pub fn run(g: &GlobalArgs, cmd: PodCommand) -> Result<()> {
    let engine = g.engine()?;
    match cmd {
        PodCommand::Create(a) => {
            if !a.infra {
                bail!("--infra=false is not supported: skiff's pods share their namespaces through an infra container");
            }
            let mut ports = Vec::new();
            for p in &a.publish {
                ports.extend(crate::engine::ports::parse_publish(p)?);
            }
            let spec = PodSpec {
                name: a.name.clone(),
                labels: a.labels.into_iter().collect(),
                hostname: a.hostname.clone(),
                ports,
                networks: a
                    .network
                    .iter()
                    .map(|n| crate::engine::spec::NetworkAttachment {
                        name: n.clone(),
                        ..Default::default()
                    })
                    .collect(),
                extra_hosts: a.add_host.clone(),
                dns: a.dns.clone(),
                share: a.share.clone(),
            };
            let record = pod::create(&engine, &spec)?;
            println!("{}", record.id);
            Ok(())
        }
        PodCommand::Ps(a) => {
            let pods = pod::list(&engine)?;
            if a.quiet {
                for p in &pods {
                    println!("{}", short(&p.record.id, a.no_trunc));
                }
                return Ok(());
            }
            let items: Vec<serde_json::Value> = pods
                .iter()
                .map(|p| {
                    json!({
                        "ID": short(&p.record.id, a.no_trunc),
                        "Name": p.record.name,
                        "Status": p.status(),
                        "Created": super::units::since(Some(&p.record.created)),
                        "InfraID": short(&p.record.infra_id, a.no_trunc),
                        "NumberOfContainers": p.containers.len().to_string(),
                        "Labels": p.record.labels,
                    })
                })
                .collect();
            let headers = [
                ("ID", "POD ID"),
                ("Name", "NAME"),
                ("Status", "STATUS"),
                ("Created", "CREATED"),
                ("InfraID", "INFRA ID"),
                ("NumberOfContainers", "# OF CONTAINERS"),
            ];
            let format = Format::parse(a.format.as_deref().unwrap_or(""));
            print!(
                "{}",
                render_items(
                    &format,
                    "table {{.ID}}\t{{.Name}}\t{{.Status}}\t{{.Created}}\t{{.InfraID}}\t{{.NumberOfContainers}}",
                    &headers,
                    &items
                )?
            );
            Ok(())
        }
        PodCommand::Inspect(a) => {
            let mut items = Vec::new();
            for name in &a.pods {
                items.push(inspect_json(&pod::lookup(&engine, name)?));
            }
            match a.format.as_deref() {
                None | Some("") | Some("json") => {
                    println!("{}", serde_json::to_string_pretty(&items)?)
                }
                Some(f) => print!("{}", render_items(&Format::parse(f), "", &[], &items)?),
            }
            Ok(())
        }
        PodCommand::Start(a) => each(&engine, &a.pods, |p| pod::start(&engine, p)),
        PodCommand::Stop(a) => each(&engine, &a.pods, |p| pod::stop(&engine, p, a.time)),
        PodCommand::Restart(a) => each(&engine, &a.pods, |p| {
            pod::stop(&engine, p, a.time)?;
            pod::start(&engine, &pod::lookup(&engine, &p.record.id)?)
        }),
        PodCommand::Kill(a) => each(&engine, &a.pods, |p| {
            pod::for_each_container(p, |c| {
                if c.state.status.is_up() {
                    crate::engine::ops::kill(&engine, &c.record.id, &a.signal)?;
                }
                Ok(())
            })
        }),
        PodCommand::Pause(a) => each(&engine, &a.pods, |p| {
            pod::for_each_container(p, |c| {
                if c.state.status == crate::engine::container::Status::Running {
                    crate::engine::ops::pause(&engine, &c.record.id)?;
                }
                Ok(())
            })
        }),
        PodCommand::Unpause(a) => each(&engine, &a.pods, |p| {
            pod::for_each_container(p, |c| {
                if c.state.status == crate::engine::container::Status::Paused {
                    crate::engine::ops::unpause(&engine, &c.record.id)?;
                }
                Ok(())
            })
        }),
        PodCommand::Rm(a) => each(&engine, &a.pods, |p| pod::remove(&engine, p, a.force)),
        PodCommand::Prune(a) => {
            if !a.force && !super::confirm("WARNING! This will remove all stopped/exited pods..")? {
                return Ok(());
            }
            for p in pod::list(&engine)? {
                if !p.containers.iter().any(|c| c.state.status.is_live()) {
                    pod::remove(&engine, &p, false)?;
                    println!("{}", p.record.id);
                }
            }
            Ok(())
        }
        PodCommand::Top(a) => {
            let p = pod::lookup(&engine, &a.pod)?;
            let mut header_done = false;
            for c in p.members().chain(
                p.containers
                    .iter()
                    .filter(|c| c.record.id == p.record.infra_id),
            ) {
                if c.state.status != crate::engine::container::Status::Running {
                    continue;
                }
                let table = crate::engine::ops::top(&engine, &c.record.id, &[])?;
                if !header_done {
                    println!("CONTAINER   {}", table.header);
                    header_done = true;
                }
                for row in &table.rows {
                    println!(
                        "{:<11} {row}",
                        crate::engine::container::short_id(&c.record.id)
                            .chars()
                            .take(11)
                            .collect::<String>()
                    );
                }
            }
            Ok(())
        }
        PodCommand::Stats(a) => {
            let pods = if a.pods.is_empty() {
                pod::list(&engine)?
            } else {
                a.pods
                    .iter()
                    .map(|p| pod::lookup(&engine, p))
                    .collect::<Result<Vec<_>>>()?
            };
            let containers: Vec<String> = pods
                .iter()
                .flat_map(|p| p.containers.iter())
                .filter(|c| a.options.all || c.state.status.is_up())
                .map(|c| c.record.id.clone())
                .collect();
            if containers.is_empty() {
                return Ok(());
            }
            super::stats::run(
                g,
                super::stats::StatsArgs {
                    containers,
                    options: a.options,
                },
            )
        }
        PodCommand::Logs(a) => {
            let p = pod::lookup(&engine, &a.pod)?;
            // As podman prints several containers' logs: each line after
            // its container's short ID.
            use std::io::Write as _;
            let mut out = std::io::stdout().lock();
            for c in p.members() {
                let path = engine.container_paths(&c.record.id).log();
                let entries = crate::engine::container::logs::read_entries(&path)?;
                let skip = match a.tail.as_deref() {
                    None | Some("all") | Some("-1") => 0,
                    Some(n) => entries.len().saturating_sub(
                        n.parse()
                            .map_err(|_| anyhow::anyhow!("invalid value for tail: {n:?}"))?,
                    ),
                };
                let id = crate::engine::container::short_id(&c.record.id);
                for e in &entries[skip..] {
                    let stamp = if a.timestamps {
                        format!("{} ", e.time)
                    } else {
                        String::new()
                    };
                    write!(out, "{id} {stamp}{}", e.log)?;
                }
            }
            Ok(())
        }
    }
}
