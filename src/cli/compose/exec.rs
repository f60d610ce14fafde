//! `compose exec` and `compose run`: a service's container found by its
//! labels (or a one-off made by the runner), then skiff's own exec and run
//! machinery, with compose's defaults (a TTY when there is a terminal).

use std::io::IsTerminal as _;

use anyhow::{anyhow, Result};

use super::{ComposeArgs, Session};
use crate::cli::GlobalArgs;
use crate::compose::runner::OneOff;
use crate::engine::spec::docker;

#[derive(Debug, clap::Args)]
pub struct ExecArgs {
    /// Detached mode: Run command in the background
    #[arg(short = 'd', long)]
    pub detach: bool,
    /// Disable pseudo-TTY allocation. By default `compose exec` allocates a TTY
    #[arg(short = 'T', long = "no-TTY")]
    pub no_tty: bool,
    /// Set environment variables
    #[arg(short = 'e', long = "env", value_name = "KEY=VALUE")]
    pub env: Vec<String>,
    /// Run the command as this user
    #[arg(short = 'u', long)]
    pub user: Option<String>,
    /// Path to workdir directory for this command
    #[arg(short = 'w', long)]
    pub workdir: Option<String>,
    /// Give extended privileges to the process
    #[arg(long)]
    pub privileged: bool,
    /// Index of the container if service has multiple replicas
    #[arg(long)]
    pub index: Option<u32>,
    /// The service, then the command and its arguments
    #[arg(required = true, num_args = 2.., trailing_var_arg = true, allow_hyphen_values = true, value_name = "SERVICE COMMAND [ARGS...]")]
    pub service_and_command: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// Run container in background and print container ID
    #[arg(short = 'd', long)]
    pub detach: bool,
    /// Automatically remove the container when it exits
    #[arg(long)]
    pub rm: bool,
    /// Assign a name to the container
    #[arg(long)]
    pub name: Option<String>,
    /// Set environment variables
    #[arg(short = 'e', long = "env", value_name = "KEY=VALUE")]
    pub env: Vec<String>,
    /// Add or override a label
    #[arg(short = 'l', long = "label", value_name = "KEY=VALUE")]
    pub labels: Vec<String>,
    /// Bind mount a volume
    #[arg(short = 'v', long = "volume", value_name = "VOLUME")]
    pub volumes: Vec<String>,
    /// Publish a container's port(s) to the host
    #[arg(short = 'p', long = "publish", value_name = "PORT")]
    pub publish: Vec<String>,
    /// Run command with all service's ports enabled and mapped to the host
    #[arg(short = 'P', long = "service-ports")]
    pub service_ports: bool,
    /// Use the service's network useAliases in the network(s) the container connects to
    #[arg(long = "use-aliases")]
    pub use_aliases: bool,
    /// Don't start linked services
    #[arg(long = "no-deps")]
    pub no_deps: bool,
    /// Override the entrypoint of the image
    #[arg(long)]
    pub entrypoint: Option<String>,
    /// Run as specified username or uid
    #[arg(short = 'u', long)]
    pub user: Option<String>,
    /// Working directory inside the container
    #[arg(short = 'w', long)]
    pub workdir: Option<String>,
    /// Disable pseudo-TTY allocation (default: auto-detected)
    #[arg(short = 'T', long = "no-TTY")]
    pub no_tty: bool,
    /// Keep STDIN open even if not attached
    #[arg(short = 'i', long, default_value_t = true)]
    pub interactive: bool,
    /// The service, then the command and its arguments
    #[arg(required = true, num_args = 1.., trailing_var_arg = true, allow_hyphen_values = true, value_name = "SERVICE [COMMAND] [ARGS...]")]
    pub service_and_command: Vec<String>,
}

/// compose allocates a TTY unless told not to or there is no terminal.
fn wants_tty(no_tty: bool) -> bool {
    !no_tty && std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

pub fn exec(g: &GlobalArgs, s: &Session, args: &ComposeArgs, a: &ExecArgs) -> Result<()> {
    let project = s.load(args, &[])?;
    let runner = s.runner(&project)?;
    let service = &a.service_and_command[0];
    let container = runner.service_container(service, a.index)?;
    let tty = wants_tty(a.no_tty);
    let mut argv = vec![container.record.name.clone()];
    argv.extend(a.service_and_command[1..].iter().cloned());
    crate::cli::exec::run(
        g,
        crate::cli::exec::ExecArgs {
            detach: a.detach,
            interactive: !a.detach,
            tty: tty && !a.detach,
            env: a.env.clone(),
            env_file: Vec::new(),
            workdir: a.workdir.clone(),
            user: a.user.clone(),
            privileged: a.privileged,
            detach_keys: None,
            container_and_command: argv,
        },
    )
}

pub fn run(g: &GlobalArgs, s: &Session, args: &ComposeArgs, a: &RunArgs) -> Result<()> {
    let warm = crate::engine::runtime::warm_cgroup_attach();
    let project = s.load(args, &[])?;
    let runner = s.runner(&project)?;
    let service = &a.service_and_command[0];
    let command = a.service_and_command[1..].to_vec();
    let tty = wants_tty(a.no_tty) && !a.detach;
    let mut ports = Vec::new();
    for p in &a.publish {
        ports.extend(crate::engine::ports::parse_publish(p)?);
    }
    let one_off = OneOff {
        name: a.name.clone(),
        command: (!command.is_empty()).then_some(command),
        entrypoint: a
            .entrypoint
            .as_deref()
            .map(|e| crate::engine::shell_words::split(e).map_err(|e| anyhow!("--entrypoint: {e}")))
            .transpose()?,
        env: a.env.iter().filter_map(|e| docker::env_entry(e)).collect(),
        mounts: a
            .volumes
            .iter()
            .map(|v| docker::parse_volume(v))
            .collect::<Result<_>>()?,
        ports,
        service_ports: a.service_ports,
        use_aliases: a.use_aliases,
        no_deps: a.no_deps,
        user: a.user.clone(),
        workdir: a.workdir.clone(),
        labels: docker::labels(a.labels.iter().map(String::as_str)),
        tty,
        interactive: a.interactive && !a.detach,
        remove: a.rm,
    };
    let name = runner.create_one_off(service, &one_off)?;
    let id = crate::engine::ops::lookup(&s.engine, &name)?.record.id;
    let how = (!a.detach).then(|| crate::cli::run::Attach::all(one_off.interactive, None));
    crate::cli::run::start_created(g, &s.engine, &id, how, tty, true, warm)
}
