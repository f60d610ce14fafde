//! `skiff build` (and `skiff image build`): docker build's flags into
//! `crate::build`, with BuildKit's plain progress on stderr.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::PathBuf;
use std::sync::Mutex;

use anyhow::{anyhow, Context as _, Result};

use super::GlobalArgs;

#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// Name and optionally a tag (format: "name:tag")
    #[arg(short = 't', long = "tag", value_name = "NAME")]
    pub tags: Vec<String>,
    /// Name of the Dockerfile (default: "PATH/Dockerfile")
    #[arg(short = 'f', long = "file", value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Set build-time variables
    #[arg(long = "build-arg", value_name = "NAME[=VALUE]")]
    pub build_args: Vec<String>,
    /// Set metadata for an image
    #[arg(long = "label", value_name = "KEY=VALUE")]
    pub labels: Vec<String>,
    /// Always attempt to pull all referenced images
    #[arg(long)]
    pub pull: bool,
    /// Do not use cache when building the image
    #[arg(long = "no-cache")]
    pub no_cache: bool,
    /// Do not cache specified stages
    #[arg(long = "no-cache-filter", value_name = "STAGE", value_delimiter = ',')]
    pub no_cache_filter: Vec<String>,
    /// Suppress the build output and print image ID on success
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Set the networking mode for the RUN instructions during build ("default", "none", "host")
    #[arg(long, value_name = "MODE")]
    pub network: Option<String>,
    /// Secret to expose to the build (format: "id=mysecret[,src=/local/secret]" or "id=X,env=VAR")
    #[arg(long, value_name = "SECRET")]
    pub secret: Vec<String>,
    /// Add a custom host-to-IP mapping ("host:ip")
    #[arg(long = "add-host", value_name = "HOST:IP")]
    pub add_host: Vec<String>,
    /// Shared memory size for the RUN containers
    #[arg(long = "shm-size", value_name = "BYTES")]
    pub shm_size: Option<String>,
    /// Ulimit options for the RUN containers
    #[arg(long, value_name = "NAME=SOFT[:HARD]")]
    pub ulimit: Vec<String>,
    /// Set the target build stage to build
    #[arg(long, value_name = "STAGE")]
    pub target: Option<String>,
    /// Output destination (format: "type=local,dest=path" or "type=tar,dest=file")
    #[arg(short = 'o', long, value_name = "PATH")]
    pub output: Vec<String>,
    /// Write the image ID to the file
    #[arg(long, value_name = "FILE")]
    pub iidfile: Option<PathBuf>,
    /// Set type of progress output ("auto", "plain", "tty", "quiet")
    #[arg(long, default_value = "auto")]
    pub progress: String,
    /// Set target platform for build (only this machine's own)
    #[arg(long, value_name = "PLATFORM")]
    pub platform: Option<String>,
    /// The build context: a directory, or - for a Dockerfile or a tar archive on stdin
    #[arg(value_name = "PATH | -")]
    pub context: PathBuf,
}

/// A build context read from stdin (`skiff build -`), in a directory of
/// the store's that goes with it.
struct StdinContext {
    dir: PathBuf,
    /// The Dockerfile, when stdin was one rather than a tar archive.
    dockerfile: Option<String>,
}

impl StdinContext {
    fn read(engine: &crate::engine::Engine) -> Result<StdinContext> {
        let mut data = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut data)
            .context("reading the build context from stdin")?;
        let dir = engine
            .paths
            .root
            .join("tmp")
            .join(format!("build-context-{:x}", rand::random::<u64>()));
        crate::engine::store::ensure_dir(&dir)
            .with_context(|| format!("creating {}", dir.display()))?;
        let mut context = StdinContext {
            dir,
            dockerfile: None,
        };
        let gzip = data.starts_with(&[0x1f, 0x8b]);
        let tar = gzip || data.get(257..262) == Some(b"ustar".as_slice());
        if !tar {
            let text = String::from_utf8(data).map_err(|_| {
                anyhow!("the build context on stdin is neither a Dockerfile nor a tar archive")
            })?;
            context.dockerfile = Some(text);
            return Ok(context);
        }
        let reader: Box<dyn std::io::Read> = if gzip {
            Box::new(flate2::read::GzDecoder::new(std::io::Cursor::new(data)))
        } else {
            Box::new(std::io::Cursor::new(data))
        };
        let mut archive = tar::Archive::new(reader);
        archive.set_preserve_permissions(true);
        // The tar crate keeps entries inside the directory (no `..`, no absolute paths).
        archive
            .unpack(&context.dir)
            .map_err(|e| anyhow!("unpacking the build context from stdin: {e}"))?;
        Ok(context)
    }
}

impl Drop for StdinContext {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// BuildKit's plain progress: `#N [i/n] STEP`, the step's output with its
/// time, `#N DONE 0.3s`.
pub struct Plain {
    quiet: bool,
    out: Mutex<std::io::Stderr>,
}

impl Plain {
    pub fn new(quiet: bool) -> Plain {
        Plain {
            quiet,
            out: Mutex::new(std::io::stderr()),
        }
    }

    fn line(&self, text: &str) {
        if self.quiet {
            return;
        }
        if let Ok(mut out) = self.out.lock() {
            let _ = writeln!(out, "{text}");
        }
    }
}

impl crate::build::Progress for Plain {
    fn step(&self, n: usize, label: &str) {
        self.line(&format!("#{} {label}", n + 1));
    }
    fn output(&self, n: usize, elapsed: f64, line: &str) {
        self.line(&format!("#{} {elapsed:.3} {line}", n + 1));
    }
    fn done(&self, n: usize, elapsed: f64) {
        self.line(&format!("#{} DONE {elapsed:.1}s\n", n + 1));
    }
    fn cached(&self, n: usize) {
        self.line(&format!("#{} CACHED", n + 1));
    }
}

pub fn run(g: &GlobalArgs, args: BuildArgs) -> Result<()> {
    let engine = g.engine()?;
    if let Some(p) = &args.platform {
        crate::build::native_platform(p)?;
    }
    let from_stdin = if args.context.as_os_str() == "-" {
        if args.file.as_ref().is_some_and(|f| f.as_os_str() == "-") {
            anyhow::bail!(
                "invalid argument: can't use stdin for both build context and dockerfile"
            );
        }
        Some(StdinContext::read(&engine)?)
    } else {
        None
    };
    let context_dir = match &from_stdin {
        Some(c) => c.dir.clone(),
        None => args.context.clone(),
    };
    let context = std::fs::canonicalize(&context_dir).map_err(|e| {
        anyhow!(
            "unable to prepare context: path {:?} not found: {e}",
            args.context
        )
    })?;
    let file = args
        .file
        .clone()
        .unwrap_or_else(|| context.join("Dockerfile"));
    let dockerfile = if let Some(text) = from_stdin.as_ref().and_then(|c| c.dockerfile.clone()) {
        text
    } else if file.as_os_str() == "-" {
        // -f -: the Dockerfile on stdin.
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
            .context("reading the Dockerfile from stdin")?;
        text
    } else {
        std::fs::read_to_string(&file).map_err(|e| {
            anyhow!(
                "failed to read dockerfile: open {}: {}",
                file.display(),
                crate::engine::go_error(&e)
            )
        })?
    };
    let build_args = args
        .build_args
        .iter()
        .map(|a| match a.split_once('=') {
            Some((k, v)) => (k.to_string(), Some(v.to_string())),
            None => (a.clone(), None),
        })
        .collect();
    let opts = crate::build::BuildOptions {
        context,
        dockerfile,
        dockerfile_name: file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "Dockerfile".into()),
        build_args,
        labels: crate::engine::spec::docker::labels(args.labels.iter().map(String::as_str)),
        pull: args.pull,
        tags: args.tags.clone(),
        no_cache: args.no_cache,
        no_cache_filter: args.no_cache_filter.clone(),
        target: args.target.clone(),
        network: args.network.clone(),
        secrets: BTreeMap::new(),
        extra_hosts: args
            .add_host
            .iter()
            .map(|h| h.replacen('=', ":", 1))
            .collect(),
        shm_size: args
            .shm_size
            .as_deref()
            .map(crate::engine::spec::docker::ram_in_bytes)
            .transpose()?,
        ulimits: args
            .ulimit
            .iter()
            .map(|u| crate::engine::spec::docker::parse_ulimit(u))
            .collect::<Result<_>>()?,
        dockerignore: crate::build::dockerfile_ignore(&file),
    };
    let mut opts = opts;
    // env= secrets go through a file of their own, removed after the build.
    let mut written: Vec<PathBuf> = Vec::new();
    for spec in &args.secret {
        let fields: BTreeMap<&str, &str> =
            spec.split(',').filter_map(|f| f.split_once('=')).collect();
        let id = fields.get("id").ok_or_else(|| {
            anyhow!("invalid --secret {spec:?}: want id=ID,src=PATH or id=ID,env=VAR")
        })?;
        let path = match (
            fields.get("src").or(fields.get("source")),
            fields.get("env"),
        ) {
            (Some(src), _) => PathBuf::from(src),
            (None, Some(var)) => {
                let value = std::env::var(var).map_err(|_| {
                    anyhow!("--secret {spec}: environment variable {var} is not set")
                })?;
                let dir = engine.paths.root.join("tmp");
                crate::engine::store::ensure_dir(&dir)?;
                let path = dir.join(format!("secret-{:x}", rand::random::<u64>()));
                std::fs::write(&path, value)
                    .with_context(|| format!("writing {}", path.display()))?;
                written.push(path.clone());
                path
            }
            (None, None) => PathBuf::from(id),
        };
        opts.secrets.insert(id.to_string(), path);
    }
    let quiet = args.quiet || args.progress == "quiet";
    let tty = !quiet
        && match args.progress.as_str() {
            "tty" => true,
            "plain" => false,
            "auto" => std::io::IsTerminal::is_terminal(&std::io::stderr()),
            other => {
                anyhow::bail!("invalid progress mode {other:?}: want auto, plain, tty or quiet")
            }
        };
    let plain = Plain::new(quiet || tty);
    let live = tty.then(super::build_tty::Tty::new);
    let progress: &dyn crate::build::Progress = match &live {
        Some(t) => t,
        None => &plain,
    };
    plain.line(&format!(
        "#0 building with skiff\n\n#1 [internal] load build definition from {}\n#1 DONE 0.0s\n",
        opts.dockerfile_name
    ));
    let built = crate::build::build(&engine, &opts, progress);
    for path in written {
        let _ = std::fs::remove_file(path);
    }
    let built = match built {
        Ok(b) => b,
        Err(e) => {
            if let Some(t) = &live {
                t.finish(false);
            }
            return Err(e);
        }
    };
    let id = built.image.id.clone();
    for spec in &args.output {
        let output = crate::build::Output::parse(spec)?;
        crate::build::export(&engine, &id, &output)?;
    }
    plain.line("#99 exporting to image");
    plain.line(&format!("#99 writing image {id} done"));
    for t in &built.tags {
        plain.line(&format!("#99 naming to {t} done"));
    }
    plain.line("#99 DONE 0.0s");
    if let Some(t) = &live {
        t.extra(" => exporting to image");
        t.extra(&format!(" => => writing image {id}"));
        for tag in &built.tags {
            t.extra(&format!(" => => naming to {tag}"));
        }
        t.finish(true);
    }
    if let Some(path) = &args.iidfile {
        std::fs::write(path, &id).with_context(|| format!("writing {}", path.display()))?;
    }
    if args.quiet {
        println!("{id}");
    }
    Ok(())
}
