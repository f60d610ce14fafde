//! `skiff image check [IMAGE...]` (containerd's `ctr image check`): each
//! image's blobs present and intact, and its layers unpacked, as a table;
//! exit 1 when any image is not complete.

use anyhow::Result;

use super::GlobalArgs;
use crate::engine::image::check::check;
use crate::engine::image::store::ImageRecord;

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Check every image (the default without IMAGE)
    #[arg(short = 'a', long)]
    pub all: bool,
    /// Print only the ready image refs (fully downloaded and unpacked)
    #[arg(short = 'q', long)]
    pub quiet: bool,
    #[arg(value_name = "IMAGE")]
    pub images: Vec<String>,
}

/// containerd's progress.Bytes: one decimal and binary units (`2.1 MiB`).
fn binary_size(bytes: u64) -> String {
    let units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < units.len() {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {}", units[unit])
}

pub fn run(g: &GlobalArgs, args: CheckArgs) -> Result<()> {
    let engine = g.engine()?;
    // (the name shown, the image)
    let mut selected: Vec<(String, ImageRecord)> = Vec::new();
    if args.all || args.images.is_empty() {
        let txn = engine.images().read()?;
        for (name, id) in txn.names() {
            if let Some(r) = txn.image(id) {
                selected.push((name.clone(), r.clone()));
            }
        }
        let named: std::collections::BTreeSet<&String> = txn.names().map(|(_, id)| id).collect();
        for r in txn.images().filter(|r| !named.contains(&r.id)) {
            selected.push((r.id.clone(), r.clone()));
        }
    }
    for name in &args.images {
        let image = crate::engine::image::lookup(&engine, name)?;
        let shown = image.name.map(|n| n.to_string()).unwrap_or(name.clone());
        selected.push((shown, image.record));
    }
    let records: Vec<ImageRecord> = selected.iter().map(|(_, r)| r.clone()).collect();
    let results = check(&engine, &records);
    // ctr's table: tabwriter padding 1, every cell tab-terminated.
    let mut tw = tabwriter::TabWriter::new(Vec::new()).minwidth(1).padding(1);
    use std::io::Write as _;
    if !args.quiet {
        writeln!(tw, "REF\tTYPE\tDIGEST\tSTATUS\tSIZE\tUNPACKED\t")?;
    }
    let mut bad = 0;
    for ((name, _), c) in selected.iter().zip(&results) {
        if !c.complete() {
            bad += 1;
        }
        if args.quiet {
            if c.complete() {
                writeln!(tw, "{name}")?;
            }
            continue;
        }
        writeln!(
            tw,
            "{name}\t{}\t{}\t{}\t{}/{}\t{}\t",
            c.media_type,
            c.digest,
            c.status(),
            binary_size(c.present_size),
            binary_size(c.total_size),
            c.unpacked
        )?;
    }
    tw.flush()?;
    print!("{}", String::from_utf8_lossy(&tw.into_inner()?));
    if bad > 0 {
        return Err(super::ExitError::silent(1));
    }
    Ok(())
}
