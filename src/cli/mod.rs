//! The command line: clap definitions, one module per command or command group.

pub mod attach;
pub mod build;
pub mod build_tty;
pub mod builder;
pub mod commit;
pub mod completion;
pub mod compose;
pub mod container;
pub mod container_opts;
pub mod cp;
pub mod diff;
pub mod events;
pub mod exec;
pub mod export;
pub mod format;
pub mod generate;
pub mod history;
pub mod image_check;
pub mod images;
pub mod import;
pub mod inspect;
pub mod load;
pub mod login;
pub mod logs;
pub mod manage;
pub mod manifest;
pub mod mount;
pub mod namespace;
pub mod network;
pub mod pod;
pub mod progress;
pub mod ps;
pub mod pull;
pub mod push;
pub mod rm;
pub mod rmi;
pub mod run;
pub mod save;
pub mod search;
pub mod stats;
pub mod stop;
pub mod system;
pub mod tag;
pub mod terminal;
pub mod units;
pub mod version;
pub mod volume;

use std::path::PathBuf;

use anyhow::{anyhow, Result};
use clap::{CommandFactory, Parser, Subcommand};

use crate::engine::snapshot::SnapshotterKind;
use crate::engine::{default_dirs, running_rootless, store::StorePaths, Engine, RegistryOptions};

/// A daemonless, docker-compatible container engine
#[derive(Debug, Parser)]
#[command(
    name = "skiff",
    version = concat!("version ", env!("CARGO_PKG_VERSION")),
    disable_version_flag = true,
    // `--root A --root B` takes B, as docker's and podman's CLIs do: scripts
    // that prepend defaults rely on it.
    args_override_self = true
)]
pub struct Cli {
    /// Print version information and quit
    #[arg(short = 'v', long = "version", action = clap::ArgAction::Version)]
    version: Option<bool>,
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Flags accepted before any command, with docker's, podman's and nerdctl's names.
/// A command's --help lists them apart, after its own options, as docker's does.
#[derive(Debug, clap::Args)]
#[command(next_help_heading = "Global Options")]
pub struct GlobalArgs {
    /// Root directory of persistent data (images, containers, volumes)
    #[arg(long, global = true, env = "SKIFF_ROOT", value_name = "DIR")]
    pub root: Option<PathBuf>,
    /// Root directory of runtime state
    #[arg(long, global = true, env = "SKIFF_RUNROOT", value_name = "DIR")]
    pub runroot: Option<PathBuf>,
    /// Namespace that images and containers belong to
    #[arg(short = 'n', long, env = "SKIFF_NAMESPACE", default_value = "default")]
    pub namespace: String,
    /// Print debug output
    #[arg(short = 'D', long, global = true)]
    pub debug: bool,
    /// OCI runtime of new containers: a name (runc, crun, runsc, …) or a path [default: skiff's own]
    #[arg(long, global = true, env = "SKIFF_RUNTIME", value_name = "NAME|PATH")]
    pub runtime: Option<String>,
    /// A global flag for that OCI runtime: `debug` passes --debug (repeatable)
    #[arg(
        long = "runtime-flag",
        visible_alias = "runtime-opt",
        global = true,
        value_name = "FLAG"
    )]
    pub runtime_flag: Vec<String>,
    /// Logging level (debug, info, warn, error, fatal)
    #[arg(short = 'l', long, default_value = "warn", value_name = "LEVEL")]
    pub log_level: String,
    /// Directory with <host>/hosts.toml and certificates for registries (repeatable)
    #[arg(long = "hosts-dir", global = true, value_name = "DIR")]
    pub hosts_dir: Vec<PathBuf>,
    /// Registry reached without TLS verification, falling back to plain HTTP (repeatable)
    #[arg(long = "insecure-registry", global = true, value_name = "HOST[:PORT]")]
    pub insecure_registry: Vec<String>,
    /// Storage driver: overlay or native (podman's name for --snapshotter)
    #[arg(
        long = "storage-driver",
        visible_alias = "snapshotter",
        global = true,
        env = "SKIFF_SNAPSHOTTER",
        value_name = "NAME"
    )]
    pub storage_driver: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create and run a new container from an image
    #[command(disable_help_flag = true)]
    Run(run::RunArgs),
    /// Create a new container
    #[command(disable_help_flag = true)]
    Create(run::CreateArgs),
    /// Start one or more stopped containers
    Start(run::StartArgs),
    /// List containers
    #[command(visible_alias = "ls")]
    Ps(ps::PsArgs),
    /// Fetch the logs of a container
    Logs(logs::LogsArgs),
    /// Attach local standard input, output, and error streams to a running container
    Attach(attach::AttachArgs),
    /// Execute a command in a running container
    Exec(exec::ExecArgs),
    /// Stop one or more running containers
    Stop(stop::StopArgs),
    /// Kill one or more running containers
    Kill(stop::KillArgs),
    /// Restart one or more containers
    Restart(stop::StopArgs),
    /// Remove one or more containers
    Rm(rm::RmArgs),
    /// Block until one or more containers stop, then print their exit codes
    Wait(stop::WaitArgs),
    /// Pause all processes within one or more containers
    Pause(manage::PauseArgs),
    /// Unpause all processes within one or more containers
    Unpause(manage::PauseArgs),
    /// Rename a container
    Rename(manage::RenameArgs),
    /// Display the running processes of a container
    Top(manage::TopArgs),
    /// Display a live stream of container(s) resource usage statistics
    Stats(stats::StatsArgs),
    /// Update configuration of one or more containers
    Update(manage::UpdateArgs),
    /// List port mappings or a specific mapping for the container
    Port(manage::PortArgs),
    /// Get real time events from the engine
    Events(events::EventsArgs),
    /// Create a new image from a container's changes
    Commit(commit::CommitArgs),
    /// Build an image from a Dockerfile
    Build(build::BuildArgs),
    /// Manage builds
    #[command(subcommand)]
    Builder(builder::BuilderCommand),
    /// Docker Buildx's build and prune, for scripts that call them
    #[command(subcommand)]
    Buildx(builder::BuildxCommand),
    /// Export a container's filesystem as a tar archive
    Export(export::ExportArgs),
    /// Import the contents from a tarball to create a filesystem image
    Import(import::ImportArgs),
    /// Copy files/folders between a container and the local filesystem
    Cp(cp::CpArgs),
    /// Inspect changes to files or directories on a container's filesystem
    Diff(diff::DiffArgs),
    /// Manage containers
    #[command(subcommand)]
    Container(container::ContainerCommand),
    /// Download an image from a registry
    Pull(pull::PullArgs),
    /// Upload an image to a registry
    Push(push::PushArgs),
    /// List images
    Images(images::ImagesArgs),
    /// Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE
    Tag(tag::TagArgs),
    /// Remove one or more images
    Rmi(rmi::RmiArgs),
    /// Return low-level information on images
    Inspect(inspect::InspectArgs),
    /// Show the history of an image
    History(history::HistoryArgs),
    /// Save one or more images to a tar archive (streamed to STDOUT by default)
    Save(save::SaveArgs),
    /// Load an image from a tar archive or STDIN
    Load(load::LoadArgs),
    /// Manage images
    #[command(subcommand)]
    Image(images::ImageCommand),
    /// Display system-wide information
    Info(system::InfoArgs),
    /// Manage skiff
    #[command(subcommand)]
    System(system::SystemCommand),
    /// Manage networks
    #[command(subcommand)]
    Network(network::NetworkCommand),
    /// Manage volumes
    #[command(subcommand)]
    Volume(volume::VolumeCommand),
    /// Mount a container's root filesystem (none given: list the mounted ones)
    Mount(mount::MountArgs),
    /// Unmount containers' root filesystems mounted with `mount`
    #[command(visible_alias = "umount")]
    Unmount(mount::UnmountArgs),
    /// Manage pods: containers sharing network, IPC and UTS namespaces
    #[command(subcommand)]
    Pod(pod::PodCommand),
    /// Manage namespaces (each with its own images, containers and volumes)
    #[command(subcommand, visible_alias = "ns")]
    Namespace(namespace::NamespaceCommand),
    /// Inspect image manifests and manifest lists in a registry
    #[command(subcommand)]
    Manifest(manifest::ManifestCommand),
    /// Search a registry's catalog for images
    Search(search::SearchArgs),
    /// Log in to a registry
    Login(login::LoginArgs),
    /// Log out from a registry
    Logout(login::LogoutArgs),
    /// Show the skiff version information
    Version(version::VersionArgs),
    /// Generate the shell completion script
    Completion(completion::CompletionArgs),
    /// Run a container's healthcheck once
    #[command(subcommand)]
    Healthcheck(HealthcheckCommand),
    /// Generate structured data (systemd units, Kubernetes YAML) for containers and pods
    #[command(subcommand)]
    Generate(generate::GenerateCommand),
    /// Kubernetes YAML from containers and pods
    #[command(subcommand)]
    Kube(generate::KubeCommand),
    /// Define and run multi-container applications (docker compose)
    Compose(compose::ComposeArgs),
    /// Runs one healthcheck probe (started by the container's monitor)
    #[command(name = "__healthcheck", hide = true)]
    HealthProbe { id: String },
    /// Deletes a tree from inside the rootless user namespace (started by skiff itself)
    #[command(name = "__remove-tree", hide = true)]
    RemoveTree { path: std::path::PathBuf },
    /// Takes a removed network's anchor down, holding the network lock it is handed on fd 3 (started by skiff itself)
    #[command(name = "__release-anchor", hide = true)]
    ReleaseAnchor {
        #[arg(required_unless_present = "idle")]
        network: Option<String>,
        /// Every anchor no container uses (takes the lock itself)
        #[arg(long)]
        idle: bool,
        /// Take the lock (it was not handed over)
        #[arg(long)]
        lock: bool,
    },
    /// Holds the rootless network namespace (started by skiff itself)
    #[command(name = "__rootless-netns", hide = true)]
    RootlessNetns,
    /// Takes an exited container's network down, holding the network lock it is handed on fd 3 (started by skiff itself)
    #[command(name = "__release-network", hide = true)]
    ReleaseNetwork {
        id: String,
        /// Take the lock (it was not handed over)
        #[arg(long)]
        lock: bool,
    },
    /// Re-owns a rootless keep-id container's rootfs (started by skiff itself)
    #[command(name = "__keep-id-rootfs", hide = true)]
    KeepIdRootfs {
        path: std::path::PathBuf,
        uid: u32,
        gid: u32,
    },
    /// The per-container monitor (started by skiff itself)
    #[command(name = "__monitor", hide = true)]
    Monitor(MonitorArgs),
    /// Watches a detached exec (started by `exec -d`)
    #[command(name = "__exec", hide = true)]
    DetachedExec { id: String, spec: String },
}

#[derive(Debug, clap::Args)]
pub struct MonitorArgs {
    id: String,
    #[arg(long)]
    attach: bool,
    #[arg(long)]
    restarted: bool,
    #[arg(long = "detach-keys", default_value = "ctrl-p,ctrl-q")]
    detach_keys: String,
}

/// The commands skiff starts itself, parsed without building every other
/// command's flags: that costs clap about 1.5 ms, paid by every monitor
/// on the way to its container's start.
#[derive(Debug, Parser)]
#[command(name = "skiff", args_override_self = true)]
struct InternalCli {
    #[command(flatten)]
    global: GlobalArgs,
    #[command(subcommand)]
    command: InternalCommand,
}

#[derive(Debug, Subcommand)]
enum InternalCommand {
    #[command(name = "__monitor")]
    Monitor(MonitorArgs),
}

/// The commands people and scripts run most, declared as in `Command`, so
/// that they are parsed without building all the others (the same 1.5 ms).
/// Help, errors and everything else go through the full parser.
#[derive(Debug, Parser)]
#[command(name = "skiff", disable_version_flag = true, args_override_self = true)]
struct HotCli {
    #[command(flatten)]
    global: GlobalArgs,
    #[command(subcommand)]
    command: HotCommand,
}

// Made once per process and moved into `Command`, where Run is as large.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
enum HotCommand {
    #[command(disable_help_flag = true)]
    Run(run::RunArgs),
    #[command(visible_alias = "ls")]
    Ps(ps::PsArgs),
    Exec(exec::ExecArgs),
}

impl From<HotCommand> for Command {
    fn from(c: HotCommand) -> Command {
        match c {
            HotCommand::Run(a) => Command::Run(a),
            HotCommand::Ps(a) => Command::Ps(a),
            HotCommand::Exec(a) => Command::Exec(a),
        }
    }
}

/// Parses the command line with the small parsers when they understand it.
fn parse_fast() -> Option<Cli> {
    let hot = ["run", "ps", "ls", "exec"];
    if !std::env::args_os().any(|a| a.to_str().is_some_and(|a| hot.contains(&a))) {
        return None;
    }
    let HotCli { global, command } = HotCli::try_parse().ok()?;
    Some(Cli {
        version: None,
        global,
        command: command.into(),
    })
}

#[derive(Debug, Subcommand)]
pub enum HealthcheckCommand {
    /// Run the healthcheck of a container now (podman's healthcheck run)
    Run {
        /// The container
        container: String,
    },
}

/// The clap definition, for completions and man pages.
pub fn command() -> clap::Command {
    Cli::command()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_errors_read_as_go_prints_them() {
        assert_eq!(
            go_os_errors("open /x: No such file or directory (os error 2)"),
            "open /x: no such file or directory"
        );
        assert_eq!(
            go_os_errors("a: Permission denied (os error 13); b: Is a directory (os error 21)"),
            "a: permission denied; b: is a directory"
        );
        assert_eq!(go_os_errors("nothing to change"), "nothing to change");
    }

    #[test]
    fn clap_definition_is_consistent() {
        super::command().debug_assert();
        HotCli::command().debug_assert();
        InternalCli::command().debug_assert();
    }

    /// The small parsers must read every command line they accept exactly as
    /// the full parser does.
    #[test]
    fn fast_parsers_agree_with_the_full_one() {
        let lines: &[&[&str]] = &[
            &[
                "run",
                "--rm",
                "-it",
                "--network",
                "none",
                "busybox",
                "sh",
                "-c",
                "echo hi",
            ],
            &[
                "--root", "/r", "run", "-d", "-h", "host", "-e", "A", "--name", "x", "img", "--rm",
            ],
            &[
                "run", "-p", "8080:80", "-v", "/a:/b:ro", "img", "ls", "-l", "--", "-x",
            ],
            &[
                "ps",
                "-a",
                "--filter",
                "status=exited",
                "--format",
                "{{.ID}}",
                "--root",
                "/r",
            ],
            &["-n", "other", "ls", "-q", "--no-trunc"],
            &[
                "exec", "-it", "-u", "1000", "-e", "A=1", "web", "sh", "-c", "id",
            ],
            &["exec", "web", "ls", "-la", "--color"],
        ];
        for line in lines {
            let argv: Vec<&str> = std::iter::once("skiff")
                .chain(line.iter().copied())
                .collect();
            let full = Cli::try_parse_from(&argv).expect("full parser");
            let hot = HotCli::try_parse_from(&argv).expect("hot parser");
            assert_eq!(
                format!("{:?}", full.global),
                format!("{:?}", hot.global),
                "{line:?}"
            );
            assert_eq!(
                format!("{:?}", full.command),
                format!("{:?}", Command::from(hot.command)),
                "{line:?}"
            );
        }
        let argv = [
            "skiff",
            "--root",
            "/r",
            "--runroot",
            "/rr",
            "__monitor",
            "abc",
            "--attach",
        ];
        let full = Cli::try_parse_from(argv).expect("full parser");
        let internal = InternalCli::try_parse_from(argv).expect("internal parser");
        assert_eq!(
            format!("{:?}", full.global),
            format!("{:?}", internal.global)
        );
        let InternalCommand::Monitor(a) = internal.command;
        assert_eq!(
            format!("{:?}", full.command),
            format!("{:?}", Command::Monitor(a))
        );
        // What they do not know goes to the full parser.
        assert!(HotCli::try_parse_from(["skiff", "images"]).is_err());
        assert!(HotCli::try_parse_from(["skiff", "ps", "--help"]).is_err());
        assert!(InternalCli::try_parse_from(["skiff", "run", "img", "__monitor"]).is_err());
    }
}

/// An error that carries the exit status the user should see; an empty message
/// means the command already reported what went wrong.
#[derive(Debug)]
pub struct ExitError {
    pub code: i32,
    pub message: String,
}

impl std::fmt::Display for ExitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ExitError {}

impl ExitError {
    /// An exit code whose cause the command has already printed.
    pub fn silent(code: i32) -> anyhow::Error {
        ExitError {
            code,
            message: String::new(),
        }
        .into()
    }
}

/// Runs `f` for each name as docker's multi-object commands do (stop, rm, pause, ...):
/// prints the name on success, reports a failure without stopping the others, and
/// exits 1 if any failed.
pub fn each_name(names: &[String], mut f: impl FnMut(&str) -> Result<()>) -> Result<()> {
    let mut failed = false;
    for name in names {
        match f(name) {
            Ok(()) => println!("{name}"),
            Err(e) => {
                eprintln!("Error: {e:#}");
                failed = true;
            }
        }
    }
    if failed {
        return Err(ExitError::silent(1));
    }
    Ok(())
}

impl GlobalArgs {
    /// Builds the engine context from the global flags.
    pub fn engine(&self) -> Result<Engine> {
        let rootless = running_rootless();
        let (root, runroot) = default_dirs(rootless);
        let root = self.root.clone().unwrap_or(root);
        let runroot = self.runroot.clone().unwrap_or(runroot);
        if self.namespace.is_empty()
            || !self
                .namespace
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
            || self.namespace.starts_with('.')
        {
            return Err(anyhow!(
                "invalid namespace {:?}: use letters, digits, '-', '_' and '.'",
                self.namespace
            ));
        }
        let snapshotter = storage_driver(&root, self.storage_driver.as_deref(), rootless)?;
        Ok(Engine {
            paths: StorePaths::new(root, runroot),
            namespace: self.namespace.clone(),
            rootless,
            registry: RegistryOptions {
                hosts_dirs: self.hosts_dir.clone(),
                insecure: self.insecure_registry.clone(),
            },
            snapshotter,
        })
    }
}

/// The snapshotter of the store at `root`: fixed when the store is first used (as
/// podman records its driver), so images stay visible to later invocations.
fn storage_driver(
    root: &std::path::Path,
    flag: Option<&str>,
    rootless: bool,
) -> Result<SnapshotterKind> {
    let parse = |name: &str| {
        SnapshotterKind::parse(name)
            .ok_or_else(|| anyhow!("unknown storage driver {name:?}: use overlay or native"))
    };
    let wanted = flag.map(parse).transpose()?;
    let record = root.join("storage-driver");
    if let Ok(text) = std::fs::read_to_string(&record) {
        let recorded = parse(text.trim())?;
        if let Some(w) = wanted.filter(|w| *w != recorded) {
            return Err(anyhow!(
                "the store at {} uses the {} storage driver, not {}: pass --storage-driver {} or use another --root",
                root.display(),
                recorded.name(),
                w.name(),
                recorded.name()
            ));
        }
        return Ok(recorded);
    }
    let chosen = wanted.unwrap_or_else(|| SnapshotterKind::detect(root, rootless));
    crate::engine::store::ensure_dir(root)
        .and_then(|()| {
            crate::engine::store::atomic::write_atomic(&record, chosen.name().as_bytes())
        })
        .map_err(|e| anyhow!("initialising store {}: {e}", root.display()))?;
    Ok(chosen)
}

/// A tokio runtime for the commands that talk to registries.
pub fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| anyhow!("starting async runtime: {e}"))
}

fn dispatch(cli: Cli) -> Result<()> {
    let g = &cli.global;
    match cli.command {
        Command::Run(a) => run::run(g, a),
        Command::Create(a) => run::run_create(g, a),
        Command::Start(a) => run::run_start(g, a),
        Command::Ps(a) => ps::run(g, a),
        Command::Logs(a) => logs::run(g, a),
        Command::Attach(a) => attach::run(g, a),
        Command::Exec(a) => exec::run(g, a),
        Command::Stop(a) => stop::run_stop(g, a),
        Command::Kill(a) => stop::run_kill(g, a),
        Command::Restart(a) => stop::run_restart(g, a),
        Command::Rm(a) => rm::run(g, a),
        Command::Wait(a) => stop::run_wait(g, a),
        Command::Pause(a) => manage::run_pause(g, a),
        Command::Unpause(a) => manage::run_unpause(g, a),
        Command::Rename(a) => manage::run_rename(g, a),
        Command::Top(a) => manage::run_top(g, a),
        Command::Cp(a) => cp::run(g, a),
        Command::Diff(a) => diff::run(g, a),
        Command::Stats(a) => stats::run(g, a),
        Command::Update(a) => manage::run_update(g, a),
        Command::Port(a) => manage::run_port(g, a),
        Command::Events(a) => events::run(g, a),
        Command::Commit(a) => commit::run(g, a),
        Command::Build(a) => build::run(g, a),
        Command::Builder(c) => builder::run(g, c),
        Command::Buildx(c) => builder::run_buildx(g, c),
        Command::Export(a) => export::run(g, a),
        Command::Import(a) => import::run(g, a),
        Command::Container(c) => container::run(g, c),
        Command::Monitor(a) => run_monitor(g, a),
        Command::DetachedExec { id, spec } => {
            let engine = g.engine()?;
            let spec: crate::engine::ops::ExecSpec =
                serde_json::from_str(&spec).map_err(|e| anyhow!("decoding the exec: {e}"))?;
            std::process::exit(crate::engine::ops::run_detached(&engine, &id, &spec));
        }
        Command::Generate(c) => generate::run(g, c),
        Command::Kube(c) => generate::run_kube(g, c),
        Command::Compose(c) => compose::run(g, c),
        Command::RemoveTree { path } => crate::engine::rootless::remove_tree_inside(&path),
        Command::ReleaseAnchor {
            network,
            idle,
            lock,
        } => {
            let engine = g.engine()?;
            if engine.rootless {
                // netavark's teardown runs in the rootless netns.
                crate::engine::network::rootless_netns::join(&engine)?;
            }
            match network {
                Some(network) if !idle && lock => {
                    crate::engine::network::attach::release_anchor(&engine, &network)
                }
                Some(network) if !idle => {
                    crate::engine::network::attach::release_anchor_held(&engine, &network);
                    Ok(())
                }
                _ => crate::engine::network::attach::release_idle_anchors(&engine),
            }
        }
        Command::RootlessNetns => {
            let engine = g.engine()?;
            crate::engine::network::rootless_netns::hold(&engine)
        }
        Command::ReleaseNetwork { id, lock } => {
            let engine = g.engine()?;
            crate::engine::network::attach::release_exited_held(&engine, &id, lock);
            Ok(())
        }
        Command::KeepIdRootfs { path, uid, gid } => {
            crate::engine::rootless::keep_id_rootfs_inside(&path, uid, gid)
        }
        Command::HealthProbe { id } => {
            let engine = g.engine()?;
            crate::engine::container::health::probe(&engine, &id).map(drop)
        }
        Command::Healthcheck(HealthcheckCommand::Run { container }) => {
            let engine = g.engine()?;
            let c = crate::engine::ops::lookup(&engine, &container)?;
            let result = crate::engine::container::health::probe(&engine, &c.record.id)?;
            if result.exit_code != 0 {
                return Err(ExitError {
                    code: 1,
                    message: "unhealthy".into(),
                }
                .into());
            }
            println!("healthy");
            Ok(())
        }
        Command::Pull(a) => pull::run(g, a),
        Command::Push(a) => push::run(g, a),
        Command::Images(a) => images::run(g, a),
        Command::Tag(a) => tag::run(g, a),
        Command::Rmi(a) => rmi::run(g, a),
        Command::Inspect(a) => inspect::run(g, a),
        Command::History(a) => history::run(g, a),
        Command::Save(a) => save::run(g, a),
        Command::Load(a) => load::run(g, a),
        Command::Image(c) => images::run_group(g, c),
        Command::Network(c) => network::run(g, c),
        Command::Volume(c) => volume::run(g, c),
        Command::Namespace(c) => namespace::run(g, c),
        Command::Pod(c) => pod::run(g, c),
        Command::Mount(a) => mount::run_mount(g, a),
        Command::Unmount(a) => mount::run_unmount(g, a),
        Command::Info(a) => system::run_info(g, a),
        Command::System(c) => system::run(g, c),
        Command::Login(a) => login::run(g, a),
        Command::Logout(a) => login::run_logout(g, a),
        Command::Version(a) => version::run(g, a),
        Command::Completion(a) => completion::run(a),
        Command::Manifest(c) => manifest::run(g, c),
        Command::Search(a) => search::run(g, a),
    }
}

/// Runs the CLI and returns the process exit status.
fn run_monitor(g: &GlobalArgs, a: MonitorArgs) -> Result<()> {
    run::run_monitor(g, &a.id, a.attach, a.restarted, &a.detach_keys)
}

pub fn main() -> i32 {
    if std::env::args_os().any(|a| a == "__monitor") {
        // Anything else that mentions __monitor (`run IMAGE echo __monitor`)
        // fails here and goes through the full parser.
        if let Ok(InternalCli { global, command }) = InternalCli::try_parse() {
            let InternalCommand::Monitor(a) = command;
            let debug = global.debug || global.log_level == "debug";
            return report(run_monitor(&global, a), debug);
        }
    }
    end_quietly_on_closed_stdout();
    // Invoked as `docker-compose` (or `skiff-compose`): `skiff compose`.
    let invoked_as = std::env::args_os()
        .next()
        .map(std::path::PathBuf::from)
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_default();
    let parsed = if invoked_as == "docker-compose" || invoked_as == "skiff-compose" {
        let rest = std::env::args_os().skip(1);
        Cli::try_parse_from(["skiff".into(), "compose".into()].into_iter().chain(rest))
    } else {
        match parse_fast() {
            Some(cli) => Ok(cli),
            None => Cli::try_parse(),
        }
    };
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            use clap::error::ErrorKind;
            let code = match e.kind() {
                ErrorKind::DisplayHelp
                | ErrorKind::DisplayVersion
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => 0,
                // docker exits 125 on bad flags and arguments.
                _ => 125,
            };
            if let Some(text) = docker_flag_error(&e) {
                eprintln!("{text}");
            } else {
                let _ = e.print();
            }
            return code;
        }
    };
    let debug = cli.global.debug || cli.global.log_level == "debug";
    report(dispatch(cli), debug)
}

/// An unknown flag as docker's CLI (cobra) reports it:
/// `unknown flag: --bogus` and where to find the command's flags.
fn docker_flag_error(e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if e.kind() != ErrorKind::UnknownArgument {
        return None;
    }
    let Some(ContextValue::String(flag)) = e.get(ContextKind::InvalidArg) else {
        return None;
    };
    if !flag.starts_with('-') {
        return None;
    }
    let flag = flag.split('=').next().unwrap_or(flag);
    let text = match flag.strip_prefix("--") {
        Some(_) => format!("unknown flag: {flag}"),
        None => format!(
            "unknown shorthand flag: '{}' in {flag}",
            flag.chars().nth(1)?
        ),
    };
    // The command the flag was given to: the subcommand words before it.
    let mut cmd = command();
    cmd.build();
    let mut path = vec!["skiff".to_string()];
    for word in std::env::args().skip(1) {
        if word == flag || word.starts_with(&format!("{flag}=")) {
            break;
        }
        if let Some(sub) = cmd.find_subcommand(&word).cloned() {
            path.push(sub.get_name().to_string());
            cmd = sub;
        }
    }
    // docker/cli's FlagErrorFunc: the error, the command's usage line, and
    // where to read more.
    let usage = cmd.render_usage().to_string();
    let usage = usage.trim().trim_start_matches("Usage:").trim();
    Some(format!(
        "{text}\n\nUsage:  {usage}\n\nRun '{} --help' for more information",
        path.join(" ")
    ))
}

/// A reader that closed our stdout early (`skiff events | head -3`) ends the
/// command quietly, as it ends docker's: Go dies of the SIGPIPE of a write to
/// stdout or stderr, while writes to other pipes and sockets (an attached
/// container's stdin, say) just fail. Rust ignores SIGPIPE, so a write to a
/// closed stdout surfaces as EPIPE: from `print!` as a panic, caught here, and
/// from explicit writes as an error, caught in `report`.
fn end_quietly_on_closed_stdout() {
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let text = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        if (text.contains("Broken pipe") || text.contains("BrokenPipe")) && stdout_reader_gone() {
            die_of_sigpipe();
        }
        default_hook(info);
    }));
}

/// Ends the process as a Go program does on a closed stdout: by SIGPIPE.
fn die_of_sigpipe() -> ! {
    // SAFETY: restoring the default action and raising a signal are
    // async-signal-safe; nothing runs after the process is gone.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        libc::raise(libc::SIGPIPE);
    }
    std::process::exit(141)
}

/// Whether an error is a write to our stdout's reader, which went away (not
/// EPIPE from some other pipe or socket, which is an error to report).
fn is_closed_stdout(err: &anyhow::Error) -> bool {
    let broken = err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    });
    broken && stdout_reader_gone()
}

/// Whether stdout is a pipe whose readers are all gone (its write end polls
/// as POLLERR then).
fn stdout_reader_gone() -> bool {
    use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
    use std::os::fd::AsFd;
    let stdout = std::io::stdout();
    let mut fds = [PollFd::new(stdout.as_fd(), PollFlags::empty())];
    poll(&mut fds, PollTimeout::ZERO).is_ok()
        && fds[0]
            .revents()
            .is_some_and(|r| r.contains(PollFlags::POLLERR))
}

/// The exit code of a command's result, with its error printed as docker does.
fn report(result: Result<()>, debug: bool) -> i32 {
    match result {
        Ok(()) => 0,
        Err(err) if is_closed_stdout(&err) => die_of_sigpipe(),
        Err(err) => {
            let code = match err.downcast_ref::<ExitError>() {
                Some(e) => e.code,
                None => err
                    .downcast_ref::<crate::engine::runtime::StartError>()
                    .map_or(1, |e| e.code),
            };
            let already_reported = err
                .downcast_ref::<ExitError>()
                .is_some_and(|e| e.message.is_empty());
            if already_reported {
            } else if debug {
                eprintln!("Error: {err:?}");
            } else {
                eprintln!("Error: {}", one_line(&err));
            }
            code
        }
    }
}

/// OS error texts embedded in a message as Go prints them: "open /x: No such
/// file or directory (os error 2)" becomes "open /x: no such file or directory".
fn go_os_errors(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(" (os error ") {
        let Some(close) = rest[i..].find(')') else {
            break;
        };
        let message = &rest[..i];
        let start = message.rfind(": ").map_or(0, |p| p + 2);
        out.push_str(&message[..start]);
        let mut chars = message[start..].chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_lowercase());
            out.push_str(chars.as_str());
        }
        rest = &rest[i + close + 1..];
    }
    out.push_str(rest);
    out
}

/// The error and its causes on one line, as docker prints them.
pub(crate) fn one_line(err: &anyhow::Error) -> String {
    let mut out = String::new();
    for cause in err.chain() {
        // I/O errors as Go prints them: "no such file or directory", without
        // Rust's " (os error 2)".
        let text = match cause.downcast_ref::<std::io::Error>() {
            Some(io) => crate::engine::go_error(io),
            None => go_os_errors(&cause.to_string()),
        };
        if out.contains(&text) {
            continue;
        }
        if !out.is_empty() {
            out.push_str(": ");
        }
        out.push_str(&text);
    }
    out
}

/// Docker's "Are you sure you want to continue? [y/N]" prompt.
pub fn confirm(warning: &str) -> Result<bool> {
    use std::io::{BufRead, IsTerminal, Write};
    println!("{warning}");
    print!("Are you sure you want to continue? [y/N] ");
    std::io::stdout().flush()?;
    if !std::io::stdin().is_terminal() {
        println!();
    }
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    Ok(matches!(answer.trim().to_lowercase().as_str(), "y" | "yes"))
}
