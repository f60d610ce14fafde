//! `skiff info` and `skiff system info|df|prune`.

use std::fmt::Write as _;
use std::time::SystemTime;

use anyhow::Result;
use clap::Subcommand;
use serde_json::{json, Value};

use super::format::{render_items, render_one, Format};
use super::units::{bytes_size, human_size, human_size_4, since};
use super::{ExitError, GlobalArgs};
use crate::engine::image::reference::Reference;
use crate::engine::image::{short_id, RemoveEvent};
use crate::engine::system::{self, DiskUsage, Info, PruneOptions};

#[derive(Debug, Subcommand)]
pub enum SystemCommand {
    /// Display system-wide information
    Info(InfoArgs),
    /// Show skiff disk usage
    Df(DfArgs),
    /// Remove unused data
    Prune(PruneArgs),
    /// Stop and remove everything of the store: containers, images, networks, volumes
    Reset(ResetArgs),
    /// Get real time events from the engine
    Events(super::events::EventsArgs),
    /// Check the store for damage and leftovers (and repair what can safely be)
    Check(CheckArgs),
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Repair what can safely be: unpack layers again, remove damaged images, leftovers and stale locks
    #[arg(short = 'r', long)]
    pub repair: bool,
    /// With --repair, also remove containers (broken ones, and those of damaged images)
    #[arg(short = 'f', long)]
    pub force: bool,
}

fn run_check(g: &GlobalArgs, a: CheckArgs) -> Result<()> {
    use crate::engine::store_check::Outcome;
    let engine = g.engine()?;
    let findings = crate::engine::store_check::check(&engine, a.repair, a.force)?;
    let mut left = 0;
    for f in &findings {
        let outcome = match &f.outcome {
            Outcome::Found => {
                left += 1;
                String::new()
            }
            Outcome::Repaired(how) => format!(" ({how})"),
            Outcome::NeedsForce => {
                left += 1;
                " (not repaired: it would remove containers; add --force)".to_string()
            }
            Outcome::Failed(e) => {
                left += 1;
                format!(" (repair failed: {e})")
            }
        };
        println!("{} {}: {}{outcome}", f.kind, f.object, f.problem);
    }
    if findings.is_empty() {
        println!("No problems found");
        return Ok(());
    }
    let repaired = findings.len() - left;
    println!(
        "{} problem{} found, {repaired} repaired",
        findings.len(),
        if findings.len() == 1 { "" } else { "s" }
    );
    if left > 0 {
        return Err(super::ExitError::silent(1));
    }
    Ok(())
}

pub fn run(g: &GlobalArgs, cmd: SystemCommand) -> Result<()> {
    match cmd {
        SystemCommand::Info(a) => run_info(g, a),
        SystemCommand::Df(a) => run_df(g, a),
        SystemCommand::Prune(a) => run_prune(g, a),
        SystemCommand::Reset(a) => run_reset(g, a),
        SystemCommand::Events(a) => super::events::run(g, a),
        SystemCommand::Check(a) => run_check(g, a),
    }
}

// ---------------------------------------------------------------------------
// reset

#[derive(Debug, clap::Args)]
pub struct ResetArgs {
    /// Do not prompt for confirmation
    #[arg(short = 'f', long)]
    pub force: bool,
}

fn run_reset(g: &GlobalArgs, args: ResetArgs) -> Result<()> {
    let engine = g.engine()?;
    let warning = format!(
        "WARNING! This will remove:\n        - all containers\n        - all images\n        - all networks\n        - all volumes\n        - the root directory: {:?}\n        - the runroot directory: {:?}",
        engine.paths.root, engine.paths.runroot
    );
    if !args.force && !super::confirm(&warning)? {
        return Ok(());
    }
    let problems = system::reset(&engine)?;
    if problems.is_empty() {
        return Ok(());
    }
    for p in &problems {
        eprintln!("Error: {p}");
    }
    Err(ExitError::silent(1))
}

// ---------------------------------------------------------------------------
// info

#[derive(Debug, clap::Args)]
pub struct InfoArgs {
    /// Format output using a custom template: 'json' or a Go template
    #[arg(short = 'f', long)]
    pub format: Option<String>,
}

pub fn run_info(g: &GlobalArgs, args: InfoArgs) -> Result<()> {
    let engine = g.engine()?;
    let debug = g.debug || g.log_level == "debug";
    let info = system::info(&engine, debug)?;
    match args.format.as_deref() {
        None | Some("") => {
            print!("{}", render_info(&info, debug));
            for w in &info.warnings {
                eprintln!("{w}");
            }
        }
        Some(format) => {
            // docker: `--format json` is `{{json .}}`; the result gets a newline.
            let tmpl = if format == "json" {
                "{{json .}}"
            } else {
                format
            };
            println!("{}", render_one(tmpl, &info_document(&info, debug)?)?);
        }
    }
    Ok(())
}

/// The document `info --format` templates see: the server's Info with the
/// client's part under `ClientInfo`, as docker's CLI builds it.
fn info_document(info: &Info, debug: bool) -> Result<Value> {
    let mut doc = serde_json::to_value(info)?;
    if let Some(obj) = doc.as_object_mut() {
        let mut index_configs = serde_json::Map::new();
        index_configs.insert(
            "docker.io".into(),
            json!({"Name": "docker.io", "Mirrors": [], "Secure": true, "Official": true}),
        );
        for host in &info.insecure_registries {
            index_configs.insert(
                host.clone(),
                json!({"Name": host, "Mirrors": [], "Secure": false, "Official": false}),
            );
        }
        obj.insert(
            "RegistryConfig".into(),
            json!({
                "IndexConfigs": index_configs,
                "InsecureRegistryCIDRs": [],
                "Mirrors": [],
            }),
        );
        obj.insert(
            "ClientInfo".into(),
            json!({
                "Debug": debug,
                "Version": env!("CARGO_PKG_VERSION"),
                "Plugins": [],
                "Warnings": null,
            }),
        );
    }
    Ok(doc)
}

/// docker's human layout of `info` (docker/cli cli/command/system/info.go,
/// prettyPrintInfo), with the lines that apply to skiff.
pub fn render_info(info: &Info, debug: bool) -> String {
    let mut out = String::new();
    let o = &mut out;
    // docker's fprintlnNonEmpty.
    fn non_empty(o: &mut String, label: &str, value: &str) {
        if !value.is_empty() {
            let _ = writeln!(o, " {label}: {value}");
        }
    }
    let _ = writeln!(o, "Client:");
    let _ = writeln!(o, " Version:    {}", env!("CARGO_PKG_VERSION"));
    let _ = writeln!(o, " Debug Mode: {debug}");
    let _ = writeln!(o);
    let _ = writeln!(o, "Server:");
    let _ = writeln!(o, " Containers: {}", info.containers);
    let _ = writeln!(o, "  Running: {}", info.containers_running);
    let _ = writeln!(o, "  Paused: {}", info.containers_paused);
    let _ = writeln!(o, "  Stopped: {}", info.containers_stopped);
    let _ = writeln!(o, " Images: {}", info.images);
    non_empty(o, "Server Version", &info.server_version);
    non_empty(o, "Storage Driver", &info.driver);
    for [k, v] in &info.driver_status {
        let _ = writeln!(o, "  {k}: {v}");
    }
    non_empty(o, "Logging Driver", &info.logging_driver);
    non_empty(o, "Cgroup Driver", &info.cgroup_driver);
    non_empty(o, "Cgroup Version", &info.cgroup_version);
    let _ = writeln!(o, " Plugins:");
    let _ = writeln!(o, "  Volume: {}", info.plugins.volume.join(" "));
    let _ = writeln!(o, "  Network: {}", info.plugins.network.join(" "));
    let _ = writeln!(o, "  Log: {}", info.plugins.log.join(" "));
    let names: Vec<&str> = info.runtimes.keys().map(String::as_str).collect();
    let _ = writeln!(o, " Runtimes: {}", names.join(" "));
    non_empty(o, "Default Runtime", &info.default_runtime);
    if !info.security_options.is_empty() {
        let _ = writeln!(o, " Security Options:");
        for opt in &info.security_options {
            // "name=seccomp,profile=builtin" (docker's DecodeSecurityOptions).
            let mut name = "";
            let mut profile = None;
            for kv in opt.split(',') {
                match kv.split_once('=') {
                    Some(("name", v)) => name = v,
                    Some(("profile", v)) => profile = Some(v),
                    _ => {}
                }
            }
            let _ = writeln!(o, "  {name}");
            if let Some(p) = profile {
                let _ = writeln!(o, "   Profile: {p}");
            }
        }
    }
    non_empty(o, "Kernel Version", &info.kernel_version);
    non_empty(o, "Operating System", &info.operating_system);
    non_empty(o, "OSType", &info.os_type);
    non_empty(o, "Architecture", &info.architecture);
    let _ = writeln!(o, " CPUs: {}", info.ncpu);
    let _ = writeln!(o, " Total Memory: {}", bytes_size(info.mem_total));
    non_empty(o, "Name", &info.name);
    non_empty(o, "ID", &info.id);
    let _ = writeln!(o, " Docker Root Dir: {}", info.docker_root_dir);
    let _ = writeln!(o, " Run Root: {}", info.run_root);
    let _ = writeln!(o, " Namespace: {}", info.namespace);
    let _ = writeln!(o, " Debug Mode: {}", info.debug);
    non_empty(o, "HTTP Proxy", &info.http_proxy);
    non_empty(o, "HTTPS Proxy", &info.https_proxy);
    non_empty(o, "No Proxy", &info.no_proxy);
    let _ = writeln!(o, " Experimental: {}", info.experimental_build);
    if !info.insecure_registries.is_empty() {
        let _ = writeln!(o, " Insecure Registries:");
        for r in &info.insecure_registries {
            let _ = writeln!(o, "  {r}");
        }
    }
    let _ = writeln!(o, " Live Restore Enabled: {}", info.live_restore_enabled);
    let _ = writeln!(o);
    out
}

// ---------------------------------------------------------------------------
// system df

#[derive(Debug, clap::Args)]
pub struct DfArgs {
    /// Show detailed information on space usage
    #[arg(short = 'v', long)]
    pub verbose: bool,
    /// Format output using a custom template: 'table', 'table TEMPLATE', 'json', or a Go template
    #[arg(long)]
    pub format: Option<String>,
}

/// docker's RECLAIMABLE cell: "1.2MB (45%)", or just the size when there is nothing.
pub fn reclaimable_text(reclaimable: u64, total: u64) -> String {
    if total > 0 {
        format!(
            "{} ({}%)",
            human_size_4(reclaimable),
            u128::from(reclaimable) * 100 / u128::from(total)
        )
    } else {
        human_size_4(reclaimable)
    }
}

/// The summary rows as docker's `--format` sees them.
fn summary_items(du: &DiskUsage) -> Vec<Value> {
    du.summary()
        .iter()
        .map(|row| {
            let reclaimable = if row.kind == "Build Cache" {
                human_size_4(row.reclaimable)
            } else {
                reclaimable_text(row.reclaimable, row.size)
            };
            json!({
                "Type": row.kind,
                "TotalCount": row.total.to_string(),
                "Active": row.active.to_string(),
                "Size": human_size_4(row.size),
                "Reclaimable": reclaimable,
            })
        })
        .collect()
}

/// `system df -v` items: images, containers, volumes (docker's field names).
fn verbose_items(du: &DiskUsage) -> (Vec<Value>, Vec<Value>, Vec<Value>) {
    let images = du
        .images
        .iter()
        .map(|i| {
            let first = i.tags.first().and_then(|t| Reference::parse_named(t).ok());
            let (repo, tag) = match first {
                Some(r) => (
                    r.familiar_repository(),
                    r.tag.clone().unwrap_or_else(|| "<none>".into()),
                ),
                None => ("<none>".to_string(), "<none>".to_string()),
            };
            json!({
                "Repository": repo,
                "Tag": tag,
                "ID": short_id(&i.record.id),
                "CreatedSince": since(i.record.created.as_deref()),
                "CreatedAt": i.record.created.clone().unwrap_or_default(),
                "Size": human_size(i.size),
                "SharedSize": human_size_4(i.shared_size),
                "UniqueSize": human_size_4(i.size.saturating_sub(i.shared_size)),
                "Containers": i.containers.to_string(),
            })
        })
        .collect();
    let containers = du
        .containers
        .iter()
        .map(|c| {
            let ct = &c.container;
            json!({
                "ID": crate::engine::container::short_id(&ct.record.id),
                "Image": ct.record.image,
                "Command": super::ps::command_text(ct, false),
                "LocalVolumes": c.local_volumes.to_string(),
                "Size": human_size(c.size_rw),
                "RunningFor": since(Some(&ct.record.created)),
                "CreatedAt": ct.record.created,
                "Status": super::ps::status_text(ct),
                "State": ct.state.status.as_str(),
                "Names": ct.record.name,
            })
        })
        .collect();
    let volumes = du
        .volumes
        .iter()
        .map(|v| {
            json!({
                "Name": v.volume.name,
                "Driver": v.volume.driver,
                "Scope": v.volume.scope,
                "Mountpoint": v.volume.mountpoint,
                "Links": v.ref_count.to_string(),
                "Size": human_size_4(v.size),
            })
        })
        .collect();
    (images, containers, volumes)
}

const IMAGE_HEADERS: [(&str, &str); 9] = [
    ("Repository", "REPOSITORY"),
    ("Tag", "TAG"),
    ("ID", "IMAGE ID"),
    ("CreatedSince", "CREATED"),
    ("CreatedAt", "CREATED AT"),
    ("Size", "SIZE"),
    ("SharedSize", "SHARED SIZE"),
    ("UniqueSize", "UNIQUE SIZE"),
    ("Containers", "CONTAINERS"),
];
const CONTAINER_HEADERS: [(&str, &str); 10] = [
    ("ID", "CONTAINER ID"),
    ("Image", "IMAGE"),
    ("Command", "COMMAND"),
    ("LocalVolumes", "LOCAL VOLUMES"),
    ("Size", "SIZE"),
    ("RunningFor", "CREATED"),
    ("CreatedAt", "CREATED AT"),
    ("Status", "STATUS"),
    ("State", "STATE"),
    ("Names", "NAMES"),
];
const VOLUME_HEADERS: [(&str, &str); 6] = [
    ("Name", "VOLUME NAME"),
    ("Driver", "DRIVER"),
    ("Scope", "SCOPE"),
    ("Mountpoint", "MOUNTPOINT"),
    ("Links", "LINKS"),
    ("Size", "SIZE"),
];
const BUILD_CACHE_HEADERS: [(&str, &str); 7] = [
    ("ID", "CACHE ID"),
    ("CacheType", "CACHE TYPE"),
    ("Size", "SIZE"),
    ("CreatedSince", "CREATED"),
    ("LastUsedSince", "LAST USED"),
    ("UsageCount", "USAGE"),
    ("Shared", "SHARED"),
];

/// docker's `system df -v` tables (cli/command/formatter/disk_usage.go, verboseWriteTable).
fn render_verbose_tables(du: &DiskUsage) -> Result<String> {
    let (images, containers, volumes) = verbose_items(du);
    let table = Format::Table(None);
    let mut out = String::from("Images space usage:\n\n");
    out.push_str(&render_items(
        &table,
        "table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}\t{{.SharedSize}}\t{{.UniqueSize}}\t{{.Containers}}",
        &IMAGE_HEADERS,
        &images,
    )?);
    out.push_str("\nContainers space usage:\n\n");
    out.push_str(&render_items(
        &table,
        "table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.LocalVolumes}}\t{{.Size}}\t{{.RunningFor}}\t{{.Status}}\t{{.Names}}",
        &CONTAINER_HEADERS,
        &containers,
    )?);
    out.push_str("\nLocal Volumes space usage:\n\n");
    out.push_str(&render_items(
        &table,
        "table {{.Name}}\t{{.Links}}\t{{.Size}}",
        &VOLUME_HEADERS,
        &volumes,
    )?);
    let _ = write!(out, "\nBuild cache usage: {}\n\n", human_size_4(0));
    out.push_str(&render_items(
        &table,
        "table {{.ID}}\t{{.CacheType}}\t{{.Size}}\t{{.CreatedSince}}\t{{.LastUsedSince}}\t{{.UsageCount}}\t{{.Shared}}",
        &BUILD_CACHE_HEADERS,
        &[],
    )?);
    Ok(out)
}

fn run_df(g: &GlobalArgs, args: DfArgs) -> Result<()> {
    let engine = g.engine()?;
    let du = system::disk_usage(&engine)?;
    let format = args.format.as_deref().unwrap_or("");
    if args.verbose {
        if matches!(format, "" | "table") {
            print!("{}", render_verbose_tables(&du)?);
            return Ok(());
        }
        let (images, containers, volumes) = verbose_items(&du);
        let doc = json!({
            "Images": images,
            "Containers": containers,
            "Volumes": volumes,
            "BuildCache": [],
        });
        if format == "json" {
            println!("{}", serde_json::to_string(&doc)?);
        } else {
            // docker runs the template once over the whole document.
            print!("{}", render_one(format, &doc)?);
        }
        return Ok(());
    }
    let headers = [
        ("Type", "TYPE"),
        ("TotalCount", "TOTAL"),
        ("Active", "ACTIVE"),
        ("Size", "SIZE"),
        ("Reclaimable", "RECLAIMABLE"),
    ];
    print!(
        "{}",
        render_items(
            &Format::parse(format),
            "table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}",
            &headers,
            &summary_items(&du),
        )?
    );
    Ok(())
}

// ---------------------------------------------------------------------------
// system prune

#[derive(Debug, clap::Args)]
pub struct PruneArgs {
    /// Remove all unused images not just dangling ones
    #[arg(short = 'a', long)]
    pub all: bool,
    /// Prune anonymous volumes
    #[arg(long)]
    pub volumes: bool,
    /// Do not prompt for confirmation
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Provide filter values (e.g. 'label=<key>=<value>', 'until=24h')
    #[arg(long = "filter", value_name = "FILTER")]
    pub filters: Vec<String>,
}

/// docker's confirmation text for `system prune` (cli/command/system/prune.go,
/// confirmationTemplate), without the build cache skiff does not have. Ends with a newline: `confirm` adds the blank line and question.
pub fn confirmation_message(all: bool, volumes: bool, filters: &[String]) -> String {
    let mut warnings = vec![
        "all stopped containers",
        "all networks not used by at least one container",
    ];
    if volumes {
        warnings.push("all anonymous volumes not used by at least one container");
    }
    warnings.push(if all {
        "all images without at least one container associated to them"
    } else {
        "all dangling images"
    });
    let mut out = String::from("WARNING! This will remove:\n");
    for w in warnings {
        let _ = writeln!(out, "  - {w}");
    }
    if !filters.is_empty() {
        out.push_str("\n  Items to be pruned will be filtered with:\n");
        for f in filters {
            let _ = writeln!(out, "  - {f}");
        }
    }
    out
}

/// The `system prune` report as docker prints it.
pub fn render_prune_report(report: &system::PruneReport) -> String {
    let mut out = String::new();
    if !report.containers.is_empty() {
        out.push_str("Deleted Containers:\n");
        for id in &report.containers {
            let _ = writeln!(out, "{id}");
        }
        out.push('\n');
    }
    if !report.networks.is_empty() {
        out.push_str("Deleted Networks:\n");
        for name in &report.networks {
            let _ = writeln!(out, "{name}");
        }
        out.push('\n');
    }
    if !report.volumes.is_empty() {
        out.push_str("Deleted Volumes:\n");
        for name in &report.volumes {
            let _ = writeln!(out, "{name}");
        }
        out.push('\n');
    }
    if !report.images.is_empty() {
        // docker's image pruner prints these in lower case, unlike rmi.
        out.push_str("Deleted Images:\n");
        for e in &report.images {
            let _ = match e {
                RemoveEvent::Untagged(name) => writeln!(out, "untagged: {name}"),
                RemoveEvent::Deleted(id) => writeln!(out, "deleted: {id}"),
            };
        }
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "Total reclaimed space: {}",
        human_size_4(report.space_reclaimed)
    );
    out
}

fn run_prune(g: &GlobalArgs, args: PruneArgs) -> Result<()> {
    let has_until = args.filters.iter().any(|f| {
        f.split_once('=')
            .is_some_and(|(k, _)| k.trim().eq_ignore_ascii_case("until"))
    });
    if args.volumes && has_until {
        // docker prints this one bare, without "Error:".
        eprintln!("ERROR: The \"until\" filter is not supported with \"--volumes\"");
        return Err(ExitError::silent(1));
    }
    let (filters, shown) = crate::engine::filters::prune_filters(&args.filters, SystemTime::now())?;
    if !args.force && !super::confirm(&confirmation_message(args.all, args.volumes, &shown))? {
        return Ok(());
    }
    let engine = g.engine()?;
    let report = system::prune(
        &engine,
        &PruneOptions {
            all: args.all,
            volumes: args.volumes,
            filters,
        },
    )?;
    print!("{}", render_prune_report(&report));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prune_confirmation() {
        assert_eq!(
            confirmation_message(false, false, &[]),
            "WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n  - all dangling images\n"
        );
        assert_eq!(
            confirmation_message(true, true, &["label=x".into()]),
            "WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n  - all anonymous volumes not used by at least one container\n  - all images without at least one container associated to them\n\n  Items to be pruned will be filtered with:\n  - label=x\n"
        );
    }

    #[test]
    fn sizes_like_go_units() {
        assert_eq!(human_size_4(0), "0B");
        assert_eq!(human_size_4(999), "999B");
        assert_eq!(human_size_4(1234), "1.234kB");
        assert_eq!(human_size_4(4_261_550), "4.262MB");
        assert_eq!(human_size_4(1_500_000), "1.5MB");
        assert_eq!(human_size_4(999_960), "1000kB");
        assert_eq!(reclaimable_text(0, 0), "0B");
        assert_eq!(reclaimable_text(450, 1000), "450B (45%)");
        assert_eq!(reclaimable_text(1000, 1000), "1kB (100%)");
    }

    #[test]
    fn prune_report_like_docker() {
        let report = system::PruneReport {
            containers: vec!["c1".into()],
            networks: vec![],
            volumes: vec![],
            images: vec![
                RemoveEvent::Untagged("busybox:latest".into()),
                RemoveEvent::Deleted("sha256:abc".into()),
            ],
            space_reclaimed: 4_261_550,
        };
        assert_eq!(
            render_prune_report(&report),
            "Deleted Containers:\nc1\n\nDeleted Images:\nuntagged: busybox:latest\ndeleted: sha256:abc\n\nTotal reclaimed space: 4.262MB\n"
        );
        assert_eq!(
            render_prune_report(&system::PruneReport::default()),
            "Total reclaimed space: 0B\n"
        );
    }

    #[test]
    fn df_summary_table() {
        let du = DiskUsage::default();
        let out = render_items(
            &Format::Table(None),
            "table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}",
            &[
                ("Type", "TYPE"),
                ("TotalCount", "TOTAL"),
                ("Active", "ACTIVE"),
                ("Size", "SIZE"),
                ("Reclaimable", "RECLAIMABLE"),
            ],
            &summary_items(&du),
        )
        .unwrap();
        assert_eq!(
            out,
            "TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE\n\
             Images          0         0         0B        0B\n\
             Containers      0         0         0B        0B\n\
             Local Volumes   0         0         0B        0B\n\
             Build Cache     0         0         0B        0B\n"
        );
        let verbose = render_verbose_tables(&du).unwrap();
        assert!(verbose.starts_with("Images space usage:\n\nREPOSITORY   TAG       IMAGE ID   CREATED   SIZE      SHARED SIZE   UNIQUE SIZE   CONTAINERS\n\nContainers space usage:\n\nCONTAINER ID   IMAGE     COMMAND   LOCAL VOLUMES   SIZE      CREATED   STATUS    NAMES\n\nLocal Volumes space usage:\n\nVOLUME NAME   LINKS     SIZE\n\nBuild cache usage: 0B\n\nCACHE ID   CACHE TYPE   SIZE      CREATED   LAST USED   USAGE     SHARED\n"), "{verbose}");
    }

    #[test]
    fn info_layout() {
        let info = Info {
            id: "id".into(),
            containers: 3,
            containers_running: 1,
            containers_paused: 0,
            containers_stopped: 2,
            images: 2,
            driver: "overlay".into(),
            driver_status: vec![["Backing Filesystem".into(), "extfs".into()]],
            plugins: system::PluginsInfo {
                volume: vec!["local".into()],
                network: vec!["host".into(), "null".into()],
                authorization: None,
                log: vec!["json-file".into()],
            },
            memory_limit: true,
            swap_limit: true,
            cpu_cfs_period: true,
            cpu_cfs_quota: true,
            cpu_shares: true,
            cpu_set: true,
            pids_limit: true,
            ipv4_forwarding: true,
            debug: false,
            nfd: 3,
            oom_kill_disable: true,
            system_time: String::new(),
            logging_driver: "json-file".into(),
            cgroup_driver: "cgroupfs".into(),
            cgroup_version: "1".into(),
            runtimes: [(
                "runc".to_string(),
                system::RuntimeInfo {
                    path: "/usr/sbin/runc".into(),
                },
            )]
            .into(),
            default_runtime: "skiff".into(),
            kernel_version: "6.1.0".into(),
            operating_system: "Debian GNU/Linux 12 (bookworm)".into(),
            os_version: "12".into(),
            os_type: "linux".into(),
            architecture: "x86_64".into(),
            index_server_address: String::new(),
            ncpu: 2,
            mem_total: 24_607_808 * 1024,
            docker_root_dir: "/var/lib/skiff".into(),
            http_proxy: String::new(),
            https_proxy: String::new(),
            no_proxy: String::new(),
            name: "host".into(),
            labels: vec![],
            experimental_build: false,
            server_version: "0.1.0".into(),
            live_restore_enabled: false,
            security_options: vec![
                "name=seccomp,profile=builtin".into(),
                "name=rootless".into(),
            ],
            warnings: vec![],
            insecure_registries: vec!["reg:5000".into()],
            rootless: true,
            run_root: "/run/skiff".into(),
            namespace: "default".into(),
        };
        let text = render_info(&info, false);
        assert!(text.starts_with("Client:\n Version:    "), "{text}");
        assert!(text.contains(
            "\nServer:\n Containers: 3\n  Running: 1\n  Paused: 0\n  Stopped: 2\n Images: 2\n Server Version: 0.1.0\n Storage Driver: overlay\n  Backing Filesystem: extfs\n Logging Driver: json-file\n Cgroup Driver: cgroupfs\n Cgroup Version: 1\n"
        ), "{text}");
        assert!(
            text.contains(
                "  Log: json-file\n Runtimes: runc\n Default Runtime: skiff\n Security Options:\n"
            ),
            "{text}"
        );
        assert!(text.contains(" Security Options:\n  seccomp\n   Profile: builtin\n  rootless\n Kernel Version: 6.1.0\n"), "{text}");
        assert!(text.contains(" CPUs: 2\n Total Memory: 23.47GiB\n Name: host\n ID: id\n Docker Root Dir: /var/lib/skiff\n"), "{text}");
        assert!(
            text.contains(" Insecure Registries:\n  reg:5000\n"),
            "{text}"
        );
        assert!(text.ends_with(" Live Restore Enabled: false\n\n"), "{text}");
        let doc = info_document(&info, false).unwrap();
        assert_eq!(doc["ContainersRunning"], 1);
        assert_eq!(doc["DockerRootDir"], "/var/lib/skiff");
        assert_eq!(doc["CPUShares"], true);
        assert_eq!(doc["NCPU"], 2);
        assert_eq!(
            doc["RegistryConfig"]["IndexConfigs"]["reg:5000"]["Secure"],
            false
        );
        assert_eq!(doc["ClientInfo"]["Debug"], false);
    }
}
