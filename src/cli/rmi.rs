//! `skiff rmi` / `skiff image rm`.

use anyhow::Result;

use super::{ExitError, GlobalArgs};
use crate::engine::image::{remove, RemoveEvent};

#[derive(Debug, clap::Args)]
pub struct RmiArgs {
    /// Images to remove, by name or ID
    #[arg(required = true, value_name = "IMAGE")]
    pub images: Vec<String>,
    /// Force removal of the image
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Do not delete untagged parents
    #[arg(long = "no-prune")]
    pub no_prune: bool,
}

pub fn print_events(events: &[RemoveEvent]) {
    for e in events {
        match e {
            RemoveEvent::Untagged(name) => println!("Untagged: {name}"),
            RemoveEvent::Deleted(id) => println!("Deleted: {id}"),
        }
    }
}

/// Removes each image in turn; like docker, a failure does not stop the others.
pub fn run(g: &GlobalArgs, args: RmiArgs) -> Result<()> {
    let engine = g.engine()?;
    let mut failed = false;
    for image in &args.images {
        match remove(&engine, image, args.force) {
            Ok(events) => print_events(&events),
            Err(e) => {
                eprintln!("Error: {e}");
                failed = true;
            }
        }
    }
    if failed {
        return Err(ExitError::silent(1));
    }
    Ok(())
}
