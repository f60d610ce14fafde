//! `skiff ps` / `skiff container ls`.

use anyhow::{bail, Result};
use serde_json::json;

use super::format::{render_items, Format};
use super::units::{human_duration, parse_time, since};
use super::GlobalArgs;
use crate::engine::container::{self, Container, HealthStatus, Status};
use crate::engine::filters::{label_matches, Filters};

#[derive(Debug, clap::Args)]
pub struct PsArgs {
    /// Show all containers (default shows just running)
    #[arg(short = 'a', long)]
    pub all: bool,
    /// Only display container IDs
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Show n last created containers (includes all states)
    #[arg(short = 'n', long = "last", default_value_t = -1)]
    pub last: i64,
    /// Show the latest created container (includes all states)
    #[arg(short = 'l', long)]
    pub latest: bool,
    /// Display total file sizes
    #[arg(short = 's', long)]
    pub size: bool,
    /// Don't truncate output
    #[arg(long = "no-trunc")]
    pub no_trunc: bool,
    /// Filter output based on conditions provided
    #[arg(short = 'f', long = "filter", value_name = "FILTER")]
    pub filters: Vec<String>,
    /// Format output using a custom template
    #[arg(long)]
    pub format: Option<String>,
    /// Print the ID and name of the pod each container belongs to
    #[arg(short = 'p', long)]
    pub pod: bool,
}

/// docker's STATUS column: "Up 3 seconds", "Exited (0) 2 minutes ago", "Created".
pub fn status_text(c: &Container) -> String {
    let ago = |t: &Option<String>| {
        t.as_deref()
            .and_then(parse_time)
            .map(|t| {
                human_duration(
                    std::time::SystemTime::now()
                        .duration_since(t)
                        .unwrap_or_default(),
                )
            })
            .unwrap_or_else(|| "Less than a second".into())
    };
    match c.state.status {
        Status::Running => {
            let health = match c.state.health.as_ref().map(|h| h.status) {
                Some(HealthStatus::Starting) => " (health: starting)",
                Some(HealthStatus::Healthy) => " (healthy)",
                Some(HealthStatus::Unhealthy) => " (unhealthy)",
                None => "",
            };
            format!("Up {}{health}", ago(&c.state.started_at))
        }
        Status::Paused => format!("Up {} (Paused)", ago(&c.state.started_at)),
        Status::Exited => format!(
            "Exited ({}) {} ago",
            c.state.exit_code,
            ago(&c.state.finished_at)
        ),
        Status::Created => "Created".into(),
        Status::Restarting => format!(
            "Restarting ({}) {} ago",
            c.state.exit_code,
            ago(&c.state.finished_at)
        ),
        Status::Removing => "Removal In Progress".into(),
        Status::Dead => "Dead".into(),
    }
}

/// The command as docker shows it: quoted, truncated to 20 characters.
pub(super) fn command_text(c: &Container, no_trunc: bool) -> String {
    let cmd = c.record.config.command_line();
    let cmd = if no_trunc {
        cmd
    } else {
        super::units::ellipsis(&cmd, 20)
    };
    format!("\"{cmd}\"")
}

/// docker's SIZE column: the writable layer, and the image it sits on.
fn size_text(engine: &crate::engine::Engine, c: &Container) -> String {
    // The same measure as system df and inspect -s.
    let rw = crate::engine::system::container_size_rw(engine, c);
    let image = crate::engine::image::lookup(engine, &c.record.image_id)
        .map(|i| i.record.size)
        .unwrap_or(0);
    // A native rootfs is a whole copy: its size is already the virtual one.
    let virtual_size = if c.record.snapshotter == crate::engine::store::SnapshotterKind::Overlay {
        rw + image
    } else {
        rw
    };
    format!(
        "{} (virtual {})",
        super::units::human_size(rw),
        super::units::human_size(virtual_size)
    )
}

fn matches(c: &Container, key: &str, value: &str, all: &[Container]) -> Result<bool> {
    let created = |x: &Container| x.record.created.clone();
    Ok(match key {
        "id" => c.record.id.starts_with(value),
        "name" => c.record.name.contains(value),
        "label" => label_matches(value, &c.record.config.labels),
        "status" => c.state.status.as_str() == value,
        "exited" => c.state.status == Status::Exited && c.state.exit_code.to_string() == value,
        "ancestor" => {
            c.record.image == value
                || c.record
                    .image_id
                    .trim_start_matches("sha256:")
                    .starts_with(value.trim_start_matches("sha256:"))
        }
        "before" | "since" => {
            let other = all
                .iter()
                .find(|o| o.record.name == value || o.record.id.starts_with(value))
                .ok_or_else(|| anyhow::anyhow!("No such container: {value}"))?;
            if key == "before" {
                created(c) < created(other)
            } else {
                created(c) > created(other)
            }
        }
        "health" => {
            let status = c
                .state
                .health
                .as_ref()
                .map_or("none", |h| h.status.as_str());
            status == value
        }
        // `none` and `host` are networks too, as docker lists them.
        "network" => {
            c.record.host_config.network_mode == value
                || c.record
                    .host_config
                    .network_names()
                    .iter()
                    .any(|n| n == value)
        }
        "volume" => {
            let h = &c.record.host_config;
            h.volumes
                .iter()
                .any(|v| v.name == value || v.destination == value)
                || h.binds
                    .iter()
                    .any(|b| b.source == value || b.destination == value)
        }
        "publish" | "expose" => {
            let (port, proto) = value.split_once('/').unwrap_or((value, ""));
            let (lo, hi) = match port.split_once('-') {
                Some((a, b)) => (a.parse::<u16>(), b.parse::<u16>()),
                None => (port.parse::<u16>(), port.parse::<u16>()),
            };
            let (Ok(lo), Ok(hi)) = (lo, hi) else {
                bail!("invalid filter '{key}={value}'");
            };
            let wanted =
                |p: u16, pr: &str| (lo..=hi).contains(&p) && (proto.is_empty() || pr == proto);
            if key == "publish" {
                c.record
                    .host_config
                    .port_bindings
                    .iter()
                    .any(|b| wanted(b.host_port, &b.protocol))
            } else {
                c.record.config.exposed_ports.iter().any(|k| {
                    crate::engine::ports::split_port_key(k).is_some_and(|(p, pr)| wanted(p, &pr))
                })
            }
        }
        // No swarm here: nothing is a task.
        "is-task" => value == "false",
        other => bail!("invalid filter '{other}'"),
    })
}

pub fn run(g: &GlobalArgs, args: PsArgs) -> Result<()> {
    let engine = g.engine()?;
    let all = crate::engine::ops::list(&engine)?;
    let filters = Filters::parse(
        &args.filters,
        &[
            "id", "name", "label", "status", "exited", "ancestor", "before", "since", "health",
            "network", "volume", "publish", "expose", "is-task",
        ],
    )?;
    let show_all = args.all
        || args.last > 0
        || args.latest
        || filters.contains("status")
        || filters.contains("exited");
    let mut selected = Vec::new();
    for c in &all {
        if !show_all && c.state.status != Status::Running && c.state.status != Status::Paused {
            continue;
        }
        if filters.all_keys(|key, v| matches(c, key, v, &all))? {
            selected.push(c);
        }
    }
    let limit = if args.latest { 1 } else { args.last };
    if limit > 0 {
        selected.truncate(limit as usize);
    }
    let id_of = |c: &Container| {
        if args.no_trunc {
            c.record.id.clone()
        } else {
            container::short_id(&c.record.id).to_string()
        }
    };
    if args.quiet {
        for c in selected {
            println!("{}", id_of(c));
        }
        return Ok(());
    }
    // docker/cli computes sizes for -s, and also when the format uses Size:
    // `{{.Size}}`, or `{{json .}}` / `json`, which render every field.
    let sizes = args.size
        || args
            .format
            .as_deref()
            .is_some_and(|f| f == "json" || f.contains(".Size") || f.contains("json ."));
    let pod_names: std::collections::BTreeMap<String, String> =
        crate::engine::ops::pod::list(&engine)
            .unwrap_or_default()
            .into_iter()
            .map(|p| (p.record.id, p.record.name))
            .collect();
    let items: Vec<serde_json::Value> = selected
        .iter()
        .map(|c| {
            let pod = c
                .record
                .config
                .labels
                .get(crate::engine::ops::pod::POD_LABEL)
                .cloned()
                .unwrap_or_default();
            let pod_name = pod_names.get(&pod).cloned().unwrap_or_default();
            let pod = if args.no_trunc {
                pod
            } else {
                pod.chars().take(12).collect()
            };
            let labels = super::format::labels_text(&c.record.config.labels);
            // docker/cli's MOUNTS: each volume's name, or a bind's source,
            // cut to 15 characters unless --no-trunc.
            let host = &c.record.host_config;
            let mounts = host
                .volumes
                .iter()
                .map(|v| v.name.as_str())
                .chain(host.binds.iter().map(|b| b.source.as_str()))
                .map(|m| {
                    if args.no_trunc {
                        m.to_string()
                    } else {
                        super::units::ellipsis(m, 15)
                    }
                })
                .collect::<Vec<_>>()
                .join(",");
            json!({
                "ID": id_of(c),
                "Image": c.record.image,
                "Command": command_text(c, args.no_trunc),
                "CreatedAt": super::units::go_time_text(Some(&c.record.created)),
                "RunningFor": since(Some(&c.record.created)),
                "Status": status_text(c),
                "State": c.state.status.as_str(),
                "Ports": ports_column(&engine, c),
                "Names": c.record.name,
                "Labels": labels,
                "Mounts": mounts,
                "LocalVolumes": host.volumes.len().to_string(),
                "Networks": c.record.host_config.network_mode,
                "Size": if sizes { size_text(&engine, c) } else { "0B".to_string() },
                "Pod": pod,
                "PodName": pod_name,
            })
        })
        .collect();
    let headers = [
        ("ID", "CONTAINER ID"),
        ("Image", "IMAGE"),
        ("Command", "COMMAND"),
        ("CreatedAt", "CREATED AT"),
        ("RunningFor", "CREATED"),
        ("Status", "STATUS"),
        ("State", "STATE"),
        ("Ports", "PORTS"),
        ("Names", "NAMES"),
        ("Labels", "LABELS"),
        ("Mounts", "MOUNTS"),
        ("LocalVolumes", "LOCAL VOLUMES"),
        ("Networks", "NETWORKS"),
        ("Size", "SIZE"),
        ("Pod", "POD ID"),
        ("PodName", "PODNAME"),
    ];
    let mut default = String::from(
        "table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}",
    );
    if args.size {
        default.push_str("\t{{.Size}}");
    }
    if args.pod {
        default.push_str("\t{{.Pod}}\t{{.PodName}}");
    }
    let format = Format::parse(args.format.as_deref().unwrap_or(""));
    print!("{}", render_items(&format, &default, &headers, &items)?);
    Ok(())
}

/// docker's PORTS: published and exposed ports of a running container.
pub(crate) fn ports_column(engine: &crate::engine::Engine, c: &container::Container) -> String {
    let r = &c.record;
    let running = c.state.status == container::Status::Running;
    if !running || (r.config.exposed_ports.is_empty() && r.host_config.port_bindings.is_empty()) {
        return String::new();
    }
    let a = crate::engine::network::attach::load(engine, &r.id);
    crate::engine::network::attach::ps_ports(&r.config.exposed_ports, a.as_ref())
}
