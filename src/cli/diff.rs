//! `skiff diff` / `skiff container diff`: docker's list of changed paths.

use std::io::Write;

use anyhow::Result;

use super::GlobalArgs;
use crate::engine::container::copy::changes;

#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// The container
    #[arg(value_name = "CONTAINER")]
    pub container: String,
}

pub fn run(g: &GlobalArgs, args: DiffArgs) -> Result<()> {
    let engine = g.engine()?;
    let c = crate::engine::ops::lookup(&engine, &args.container)?;
    let changes = changes::changes(&engine, &c)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written = changes
        .iter()
        .try_for_each(|ch| writeln!(out, "{} {}", ch.kind.as_str(), ch.path))
        .and_then(|()| out.flush());
    match written {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        r => Ok(r?),
    }
}
