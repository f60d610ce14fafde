//! `skiff compose`: compose projects (docker compose v2's flags). The project
//! is read by `crate::compose` and run by its runner on the engine; each
//! command here parses flags, calls it and renders.

mod build;
mod exec;
mod inspect;
mod kube;
mod lifecycle;
mod logs;
mod progress;
mod ps;
mod reuse;
mod up;
mod watch;

use std::path::PathBuf;

use anyhow::{Context as _, Result};

use super::GlobalArgs;
use crate::compose;

#[derive(Debug, clap::Args)]
pub struct ComposeArgs {
    /// Compose configuration files
    // Project flags go before the subcommand, as with docker compose:
    // `logs -f`, `run -p` and the like are the subcommands' own.
    #[arg(short = 'f', long = "file", value_name = "FILE", id = "compose_file")]
    pub files: Vec<PathBuf>,
    /// Project name
    #[arg(short = 'p', long = "project-name", value_name = "NAME")]
    pub project_name: Option<String>,
    /// Specify an alternate working directory (default: the path of the first Compose file)
    #[arg(long = "project-directory", value_name = "DIR")]
    pub project_directory: Option<PathBuf>,
    /// Specify an alternate environment file
    #[arg(long = "env-file", value_name = "FILE")]
    pub env_files: Vec<PathBuf>,
    /// Specify a profile to enable
    #[arg(long = "profile", value_name = "PROFILE")]
    pub profiles: Vec<String>,
    /// Set type of progress output (auto, tty, plain, json, quiet)
    #[arg(long, value_name = "TYPE", default_value = "auto",
          value_parser = ["auto", "tty", "plain", "json", "quiet"])]
    pub progress: String,
    #[command(subcommand)]
    pub command: ComposeCommand,
}

#[derive(Debug, clap::Subcommand)]
pub enum ComposeCommand {
    /// Create and start containers
    Up(up::UpArgs),
    /// Build or rebuild services
    Build(build::BuildArgs),
    /// Stop and remove containers, networks
    Down(up::DownArgs),
    /// List containers
    Ps(ps::PsArgs),
    /// View output from containers
    Logs(logs::LogsArgs),
    /// Execute a command in a running container
    Exec(exec::ExecArgs),
    /// Run a one-off command on a service
    Run(exec::RunArgs),
    /// Start services
    Start(lifecycle::ServicesArgs),
    /// Stop services
    Stop(lifecycle::StopArgs),
    /// Restart service containers
    Restart(lifecycle::StopArgs),
    /// Force stop service containers
    Kill(lifecycle::KillArgs),
    /// Removes stopped service containers
    Rm(lifecycle::RmArgs),
    /// Creates containers for a service
    Create(inspect::CreateArgs),
    /// Pause services
    Pause(lifecycle::ServicesArgs),
    /// Unpause services
    Unpause(lifecycle::ServicesArgs),
    /// Print the public port for a port binding
    Port(inspect::PortArgs),
    /// Display the running processes
    Top(lifecycle::ServicesArgs),
    /// List images used by the created containers
    Images(inspect::ImagesArgs),
    /// Pull service images
    Pull(inspect::PullArgs),
    /// Block until containers of all (or specified) services stop.
    Wait(lifecycle::WaitArgs),
    /// Scale services
    Scale(lifecycle::ScaleArgs),
    /// Copy files/folders between a service container and the local filesystem
    Cp(reuse::CpArgs),
    /// Attach local standard input, output, and error streams to a service's running container
    Attach(reuse::AttachArgs),
    /// Display a live stream of container(s) resource usage statistics
    Stats(reuse::StatsArgs),
    /// Push service images
    Push(reuse::PushArgs),
    /// Receive real time events from containers
    Events(reuse::EventsArgs),
    /// Parse, resolve and render compose file in canonical format
    #[command(visible_alias = "convert")]
    Config(ConfigArgs),
    /// Show the Docker Compose version information
    Version(inspect::VersionArgs),
    /// Convert the project into Kubernetes manifests (Deployments, Services, claims)
    Kube,
    /// Watch build context for service and rebuild/refresh containers when files are updated
    Watch(watch::WatchArgs),
    /// List running compose projects
    Ls(LsArgs),
}

#[derive(Debug, clap::Args)]
pub struct LsArgs {
    /// Show all stopped Compose projects
    #[arg(short = 'a', long)]
    pub all: bool,
    /// Only display project names
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Format the output. Values: [table | json]
    #[arg(long, default_value = "table")]
    pub format: String,
    /// Filter output based on conditions provided (name=NAME)
    #[arg(long, value_name = "FILTER")]
    pub filter: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct ConfigArgs {
    /// Format the output. Values: [yaml | json]
    #[arg(long, default_value = "yaml", value_parser = ["yaml", "json"])]
    pub format: String,
    /// Only validate the configuration, don't print anything
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Print the service names, one per line
    #[arg(long)]
    pub services: bool,
    /// Print the volume names, one per line
    #[arg(long)]
    pub volumes: bool,
    /// Print the profile names, one per line
    #[arg(long = "profiles", id = "list_profiles")]
    pub list_profiles: bool,
    /// Print the image names, one per line
    #[arg(long)]
    pub images: bool,
    /// Print the service config hash, one per line ("SERVICE HASH"); '*' for all services
    #[arg(long, value_name = "SERVICES")]
    pub hash: Option<String>,
    /// Pin image tags to digests (from the local store)
    #[arg(long = "resolve-image-digests")]
    pub resolve_image_digests: bool,
    /// Don't interpolate environment variables
    #[arg(long = "no-interpolate")]
    pub no_interpolate: bool,
    /// Don't normalize compose model
    #[arg(long = "no-normalize")]
    pub no_normalize: bool,
    /// Don't check model consistency - warning: may produce invalid Compose output
    #[arg(long = "no-consistency")]
    pub no_consistency: bool,
    /// Only these services (and what they depend on)
    #[arg(value_name = "SERVICE")]
    pub service_names: Vec<String>,
    /// Save to file (default to stdout)
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

impl ComposeArgs {
    fn options(&self, interpolate: bool, services: &[String]) -> Result<compose::Options> {
        Ok(compose::Options {
            files: self.files.clone(),
            project_name: self.project_name.clone(),
            project_directory: self.project_directory.clone(),
            env_files: self.env_files.clone(),
            profiles: self.profiles.clone(),
            services: services.to_vec(),
            interpolate,
            normalize: true,
            consistency: true,
            environment: std::env::vars().collect(),
            working_dir: std::env::current_dir().context("the working directory")?,
        })
    }
}

/// What every command that touches the engine shares.
pub struct Session {
    pub engine: crate::engine::Engine,
    progress: progress::Lines,
    builder: build::Builder,
}

impl Session {
    fn new(g: &GlobalArgs, args: &ComposeArgs) -> Result<Session> {
        let engine = g.engine()?;
        Ok(Session {
            builder: build::Builder {
                engine: engine.clone(),
                quiet: args.progress == "quiet",
            },
            engine,
            progress: progress::Lines::new(&args.progress),
        })
    }

    /// The project as the flags and environment say.
    fn load(&self, args: &ComposeArgs, services: &[String]) -> Result<compose::Project> {
        compose::load(&args.options(true, services)?)
    }

    /// Ends the progress display, before other output follows.
    fn finish_progress(&self) {
        self.progress.finish();
    }

    fn runner<'a>(&'a self, project: &'a compose::Project) -> Result<compose::runner::Runner<'a>> {
        Ok(
            compose::runner::Runner::new(&self.engine, project, &self.progress)?
                .with_builder(&self.builder),
        )
    }
}

static INTERRUPTS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

extern "C" fn on_interrupt(_sig: libc::c_int) {
    // A second Ctrl-C while stopping: stop waiting, as compose does.
    if INTERRUPTS.fetch_add(1, std::sync::atomic::Ordering::SeqCst) >= 1 {
        // SAFETY: _exit is async-signal-safe.
        unsafe { libc::_exit(130) }
    }
}

/// From now on Ctrl-C asks for a graceful stop instead of ending us.
fn catch_interrupts() {
    // SAFETY: the handler only touches an atomic and calls _exit.
    unsafe {
        libc::signal(
            libc::SIGINT,
            on_interrupt as *const () as libc::sighandler_t,
        );
        libc::signal(
            libc::SIGTERM,
            on_interrupt as *const () as libc::sighandler_t,
        );
    }
}

fn interrupted() -> bool {
    INTERRUPTS.load(std::sync::atomic::Ordering::SeqCst) > 0
}

pub fn run(g: &GlobalArgs, args: ComposeArgs) -> Result<()> {
    let session = || Session::new(g, &args);
    match &args.command {
        ComposeCommand::Up(a) => up::up(&session()?, &args, a),
        ComposeCommand::Build(a) => build::build(&session()?, &args, a),
        ComposeCommand::Down(a) => up::down(&session()?, &args, a),
        ComposeCommand::Ps(a) => ps::ps(&session()?, &args, a),
        ComposeCommand::Logs(a) => logs::logs(&session()?, &args, a),
        ComposeCommand::Exec(a) => exec::exec(g, &session()?, &args, a),
        ComposeCommand::Run(a) => exec::run(g, &session()?, &args, a),
        ComposeCommand::Start(a) => lifecycle::start(&session()?, &args, a),
        ComposeCommand::Stop(a) => lifecycle::stop(&session()?, &args, a),
        ComposeCommand::Restart(a) => lifecycle::restart(&session()?, &args, a),
        ComposeCommand::Kill(a) => lifecycle::kill(&session()?, &args, a),
        ComposeCommand::Rm(a) => lifecycle::rm(&session()?, &args, a),
        ComposeCommand::Create(a) => inspect::create(&session()?, &args, a),
        ComposeCommand::Pause(a) => inspect::pause(&session()?, &args, &a.services, true),
        ComposeCommand::Unpause(a) => inspect::pause(&session()?, &args, &a.services, false),
        ComposeCommand::Port(a) => inspect::port(g, &session()?, &args, a),
        ComposeCommand::Top(a) => inspect::top(g, &session()?, &args, &a.services),
        ComposeCommand::Images(a) => inspect::images(&session()?, &args, a),
        ComposeCommand::Pull(a) => inspect::pull(&session()?, &args, a),
        ComposeCommand::Wait(a) => lifecycle::wait(&session()?, &args, a),
        ComposeCommand::Scale(a) => lifecycle::scale(&session()?, &args, a),
        ComposeCommand::Cp(a) => reuse::cp(g, &session()?, &args, a),
        ComposeCommand::Attach(a) => reuse::attach(g, &session()?, &args, a),
        ComposeCommand::Stats(a) => reuse::stats(g, &session()?, &args, a),
        ComposeCommand::Push(a) => reuse::push(g, &session()?, &args, a),
        ComposeCommand::Events(a) => reuse::events(g, &session()?, &args, a),
        ComposeCommand::Ls(a) => ls(g, a),
        ComposeCommand::Config(c) => config(g, &args, c),
        ComposeCommand::Version(v) => inspect::version(v),
        ComposeCommand::Kube => kube::kube(&session()?, &args),
        ComposeCommand::Watch(a) => watch::watch(&session()?, &args, a),
    }
}

fn config(g: &GlobalArgs, args: &ComposeArgs, c: &ConfigArgs) -> Result<()> {
    let mut options = args.options(!c.no_interpolate, &c.service_names)?;
    options.normalize = !c.no_normalize;
    options.consistency = !c.no_consistency;
    let mut project = compose::load(&options)?;
    if c.resolve_image_digests {
        compose::resolve_image_digests(&mut project, &g.engine()?)?;
    }
    if c.quiet {
        return Ok(());
    }
    let text = if let Some(which) = &c.hash {
        let wanted: Vec<String> = if which == "*" {
            project.services.keys().cloned().collect()
        } else {
            which.split(',').map(|w| w.trim().to_string()).collect()
        };
        let mut out = String::new();
        for name in wanted {
            let hash = project
                .service_hash(&name)
                .ok_or_else(|| anyhow::anyhow!("no such service: {name}"))?;
            out.push_str(&format!("{name} {hash}\n"));
        }
        out
    } else if c.services {
        lines(project.services.keys().cloned())
    } else if c.volumes {
        lines(project.volumes.keys().cloned())
    } else if c.list_profiles {
        lines(project.all_profiles.iter().cloned())
    } else if c.images {
        lines(project.services.iter().map(|(name, svc)| {
            svc.get("image")
                .and_then(|i| i.as_str())
                .map(str::to_string)
                // compose's default tag for a built service.
                .unwrap_or_else(|| format!("{}-{name}", project.name))
        }))
    } else if c.format == "json" {
        compose::emit::to_json(&project.to_json_value()) + "\n"
    } else {
        compose::emit::to_yaml(&project.to_value())
    };
    match &c.output {
        Some(path) => {
            std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))
        }
        None => {
            print!("{text}");
            Ok(())
        }
    }
}

fn lines(items: impl Iterator<Item = String>) -> String {
    items.map(|i| i + "\n").collect()
}

/// A compose project as `ls` lists it, from its containers' labels.
#[derive(serde::Serialize)]
struct ProjectRow {
    #[serde(rename = "Name")]
    name: String,
    #[serde(rename = "Status")]
    status: String,
    #[serde(rename = "ConfigFiles")]
    config_files: String,
}

/// `compose ls`: the projects whose containers are in the store (found by
/// their `com.docker.compose.project` label), with docker's status text.
fn ls(g: &GlobalArgs, args: &LsArgs) -> Result<()> {
    let engine = g.engine()?;
    let mut projects: std::collections::BTreeMap<String, (Vec<String>, String)> =
        std::collections::BTreeMap::new();
    for c in crate::engine::ops::list(&engine)? {
        let labels = &c.record.config.labels;
        let Some(project) = labels.get("com.docker.compose.project") else {
            continue;
        };
        let entry = projects.entry(project.clone()).or_default();
        entry.0.push(c.state.status.as_str().to_string());
        if let Some(files) = labels.get("com.docker.compose.project.config_files") {
            entry.1 = files.clone();
        }
    }
    let mut names = Vec::new();
    for f in &args.filter {
        match f.split_once('=') {
            Some(("name", n)) => names.push(n.to_string()),
            _ => anyhow::bail!("invalid filter {f:?}: only name=NAME is supported"),
        }
    }
    let mut rows = Vec::new();
    for (name, (states, files)) in projects {
        if !names.is_empty() && !names.iter().any(|n| name.contains(n.as_str())) {
            continue;
        }
        let running = states.iter().any(|s| s == "running");
        if !running && !args.all {
            continue;
        }
        // docker: "running(2)", or "exited(1), running(2)" for a mix.
        let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
        for s in &states {
            *counts.entry(s.as_str()).or_default() += 1;
        }
        let status = counts
            .iter()
            .map(|(s, n)| format!("{s}({n})"))
            .collect::<Vec<_>>()
            .join(", ");
        rows.push(ProjectRow {
            name,
            status,
            config_files: files,
        });
    }
    if args.quiet {
        for r in &rows {
            println!("{}", r.name);
        }
        return Ok(());
    }
    if args.format == "json" {
        println!("{}", serde_json::to_string(&rows)?);
        return Ok(());
    }
    let items: Vec<serde_json::Value> = rows
        .iter()
        .map(serde_json::to_value)
        .collect::<std::result::Result<_, _>>()?;
    print!(
        "{}",
        super::format::render_items(
            &super::format::Format::parse(&args.format),
            "table {{.Name}}\t{{.Status}}\t{{.ConfigFiles}}",
            &[
                ("Name", "NAME"),
                ("Status", "STATUS"),
                ("ConfigFiles", "CONFIG FILES")
            ],
            &items,
        )?
    );
    Ok(())
}
