//! `compose logs` and attached `compose up`: every container's log with a
//! `service-1  | ` prefix, coloured per container on a terminal, as compose
//! v2 prints them.

use std::io::{IsTerminal as _, Write};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use anyhow::{anyhow, Result};

use super::up::UpArgs;
use super::{ComposeArgs, Session};
use crate::compose::labels;
use crate::compose::runner::Runner;
use crate::engine::container::logs::{read_entries, LogEntry, LogFollower};
use crate::engine::container::{self, Container};

#[derive(Debug, clap::Args)]
pub struct LogsArgs {
    /// Follow log output
    #[arg(short = 'f', long)]
    pub follow: bool,
    /// Number of lines to show from the end of the logs for each container
    #[arg(short = 'n', long, default_value = "all")]
    pub tail: String,
    /// Show timestamps
    #[arg(short = 't', long)]
    pub timestamps: bool,
    /// Show logs since timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)
    #[arg(long)]
    pub since: Option<String>,
    /// Show logs before a timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)
    #[arg(long)]
    pub until: Option<String>,
    /// Don't print prefix in logs
    #[arg(long = "no-log-prefix")]
    pub no_log_prefix: bool,
    /// Produce monochrome output
    #[arg(long = "no-color")]
    pub no_color: bool,
    /// index of the container if service has multiple replicas
    #[arg(long)]
    pub index: Option<u32>,
    #[arg(value_name = "SERVICE")]
    pub services: Vec<String>,
}

/// compose's colours, in the order containers get them.
const COLOURS: &[&str] = &[
    "36", "33", "32", "35", "34", "36;1", "33;1", "32;1", "35;1", "34;1",
];

/// One container's log as it is printed.
struct Source {
    id: String,
    name: String,
    prefix: String,
    colour: Option<&'static str>,
    follower: Option<LogFollower>,
    done: bool,
}

/// How lines are printed.
struct Style {
    prefix: bool,
    colour: bool,
    timestamps: bool,
}

/// The name compose shows for a container: its name less `<project>-`.
fn display_name(project: &str, c: &Container) -> String {
    let name = &c.record.name;
    name.strip_prefix(&format!("{project}-"))
        .unwrap_or(name)
        .to_string()
}

fn sources(project: &str, containers: &[Container], style: &Style) -> Vec<Source> {
    let width = containers
        .iter()
        .map(|c| display_name(project, c).len())
        .max()
        .unwrap_or(0)
        + 1;
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    containers
        .iter()
        .map(|c| Source {
            id: c.record.id.clone(),
            name: display_name(project, c),
            prefix: format!("{:<width$} | ", display_name(project, c)),
            colour: style
                .colour
                .then(|| COLOURS[NEXT.fetch_add(1, Ordering::Relaxed) % COLOURS.len()]),
            follower: None,
            done: false,
        })
        .collect()
}

fn print(source: &Source, entries: &[LogEntry], style: &Style) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    let mut stderr = std::io::stderr().lock();
    for e in entries {
        let out: &mut dyn Write = if e.stream == "stderr" {
            &mut stderr
        } else {
            &mut stdout
        };
        if style.prefix {
            match source.colour {
                Some(c) => write!(out, "\x1b[{c}m{}\x1b[0m", source.prefix)?,
                None => write!(out, "{}", source.prefix)?,
            }
        }
        if style.timestamps {
            write!(out, "{} ", e.time)?;
        }
        out.write_all(e.log.as_bytes())?;
        if !e.log.ends_with('\n') {
            out.write_all(b"\n")?;
        }
    }
    stdout.flush()?;
    stderr.flush()?;
    Ok(())
}

/// `compose logs`.
pub fn logs(s: &Session, args: &ComposeArgs, a: &LogsArgs) -> Result<()> {
    let project = s.load(args, &[])?;
    let mut containers: Vec<Container> =
        crate::compose::runner::project_containers(&s.engine, &project.name)?
            .into_iter()
            .filter(|c| {
                let l = &c.record.config.labels;
                (a.services.is_empty()
                    || l.get(labels::SERVICE)
                        .is_some_and(|sv| a.services.contains(sv)))
                    && a.index
                        .is_none_or(|i| l.get(labels::NUMBER) == Some(&i.to_string()))
            })
            .collect();
    containers.retain(|c| c.record.host_config.log_config.readable());
    let style = Style {
        prefix: !a.no_log_prefix,
        colour: !a.no_color && std::io::stdout().is_terminal(),
        timestamps: a.timestamps,
    };
    let mut sources = sources(&project.name, &containers, &style);
    let tail: Option<usize> = match a.tail.as_str() {
        "all" | "-1" => None,
        n => Some(
            n.parse()
                .map_err(|_| anyhow!("invalid value for tail: {n:?}"))?,
        ),
    };
    let since = a
        .since
        .as_deref()
        .map(super::super::logs::point_in_time)
        .transpose()?;
    let until = a
        .until
        .as_deref()
        .map(super::super::logs::point_in_time)
        .transpose()?;
    for src in &mut sources {
        let path = s.engine.container_paths(&src.id).log();
        let entries = if a.follow {
            let (entries, f) = LogFollower::open(&path)?;
            src.follower = Some(f);
            entries
        } else {
            read_entries(&path)?
        };
        let entries: Vec<LogEntry> = entries
            .into_iter()
            .filter(|e| {
                let t = super::super::units::parse_time(&e.time);
                !(since.is_some_and(|s| t.is_some_and(|t| t < s))
                    || until.is_some_and(|u| t.is_some_and(|t| t > u)))
            })
            .collect();
        let skip = tail.map_or(0, |n| entries.len().saturating_sub(n));
        print(src, &entries[skip..], &style)?;
    }
    if !a.follow {
        return Ok(());
    }
    follow(s, &mut sources, &style, |_, _| false)?;
    Ok(())
}

/// Prints new lines until every source's container has stopped (or `stop`
/// says so, given a container's id and exit code as each one ends).
fn follow(
    s: &Session,
    sources: &mut [Source],
    style: &Style,
    mut on_exit: impl FnMut(&Source, i32) -> bool,
) -> Result<()> {
    loop {
        let mut live = 0;
        for src in sources.iter_mut().filter(|s| !s.done) {
            let state = crate::engine::ops::reconcile(
                &s.engine,
                &src.id,
                container::load_state(&s.engine, &src.id),
            );
            let running = state.status.is_up();
            if let Some(f) = src.follower.as_mut() {
                let entries = f.poll()?;
                print(src, &entries, style)?;
            }
            if running {
                live += 1;
            } else {
                src.done = true;
                if on_exit(src, state.exit_code) {
                    return Ok(());
                }
            }
        }
        if live == 0 || super::interrupted() {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// How many log entries each of the project's containers has: attached
/// `up` shows what comes after.
pub fn entry_counts(
    s: &Session,
    runner: &Runner,
) -> Result<std::collections::BTreeMap<String, usize>> {
    Ok(runner
        .containers()?
        .into_iter()
        .map(|c| {
            let n =
                read_entries(&s.engine.container_paths(&c.record.id).log()).map_or(0, |e| e.len());
            (c.record.id, n)
        })
        .collect())
}

/// Attached `up`: "Attaching to …", every container's output, a line as each
/// exits; Ctrl-C stops the project gracefully (a second one kills).
pub fn attached(
    s: &Session,
    runner: &Runner,
    a: &UpArgs,
    printed_before: &std::collections::BTreeMap<String, usize>,
) -> Result<()> {
    let project = &runner.project.name;
    let containers: Vec<Container> = runner
        .containers()?
        .into_iter()
        .filter(|c| {
            let l = &c.record.config.labels;
            l.get(labels::ONEOFF).map(String::as_str) != Some("True")
                && (a.attach.is_empty()
                    || l.get(labels::SERVICE)
                        .is_some_and(|sv| a.attach.contains(sv)))
                && (a.services.is_empty()
                    || l.get(labels::SERVICE)
                        .is_some_and(|sv| a.services.contains(sv)))
        })
        .collect();
    let style = Style {
        prefix: !a.no_log_prefix,
        colour: !a.no_color && std::io::stdout().is_terminal(),
        timestamps: a.timestamps,
    };
    let mut sources = sources(project, &containers, &style);
    let names: Vec<String> = containers.iter().map(|c| c.record.name.clone()).collect();
    s.finish_progress();
    println!("Attaching to {}", names.join(", "));
    for src in &mut sources {
        let (entries, f) = LogFollower::open(&s.engine.container_paths(&src.id).log())?;
        // What this start printed, not what earlier runs of the container did
        // (compose attaches before it starts them).
        let seen = printed_before.get(&src.id).copied().unwrap_or(0);
        print(src, entries.get(seen..).unwrap_or_default(), &style)?;
        src.follower = Some(f);
    }
    super::catch_interrupts();
    let abort = a.abort_on_container_exit || a.exit_code_from.is_some();
    let mut exit_code = 0;
    let wanted_exit = a.exit_code_from.clone();
    let ids: std::collections::BTreeMap<String, String> = containers
        .iter()
        .map(|c| {
            (
                c.record.id.clone(),
                c.record
                    .config
                    .labels
                    .get(labels::SERVICE)
                    .cloned()
                    .unwrap_or_default(),
            )
        })
        .collect();
    let mut aborted = false;
    follow(s, &mut sources, &style, |src, code| {
        let line = format!("{} exited with code {code}", src.name);
        match src.colour {
            Some(c) => println!("\x1b[{c}m{line}\x1b[0m"),
            None => println!("{line}"),
        }
        if wanted_exit
            .as_deref()
            .is_none_or(|w| ids.get(&src.id).map(String::as_str) == Some(w))
        {
            exit_code = code;
        }
        if abort {
            aborted = true;
        }
        abort
    })?;
    if aborted || super::interrupted() {
        if aborted {
            println!("Aborting on container exit...");
        } else {
            eprintln!("Gracefully stopping... (press Ctrl+C again to force)");
        }
        runner.stop(&[], None)?;
    }
    if let Some(service) = &a.exit_code_from {
        // The chosen service's container, as it ended (143 if we stopped it).
        if let Some(c) = runner
            .containers()?
            .iter()
            .find(|c| c.record.config.labels.get(labels::SERVICE) == Some(service))
        {
            exit_code = c.state.exit_code;
        }
    }
    if abort && exit_code != 0 {
        return Err(super::super::ExitError::silent(exit_code));
    }
    Ok(())
}
