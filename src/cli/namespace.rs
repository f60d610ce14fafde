//! `skiff namespace ls|create|inspect|update|rm` (nerdctl's): the namespaces
//! of one store, each with its own images, containers and volumes.

use anyhow::Result;
use clap::Subcommand;
use serde_json::json;

use super::format::{labels_text, render_items, Format};
use super::GlobalArgs;
use crate::engine::ops::namespace;

#[derive(Debug, Subcommand)]
pub enum NamespaceCommand {
    /// List namespaces
    #[command(visible_alias = "list")]
    Ls(LsArgs),
    /// Create a new namespace
    Create(CreateArgs),
    /// Display detailed information on one or more namespaces
    Inspect(InspectArgs),
    /// Update labels for a namespace
    Update(CreateArgs),
    /// Remove one or more empty namespaces
    #[command(visible_alias = "remove")]
    Rm(RmArgs),
}

#[derive(Debug, clap::Args)]
pub struct LsArgs {
    /// Only display namespace names
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Format the output using the given Go template, e.g. '{{json .}}'
    #[arg(long)]
    pub format: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct CreateArgs {
    /// Set labels for a namespace
    #[arg(long = "label", value_name = "KEY=VALUE", value_parser = super::volume::parse_label)]
    pub labels: Vec<(String, String)>,
    #[arg(value_name = "NAMESPACE")]
    pub name: String,
}

#[derive(Debug, clap::Args)]
pub struct InspectArgs {
    /// Format the output using the given Go template
    #[arg(short = 'f', long)]
    pub format: Option<String>,
    #[arg(required = true, value_name = "NAMESPACE")]
    pub names: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct RmArgs {
    #[arg(required = true, value_name = "NAMESPACE")]
    pub names: Vec<String>,
}

pub fn run(g: &GlobalArgs, cmd: NamespaceCommand) -> Result<()> {
    let engine = g.engine()?;
    match cmd {
        NamespaceCommand::Ls(a) => {
            let all = namespace::list(&engine)?;
            if a.quiet {
                for n in &all {
                    println!("{}", n.name);
                }
                return Ok(());
            }
            let items: Vec<serde_json::Value> = all
                .iter()
                .map(|n| {
                    json!({
                        "Name": n.name,
                        "Containers": n.containers.to_string(),
                        "Images": n.images.to_string(),
                        "Volumes": n.volumes.to_string(),
                        "Labels": labels_text(&n.labels),
                    })
                })
                .collect();
            let headers = [
                ("Name", "NAME"),
                ("Containers", "CONTAINERS"),
                ("Images", "IMAGES"),
                ("Volumes", "VOLUMES"),
                ("Labels", "LABELS"),
            ];
            if matches!(a.format.as_deref(), None | Some("" | "table")) {
                // nerdctl's own table: tabwriter padding 4, labels as Go prints a []string.
                use std::io::Write as _;
                let mut tw = tabwriter::TabWriter::new(Vec::new()).minwidth(4).padding(4);
                writeln!(tw, "NAME\tCONTAINERS\tIMAGES\tVOLUMES\tLABELS")?;
                for n in &all {
                    let labels: Vec<String> =
                        n.labels.iter().map(|(k, v)| format!("{k}={v}")).collect();
                    writeln!(
                        tw,
                        "{}\t{}\t{}\t{}\t[{}]\t",
                        n.name,
                        n.containers,
                        n.images,
                        n.volumes,
                        labels.join(" ")
                    )?;
                }
                tw.flush()?;
                print!("{}", String::from_utf8_lossy(&tw.into_inner()?));
                return Ok(());
            }
            let format = Format::parse(a.format.as_deref().unwrap_or(""));
            print!(
                "{}",
                render_items(
                    &format,
                    "table {{.Name}}\t{{.Containers}}\t{{.Images}}\t{{.Volumes}}\t{{.Labels}}",
                    &headers,
                    &items
                )?
            );
            Ok(())
        }
        NamespaceCommand::Create(a) => {
            namespace::create(&engine, &a.name, a.labels.into_iter().collect())
        }
        NamespaceCommand::Update(a) => {
            namespace::update(&engine, &a.name, a.labels.into_iter().collect())
        }
        NamespaceCommand::Inspect(a) => {
            let mut items = Vec::new();
            for name in &a.names {
                let n = namespace::inspect(&engine, name)?;
                items.push(json!({"Name": n.name, "Labels": n.labels}));
            }
            match a.format.as_deref() {
                None | Some("") | Some("json") => {
                    println!("{}", serde_json::to_string_pretty(&items)?)
                }
                Some(f) => print!("{}", render_items(&Format::parse(f), "", &[], &items)?),
            }
            Ok(())
        }
        NamespaceCommand::Rm(a) => {
            let mut failed = None;
            for name in &a.names {
                match namespace::remove(&engine, name) {
                    Ok(()) => println!("{name}"),
                    Err(e) => {
                        eprintln!("Error: {e:#}");
                        failed = Some(e);
                    }
                }
            }
            match failed {
                Some(_) => Err(super::ExitError::silent(1)),
                None => Ok(()),
            }
        }
    }
}
