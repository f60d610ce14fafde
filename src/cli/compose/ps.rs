//! `compose ps`: the project's containers, compose v2's columns.

use anyhow::{bail, Result};
use serde_json::json;

use super::{ComposeArgs, Session};
use crate::cli::format::{render_items, Format};
use crate::compose::labels;

#[derive(Debug, clap::Args)]
pub struct PsArgs {
    /// Show all stopped containers (including those created by the run command)
    #[arg(short = 'a', long)]
    pub all: bool,
    /// Only display IDs
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Display services
    #[arg(long)]
    pub services: bool,
    /// Filter services by status. Values: [paused | restarting | removing | running | dead | created | exited]
    #[arg(long, value_name = "STATUS")]
    pub status: Vec<String>,
    /// Filter services by a property (supported filters: status)
    #[arg(long, value_name = "FILTER")]
    pub filter: Vec<String>,
    /// Format the output. Values: [table | json | TEMPLATE]
    #[arg(long, default_value = "table")]
    pub format: String,
    /// Don't truncate output
    #[arg(long = "no-trunc")]
    pub no_trunc: bool,
    #[arg(value_name = "SERVICE")]
    pub service_names: Vec<String>,
}

pub fn ps(s: &Session, args: &ComposeArgs, a: &PsArgs) -> Result<()> {
    let project = s.load(args, &[])?;
    let mut statuses = a.status.clone();
    for f in &a.filter {
        match f.split_once('=') {
            Some(("status", v)) => statuses.push(v.to_string()),
            _ => bail!("invalid filter {f:?}: only status=STATUS is supported"),
        }
    }
    for n in &a.service_names {
        if !project.services.contains_key(n) {
            bail!("no such service: {n}");
        }
    }
    let containers: Vec<_> = crate::compose::runner::project_containers(&s.engine, &project.name)?
        .into_iter()
        .filter(|c| {
            let l = &c.record.config.labels;
            let service = l.get(labels::SERVICE).cloned().unwrap_or_default();
            let oneoff = l.get(labels::ONEOFF).map(String::as_str) == Some("True");
            let state = c.state.status.as_str();
            (a.service_names.is_empty() || a.service_names.contains(&service))
                && (a.all || !statuses.is_empty() || (c.state.status.is_live() && !oneoff))
                && (statuses.is_empty() || statuses.iter().any(|s| s == state))
        })
        .collect();
    if a.services {
        let mut names: Vec<String> = containers
            .iter()
            .filter_map(|c| c.record.config.labels.get(labels::SERVICE).cloned())
            .collect();
        names.sort();
        names.dedup();
        for n in names {
            println!("{n}");
        }
        return Ok(());
    }
    if a.quiet {
        for c in &containers {
            println!(
                "{}",
                if a.no_trunc {
                    c.record.id.as_str()
                } else {
                    crate::engine::container::short_id(&c.record.id)
                }
            );
        }
        return Ok(());
    }
    let items: Vec<serde_json::Value> = containers
        .iter()
        .map(|c| {
            let l = &c.record.config.labels;
            let health = c.state.health.as_ref().map(|h| h.status.as_str()).unwrap_or("");
            json!({
                "ID": if a.no_trunc { c.record.id.clone() } else { crate::engine::container::short_id(&c.record.id).to_string() },
                "Name": c.record.name,
                "Names": c.record.name,
                "Image": c.record.image,
                "Command": crate::cli::ps::command_text(c, a.no_trunc),
                "Project": project.name,
                "Service": l.get(labels::SERVICE).cloned().unwrap_or_default(),
                "CreatedAt": crate::cli::units::go_time_text(Some(&c.record.created)),
                "RunningFor": crate::cli::units::since(Some(&c.record.created)),
                "State": c.state.status.as_str(),
                "Status": crate::cli::ps::status_text(c),
                "Health": health,
                "ExitCode": c.state.exit_code,
                "Ports": crate::cli::ps::ports_column(&s.engine, c),
                "Labels": crate::cli::format::labels_text(l),
            })
        })
        .collect();
    if a.format == "json" {
        for item in &items {
            println!("{item}");
        }
        return Ok(());
    }
    let headers = [
        ("Name", "NAME"),
        ("Image", "IMAGE"),
        ("Command", "COMMAND"),
        ("Service", "SERVICE"),
        ("RunningFor", "CREATED"),
        ("Status", "STATUS"),
        ("Ports", "PORTS"),
        ("ID", "CONTAINER ID"),
        ("State", "STATE"),
        ("Health", "HEALTH"),
        ("ExitCode", "EXIT CODE"),
        ("Project", "PROJECT"),
        ("CreatedAt", "CREATED AT"),
        ("Labels", "LABELS"),
    ];
    print!(
        "{}",
        render_items(
            &Format::parse(&a.format),
            "table {{.Name}}\t{{.Image}}\t{{.Command}}\t{{.Service}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}",
            &headers,
            &items
        )?
    );
    Ok(())
}
