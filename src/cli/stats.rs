//! `skiff stats`: live resource usage of containers.

use std::io::{IsTerminal, Write};
use std::time::Duration;

use anyhow::Result;
use serde_json::json;

use super::format::{render_items, Format};
use super::units::{bytes_size, human_size};
use super::GlobalArgs;
use crate::engine::container::stats::{cpu_percent, sample, Sample};
use crate::engine::container::{self, Container, Status};

#[derive(Debug, clap::Args)]
pub struct StatsArgs {
    /// Containers (default: all running)
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
    #[command(flatten)]
    pub options: StatsOptions,
}

/// The flags `stats` and `compose stats` share.
#[derive(Debug, Clone, clap::Args)]
pub struct StatsOptions {
    /// Show all containers (default shows just running)
    #[arg(short = 'a', long)]
    pub all: bool,
    /// Disable streaming stats and only pull the first result
    #[arg(long = "no-stream")]
    pub no_stream: bool,
    /// Do not truncate output
    #[arg(long = "no-trunc")]
    pub no_trunc: bool,
    /// Format output using a custom template
    #[arg(long)]
    pub format: Option<String>,
}

fn pick(g: &GlobalArgs, args: &StatsArgs) -> Result<Vec<Container>> {
    let engine = g.engine()?;
    if args.containers.is_empty() {
        return Ok(crate::engine::ops::list(&engine)?
            .into_iter()
            .filter(|c| args.options.all || c.state.status == Status::Running)
            .collect());
    }
    args.containers
        .iter()
        .map(|n| crate::engine::ops::lookup(&engine, n))
        .collect()
}

fn render(args: &StatsArgs, rows: &[(Container, Sample, Sample)]) -> Result<String> {
    let items: Vec<serde_json::Value> = rows
        .iter()
        .map(|(c, before, after)| {
            let running = c.state.status == Status::Running;
            let mem_perc = if after.mem_limit > 0 { after.mem_usage as f64 / after.mem_limit as f64 * 100.0 } else { 0.0 };
            let id = if args.options.no_trunc { c.record.id.clone() } else { container::short_id(&c.record.id).to_string() };
            if !running {
                return json!({"Container": id, "ID": id, "Name": c.record.name, "CPUPerc": "0.00%", "MemUsage": "0B / 0B", "MemPerc": "0.00%", "NetIO": "0B / 0B", "BlockIO": "0B / 0B", "PIDs": "0"});
            }
            json!({
                "Container": id,
                "ID": id,
                "Name": c.record.name,
                "CPUPerc": format!("{:.2}%", cpu_percent(before, after)),
                "MemUsage": format!("{} / {}", bytes_size(after.mem_usage), bytes_size(after.mem_limit)),
                "MemPerc": format!("{mem_perc:.2}%"),
                "NetIO": format!("{} / {}", human_size(after.net_rx), human_size(after.net_tx)),
                "BlockIO": format!("{} / {}", human_size(after.blk_read), human_size(after.blk_write)),
                "PIDs": after.pids.to_string(),
            })
        })
        .collect();
    let headers = [
        ("Container", "CONTAINER"),
        ("ID", "CONTAINER ID"),
        ("Name", "NAME"),
        ("CPUPerc", "CPU %"),
        ("MemUsage", "MEM USAGE / LIMIT"),
        ("MemPerc", "MEM %"),
        ("NetIO", "NET I/O"),
        ("BlockIO", "BLOCK I/O"),
        ("PIDs", "PIDS"),
    ];
    let default = "table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}";
    render_items(
        &Format::parse(args.options.format.as_deref().unwrap_or("")),
        default,
        &headers,
        &items,
    )
}

pub fn run(g: &GlobalArgs, args: StatsArgs) -> Result<()> {
    let tty = std::io::stdout().is_terminal();
    let mut previous: Vec<(String, Sample)> = Vec::new();
    loop {
        let containers = pick(g, &args)?;
        let mut before: Vec<Sample> = containers
            .iter()
            .map(|c| {
                previous
                    .iter()
                    .find(|(id, _)| *id == c.record.id)
                    .map(|(_, s)| s.clone())
                    .unwrap_or_else(|| sample(c))
            })
            .collect();
        if previous.is_empty() {
            // Two readings are needed for a CPU percentage.
            std::thread::sleep(Duration::from_millis(if args.options.no_stream {
                500
            } else {
                1000
            }));
            before = containers.iter().zip(before).map(|(_, b)| b).collect();
        }
        let rows: Vec<(Container, Sample, Sample)> = containers
            .into_iter()
            .zip(before)
            .map(|(c, b)| {
                let a = sample(&c);
                (c, b, a)
            })
            .collect();
        let text = render(&args, &rows)?;
        let mut out = std::io::stdout().lock();
        if tty && !args.options.no_stream {
            write!(out, "\x1b[2J\x1b[H")?;
        }
        write!(out, "{text}")?;
        out.flush()?;
        if args.options.no_stream {
            return Ok(());
        }
        previous = rows.into_iter().map(|(c, _, a)| (c.record.id, a)).collect();
        std::thread::sleep(Duration::from_secs(1));
    }
}
