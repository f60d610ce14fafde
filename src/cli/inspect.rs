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
    /// Only inspect objects of this type (image)
    #[arg(long = "type", value_parser = ["image", "container"])]
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

/// What `inspect` may look up.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Any,
    Image,
    Container,
}

fn find(
    engine: &crate::engine::Engine,
    name: &str,
    kind: Kind,
) -> Result<Option<serde_json::Value>> {
    if kind != Kind::Image {
        match crate::engine::container::lookup(engine, name) {
            Ok(c) => return Ok(Some(crate::engine::container::inspect(engine, &c))),
            Err(e)
                if e.downcast_ref::<crate::engine::container::NoSuchContainer>()
                    .is_some() => {}
            Err(e) => return Err(e),
        }
    }
    if kind != Kind::Container {
        match lookup(engine, name) {
            Ok(img) => return inspect(engine, &img.record).map(Some),
            Err(e)
                if e.downcast_ref::<crate::engine::image::NoSuchImage>()
                    .is_some() => {}
            Err(e) => return Err(e),
        }
    }
    Ok(None)
}

fn inspect_all(g: &GlobalArgs, names: &[String], format: Option<&str>, kind: Kind) -> Result<()> {
    let engine = g.engine()?;
    let not_found = match kind {
        Kind::Any => "No such object",
        Kind::Image => "No such image",
        Kind::Container => "No such container",
    };
    let mut docs = Vec::new();
    let mut failed = false;
    for name in names {
        match find(&engine, name, kind) {
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
        _ => Kind::Any,
    };
    inspect_all(g, &args.names, args.format.as_deref(), kind)
}

pub fn run_images(g: &GlobalArgs, args: ImageInspectArgs) -> Result<()> {
    inspect_all(g, &args.images, args.format.as_deref(), Kind::Image)
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
    inspect_all(g, &args.containers, args.format.as_deref(), Kind::Container)
}
