//! `pause`, `unpause`, `rename`, `top` and `container prune`.

use std::collections::HashSet;

use anyhow::{bail, Context as _, Result};

use super::{ExitError, GlobalArgs};
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

fn each(names: &[String], f: impl Fn(&str) -> Result<()>) -> Result<()> {
    let mut failed = false;
    for name in names {
        match f(name) {
            Ok(()) => println!("{name}"),
            Err(e) => {
                eprintln!("Error: {e:#}");
                failed = true;
            }
        }
    }
    if failed {
        return Err(ExitError {
            code: 1,
            message: String::new(),
        }
        .into());
    }
    Ok(())
}

fn set_status(engine: &crate::engine::Engine, id: &str, status: Status) -> Result<()> {
    let mut state = container::load_state(engine, id);
    state.status = status;
    container::save_state(engine, id, &state)
}

pub fn run_pause(g: &GlobalArgs, args: PauseArgs) -> Result<()> {
    let engine = g.engine()?;
    each(&args.containers, |name| {
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
        set_status(&engine, &c.record.id, Status::Paused)
    })
}

pub fn run_unpause(g: &GlobalArgs, args: PauseArgs) -> Result<()> {
    let engine = g.engine()?;
    each(&args.containers, |name| {
        let c = container::lookup(&engine, name)?;
        let _lock = container::lock(&engine, &c.record.id)?;
        if c.state.status != Status::Paused {
            bail!("Container {} is not paused", c.record.id);
        }
        runtime::resume(&engine.runtime_root(), &c.record.id)?;
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
            let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
                continue;
            };
            let ppid = stat
                .rfind(')')
                .and_then(|i| stat[i + 2..].split_whitespace().nth(1))
                .and_then(|p| p.parse::<i32>().ok())
                .unwrap_or(0);
            parents.push((pid, ppid));
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
    if !matches!(c.state.status, Status::Running | Status::Paused) {
        bail!("container {} is not running", c.record.id);
    }
    let pids = container_pids(c.state.pid);
    let opts = if args.ps_options.is_empty() {
        vec!["-ef".to_string()]
    } else {
        args.ps_options.clone()
    };
    let out = std::process::Command::new("ps")
        .args(&opts)
        .output()
        .context("running ps")?;
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
    let mut until: Option<std::time::SystemTime> = None;
    let mut labels: Vec<(String, Option<String>)> = Vec::new();
    for f in &args.filters {
        match f.split_once('=') {
            Some(("until", v)) => {
                let d = humantime::parse_duration(v)
                    .with_context(|| format!("invalid until filter {v:?}"))?;
                until = Some(std::time::SystemTime::now() - d);
            }
            Some(("label", v)) => labels.push(match v.split_once('=') {
                Some((k, v)) => (k.to_string(), Some(v.to_string())),
                None => (v.to_string(), None),
            }),
            _ => bail!("invalid filter '{f}'"),
        }
    }
    if !args.force && !super::confirm("WARNING! This will remove all stopped containers.")? {
        return Ok(());
    }
    let mut deleted = Vec::new();
    for c in container::list(&engine)? {
        if matches!(
            c.state.status,
            Status::Running | Status::Paused | Status::Restarting
        ) {
            continue;
        }
        let created = super::units::parse_time(&c.record.created);
        if until.is_some_and(|u| created.is_none_or(|t| t > u)) {
            continue;
        }
        let labelled = labels
            .iter()
            .all(|(k, v)| match (c.record.config.labels.get(k), v) {
                (Some(have), Some(want)) => have == want,
                (Some(_), None) => true,
                _ => false,
            });
        if !labelled {
            continue;
        }
        container::remove::remove(&engine, &c, false)?;
        deleted.push(c.record.id);
    }
    if !deleted.is_empty() {
        println!("Deleted Containers:");
        for id in &deleted {
            println!("{id}");
        }
        println!();
    }
    println!("Total reclaimed space: 0B");
    Ok(())
}
