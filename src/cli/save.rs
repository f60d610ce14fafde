//! `skiff save` / `skiff image save`.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context as _, Result};

use super::GlobalArgs;
use crate::engine::image::archive::{self, SaveFormat, SaveOptions};
use crate::engine::image::platform;

#[derive(Debug, clap::Args)]
pub struct SaveArgs {
    /// Images to save: NAME[:TAG], a repository (every tag of it) or an image ID
    #[arg(value_name = "IMAGE", required = true)]
    pub images: Vec<String>,
    /// Write to a file, instead of STDOUT (a directory for --format oci-dir)
    #[arg(short = 'o', long)]
    pub output: Option<PathBuf>,
    /// Archive format: docker-archive (also loads as OCI), oci-archive or oci-dir
    #[arg(long, default_value = "docker-archive", value_name = "FORMAT")]
    pub format: String,
    /// Save only the given platform(s), comma-separated os[/arch[/variant]]
    #[arg(long, value_delimiter = ',', conflicts_with = "all_platforms")]
    pub platform: Vec<String>,
    /// Save every platform of a multi-platform image that the store holds
    #[arg(long)]
    pub all_platforms: bool,
}

/// A file that replaces `path` only once it is complete (docker's atomic writer).
struct AtomicFile {
    tmp: PathBuf,
    path: PathBuf,
    file: Option<std::fs::File>,
}

impl AtomicFile {
    fn create(path: &Path) -> Result<AtomicFile> {
        use std::os::unix::fs::OpenOptionsExt;
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        if !dir.is_dir() {
            bail!(
                "failed to save image: invalid output path: directory {} does not exist",
                dir.display()
            );
        }
        if path.is_dir() {
            bail!(
                "failed to save image: invalid output path: {} is a directory",
                path.display()
            );
        }
        let name = path
            .file_name()
            .ok_or_else(|| {
                anyhow!(
                    "failed to save image: invalid output path {}",
                    path.display()
                )
            })?
            .to_string_lossy()
            .into_owned();
        let tmp = dir.join(format!(".{name}.tmp-{:016x}", rand::random::<u64>()));
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            // 0600, as docker/cli's atomicwriter.New(output, 0o600) makes it.
            .mode(0o600)
            .open(&tmp)
            .with_context(|| format!("failed to save image: creating {}", tmp.display()))?;
        Ok(AtomicFile {
            tmp,
            path: path.to_path_buf(),
            file: Some(file),
        })
    }

    fn commit(mut self) -> Result<()> {
        if let Some(file) = self.file.take() {
            file.sync_all()?;
        }
        std::fs::rename(&self.tmp, &self.path)
            .with_context(|| format!("failed to save image: writing {}", self.path.display()))?;
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self.file.as_mut() {
            Some(f) => f.write(buf),
            None => Err(std::io::Error::other("file already committed")),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match self.file.as_mut() {
            Some(f) => f.flush(),
            None => Ok(()),
        }
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.file.is_some() {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

pub fn run(g: &GlobalArgs, args: SaveArgs) -> Result<()> {
    let format = SaveFormat::parse(&args.format)?;
    let platforms = args
        .platform
        .iter()
        .filter(|p| !p.is_empty())
        .map(|p| platform::parse(p).map_err(|e| anyhow!("invalid platform: {e}")))
        .collect::<Result<Vec<_>>>()?;
    let opts = SaveOptions {
        format,
        platforms,
        all_platforms: args.all_platforms,
    };
    if format == SaveFormat::OciDir && args.output.is_none() {
        bail!("--format oci-dir writes a directory: give it with -o DIR");
    }
    if args.output.is_none() && std::io::stdout().is_terminal() {
        bail!("cowardly refusing to save to a terminal. Use the -o flag or redirect");
    }
    let engine = g.engine()?;
    let items = archive::resolve_save_items(&engine, &args.images)?;
    match (&args.output, format) {
        (Some(dir), SaveFormat::OciDir) => archive::save_dir(&engine, &items, &opts, dir)?,
        (Some(path), _) => {
            let file = AtomicFile::create(path)?;
            let out = std::io::BufWriter::with_capacity(256 * 1024, file);
            let out = archive::save(&engine, &items, &opts, out)?;
            out.into_inner()
                .map_err(|e| anyhow!("failed to save image: {}", e.error()))?
                .commit()?;
        }
        (None, _) => {
            let stdout = std::io::stdout().lock();
            let out = std::io::BufWriter::with_capacity(256 * 1024, stdout);
            archive::save(&engine, &items, &opts, out)?;
        }
    }
    archive::record_save_events(&engine, &items);
    Ok(())
}
