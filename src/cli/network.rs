//! `skiff network ...`: docker's network commands for bridge networks.

use std::collections::BTreeMap;

use anyhow::Result;
use clap::Subcommand;
use serde_json::json;

use super::format::{render_items, Format};
use super::volume::{name_matches, parse_label, parse_opt};
use super::GlobalArgs;
use crate::engine::container;
use crate::engine::filters::{match_kv_list, Filters};
use crate::engine::network::{self, attach, Network};
use crate::engine::Engine;

#[derive(Debug, Subcommand)]
pub enum NetworkCommand {
    /// Create a network
    Create(CreateArgs),
    /// List networks
    #[command(visible_alias = "list")]
    Ls(LsArgs),
    /// Display detailed information on one or more networks
    Inspect(InspectArgs),
    /// Remove one or more networks
    #[command(visible_alias = "remove")]
    Rm(RmArgs),
    /// Remove all unused networks
    Prune(super::manage::PruneArgs),
    /// Connect a container to a network
    Connect(ConnectArgs),
    /// Disconnect a container from a network
    Disconnect(DisconnectArgs),
}

pub fn run(g: &GlobalArgs, cmd: NetworkCommand) -> Result<()> {
    match cmd {
        NetworkCommand::Create(a) => run_create(g, a),
        NetworkCommand::Ls(a) => run_ls(g, a),
        NetworkCommand::Inspect(a) => run_inspect(g, a),
        NetworkCommand::Rm(a) => run_rm(g, a),
        NetworkCommand::Prune(a) => run_prune(g, a),
        NetworkCommand::Connect(a) => run_connect(g, a),
        NetworkCommand::Disconnect(a) => run_disconnect(g, a),
    }
}

#[derive(Debug, clap::Args)]
pub struct CreateArgs {
    /// Name of the network
    #[arg(value_name = "NETWORK")]
    pub name: String,
    /// Driver to manage the Network
    #[arg(short = 'd', long, default_value = "bridge")]
    pub driver: String,
    /// Subnet in CIDR format that represents a network segment
    #[arg(long)]
    pub subnet: Option<String>,
    /// IPv4 Gateway for the master subnet
    #[arg(long)]
    pub gateway: Option<String>,
    /// Allocate container ip from a sub-range
    #[arg(long = "ip-range")]
    pub ip_range: Option<String>,
    /// Restrict external access to the network
    #[arg(long)]
    pub internal: bool,
    /// Set metadata on a network
    #[arg(long = "label", value_name = "KEY=VALUE", value_parser = parse_label)]
    pub labels: Vec<(String, String)>,
    /// Set driver specific options
    #[arg(short = 'o', long = "opt", value_name = "KEY=VALUE", value_parser = parse_opt)]
    pub opts: Vec<(String, String)>,
}

fn run_create(g: &GlobalArgs, args: CreateArgs) -> Result<()> {
    let engine = g.engine()?;
    let net = network::create(
        &engine,
        &args.name,
        &network::CreateOptions {
            driver: args.driver,
            subnet: args.subnet,
            gateway: args.gateway,
            ip_range: args.ip_range,
            internal: args.internal,
            labels: args.labels.into_iter().collect(),
            options: args.opts.into_iter().collect(),
        },
    )?;
    println!("{}", net.id);
    Ok(())
}

#[derive(Debug, clap::Args)]
pub struct LsArgs {
    /// Only display network IDs
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Provide filter values (e.g. 'driver=bridge'): driver, id, label, name, scope, type, dangling
    #[arg(short = 'f', long = "filter", value_name = "FILTER")]
    pub filters: Vec<String>,
    /// Format output using a custom template: 'table', 'table TEMPLATE', 'json', or a Go template
    #[arg(long)]
    pub format: Option<String>,
    /// Do not truncate the output
    #[arg(long = "no-trunc")]
    pub no_trunc: bool,
}

fn run_ls(g: &GlobalArgs, args: LsArgs) -> Result<()> {
    let filters = Filters::parse(
        &args.filters,
        &["driver", "id", "label", "name", "scope", "type", "dangling"],
    )?;
    let engine = g.engine()?;
    let get = |k: &str| filters.get(k);
    let in_use: Vec<String> = if filters.contains("dangling") {
        crate::engine::ops::list(&engine)?
            .iter()
            .flat_map(|c| c.record.host_config.network_names())
            .collect()
    } else {
        Vec::new()
    };
    let selected: Vec<Network> = network::list(&engine)?
        .into_iter()
        .filter(|n| {
            let kind = if n.is_builtin() { "builtin" } else { "custom" };
            let dangling = !n.is_builtin() && !in_use.contains(&n.name);
            (get("name").is_empty() || get("name").iter().any(|p| name_matches(p, &n.name)))
                && (get("id").is_empty() || get("id").iter().any(|p| n.id.starts_with(p.as_str())))
                && (get("driver").is_empty() || get("driver").contains(&n.driver))
                && (get("scope").is_empty() || get("scope").iter().any(|s| s == "local"))
                && (get("type").is_empty() || get("type").iter().any(|t| t == kind))
                && (get("dangling").is_empty()
                    || get("dangling")
                        .iter()
                        .any(|d| (d == "true" || d == "1") == dangling))
                && match_kv_list(get("label"), &n.labels)
        })
        .collect();
    let id_of = |n: &Network| {
        if args.no_trunc {
            n.id.clone()
        } else {
            n.id.chars().take(12).collect()
        }
    };
    if args.quiet && matches!(args.format.as_deref(), None | Some("" | "table")) {
        for n in &selected {
            println!("{}", id_of(n));
        }
        return Ok(());
    }
    let items: Vec<serde_json::Value> = selected
        .iter()
        .map(|n| {
            json!({
                "ID": id_of(n),
                "Name": n.name,
                "Driver": n.driver,
                "Scope": "local",
                "IPv6": "false",
                "Internal": n.internal.to_string(),
                "Labels": super::format::labels_text(&n.labels),
                "CreatedAt": super::units::go_time_text(Some(&n.created)),
            })
        })
        .collect();
    let headers = [
        ("ID", "NETWORK ID"),
        ("Name", "NAME"),
        ("Driver", "DRIVER"),
        ("Scope", "SCOPE"),
        ("IPv6", "IPV6"),
        ("Internal", "INTERNAL"),
        ("Labels", "LABELS"),
        ("CreatedAt", "CREATED AT"),
    ];
    let format = Format::parse(args.format.as_deref().unwrap_or(""));
    print!(
        "{}",
        render_items(
            &format,
            "table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}",
            &headers,
            &items
        )?
    );
    Ok(())
}

#[derive(Debug, clap::Args)]
pub struct InspectArgs {
    /// Networks to inspect
    #[arg(required = true, value_name = "NETWORK")]
    pub names: Vec<String>,
    /// Format output using a custom template: 'json' or a Go template
    #[arg(short = 'f', long)]
    pub format: Option<String>,
}

/// docker's network inspect document.
pub fn inspect_json(engine: &Engine, n: &Network) -> Result<serde_json::Value> {
    let mut containers = serde_json::Map::new();
    for c in crate::engine::ops::list(engine)? {
        if c.state.status != container::Status::Running {
            continue;
        }
        let Some(a) = attach::load(engine, &c.record.id) else {
            continue;
        };
        if let Some(e) = a.endpoints.get(&n.name) {
            containers.insert(
                c.record.id.clone(),
                json!({
                    "Name": c.record.name,
                    "EndpointID": format!("{}{}", container::short_id(&c.record.id), e.interface),
                    "MacAddress": e.mac,
                    "IPv4Address": format!("{}/{}", e.ip, e.prefix_len),
                    "IPv6Address": "",
                }),
            );
        }
    }
    let config: Vec<serde_json::Value> = if n.subnet.is_empty() {
        Vec::new()
    } else {
        let mut c = json!({"Subnet": n.subnet, "Gateway": n.gateway});
        if !n.ip_range.is_empty() {
            c["IPRange"] = json!(n.ip_range);
        }
        vec![c]
    };
    Ok(json!({
        "Name": n.name,
        "Id": n.id,
        "Created": n.created,
        "Scope": "local",
        "Driver": n.driver,
        "EnableIPv6": false,
        "IPAM": {"Driver": "default", "Options": {}, "Config": config},
        "Internal": n.internal,
        "Attachable": false,
        "Ingress": false,
        "ConfigFrom": {"Network": ""},
        "ConfigOnly": false,
        "Containers": containers,
        "Options": if n.interface.is_empty() { BTreeMap::new() } else {
            let mut o = n.options.clone();
            o.insert("com.docker.network.bridge.name".into(), n.interface.clone());
            o
        },
        "Labels": n.labels,
    }))
}

fn run_inspect(g: &GlobalArgs, args: InspectArgs) -> Result<()> {
    let engine = g.engine()?;
    super::inspect::print_each(&args.names, args.format.as_deref(), |name| {
        inspect_json(&engine, &network::lookup(&engine, name)?)
    })
}

#[derive(Debug, clap::Args)]
pub struct RmArgs {
    /// Networks to remove
    #[arg(required = true, value_name = "NETWORK")]
    pub names: Vec<String>,
    /// Do not error if the network does not exist
    #[arg(short = 'f', long)]
    pub force: bool,
}

fn run_rm(g: &GlobalArgs, args: RmArgs) -> Result<()> {
    let engine = g.engine()?;
    super::each_name(&args.names, |name| match network::remove(&engine, name) {
        Err(e) if args.force && e.downcast_ref::<network::NoSuchNetwork>().is_some() => Ok(()),
        other => other.map(|_| ()),
    })
}

fn run_prune(g: &GlobalArgs, args: super::manage::PruneArgs) -> Result<()> {
    let (filters, _) =
        crate::engine::filters::prune_filters(&args.filters, std::time::SystemTime::now())?;
    if !args.force
        && !super::confirm(
            "WARNING! This will remove all custom networks not used by at least one container.",
        )?
    {
        return Ok(());
    }
    let engine = g.engine()?;
    let removed = network::prune(&engine, &filters)?;
    if !removed.is_empty() {
        println!("Deleted Networks:");
        for name in removed {
            println!("{name}");
        }
        println!();
    }
    Ok(())
}

#[derive(Debug, clap::Args)]
pub struct ConnectArgs {
    #[arg(value_name = "NETWORK")]
    pub network: String,
    #[arg(value_name = "CONTAINER")]
    pub container: String,
    /// Add network-scoped alias for the container
    #[arg(long = "alias", value_name = "ALIAS")]
    pub aliases: Vec<String>,
    /// IPv4 address (e.g., 172.30.100.104)
    #[arg(long = "ip")]
    pub ip: Option<String>,
}

fn run_connect(g: &GlobalArgs, args: ConnectArgs) -> Result<()> {
    let engine = g.engine()?;
    let net = network::lookup(&engine, &args.network)?;
    let c = crate::engine::ops::lookup(&engine, &args.container)?;
    network::connect(
        &engine,
        &c,
        &net,
        container::NetworkRequest {
            name: net.name.clone(),
            aliases: args.aliases,
            ip: args.ip.unwrap_or_default(),
            mac: String::new(),
        },
    )
}

#[derive(Debug, clap::Args)]
pub struct DisconnectArgs {
    #[arg(value_name = "NETWORK")]
    pub network: String,
    #[arg(value_name = "CONTAINER")]
    pub container: String,
    /// Force the container to disconnect from a network
    #[arg(short = 'f', long)]
    pub force: bool,
}

fn run_disconnect(g: &GlobalArgs, args: DisconnectArgs) -> Result<()> {
    let engine = g.engine()?;
    let net = network::lookup(&engine, &args.network)?;
    let c = crate::engine::ops::lookup(&engine, &args.container)?;
    network::disconnect(&engine, &c, &net.name)
}
