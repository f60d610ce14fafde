//! `compose create`, `pause`, `unpause`, `port`, `top`, `images`, `pull`
//! and `version`: each a runner call or a look at the project's containers.

use anyhow::Result;

use super::{ComposeArgs, Session};
use crate::cli::GlobalArgs;
use crate::compose::labels;
use crate::compose::runner::UpOptions;

#[derive(Debug, clap::Args)]
pub struct CreateArgs {
    /// Recreate containers even if their configuration and image haven't changed
    #[arg(long = "force-recreate", conflicts_with = "no_recreate")]
    pub force_recreate: bool,
    /// If containers already exist, don't recreate them
    #[arg(long = "no-recreate")]
    pub no_recreate: bool,
    /// Remove containers for services not defined in the Compose file
    #[arg(long = "remove-orphans")]
    pub remove_orphans: bool,
    /// Pull image before running ("always"|"missing"|"never")
    #[arg(long, value_name = "POLICY")]
    pub pull: Option<String>,
    #[arg(value_name = "SERVICE")]
    pub services: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct PortArgs {
    /// tcp or udp
    #[arg(long, default_value = "tcp")]
    pub protocol: String,
    /// Index of the container if service has multiple replicas
    #[arg(long)]
    pub index: Option<u32>,
    pub service: String,
    #[arg(value_name = "PRIVATE_PORT")]
    pub private_port: String,
}

#[derive(Debug, clap::Args)]
pub struct ImagesArgs {
    /// Only display IDs
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Format the output. Values: [table | json]
    #[arg(long, default_value = "table")]
    pub format: String,
    #[arg(value_name = "SERVICE")]
    pub services: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct PullArgs {
    /// Pull what it can and ignores images with pull failures
    #[arg(long = "ignore-pull-failures")]
    pub ignore_pull_failures: bool,
    /// Pull without printing progress information
    #[arg(short = 'q', long)]
    pub quiet: bool,
    #[arg(value_name = "SERVICE")]
    pub services: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct VersionArgs {
    /// Shows only Compose's version number
    #[arg(long)]
    pub short: bool,
    /// Format the output. Values: [pretty | json]
    #[arg(short = 'f', long, default_value = "pretty")]
    pub format: String,
}

pub fn create(s: &Session, args: &ComposeArgs, a: &CreateArgs) -> Result<()> {
    let project = s.load(args, &[])?;
    s.runner(&project)?.up(&UpOptions {
        services: a.services.clone(),
        force_recreate: a.force_recreate,
        no_recreate: a.no_recreate,
        remove_orphans: a.remove_orphans,
        no_start: true,
        pull: a.pull.as_deref().map(str::parse).transpose()?,
        ..UpOptions::default()
    })
}

pub fn pause(s: &Session, args: &ComposeArgs, services: &[String], pause: bool) -> Result<()> {
    let project = s.load(args, &[])?;
    s.runner(&project)?.pause(services, pause)
}

pub fn pull(s: &Session, args: &ComposeArgs, a: &PullArgs) -> Result<()> {
    let project = s.load(args, &[])?;
    s.runner(&project)?
        .pull(&a.services, a.ignore_pull_failures)
}

pub fn port(g: &GlobalArgs, s: &Session, args: &ComposeArgs, a: &PortArgs) -> Result<()> {
    let project = s.load(args, &[])?;
    let c = s.runner(&project)?.service_container(&a.service, a.index)?;
    crate::cli::manage::run_port(
        g,
        crate::cli::manage::PortArgs {
            container: c.record.name,
            port: Some(format!("{}/{}", a.private_port, a.protocol)),
        },
    )
}

pub fn top(g: &GlobalArgs, s: &Session, args: &ComposeArgs, services: &[String]) -> Result<()> {
    let project = s.load(args, &[])?;
    let containers = crate::compose::runner::project_containers(&s.engine, &project.name)?;
    for c in containers.iter().filter(|c| {
        c.state.status.is_live()
            && (services.is_empty()
                || c.record
                    .config
                    .labels
                    .get(labels::SERVICE)
                    .is_some_and(|sv| services.contains(sv)))
    }) {
        println!("{}", c.record.name);
        crate::cli::manage::run_top(
            g,
            crate::cli::manage::TopArgs {
                container: c.record.name.clone(),
                ps_options: Vec::new(),
            },
        )?;
        println!();
    }
    Ok(())
}

pub fn images(s: &Session, args: &ComposeArgs, a: &ImagesArgs) -> Result<()> {
    let project = s.load(args, &[])?;
    let containers = crate::compose::runner::project_containers(&s.engine, &project.name)?;
    let mut rows = Vec::new();
    for c in containers.iter().filter(|c| {
        a.services.is_empty()
            || c.record
                .config
                .labels
                .get(labels::SERVICE)
                .is_some_and(|sv| a.services.contains(sv))
    }) {
        let (repository, tag) = match c
            .record
            .image
            .rsplit_once(':')
            .filter(|(_, t)| !t.contains('/'))
        {
            Some((r, t)) => (r.to_string(), t.to_string()),
            None => (c.record.image.clone(), "latest".to_string()),
        };
        let image = crate::engine::image::lookup(&s.engine, &c.record.image_id).ok();
        let id = c.record.image_id.trim_start_matches("sha256:").to_string();
        rows.push(serde_json::json!({
            "ContainerName": c.record.name,
            "Repository": repository,
            "Tag": tag,
            "ID": if a.quiet { id.clone() } else { id.chars().take(12).collect() },
            "Size": image.as_ref().map(|i| crate::cli::units::human_size(i.record.size)).unwrap_or_default(),
            "Created": crate::cli::units::since(image.as_ref().and_then(|i| i.record.created.as_deref())),
        }));
    }
    if a.quiet {
        for r in &rows {
            println!("{}", r["ID"].as_str().unwrap_or_default());
        }
        return Ok(());
    }
    if a.format == "json" {
        println!("{}", serde_json::to_string(&rows)?);
        return Ok(());
    }
    print!(
        "{}",
        crate::cli::format::render_items(
            &crate::cli::format::Format::parse("table"),
            "table {{.ContainerName}}\t{{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.Size}}\t{{.Created}}",
            &[
                ("ContainerName", "CONTAINER"),
                ("Repository", "REPOSITORY"),
                ("Tag", "TAG"),
                ("ID", "IMAGE ID"),
                ("Size", "SIZE"),
                ("Created", "CREATED"),
            ],
            &rows,
        )?
    );
    Ok(())
}

pub fn version(a: &VersionArgs) -> Result<()> {
    let compose = labels::COMPOSE_VERSION;
    if a.short {
        println!("{compose}");
    } else if a.format == "json" {
        println!(
            "{}",
            serde_json::json!({ "version": format!("v{compose}") })
        );
    } else {
        // The compose release whose behaviour skiff follows, for scripts
        // that check for v2; then skiff's own version.
        println!(
            "skiff compose version v{compose} (skiff {})",
            env!("CARGO_PKG_VERSION")
        );
    }
    Ok(())
}
