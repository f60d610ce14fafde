//! `skiff logs`: reads the container's json-file log directly.

use std::io::Write;
use std::time::{Duration, SystemTime};

use anyhow::{anyhow, Result};

use super::units::parse_time;
use super::GlobalArgs;
use crate::engine::container;
use crate::engine::container::logs::{read_entries, LogEntry, LogFollower};

#[derive(Debug, clap::Args)]
pub struct LogsArgs {
    /// The container
    pub container: String,
    /// Follow log output
    #[arg(short = 'f', long)]
    pub follow: bool,
    /// Number of lines to show from the end of the logs ("all" for everything)
    #[arg(short = 'n', long, default_value = "all")]
    pub tail: String,
    /// Show logs since timestamp (RFC 3339) or relative (e.g. 42m)
    #[arg(long)]
    pub since: Option<String>,
    /// Show logs before a timestamp (RFC 3339) or relative (e.g. 42m)
    #[arg(long)]
    pub until: Option<String>,
    /// Show timestamps
    #[arg(short = 't', long)]
    pub timestamps: bool,
    /// Show extra details provided to logs
    #[arg(long)]
    pub details: bool,
}

/// A point in time from docker's `--since`/`--until` forms.
pub(super) fn point_in_time(s: &str) -> Result<SystemTime> {
    if let Some(t) = parse_time(s) {
        return Ok(t);
    }
    if let Ok(secs) = s.parse::<f64>() {
        return Ok(SystemTime::UNIX_EPOCH + Duration::from_secs_f64(secs));
    }
    let d = humantime::parse_duration(s).map_err(|_| anyhow!("invalid value for time: {s:?}"))?;
    Ok(SystemTime::now() - d)
}

fn print_entries(
    entries: &[LogEntry],
    args: &LogsArgs,
    since: Option<SystemTime>,
    until: Option<SystemTime>,
) -> Result<()> {
    let mut out = std::io::stdout().lock();
    let mut err = std::io::stderr().lock();
    for e in entries {
        let t = parse_time(&e.time);
        if since.is_some_and(|s| t.is_some_and(|t| t < s))
            || until.is_some_and(|u| t.is_some_and(|t| t > u))
        {
            continue;
        }
        let prefix = if args.timestamps {
            format!("{} ", e.time)
        } else {
            String::new()
        };
        let sink: &mut dyn Write = if e.stream == "stderr" {
            &mut err
        } else {
            &mut out
        };
        sink.write_all(prefix.as_bytes())?;
        sink.write_all(e.log.as_bytes())?;
    }
    out.flush()?;
    err.flush()?;
    Ok(())
}

pub fn run(g: &GlobalArgs, args: LogsArgs) -> Result<()> {
    let engine = g.engine()?;
    let c = crate::engine::ops::lookup(&engine, &args.container)?;
    if !c.record.host_config.log_config.readable() {
        return Err(super::ExitError {
            code: 1,
            message: "configured logging driver does not support reading".into(),
        }
        .into());
    }
    let path = engine.container_paths(&c.record.id).log();
    let since = args.since.as_deref().map(point_in_time).transpose()?;
    let until = args.until.as_deref().map(point_in_time).transpose()?;
    // Followed from an open descriptor: a `--rm` container's log goes away
    // with it, right after its last lines.
    let (entries, mut follower) = if args.follow {
        let (entries, f) = LogFollower::open(&path)?;
        (entries, Some(f))
    } else {
        (read_entries(&path)?, None)
    };
    let skip = match args.tail.as_str() {
        "all" | "-1" => 0,
        n => {
            let n: usize = n
                .parse()
                .map_err(|_| anyhow!("invalid value for tail: {n:?}"))?;
            entries.len().saturating_sub(n)
        }
    };
    print_entries(&entries[skip..], &args, since, until)?;
    let Some(follower) = follower.as_mut() else {
        return Ok(());
    };
    loop {
        // The state first: the monitor writes the last lines before it
        // records the exit, so one more read after that sees them all.
        let state = crate::engine::ops::reconcile(
            &engine,
            &c.record.id,
            container::load_state(&engine, &c.record.id),
        );
        let running = state.status.is_up();
        print_entries(&follower.poll()?, &args, since, until)?;
        if !running {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}
