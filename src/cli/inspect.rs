//! `skiff inspect` and `skiff image inspect`.

use anyhow::Result;

use super::{ExitError, GlobalArgs};
use crate::engine::image::{inspect, lookup};

#[derive(Debug, clap::Args)]
pub struct InspectArgs {
    /// Names or IDs of objects to inspect
    #[arg(required = true, value_name = "NAME|ID")]
    pub names: Vec<String>,
    /// Format output using a custom template: 'json' or a Go template
    #[arg(short = 'f', long)]
    pub format: Option<String>,
    /// Only inspect objects of this type
    #[arg(long = "type", value_parser = ["container", "image", "network", "volume"])]
    pub kind: Option<String>,
    /// Display total file sizes if the type is container
    #[arg(short = 's', long)]
    pub size: bool,
}

#[derive(Debug, clap::Args)]
pub struct ImageInspectArgs {
    /// Images to inspect
    #[arg(required = true, value_name = "IMAGE")]
    pub images: Vec<String>,
    /// Format output using a custom template: 'json' or a Go template
    #[arg(short = 'f', long)]
    pub format: Option<String>,
}

/// Inspects each name and prints the documents found (`[]` if none) even when
/// some were not, as docker does; each failure is a line on stderr and exit 1.
pub fn print_each(
    names: &[String],
    format: Option<&str>,
    mut inspect: impl FnMut(&str) -> Result<serde_json::Value>,
) -> Result<()> {
    let mut docs = Vec::new();
    let mut errors = false;
    for name in names {
        match inspect(name) {
            Ok(doc) => docs.push(doc),
            Err(e) => {
                eprintln!("Error: {e:#}");
                errors = true;
            }
        }
    }
    print_documents(&docs, format)?;
    if errors {
        return Err(super::ExitError::silent(1));
    }
    Ok(())
}

/// Prints documents as docker does: a JSON array with 4-space indents, or a template per object.
pub fn print_documents(docs: &[serde_json::Value], format: Option<&str>) -> Result<()> {
    match format {
        None | Some("") | Some("json") => {
            use serde::Serialize;
            let mut buf = Vec::new();
            let fmt = serde_json::ser::PrettyFormatter::with_indent(b"    ");
            let mut ser = serde_json::Serializer::with_formatter(&mut buf, fmt);
            docs.serialize(&mut ser)?;
            println!("{}", String::from_utf8_lossy(&buf));
        }
        Some(tmpl) => {
            for doc in docs {
                println!("{}", super::format::render_one(tmpl, doc)?);
            }
        }
    }
    Ok(())
}

/// What `inspect` may look up: one kind, or any in docker's order.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Any,
    Container,
    Image,
    Volume,
    Network,
}

/// The object `name` names, as its inspect document; `size` adds a
/// container's `SizeRw` and `SizeRootFs` (`inspect -s`).
fn find(
    engine: &crate::engine::Engine,
    name: &str,
    kind: Kind,
    size: bool,
) -> Result<Option<serde_json::Value>> {
    use crate::engine::{container, network, volume};
    let wants = |k: Kind| kind == Kind::Any || kind == k;
    if wants(Kind::Container) {
        match crate::engine::ops::lookup(engine, name) {
            Ok(c) => {
                let mut doc = crate::engine::ops::inspect(engine, &c);
                if size {
                    let rw = crate::engine::system::container_size_rw(engine, &c);
                    let image = crate::engine::image::lookup(engine, &c.record.image_id)
                        .map(|i| i.record.size)
                        .unwrap_or(0);
                    let native =
                        c.record.snapshotter != crate::engine::store::SnapshotterKind::Overlay;
                    doc["SizeRw"] = serde_json::json!(rw);
                    doc["SizeRootFs"] = serde_json::json!(if native { rw } else { rw + image });
                }
                return Ok(Some(doc));
            }
            Err(e) if e.downcast_ref::<container::NoSuchContainer>().is_some() => {}
            Err(e) => return Err(e),
        }
    }
    if wants(Kind::Image) {
        match lookup(engine, name) {
            Ok(img) => return inspect(engine, &img.record).map(Some),
            Err(e)
                if e.downcast_ref::<crate::engine::image::NoSuchImage>()
                    .is_some() => {}
            Err(e) => return Err(e),
        }
    }
    if wants(Kind::Volume) {
        match volume::inspect(engine, name) {
            Ok(v) => return Ok(Some(serde_json::to_value(v)?)),
            Err(e) if e.downcast_ref::<volume::NoSuchVolume>().is_some() => {}
            // A name that cannot be a volume's is simply not one.
            Err(_) if kind == Kind::Any => {}
            Err(e) => return Err(e),
        }
    }
    if wants(Kind::Network) {
        match network::lookup(engine, name) {
            Ok(n) => return super::network::inspect_json(engine, &n).map(Some),
            Err(e) if e.downcast_ref::<network::NoSuchNetwork>().is_some() => {}
            Err(e) => return Err(e),
        }
    }
    Ok(None)
}

fn inspect_all(
    g: &GlobalArgs,
    names: &[String],
    format: Option<&str>,
    kind: Kind,
    size: bool,
) -> Result<()> {
    let engine = g.engine()?;
    let not_found = match kind {
        Kind::Any => "No such object",
        Kind::Image => "No such image",
        Kind::Container => "No such container",
        Kind::Volume => "No such volume",
        Kind::Network => "No such network",
    };
    let mut docs = Vec::new();
    let mut failed = false;
    for name in names {
        match find(&engine, name, kind, size) {
            Ok(Some(doc)) => docs.push(doc),
            Ok(None) => {
                eprintln!("Error: {not_found}: {name}");
                failed = true;
            }
            Err(e) => {
                eprintln!("Error: {e}");
                failed = true;
            }
        }
    }
    if !docs.is_empty() || !failed {
        print_documents(&docs, format)?;
    }
    if failed {
        return Err(ExitError::silent(1));
    }
    Ok(())
}

pub fn run(g: &GlobalArgs, args: InspectArgs) -> Result<()> {
    let kind = match args.kind.as_deref() {
        Some("image") => Kind::Image,
        Some("container") => Kind::Container,
        Some("volume") => Kind::Volume,
        Some("network") => Kind::Network,
        _ => Kind::Any,
    };
    inspect_all(g, &args.names, args.format.as_deref(), kind, args.size)
}

pub fn run_images(g: &GlobalArgs, args: ImageInspectArgs) -> Result<()> {
    inspect_all(g, &args.images, args.format.as_deref(), Kind::Image, false)
}

#[derive(Debug, clap::Args)]
pub struct ContainerInspectArgs {
    /// Containers to inspect
    #[arg(required = true, value_name = "CONTAINER")]
    pub containers: Vec<String>,
    /// Format output using a custom template: 'json' or a Go template
    #[arg(short = 'f', long)]
    pub format: Option<String>,
    /// Display total file sizes
    #[arg(short = 's', long)]
    pub size: bool,
}

pub fn run_containers(g: &GlobalArgs, args: ContainerInspectArgs) -> Result<()> {
    inspect_all(
        g,
        &args.containers,
        args.format.as_deref(),
        Kind::Container,
        args.size,
    )
}
