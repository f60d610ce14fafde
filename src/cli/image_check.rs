//! `skiff image check [IMAGE...]` (containerd's `ctr image check`): each
//! image's blobs present and intact, and its layers unpacked, as a table;
//! exit 1 when any image is not complete.

use anyhow::Result;

use super::units::human_size;
use super::GlobalArgs;
use crate::engine::image::check::check;
use crate::engine::image::store::ImageRecord;

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Check every image (the default without IMAGE)
    #[arg(short = 'a', long)]
    pub all: bool,
    /// Only print the names of images that are not complete
    #[arg(short = 'q', long)]
    pub quiet: bool,
    #[arg(value_name = "IMAGE")]
    pub images: Vec<String>,
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
    let mut tw = tabwriter::TabWriter::new(Vec::new()).padding(3);
    use std::io::Write as _;
    if !args.quiet {
        writeln!(tw, "REF\tTYPE\tDIGEST\tSTATUS\tSIZE\tUNPACKED")?;
    }
    let mut bad = 0;
    for ((name, _), c) in selected.iter().zip(&results) {
        if !c.complete() {
            bad += 1;
        }
        if args.quiet {
            if !c.complete() {
                writeln!(tw, "{name}")?;
            }
            continue;
        }
        writeln!(
            tw,
            "{name}\t{}\t{}\t{}\t{}/{}\t{}",
            c.media_type,
            c.digest,
            c.status(),
            human_size(c.present_size),
            human_size(c.total_size),
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
