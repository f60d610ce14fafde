//! `skiff export`: a container's filesystem as a tar archive.

use std::io::{IsTerminal, Write};

use anyhow::{bail, Context as _, Result};

use super::GlobalArgs;
use crate::engine::container;

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// The container
    pub container: String,
    /// Write to a file, instead of STDOUT
    #[arg(short = 'o', long)]
    pub output: Option<String>,
}

pub fn run(g: &GlobalArgs, args: ExportArgs) -> Result<()> {
    let engine = g.engine()?;
    let c = crate::engine::ops::lookup(&engine, &args.container)?;
    match &args.output {
        Some(path) => {
            // Written beside the target and renamed, so a failure leaves no half archive.
            let target = std::path::Path::new(path);
            let tmp = crate::engine::store::atomic::temp_sibling(target);
            let result = (|| -> Result<()> {
                let mut f = std::io::BufWriter::new(
                    std::fs::File::create(&tmp)
                        .with_context(|| format!("creating {}", tmp.display()))?,
                );
                container::export::export(&engine, &c, &mut f)?;
                f.flush()?;
                std::fs::rename(&tmp, target).with_context(|| format!("writing {path}"))
            })();
            if result.is_err() {
                let _ = std::fs::remove_file(&tmp);
            }
            result
        }
        None => {
            if std::io::stdout().is_terminal() {
                bail!("cowardly refusing to save to a terminal. Use the -o flag or redirect");
            }
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            container::export::export(&engine, &c, &mut out)?;
            out.flush()?;
            Ok(())
        }
    }
}
