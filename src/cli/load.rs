//! `skiff load` / `skiff image load`.

use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::{anyhow, bail, Result};
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::GlobalArgs;
use crate::engine::image::archive::{self, LoadOptions, LoadProgress, NoLoadProgress};
use crate::engine::image::{platform, short_id};

#[derive(Debug, clap::Args)]
pub struct LoadArgs {
    /// Read from tar archive file (or an OCI layout directory), instead of STDIN
    #[arg(short = 'i', long)]
    pub input: Option<PathBuf>,
    /// Suppress the load output
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Load only the given platform variant (os[/arch[/variant]])
    #[arg(long)]
    pub platform: Option<String>,
}

/// docker's "Loading layer" bars, drawn on a terminal only.
struct Bars {
    multi: MultiProgress,
    bars: std::sync::Mutex<HashMap<String, ProgressBar>>,
}

impl Bars {
    fn bar(&self, diff_id: &str, total: u64) -> ProgressBar {
        let Ok(mut bars) = self.bars.lock() else {
            return ProgressBar::hidden();
        };
        bars.entry(diff_id.to_string())
            .or_insert_with(|| {
                let bar = self.multi.add(ProgressBar::new(total));
                if let Ok(style) = ProgressStyle::with_template(
                    "{prefix}: Loading layer [{bar:50}] {bytes}/{total_bytes}",
                ) {
                    bar.set_style(style.progress_chars("=> "));
                }
                bar.set_prefix(short_id(diff_id));
                bar
            })
            .clone()
    }
}

impl LoadProgress for Bars {
    fn layer(&self, diff_id: &str, current: u64, total: u64) {
        self.bar(diff_id, total).set_position(current.min(total));
    }

    fn layer_done(&self, diff_id: &str) {
        if let Some(bar) = self.bars.lock().ok().and_then(|b| b.get(diff_id).cloned()) {
            bar.finish();
        }
    }
}

pub fn run(g: &GlobalArgs, args: LoadArgs) -> Result<()> {
    let opts = LoadOptions {
        platform: args
            .platform
            .as_deref()
            .map(|p| platform::parse(p).map_err(|e| anyhow!("invalid platform: {e}")))
            .transpose()?,
    };
    if args.input.is_none() && std::io::stdin().is_terminal() {
        bail!("requested load from stdin, but stdin is empty");
    }
    let engine = g.engine()?;
    // Like docker, progress only on a terminal; -q drops it, never the result lines.
    let bars = (!args.quiet && std::io::stdout().is_terminal()).then(|| Bars {
        multi: MultiProgress::with_draw_target(ProgressDrawTarget::stdout()),
        bars: std::sync::Mutex::new(HashMap::new()),
    });
    let progress: &dyn LoadProgress = match &bars {
        Some(b) => b,
        None => &NoLoadProgress,
    };
    let loaded = match &args.input {
        Some(path) if path.is_dir() => archive::load_dir(&engine, path, &opts, progress)?,
        Some(path) => {
            let file =
                std::fs::File::open(path).map_err(|e| anyhow!("open {}: {e}", path.display()))?;
            archive::load(&engine, file, &opts, progress)?
        }
        None => archive::load(&engine, std::io::stdin(), &opts, progress)?,
    };
    if let Some(b) = &bars {
        let _ = b.multi.clear();
    }
    for image in &loaded {
        for (name, previous) in &image.replaced {
            println!(
                "The image {} already exists, renaming the old one with ID {previous} to empty string",
                name.familiar()
            );
        }
        if image.names.is_empty() {
            println!("Loaded image ID: {}", image.id);
        }
        for name in &image.names {
            println!("Loaded image: {}", name.familiar());
        }
    }
    Ok(())
}
