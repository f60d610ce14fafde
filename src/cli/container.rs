//! `skiff container ...`: docker's aliases for the container commands.

use anyhow::Result;
use clap::Subcommand;

use super::GlobalArgs;

#[derive(Debug, Subcommand)]
pub enum ContainerCommand {
    /// Create and run a new container from an image
    #[command(disable_help_flag = true)]
    Run(super::run::RunArgs),
    /// Create a new container
    #[command(disable_help_flag = true)]
    Create(super::run::CreateArgs),
    /// Start one or more stopped containers
    Start(super::run::StartArgs),
    /// List containers
    #[command(visible_aliases = ["ps", "list"])]
    Ls(super::ps::PsArgs),
    /// Fetch the logs of a container
    Logs(super::logs::LogsArgs),
    /// Attach local standard input, output, and error streams to a running container
    Attach(super::attach::AttachArgs),
    /// Execute a command in a running container
    Exec(super::exec::ExecArgs),
    /// Stop one or more running containers
    Stop(super::stop::StopArgs),
    /// Kill one or more running containers
    Kill(super::stop::KillArgs),
    /// Restart one or more containers
    Restart(super::stop::StopArgs),
    /// Remove one or more containers
    #[command(visible_alias = "remove")]
    Rm(super::rm::RmArgs),
    /// Block until one or more containers stop, then print their exit codes
    Wait(super::stop::WaitArgs),
    /// Display detailed information on one or more containers
    Inspect(super::inspect::ContainerInspectArgs),
    /// Pause all processes within one or more containers
    Pause(super::manage::PauseArgs),
    /// Unpause all processes within one or more containers
    Unpause(super::manage::PauseArgs),
    /// Rename a container
    Rename(super::manage::RenameArgs),
    /// Display the running processes of a container
    Top(super::manage::TopArgs),
    /// Copy files/folders between a container and the local filesystem
    Cp(super::cp::CpArgs),
    /// Inspect changes to files or directories on a container's filesystem
    Diff(super::diff::DiffArgs),
    /// Remove all stopped containers
    Prune(super::manage::PruneArgs),
    /// Display a live stream of container(s) resource usage statistics
    Stats(super::stats::StatsArgs),
    /// List port mappings or a specific mapping for the container
    Port(super::manage::PortArgs),
    /// Create a new image from a container's changes
    Commit(super::commit::CommitArgs),
    /// Export a container's filesystem as a tar archive
    Export(super::export::ExportArgs),
    /// Update configuration of one or more containers
    Update(super::manage::UpdateArgs),
}

pub fn run(g: &GlobalArgs, cmd: ContainerCommand) -> Result<()> {
    match cmd {
        ContainerCommand::Run(a) => super::run::run(g, a),
        ContainerCommand::Create(a) => super::run::run_create(g, a),
        ContainerCommand::Start(a) => super::run::run_start(g, a),
        ContainerCommand::Ls(a) => super::ps::run(g, a),
        ContainerCommand::Logs(a) => super::logs::run(g, a),
        ContainerCommand::Attach(a) => super::attach::run(g, a),
        ContainerCommand::Exec(a) => super::exec::run(g, a),
        ContainerCommand::Stop(a) => super::stop::run_stop(g, a),
        ContainerCommand::Kill(a) => super::stop::run_kill(g, a),
        ContainerCommand::Restart(a) => super::stop::run_restart(g, a),
        ContainerCommand::Rm(a) => super::rm::run(g, a),
        ContainerCommand::Wait(a) => super::stop::run_wait(g, a),
        ContainerCommand::Inspect(a) => super::inspect::run_containers(g, a),
        ContainerCommand::Pause(a) => super::manage::run_pause(g, a),
        ContainerCommand::Unpause(a) => super::manage::run_unpause(g, a),
        ContainerCommand::Rename(a) => super::manage::run_rename(g, a),
        ContainerCommand::Top(a) => super::manage::run_top(g, a),
        ContainerCommand::Cp(a) => super::cp::run(g, a),
        ContainerCommand::Diff(a) => super::diff::run(g, a),
        ContainerCommand::Prune(a) => super::manage::run_prune(g, a),
        ContainerCommand::Stats(a) => super::stats::run(g, a),
        ContainerCommand::Port(a) => super::manage::run_port(g, a),
        ContainerCommand::Commit(a) => super::commit::run(g, a),
        ContainerCommand::Export(a) => super::export::run(g, a),
        ContainerCommand::Update(a) => super::manage::run_update(g, a),
    }
}
