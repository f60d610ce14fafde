//! `compose cp`, `attach`, `stats`, `push` and `events`: a service's
//! containers found by their labels, then skiff's own command for them.

use anyhow::{bail, Result};

use super::{ComposeArgs, Session};
use crate::cli::GlobalArgs;
use crate::compose::labels;

#[derive(Debug, clap::Args)]
pub struct CpArgs {
    /// Include containers created by the run command
    #[arg(long)]
    pub all: bool,
    /// Archive mode (copy all uid/gid information)
    #[arg(short = 'a', long)]
    pub archive: bool,
    /// Always follow symbol link in SRC_PATH
    #[arg(short = 'L', long = "follow-link")]
    pub follow_link: bool,
    /// Index of the container if service has multiple replicas
    #[arg(long)]
    pub index: Option<u32>,
    /// SERVICE:SRC_PATH or a local path
    #[arg(value_name = "SRC")]
    pub source: String,
    /// SERVICE:DEST_PATH or a local path
    #[arg(value_name = "DEST")]
    pub destination: String,
}

#[derive(Debug, clap::Args)]
pub struct AttachArgs {
    /// Override the key sequence for detaching from a container
    #[arg(long = "detach-keys")]
    pub detach_keys: Option<String>,
    /// index of the container if service has multiple replicas
    #[arg(long)]
    pub index: Option<u32>,
    /// Do not attach STDIN
    #[arg(long = "no-stdin")]
    pub no_stdin: bool,
    /// Proxy all received signals to the process
    #[arg(long = "sig-proxy", default_value_t = true, action = clap::ArgAction::Set)]
    pub sig_proxy: bool,
    pub service: String,
}

#[derive(Debug, clap::Args)]
pub struct StatsArgs {
    #[command(flatten)]
    pub options: crate::cli::stats::StatsOptions,
    #[arg(value_name = "SERVICE")]
    pub service: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct PushArgs {
    /// Push what it can and ignores images with push failures
    #[arg(long = "ignore-push-failures")]
    pub ignore_push_failures: bool,
    /// Push without printing progress information
    #[arg(short = 'q', long)]
    pub quiet: bool,
    #[arg(value_name = "SERVICE")]
    pub services: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct EventsArgs {
    /// Output events as a stream of json objects
    #[arg(long)]
    pub json: bool,
    /// Show all events created since timestamp
    #[arg(long)]
    pub since: Option<String>,
    /// Stream events until this timestamp
    #[arg(long)]
    pub until: Option<String>,
    #[arg(value_name = "SERVICE")]
    pub services: Vec<String>,
}

/// `SERVICE:PATH` as `CONTAINER:PATH`; a local path as it is.
fn container_path(s: &Session, args: &ComposeArgs, a: &CpArgs, spec: &str) -> Result<String> {
    let Some((service, path)) = spec.split_once(':') else {
        return Ok(spec.to_string());
    };
    if service.contains('/') {
        return Ok(spec.to_string());
    }
    let project = s.load(args, &[])?;
    let runner = s.runner(&project)?;
    let c = runner.service_container(service, a.index)?;
    Ok(format!("{}:{path}", c.record.name))
}

pub fn cp(g: &GlobalArgs, s: &Session, args: &ComposeArgs, a: &CpArgs) -> Result<()> {
    let source = container_path(s, args, a, &a.source)?;
    let destination = container_path(s, args, a, &a.destination)?;
    crate::cli::cp::run(
        g,
        crate::cli::cp::CpArgs {
            follow_link: a.follow_link,
            archive: a.archive,
            quiet: Some(true),
            source,
            destination,
        },
    )
}

pub fn attach(g: &GlobalArgs, s: &Session, args: &ComposeArgs, a: &AttachArgs) -> Result<()> {
    let project = s.load(args, &[])?;
    let c = s.runner(&project)?.service_container(&a.service, a.index)?;
    crate::cli::attach::run(
        g,
        crate::cli::attach::AttachArgs {
            container: c.record.name,
            no_stdin: a.no_stdin,
            sig_proxy: a.sig_proxy,
            detach_keys: a.detach_keys.clone(),
        },
    )
}

pub fn stats(g: &GlobalArgs, s: &Session, args: &ComposeArgs, a: &StatsArgs) -> Result<()> {
    let project = s.load(args, &[])?;
    let containers: Vec<String> =
        crate::compose::runner::project_containers(&s.engine, &project.name)?
            .into_iter()
            .filter(|c| {
                (a.options.all || c.state.status.is_live())
                    && a.service
                        .as_ref()
                        .is_none_or(|sv| c.record.config.labels.get(labels::SERVICE) == Some(sv))
            })
            .map(|c| c.record.name)
            .collect();
    if containers.is_empty() {
        bail!("no containers to show for project {}", project.name);
    }
    crate::cli::stats::run(
        g,
        crate::cli::stats::StatsArgs {
            containers,
            options: a.options.clone(),
        },
    )
}

pub fn push(g: &GlobalArgs, s: &Session, args: &ComposeArgs, a: &PushArgs) -> Result<()> {
    let project = s.load(args, &[])?;
    let runner = s.runner(&project)?;
    for (name, svc) in &runner.services {
        if !a.services.is_empty() && !a.services.contains(name) {
            continue;
        }
        let Some(image) = &svc.image else { continue };
        let pushed = crate::cli::push::run(
            g,
            crate::cli::push::PushArgs {
                image: image.clone(),
                quiet: a.quiet,
            },
        );
        match pushed {
            Err(e) if a.ignore_push_failures => eprintln!("service {name}: {e:#}"),
            other => other?,
        }
    }
    Ok(())
}

pub fn events(g: &GlobalArgs, s: &Session, args: &ComposeArgs, a: &EventsArgs) -> Result<()> {
    let project = s.load(args, &[])?;
    let mut filters = vec![
        "type=container".to_string(),
        format!("label={}={}", labels::PROJECT, project.name),
    ];
    filters.extend(
        a.services
            .iter()
            .map(|sv| format!("label={}={sv}", labels::SERVICE)),
    );
    let args = crate::cli::events::EventsArgs {
        since: a.since.clone(),
        until: a.until.clone(),
        filters,
        format: None,
    };
    let json = a.json;
    crate::cli::events::stream(g, &args, |e| Ok(compose_event(e, json)))
}

/// An event as compose prints it: its attributes without compose's labels;
/// text as `2006-01-02 15:04:05.000000 container ACTION ID (k=v, ...)` and a
/// blank line (compose's String() ends in a newline that Println repeats),
/// or a JSON object with the time in RFC 3339.
fn compose_event(e: &crate::engine::events::Event, json: bool) -> String {
    let attributes: std::collections::BTreeMap<&String, &String> = e
        .actor
        .attributes
        .iter()
        .filter(|(k, _)| !k.starts_with("com.docker.compose."))
        .collect();
    let at = std::time::UNIX_EPOCH + std::time::Duration::from_nanos(e.time_nano.max(0) as u64);
    let rfc3339 = humantime::format_rfc3339_nanos(at).to_string();
    if json {
        // Go's RFC3339Nano drops trailing zeros of the fraction.
        let (whole, fraction) = rfc3339
            .trim_end_matches('Z')
            .split_once('.')
            .unwrap_or((&rfc3339, ""));
        let fraction = fraction.trim_end_matches('0');
        let time = if fraction.is_empty() {
            format!("{whole}Z")
        } else {
            format!("{whole}.{fraction}Z")
        };
        let service = e
            .actor
            .attributes
            .get(labels::SERVICE)
            .cloned()
            .unwrap_or_default();
        let value = serde_json::json!({
            "action": e.action,
            "attributes": attributes,
            "id": e.actor.id,
            "service": service,
            "time": time,
            "type": "container",
        });
        return format!("{value}\n");
    }
    // 2006-01-02T15:04:05.123456789Z -> 2006-01-02 15:04:05.123456
    let stamp = rfc3339.replacen('T', " ", 1);
    let stamp = stamp.get(..26).unwrap_or(&stamp);
    let attrs: Vec<String> = attributes.iter().map(|(k, v)| format!("{k}={v}")).collect();
    format!(
        "{stamp} container {} {} ({})\n\n",
        e.action,
        e.actor.id,
        attrs.join(", ")
    )
}
