//! `skiff events`: what happened, from the event log, then as it happens.

use std::time::{Duration, SystemTime};

use anyhow::{anyhow, Result};

use super::format::{render_items, Format};
use super::GlobalArgs;
use crate::engine::events::{read_from, Event};
use crate::engine::filters::{label_matches, Filters};

#[derive(Debug, clap::Args)]
pub struct EventsArgs {
    /// Show all events created since timestamp (RFC 3339, Unix seconds, or a duration like 10m)
    #[arg(long)]
    pub since: Option<String>,
    /// Stream events until this timestamp
    #[arg(long)]
    pub until: Option<String>,
    /// Filter output based on conditions provided (type, event, container, image, label, volume)
    #[arg(short = 'f', long = "filter", value_name = "FILTER")]
    pub filters: Vec<String>,
    /// Format output using a custom template ('json' or a Go template)
    #[arg(long)]
    pub format: Option<String>,
}

fn point(s: &str) -> Result<SystemTime> {
    if let Some(t) = super::units::parse_time(s) {
        return Ok(t);
    }
    if let Ok(secs) = s.parse::<f64>() {
        return Ok(SystemTime::UNIX_EPOCH + Duration::from_secs_f64(secs));
    }
    let d = humantime::parse_duration(s).map_err(|_| anyhow!("invalid value for time: {s:?}"))?;
    Ok(SystemTime::now() - d)
}

fn nanos(t: SystemTime) -> i64 {
    t.duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_nanos() as i64)
        .unwrap_or(0)
}

fn matches(e: &Event, filters: &Filters) -> bool {
    let attr = |k: &str| e.actor.attributes.get(k).map(String::as_str);
    filters
        .all_keys(|key, v| {
            Ok(match key {
                "type" => e.kind == v,
                "event" => e.action == v || e.action.starts_with(&format!("{v}:")),
                "container" => {
                    e.kind == "container" && (e.actor.id.starts_with(v) || attr("name") == Some(v))
                }
                "image" => {
                    attr("image") == Some(v)
                        || (e.kind == "image" && (e.actor.id == v || attr("name") == Some(v)))
                }
                "volume" => e.kind == "volume" && e.actor.id == v,
                "label" => label_matches(v, &e.actor.attributes),
                _ => false,
            })
        })
        .unwrap_or(false)
}

/// docker's default line: `TIME TYPE ACTION ID (k=v, ...)`.
fn plain(e: &Event) -> String {
    let t = SystemTime::UNIX_EPOCH + Duration::from_nanos(e.time_nano.max(0) as u64);
    let stamp = humantime::format_rfc3339_nanos(t)
        .to_string()
        .replace('Z', "+00:00");
    let attrs = e
        .actor
        .attributes
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(", ");
    format!("{stamp} {} {} {} ({attrs})", e.kind, e.action, e.actor.id)
}

pub fn run(g: &GlobalArgs, args: EventsArgs) -> Result<()> {
    let format = args.format.as_deref().map(Format::parse);
    stream(g, &args, |e| match &format {
        None => Ok(format!("{}\n", plain(e))),
        Some(f) => render_items(f, "", &[], &[serde_json::to_value(e)?]),
    })
}

/// Prints the events `args` select, each as `render` writes it, until
/// `--until` (or forever).
pub fn stream(
    g: &GlobalArgs,
    args: &EventsArgs,
    mut render: impl FnMut(&Event) -> Result<String>,
) -> Result<()> {
    let engine = g.engine()?;
    let since = args.since.as_deref().map(point).transpose()?;
    let until = args.until.as_deref().map(point).transpose()?;
    let filters = Filters::parse(
        &args.filters,
        &["type", "event", "container", "image", "label", "volume"],
    )?;
    let start_ns = since.map(nanos);
    let end_ns = until.map(nanos);
    // Without --since only new events are shown: start at the end of the log.
    let mut offset = if since.is_some() {
        0
    } else {
        std::fs::metadata(crate::engine::events::log_path(&engine))
            .map(|m| m.len())
            .unwrap_or(0)
    };
    loop {
        let (events, next) = read_from(&engine, offset);
        offset = next;
        for e in events {
            if start_ns.is_some_and(|s| e.time_nano < s) || end_ns.is_some_and(|u| e.time_nano > u)
            {
                continue;
            }
            if !matches(&e, &filters) {
                continue;
            }
            print!("{}", render(&e)?);
        }
        use std::io::Write;
        std::io::stdout().flush()?;
        if end_ns.is_some_and(|u| nanos(SystemTime::now()) > u) {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}
