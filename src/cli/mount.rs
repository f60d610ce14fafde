//! `skiff mount|unmount CONTAINER` and `skiff image mount|unmount IMAGE`
//! (podman's names; `ctr i mount` prints the target too): a container's or
//! an image's root filesystem on the host, for tools that read it there.

use std::path::PathBuf;

use anyhow::Result;

use super::GlobalArgs;
use crate::engine::container::rootfs;

#[derive(Debug, clap::Args)]
pub struct MountArgs {
    /// Containers to mount (none: list the mounted ones)
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
    /// Do not truncate IDs in the list
    #[arg(long = "no-trunc", visible_alias = "notruncate")]
    pub no_trunc: bool,
}

#[derive(Debug, clap::Args)]
pub struct UnmountArgs {
    /// Unmount every mounted container
    #[arg(short = 'a', long)]
    pub all: bool,
    #[arg(value_name = "CONTAINER", required_unless_present = "all")]
    pub containers: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct ImageMountArgs {
    /// The image to mount (none: list the mounted ones)
    #[arg(value_name = "IMAGE")]
    pub image: Option<String>,
    /// Where to mount it (default: a directory under the runroot)
    #[arg(value_name = "DIR")]
    pub target: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct ImageUnmountArgs {
    /// Unmount every mounted image
    #[arg(short = 'a', long)]
    pub all: bool,
    #[arg(value_name = "IMAGE", required_unless_present = "all")]
    pub images: Vec<String>,
}

/// podman's mount listings: tab-separated columns aligned two spaces apart.
fn print_columns(rows: &[String]) -> Result<()> {
    use std::io::Write as _;
    let mut tw = tabwriter::TabWriter::new(Vec::new()).padding(2);
    for r in rows {
        writeln!(tw, "{r}")?;
    }
    tw.flush()?;
    print!("{}", String::from_utf8_lossy(&tw.into_inner()?));
    Ok(())
}

pub fn run_mount(g: &GlobalArgs, args: MountArgs) -> Result<()> {
    let engine = g.engine()?;
    if args.containers.is_empty() {
        let mut rows = Vec::new();
        for c in crate::engine::ops::list(&engine)? {
            if rootfs::mounted_for_user(&engine, &c.record) {
                let id = if args.no_trunc {
                    c.record.id.as_str()
                } else {
                    crate::engine::container::short_id(&c.record.id)
                };
                let at = engine.container_paths(&c.record.id).rootfs();
                rows.push(format!("{id}\t{}", at.display()));
            }
        }
        return print_columns(&rows);
    }
    for name in &args.containers {
        let c = crate::engine::ops::lookup(&engine, name)?;
        println!("{}", rootfs::mount_for_user(&engine, &c.record)?.display());
    }
    Ok(())
}

pub fn run_unmount(g: &GlobalArgs, args: UnmountArgs) -> Result<()> {
    let engine = g.engine()?;
    let names: Vec<String> = if args.all {
        crate::engine::ops::list(&engine)?
            .into_iter()
            .filter(|c| rootfs::mounted_for_user(&engine, &c.record))
            .map(|c| c.record.id)
            .collect()
    } else {
        args.containers
    };
    for name in &names {
        let c = crate::engine::ops::lookup(&engine, name)?;
        rootfs::unmount_for_user(&engine, &c.record)?;
        println!("{name}");
    }
    Ok(())
}

pub fn run_image_mount(g: &GlobalArgs, args: ImageMountArgs) -> Result<()> {
    let engine = g.engine()?;
    let Some(name) = &args.image else {
        let rows: Vec<String> = crate::engine::image::mount::list(&engine)
            .iter()
            .map(|m| format!("{}\t{}", m.name, m.mountpoint.display()))
            .collect();
        return print_columns(&rows);
    };
    let image = crate::engine::image::lookup(&engine, name)?;
    let shown = image
        .name
        .as_ref()
        .map(|n| n.to_string())
        .unwrap_or_else(|| name.clone());
    let at =
        crate::engine::image::mount::mount(&engine, &image.record, &shown, args.target.as_deref())?;
    println!("{}", at.display());
    Ok(())
}

pub fn run_image_unmount(g: &GlobalArgs, args: ImageUnmountArgs) -> Result<()> {
    let engine = g.engine()?;
    let targets: Vec<(String, String)> = if args.all {
        crate::engine::image::mount::list(&engine)
            .into_iter()
            .map(|m| (m.id, m.name))
            .collect()
    } else {
        let mut out = Vec::new();
        for name in &args.images {
            let image = crate::engine::image::lookup(&engine, name)?;
            out.push((image.record.id, name.clone()));
        }
        out
    };
    for (id, name) in targets {
        crate::engine::image::mount::unmount(&engine, &id, &name)?;
        println!("{}", id.trim_start_matches("sha256:"));
    }
    Ok(())
}
