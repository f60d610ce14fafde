//! `top`: the processes of a running container, as `ps` shows them.

use std::collections::HashSet;

use anyhow::{anyhow, bail, Context as _, Result};

use crate::engine::Engine;

/// `ps`'s header line and the lines of the container's processes.
pub struct TopTable {
    pub header: String,
    pub rows: Vec<String>,
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

/// `top`: `ps` with `ps_options` (docker's default `-ef`) over the
/// container's processes only.
pub fn top(engine: &Engine, name: &str, ps_options: &[String]) -> Result<TopTable> {
    let c = super::lookup(engine, name)?;
    if !c.state.status.is_up() {
        bail!("container {} is not running", c.record.id);
    }
    let pids = container_pids(c.state.pid);
    let opts = if ps_options.is_empty() {
        vec!["-ef".to_string()]
    } else {
        ps_options.to_vec()
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
        .ok_or_else(|| anyhow!("Couldn't find PID field in ps output"))?;
    let rows = lines
        .filter(|line| {
            line.split_whitespace()
                .nth(pid_col)
                .and_then(|p| p.parse::<i32>().ok())
                .is_some_and(|p| pids.contains(&p))
        })
        .map(str::to_string)
        .collect();
    Ok(TopTable {
        header: header.to_string(),
        rows,
    })
}
