//! `skiff import`: an image from a root filesystem tarball.

use std::io::{BufReader, Read};

use anyhow::{anyhow, bail, Context as _, Result};

use super::GlobalArgs;
use crate::engine::image::layer::{add_layer, apply_changes, NewImage};
use crate::engine::image::platform;
use crate::engine::image::pull::decompressor;
use crate::engine::image::reference::Reference;

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The tarball, or - for STDIN
    pub file: String,
    /// Name of the new image: REPOSITORY[:TAG]
    pub name: Option<String>,
    /// Apply Dockerfile instruction to the created image
    #[arg(short = 'c', long = "change")]
    pub changes: Vec<String>,
    /// Set commit message for imported image
    #[arg(short = 'm', long, default_value = "")]
    pub message: String,
    /// Set platform if server is multi-platform capable
    #[arg(long)]
    pub platform: Option<String>,
}

pub fn run(g: &GlobalArgs, args: ImportArgs) -> Result<()> {
    let engine = g.engine()?;
    if args.file.starts_with("http://") || args.file.starts_with("https://") {
        bail!("importing from a URL is not supported: download the file and import it");
    }
    let name = args
        .name
        .as_deref()
        .map(|n| {
            let r = Reference::parse_named(n).map_err(|e| anyhow!("{e}"))?;
            Ok::<_, anyhow::Error>(if r.tag.is_none() && r.digest.is_none() {
                r.with_tag("latest")
            } else {
                r
            })
        })
        .transpose()?;
    let input: Box<dyn Read> = if args.file == "-" {
        Box::new(std::io::stdin())
    } else {
        Box::new(std::fs::File::open(&args.file).with_context(|| format!("open {}", args.file))?)
    };
    let mut buffered = BufReader::with_capacity(256 * 1024, input);
    let mut tar = decompressor(&mut buffered)?;
    let mut config = crate::engine::image::manifest::RunConfig::default();
    apply_changes(&mut config, &args.changes)?;
    let platform = match &args.platform {
        Some(p) => platform::parse(p).map_err(|e| anyhow!(e))?,
        None => platform::host(),
    };
    let comment = if args.message.is_empty() {
        format!("Imported from {}", args.file)
    } else {
        args.message.clone()
    };
    let record = add_layer(
        &engine,
        &mut tar,
        NewImage {
            base: None,
            config,
            author: None,
            comment,
            created_by: String::new(),
            empty_history: Vec::new(),
            platform,
            name,
        },
    )?;
    println!("{}", record.id);
    Ok(())
}
