//! `skiff manifest`: inspect a manifest or manifest list in its registry, and
//! make, push and remove multi-platform lists (kept locally until pushed).

use anyhow::{anyhow, Result};
use clap::Subcommand;

use super::GlobalArgs;
use crate::engine::image::manifest_list;
use crate::engine::image::reference::Reference;

#[derive(Debug, Subcommand)]
pub enum ManifestCommand {
    /// Display an image manifest, or manifest list
    Inspect(InspectArgs),
    /// Create a local manifest list for annotating and pushing to a registry
    Create(CreateArgs),
    /// Push a manifest list to a repository
    Push(PushArgs),
    /// Delete one or more manifest lists from local storage
    Rm(RmArgs),
}

#[derive(Debug, clap::Args)]
pub struct CreateArgs {
    /// The list to make, then the images (in their registry) it lists
    #[arg(required = true, num_args = 2.., value_name = "MANIFEST_LIST MANIFEST")]
    pub names: Vec<String>,
    /// Amend an existing manifest list
    #[arg(short = 'a', long)]
    pub amend: bool,
    /// Allow communication with an insecure registry
    #[arg(long)]
    pub insecure: bool,
}

#[derive(Debug, clap::Args)]
pub struct PushArgs {
    /// The list to push
    #[arg(value_name = "MANIFEST_LIST")]
    pub list: String,
    /// Remove the local manifest list after push
    #[arg(short = 'p', long)]
    pub purge: bool,
    /// Allow push to an insecure registry
    #[arg(long)]
    pub insecure: bool,
}

#[derive(Debug, clap::Args)]
pub struct RmArgs {
    /// The lists to remove
    #[arg(required = true, value_name = "MANIFEST_LIST")]
    pub lists: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct InspectArgs {
    /// The image, in its registry
    #[arg(value_name = "MANIFEST_LIST|MANIFEST")]
    pub reference: String,
    /// Allow communication with an insecure registry
    #[arg(long)]
    pub insecure: bool,
}

pub fn run(g: &GlobalArgs, cmd: ManifestCommand) -> Result<()> {
    match cmd {
        ManifestCommand::Inspect(a) => run_inspect(g, a),
        ManifestCommand::Create(a) => run_create(g, a),
        ManifestCommand::Push(a) => run_push(g, a),
        ManifestCommand::Rm(a) => {
            let engine = g.engine()?;
            super::each_name(&a.lists, |name| {
                let list = Reference::parse(name).map_err(|e| anyhow!("{e}"))?;
                manifest_list::remove(&engine, &list)
            })
        }
    }
}

fn parse(name: &str) -> Result<Reference> {
    Reference::parse(name).map_err(|e| anyhow!("{e}"))
}

fn run_create(g: &GlobalArgs, args: CreateArgs) -> Result<()> {
    let mut engine = g.engine()?;
    let list = parse(&args.names[0])?;
    let images = args.names[1..]
        .iter()
        .map(|n| parse(n))
        .collect::<Result<Vec<_>>>()?;
    if args.insecure {
        for r in std::iter::once(&list).chain(images.iter()) {
            engine.registry.insecure.push(r.registry_host());
        }
    }
    let rt = super::runtime()?;
    rt.block_on(manifest_list::create(&engine, &list, &images, args.amend))?;
    println!("Created manifest list {list}");
    Ok(())
}

fn run_push(g: &GlobalArgs, args: PushArgs) -> Result<()> {
    let mut engine = g.engine()?;
    let list = parse(&args.list)?;
    if args.insecure {
        engine.registry.insecure.push(list.registry_host());
    }
    let rt = super::runtime()?;
    let digest = rt.block_on(manifest_list::push(&engine, &list, args.purge))?;
    println!("{digest}");
    Ok(())
}

fn run_inspect(g: &GlobalArgs, args: InspectArgs) -> Result<()> {
    use crate::engine::image::manifest::Manifest;
    let mut engine = g.engine()?;
    let reference = Reference::parse(&args.reference).map_err(|e| anyhow!("{e}"))?;
    if args.insecure {
        engine.registry.insecure.push(reference.registry_host());
    }
    // As docker/cli: a list made here and not pushed yet first, then the
    // registry's manifest (its own bytes, tab-indented) or list (rebuilt as
    // docker's manifest list, indented by three spaces).
    if let Some(list) = manifest_list::local(&engine, &reference) {
        let descriptors: Vec<_> = list.entries.into_iter().map(|e| e.descriptor).collect();
        println!("{}", docker_manifest_list(&descriptors)?);
        return Ok(());
    }
    let rt = super::runtime()?;
    let bytes = rt.block_on(crate::engine::image::pull::remote_manifest(
        &engine, &reference,
    ))?;
    match Manifest::parse(&bytes, None).map_err(|e| anyhow!("{reference}: {e}"))? {
        Manifest::Index(index) => println!("{}", docker_manifest_list(&index.manifests)?),
        Manifest::Image(_) => println!("{}", json_indent(&bytes, "\t")),
    }
    Ok(())
}

/// docker/cli's rendering of a manifest list (distribution's manifestlist):
/// docker's list media type, each entry's fields in its order, three-space
/// indents.
fn docker_manifest_list(
    descriptors: &[crate::engine::image::manifest::Descriptor],
) -> Result<String> {
    use crate::engine::image::manifest::DOCKER_LIST;
    #[derive(serde::Serialize)]
    struct Platform<'a> {
        architecture: &'a str,
        os: &'a str,
        #[serde(rename = "os.version", skip_serializing_if = "Option::is_none")]
        os_version: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        variant: Option<&'a str>,
    }
    #[derive(serde::Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Entry<'a> {
        media_type: &'a str,
        size: u64,
        digest: &'a str,
        platform: Platform<'a>,
    }
    #[derive(serde::Serialize)]
    #[serde(rename_all = "camelCase")]
    struct List<'a> {
        schema_version: u32,
        media_type: &'a str,
        manifests: Vec<Entry<'a>>,
    }
    let list = List {
        schema_version: 2,
        media_type: DOCKER_LIST,
        manifests: descriptors
            .iter()
            .map(|d| {
                let p = d.platform.as_ref();
                Entry {
                    media_type: &d.media_type,
                    size: d.size,
                    digest: &d.digest,
                    platform: Platform {
                        architecture: p.map_or("", |p| p.architecture.as_str()),
                        os: p.map_or("", |p| p.os.as_str()),
                        os_version: p.and_then(|p| p.os_version.as_deref()),
                        variant: p.and_then(|p| p.variant.as_deref()),
                    },
                }
            })
            .collect(),
    };
    use serde::Serialize;
    let mut out = Vec::new();
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b"   ");
    list.serialize(&mut serde_json::Serializer::with_formatter(&mut out, fmt))?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// Go's `json.Indent`: the document's own bytes, keys in their order, one
/// element a line, `indent` per level.
fn json_indent(raw: &[u8], indent: &str) -> String {
    let text = String::from_utf8_lossy(raw);
    let mut out = String::with_capacity(text.len() * 2);
    let mut depth = 0usize;
    let (mut in_string, mut escaped) = (false, false);
    let mut chars = text.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str(indent);
        }
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            ' ' | '\t' | '\n' | '\r' => {}
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                while chars.peek().is_some_and(|n| n.is_whitespace()) {
                    chars.next();
                }
                if chars.peek().is_some_and(|n| *n == '}' || *n == ']') {
                    if let Some(close) = chars.next() {
                        out.push(close);
                    }
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indents_as_go_does_keeping_key_order() {
        let raw = br#"{"schemaVersion":2, "z":{"b":[1,{"x":"a,\"b:"}],"e":[],"o":{}},"a":true}"#;
        assert_eq!(
            json_indent(raw, "\t"),
            "{\n\t\"schemaVersion\": 2,\n\t\"z\": {\n\t\t\"b\": [\n\t\t\t1,\n\t\t\t{\n\t\t\t\t\"x\": \"a,\\\"b:\"\n\t\t\t}\n\t\t],\n\t\t\"e\": [],\n\t\t\"o\": {}\n\t},\n\t\"a\": true\n}"
        );
    }
}
