//! `skiff generate systemd`: a unit that brings a container back at boot
//! (podman's command); `skiff generate kube` (also `skiff kube generate`):
//! containers and pods as Kubernetes YAML.

use crate::engine::container::RestartMode;
use anyhow::Result;

use super::GlobalArgs;

#[derive(Debug, clap::Subcommand)]
pub enum GenerateCommand {
    /// Print a systemd unit that starts and stops a container
    Systemd(SystemdArgs),
    /// Generate Kubernetes YAML for containers and pods
    Kube(KubeArgs),
}

/// `skiff kube ...`: Kubernetes YAML.
#[derive(Debug, clap::Subcommand)]
pub enum KubeCommand {
    /// Generate Kubernetes YAML for containers and pods
    Generate(KubeArgs),
    /// Create pods and containers from Kubernetes YAML
    Play(PlayArgs),
    /// Stop and remove the pods Kubernetes YAML describes
    Down(DownArgs),
}

#[derive(Debug, clap::Args)]
pub struct PlayArgs {
    /// Start the pods (false: create only)
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, value_name = "BOOL")]
    pub start: bool,
    /// Replace pods of the same names
    #[arg(long)]
    pub replace: bool,
    /// Tear down what the YAML describes instead (as kube down)
    #[arg(long)]
    pub down: bool,
    /// Refuse fields skiff does not read, instead of warning
    #[arg(long)]
    pub strict: bool,
    /// Print nothing but errors
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Publish a container port ([ip:]hostPort:containerPort[/proto]), over the YAML's
    #[arg(long, value_name = "PORT")]
    pub publish: Vec<String>,
    /// Publish container ports without a hostPort too, on the same host port
    #[arg(long)]
    pub publish_all: bool,
    /// The network the pods join (default: skiff-default-kube-network, made if missing)
    #[arg(long, value_name = "NAME")]
    pub network: Option<String>,
    /// The YAML file, or - for stdin
    #[arg(value_name = "FILE")]
    pub file: std::path::PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct DownArgs {
    /// Also remove the volumes the YAML's claims name
    #[arg(long)]
    pub force: bool,
    /// The YAML file, or - for stdin
    #[arg(value_name = "FILE")]
    pub file: std::path::PathBuf,
}

fn read_yaml(file: &std::path::Path) -> Result<String> {
    if file.as_os_str() == "-" {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)?;
        return Ok(text);
    }
    std::fs::read_to_string(file).map_err(|e| {
        anyhow::anyhow!(
            "reading {}: {}",
            file.display(),
            crate::engine::go_error(&e)
        )
    })
}

fn kube_down(g: &GlobalArgs, file: &std::path::Path, force: bool) -> Result<()> {
    let engine = g.engine()?;
    let removed = crate::kube::play::down(&engine, &read_yaml(file)?, force)?;
    // podman prints both headings, also when nothing was there.
    println!("Pods stopped:");
    for id in &removed {
        println!("{id}");
    }
    println!("Pods removed:");
    for id in &removed {
        println!("{id}");
    }
    Ok(())
}

#[derive(Debug, clap::Args)]
pub struct KubeArgs {
    /// Also generate a Service for the published ports (hostPort left out)
    #[arg(short = 's', long)]
    pub service: bool,
    /// The workload kind: pod or deployment
    #[arg(short = 't', long = "type", default_value = "pod")]
    pub kind: String,
    /// Replicas of a deployment
    #[arg(short = 'r', long)]
    pub replicas: Option<u32>,
    /// Write the YAML to this file (which must not exist) instead of stdout
    #[arg(short = 'f', long = "filename", value_name = "FILE")]
    pub file: Option<std::path::PathBuf>,
    #[arg(required = true, value_name = "CONTAINER|POD|VOLUME")]
    pub names: Vec<String>,
}

/// podman's commands exit 125 when they fail.
fn exit_125(result: Result<()>) -> Result<()> {
    result.map_err(|e| {
        anyhow::Error::new(super::ExitError {
            code: 125,
            message: super::one_line(&e),
        })
    })
}

pub fn run_kube(g: &GlobalArgs, cmd: KubeCommand) -> Result<()> {
    exit_125(kube_command(g, cmd))
}

fn kube_command(g: &GlobalArgs, cmd: KubeCommand) -> Result<()> {
    match cmd {
        KubeCommand::Generate(args) => kube(g, args),
        KubeCommand::Down(a) => kube_down(g, &a.file, a.force),
        KubeCommand::Play(a) if a.down => kube_down(g, &a.file, false),
        KubeCommand::Play(a) => {
            let engine = g.engine()?;
            let mut publish = Vec::new();
            for p in &a.publish {
                publish.extend(crate::engine::ports::parse_publish(p)?);
            }
            let played = crate::kube::play::play(
                &engine,
                &read_yaml(&a.file)?,
                &crate::kube::play::PlayOptions {
                    start: a.start,
                    replace: a.replace,
                    strict: a.strict,
                    publish,
                    publish_all: a.publish_all,
                    network: a.network,
                },
            )?;
            for w in &played.warnings {
                eprintln!("WARNING: {w}");
            }
            if a.quiet {
                return Ok(());
            }
            if !played.volumes.is_empty() {
                println!("Volumes:");
                for v in &played.volumes {
                    println!("{v}");
                }
            }
            for (pod, containers) in &played.pods {
                // podman's report: the heading counts the containers.
                println!("Pod:\n{pod}");
                match containers.len() {
                    0 => continue,
                    1 => println!("Container:"),
                    _ => println!("Containers:"),
                }
                for c in containers {
                    println!("{c}");
                }
                println!();
            }
            Ok(())
        }
    }
}

fn kube(g: &GlobalArgs, args: KubeArgs) -> Result<()> {
    let engine = g.engine()?;
    let workload = crate::kube::generate::Workload::parse(&args.kind)?;
    if args.replicas.is_some() && workload != crate::kube::generate::Workload::Deployment {
        anyhow::bail!("--replicas is only for --type deployment");
    }
    let (yaml, warnings) = crate::kube::generate::generate(
        &engine,
        &args.names,
        &crate::kube::generate::GenerateOptions {
            service: args.service,
            workload,
            replicas: args.replicas,
        },
    )?;
    for w in &warnings {
        eprintln!("WARNING: {w}");
    }
    match &args.file {
        Some(path) => {
            use std::io::Write as _;
            let mut f = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path)
                .map_err(|e| {
                    anyhow::anyhow!(
                        "cannot write to {}: {}",
                        path.display(),
                        crate::engine::go_error(&e)
                    )
                })?;
            f.write_all(yaml.as_bytes())?;
        }
        None => print!("{yaml}"),
    }
    Ok(())
}

#[derive(Debug, clap::Args)]
pub struct SystemdArgs {
    /// The container
    pub container: String,
    /// Stop timeout in seconds
    #[arg(short = 't', long = "time", default_value_t = 10)]
    pub time: u32,
}

pub fn run(g: &GlobalArgs, cmd: GenerateCommand) -> Result<()> {
    let args = match cmd {
        GenerateCommand::Systemd(a) => a,
        GenerateCommand::Kube(a) => return exit_125(kube(g, a)),
    };
    let engine = g.engine()?;
    let c = crate::engine::ops::lookup(&engine, &args.container)?;
    let skiff = std::env::current_exe()?.display().to_string();
    let globals = format!(
        "--root {} --runroot {} --namespace {}",
        engine.paths.root.display(),
        engine.paths.runroot.display(),
        engine.namespace
    );
    let policy = c.record.host_config.restart_policy.name;
    let restart = match policy {
        RestartMode::Always | RestartMode::UnlessStopped => "always",
        RestartMode::OnFailure => "on-failure",
        RestartMode::No => "no",
    };
    print!(
        "# skiff-{name}.service, generated by skiff for container {id}
[Unit]
Description=skiff container {name}
Wants=network-online.target
After=network-online.target

[Service]
Type=oneshot
RemainAfterExit=yes
# The container's own restart policy ({policy}) is carried out by its monitor.
Restart={restart_unit}
ExecStart={skiff} {globals} start {name}
ExecStop={skiff} {globals} stop -t {time} {name}

[Install]
WantedBy=default.target
",
        name = c.record.name,
        id = c.record.id,
        policy = policy.as_str(),
        restart_unit = if restart == "no" { "no" } else { "on-failure" },
        time = args.time,
    );
    Ok(())
}
