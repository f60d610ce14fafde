//! `skiff volume ...`: docker's named volumes (local driver).

use std::collections::BTreeMap;

use anyhow::{anyhow, bail, Result};
use clap::Subcommand;
use serde_json::json;

use super::format::{render_items, Format};
use super::units::human_size_4;
use super::GlobalArgs;
use crate::engine::filters::{match_kv_list, Filters};
use crate::engine::volume::{self, Volume};

#[derive(Debug, Subcommand)]
pub enum VolumeCommand {
    /// Create a volume
    Create(CreateArgs),
    /// List volumes
    #[command(visible_alias = "list")]
    Ls(LsArgs),
    /// Display detailed information on one or more volumes
    Inspect(InspectArgs),
    /// Remove one or more volumes
    #[command(visible_alias = "remove")]
    Rm(RmArgs),
    /// Remove unused local volumes
    Prune(PruneArgs),
}

pub fn run(g: &GlobalArgs, cmd: VolumeCommand) -> Result<()> {
    match cmd {
        VolumeCommand::Create(a) => run_create(g, a),
        VolumeCommand::Ls(a) => run_ls(g, a),
        VolumeCommand::Inspect(a) => run_inspect(g, a),
        VolumeCommand::Rm(a) => run_rm(g, a),
        VolumeCommand::Prune(a) => run_prune(g, a),
    }
}

/// `KEY=VALUE` or `KEY` (empty value), as docker's label options take them.
pub(super) fn parse_label(s: &str) -> std::result::Result<(String, String), String> {
    let (k, v) = s.split_once('=').unwrap_or((s, ""));
    if k.trim().is_empty() {
        return Err(format!("invalid label '{s}': empty name"));
    }
    Ok((k.trim().to_string(), v.to_string()))
}

/// `KEY=VALUE` or `KEY` (empty value), as docker's map options take them.
pub(super) fn parse_opt(s: &str) -> std::result::Result<(String, String), String> {
    let (k, v) = s.split_once('=').unwrap_or((s, ""));
    Ok((k.to_string(), v.to_string()))
}

#[derive(Debug, clap::Args)]
pub struct CreateArgs {
    /// Name of the volume (default: a random name)
    #[arg(value_name = "VOLUME")]
    pub name: Option<String>,
    /// Specify volume name
    #[arg(long = "name", hide = true, value_name = "NAME")]
    pub name_flag: Option<String>,
    /// Specify volume driver name
    #[arg(short = 'd', long, default_value = volume::DRIVER, value_name = "DRIVER")]
    pub driver: String,
    /// Set metadata for a volume
    #[arg(short = 'l', long = "label", value_name = "KEY=VALUE", value_parser = parse_label)]
    pub labels: Vec<(String, String)>,
    /// Set driver specific options (type, device, o)
    #[arg(short = 'o', long = "opt", value_name = "KEY=VALUE", value_parser = parse_opt)]
    pub opts: Vec<(String, String)>,
}

fn run_create(g: &GlobalArgs, args: CreateArgs) -> Result<()> {
    let name = match (args.name, args.name_flag) {
        (Some(_), Some(_)) => bail!(
            "conflicting options: cannot specify a volume-name through both --name and as a positional arg"
        ),
        (a, b) => a.or(b),
    };
    if args.driver != volume::DRIVER {
        // What docker says for a driver plugin it does not have.
        bail!(
            "create {}: error looking up volume plugin {}: plugin {:?} not found",
            name.as_deref().unwrap_or_default(),
            args.driver,
            args.driver
        );
    }
    let engine = g.engine()?;
    let labels: BTreeMap<String, String> = args.labels.into_iter().collect();
    let opts: BTreeMap<String, String> = args.opts.into_iter().collect();
    let v = volume::create(&engine, name.as_deref(), labels, opts)?;
    println!("{}", v.name);
    Ok(())
}

#[derive(Debug, clap::Args)]
pub struct LsArgs {
    /// Only display volume names
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Provide filter values (e.g. 'dangling=true'): dangling, name, driver, label
    #[arg(short = 'f', long = "filter", value_name = "FILTER")]
    pub filters: Vec<String>,
    /// Format output using a custom template: 'table', 'table TEMPLATE', 'json', or a Go template
    #[arg(long)]
    pub format: Option<String>,
}

/// docker matches `name=` as a regular expression; this covers the literal and
/// anchored (`^name`, `name$`) forms people use.
pub(super) fn name_matches(pattern: &str, name: &str) -> bool {
    if pattern == name {
        return true;
    }
    let (start, rest) = match pattern.strip_prefix('^') {
        Some(r) => (true, r),
        None => (false, pattern),
    };
    let (end, lit) = match rest.strip_suffix('$') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    match (start, end) {
        (true, true) => name == lit,
        (true, false) => name.starts_with(lit),
        (false, true) => name.ends_with(lit),
        (false, false) => name.contains(lit),
    }
}

/// docker's `GetBoolOrDefault`: `true`/`1` or `false`/`0`, not both.
fn bool_filter(key: &str, values: &[String]) -> Result<bool> {
    let is_true = values.iter().any(|v| v == "true" || v == "1");
    let is_false = values.iter().any(|v| v == "false" || v == "0");
    if is_true == is_false {
        bail!("invalid filter '{key}={}'", values.join(","));
    }
    Ok(is_true)
}

fn run_ls(g: &GlobalArgs, args: LsArgs) -> Result<()> {
    let filters = Filters::parse(&args.filters, &["dangling", "name", "driver", "label"])?;
    let dangling = Some(filters.get("dangling"))
        .filter(|v| !v.is_empty())
        .map(|v| bool_filter("dangling", v))
        .transpose()?;
    let engine = g.engine()?;
    let used = match dangling {
        Some(_) => volume::used(&engine)?,
        None => BTreeMap::new(),
    };
    let get = |k: &str| filters.get(k);
    let selected: Vec<Volume> = volume::list(&engine)?
        .into_iter()
        .filter(|v| {
            let names = get("name");
            let drivers = get("driver");
            (names.is_empty() || names.iter().any(|p| name_matches(p, &v.name)))
                && (drivers.is_empty() || drivers.contains(&v.driver))
                && match_kv_list(get("label"), &v.labels)
                && dangling.is_none_or(|d| d != used.contains_key(&v.name))
        })
        .collect();
    if args.quiet && matches!(args.format.as_deref(), None | Some("" | "table")) {
        for v in &selected {
            println!("{}", v.name);
        }
        return Ok(());
    }
    let items: Vec<serde_json::Value> = selected
        .iter()
        .map(|v| {
            json!({
                "Availability": "N/A",
                "Driver": v.driver,
                "Group": "N/A",
                "Labels": super::format::labels_text(&v.labels),
                "Links": "N/A",
                "Mountpoint": v.mountpoint,
                "Name": v.name,
                "Scope": v.scope,
                "Size": "N/A",
                "Status": "N/A",
            })
        })
        .collect();
    let headers = [
        ("Name", "VOLUME NAME"),
        ("Driver", "DRIVER"),
        ("Scope", "SCOPE"),
        ("Mountpoint", "MOUNTPOINT"),
        ("Labels", "LABELS"),
        ("Links", "LINKS"),
        ("Size", "SIZE"),
        ("Group", "GROUP"),
        ("Availability", "AVAILABILITY"),
        ("Status", "STATUS"),
    ];
    let format = Format::parse(args.format.as_deref().unwrap_or(""));
    print!(
        "{}",
        render_items(&format, "table {{.Driver}}\t{{.Name}}", &headers, &items)?
    );
    Ok(())
}

#[derive(Debug, clap::Args)]
pub struct InspectArgs {
    /// Volumes to inspect
    #[arg(required = true, value_name = "VOLUME")]
    pub names: Vec<String>,
    /// Format output using a custom template: 'json' or a Go template
    #[arg(short = 'f', long)]
    pub format: Option<String>,
}

fn run_inspect(g: &GlobalArgs, args: InspectArgs) -> Result<()> {
    let engine = g.engine()?;
    super::inspect::print_each(&args.names, args.format.as_deref(), |name| {
        Ok(serde_json::to_value(volume::inspect(&engine, name)?)?)
    })
}

#[derive(Debug, clap::Args)]
pub struct RmArgs {
    /// Volumes to remove
    #[arg(required = true, value_name = "VOLUME")]
    pub names: Vec<String>,
    /// Force the removal of one or more volumes
    #[arg(short = 'f', long)]
    pub force: bool,
}

fn run_rm(g: &GlobalArgs, args: RmArgs) -> Result<()> {
    let engine = g.engine()?;
    super::each_name(&args.names, |name| {
        volume::remove(&engine, name, args.force)
    })
}

#[derive(Debug, clap::Args)]
pub struct PruneArgs {
    /// Remove all unused volumes, not just anonymous ones
    #[arg(short = 'a', long)]
    pub all: bool,
    /// Do not prompt for confirmation
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Provide filter values (e.g. 'label=<label>')
    #[arg(long = "filter", value_name = "FILTER")]
    pub filters: Vec<String>,
}

/// Go's `strconv.ParseBool`.
fn parse_go_bool(s: &str) -> Option<bool> {
    match s {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

fn run_prune(g: &GlobalArgs, args: PruneArgs) -> Result<()> {
    let filters = Filters::parse(&args.filters, &["label", "label!", "all"])?;
    let mut all = args.all;
    if filters.contains("all") {
        let values = filters.get("all");
        if args.all {
            bail!("conflicting options: cannot specify both --all and --filter all=1");
        }
        let [value] = values else {
            bail!(
                "invalid filter 'all=[{}]': only one value is expected",
                values.join(" ")
            );
        };
        all = parse_go_bool(value).ok_or_else(|| {
            anyhow!("invalid filter 'all': strconv.ParseBool: parsing {value:?}: invalid syntax")
        })?;
    }
    if !args.force {
        let warning = if args.all {
            "WARNING! This will remove all local volumes not used by at least one container."
        } else {
            "WARNING! This will remove anonymous local volumes not used by at least one container."
        };
        if !super::confirm(warning)? {
            return Ok(());
        }
    }
    let engine = g.engine()?;
    let with = filters.get("label");
    let without = filters.get("label!");
    let report = volume::prune(&engine, all, |v| {
        match_kv_list(with, &v.labels) && (without.is_empty() || !match_kv_list(without, &v.labels))
    })?;
    let mut reclaimed = 0;
    if !report.deleted.is_empty() {
        println!("Deleted Volumes:");
        for name in &report.deleted {
            println!("{name}");
        }
        println!();
        reclaimed = report.space_reclaimed;
    }
    println!("Total reclaimed space: {}", human_size_4(reclaimed));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_like_go_units() {
        assert_eq!(human_size_4(0), "0B");
        assert_eq!(human_size_4(999), "999B");
        assert_eq!(human_size_4(1234), "1.234kB");
        assert_eq!(human_size_4(1_500_000), "1.5MB");
        assert_eq!(human_size_4(999_960), "1000kB");
    }

    #[test]
    fn filters_like_docker() {
        let labels: BTreeMap<String, String> = [("a".to_string(), "1".to_string())].into();
        assert!(match_kv_list(&["a".into()], &labels));
        assert!(match_kv_list(&["a=1".into()], &labels));
        assert!(!match_kv_list(&["a=2".into()], &labels));
        assert!(!match_kv_list(&["a".into(), "b".into()], &labels));
        assert!(name_matches("vol", "my-vol-1"));
        assert!(name_matches("^my", "my-vol"));
        assert!(!name_matches("^vol", "my-vol"));
        assert!(name_matches("vol$", "my-vol"));
        assert!(bool_filter("dangling", &["true".into()]).unwrap());
        assert!(!bool_filter("dangling", &["0".into()]).unwrap());
        assert_eq!(
            bool_filter("dangling", &["maybe".into()])
                .unwrap_err()
                .to_string(),
            "invalid filter 'dangling=maybe'"
        );
        assert_eq!(
            parse_label("=x").unwrap_err(),
            "invalid label '=x': empty name"
        );
        assert_eq!(parse_label("k").unwrap(), ("k".into(), "".into()));
        assert_eq!(parse_opt("o=a=b").unwrap(), ("o".into(), "a=b".into()));
    }
}
