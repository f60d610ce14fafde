//! `skiff run`, `skiff create` and `skiff start`.

use std::collections::BTreeMap;
use std::os::fd::OwnedFd;
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::Arc;

use anyhow::{anyhow, bail, Context as _, Result};

use super::container_opts::{env_entry, key_value_file};
use super::progress::{Mode, Reporter, Stream};
use super::{ExitError, GlobalArgs};
use crate::engine::container;
use crate::engine::container::create::{create, CreateOptions};
use crate::engine::image::platform;
use crate::engine::image::pull::PullOptions;
use crate::engine::monitor;
use crate::engine::ops;
use crate::engine::runtime::StartError;
use crate::engine::Engine;

/// Flags shared by `create` and `run`.
#[derive(Debug, clap::Args)]
pub struct CreateArgs {
    /// Assign a name to the container
    #[arg(long)]
    pub name: Option<String>,
    /// Set environment variables
    #[arg(short = 'e', long = "env", value_name = "KEY=VALUE")]
    pub env: Vec<String>,
    /// Read in a file of environment variables
    #[arg(long = "env-file", value_name = "FILE")]
    pub env_file: Vec<String>,
    /// Working directory inside the container
    #[arg(short = 'w', long = "workdir")]
    pub workdir: Option<String>,
    /// Username or UID (format: <name|uid>[:<group|gid>])
    #[arg(short = 'u', long)]
    pub user: Option<String>,
    /// Overwrite the default ENTRYPOINT of the image
    #[arg(long)]
    pub entrypoint: Option<String>,
    /// Set meta data on a container
    #[arg(short = 'l', long = "label", value_name = "KEY=VALUE")]
    pub labels: Vec<String>,
    /// Read in a line delimited file of labels
    #[arg(long = "label-file", value_name = "FILE")]
    pub label_file: Vec<String>,
    /// Connect a container to a network (bridge, NAME, none, host, container:NAME|ID); repeat for more networks
    #[arg(long = "network", visible_alias = "net")]
    pub network: Vec<String>,
    /// Container host name
    #[arg(short = 'h', long)]
    pub hostname: Option<String>,
    /// Container NIS domain name
    #[arg(long)]
    pub domainname: Option<String>,
    /// Add an annotation to the container (passed through to the OCI runtime)
    #[arg(long = "annotation", value_name = "KEY=VALUE")]
    pub annotations: Vec<String>,
    /// GPU devices to add to the container ('all' to pass all GPUs)
    #[arg(long)]
    pub gpus: Option<String>,
    /// Add link to another container (legacy: an /etc/hosts entry for it)
    #[arg(long = "link", value_name = "NAME[:ALIAS]")]
    pub links: Vec<String>,
    /// IPv6 address (e.g., 2001:db8::33)
    #[arg(long = "ip6", value_name = "ADDRESS")]
    pub ip6: Option<String>,
    /// User namespace to use ('host' is the only one skiff has)
    #[arg(long)]
    pub userns: Option<String>,
    /// Optional parent cgroup for the container
    #[arg(long = "cgroup-parent", value_name = "CGROUP")]
    pub cgroup_parent: Option<String>,
    /// Add a custom host-to-IP mapping (host:ip)
    #[arg(long = "add-host", value_name = "HOST:IP")]
    pub add_host: Vec<String>,
    /// Pull image before running ("always", "missing", "never")
    #[arg(long, default_value = "missing", value_parser = ["always", "missing", "never"])]
    pub pull: String,
    /// Suppress the pull output
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Set platform if server is multi-platform capable
    #[arg(long)]
    pub platform: Option<String>,
    /// Write the container ID to the file
    #[arg(long)]
    pub cidfile: Option<String>,
    /// Keep STDIN open even if not attached
    #[arg(short = 'i', long)]
    pub interactive: bool,
    /// Allocate a pseudo-TTY
    #[arg(short = 't', long)]
    pub tty: bool,
    /// Signal to stop the container
    #[arg(long = "stop-signal")]
    pub stop_signal: Option<String>,
    /// Timeout (in seconds) to stop a container
    #[arg(long = "stop-timeout")]
    pub stop_timeout: Option<i64>,
    /// Automatically remove the container when it exits
    #[arg(long)]
    pub rm: bool,
    /// Logging driver for the container (json-file, k8s-file, none)
    #[arg(long = "log-driver", default_value = "json-file")]
    pub log_driver: String,
    /// Log driver options (max-size=SIZE, max-file=N)
    #[arg(long = "log-opt", value_name = "OPT")]
    pub log_opt: Vec<String>,
    /// Restart policy to apply when a container exits (no, always, on-failure[:N], unless-stopped)
    #[arg(long, default_value = "no")]
    pub restart: String,
    #[command(flatten)]
    pub health: super::container_opts::HealthArgs,
    #[command(flatten)]
    pub mount: super::container_opts::MountArgs,
    #[command(flatten)]
    pub net: super::container_opts::NetworkArgs,
    #[command(flatten)]
    pub resource: super::container_opts::ResourceArgs,
    #[command(flatten)]
    pub security: super::container_opts::SecurityArgs,
    /// Print help (-h is --hostname, as in docker)
    #[arg(long, action = clap::ArgAction::Help)]
    pub help: Option<bool>,
    /// The image, then the command and its arguments
    #[arg(
        required = true,
        trailing_var_arg = true,
        value_name = "IMAGE [COMMAND] [ARG...]"
    )]
    pub image_and_command: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct RunArgs {
    #[command(flatten)]
    pub create: CreateArgs,
    /// Run container in background and print container ID
    #[arg(short = 'd', long)]
    pub detach: bool,
    /// Attach to STDIN, STDOUT or STDERR
    #[arg(short = 'a', long = "attach")]
    pub attach: Vec<String>,
    /// Proxy received signals to the process
    #[arg(long = "sig-proxy", default_value_t = true, action = clap::ArgAction::Set)]
    pub sig_proxy: bool,
    /// Override the key sequence for detaching a container
    #[arg(long = "detach-keys")]
    pub detach_keys: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct StartArgs {
    /// Containers to start
    #[arg(required_unless_present = "all", value_name = "CONTAINER")]
    pub containers: Vec<String>,
    /// Start every container whose restart policy says it should be running
    /// (always, and unless-stopped ones the user did not stop): recovery after a reboot
    #[arg(long, conflicts_with = "attach")]
    pub all: bool,
    /// Attach STDOUT/STDERR and forward signals
    #[arg(short = 'a', long)]
    pub attach: bool,
    /// Attach container's STDIN
    #[arg(short = 'i', long)]
    pub interactive: bool,
}

impl CreateArgs {
    fn options(&self) -> Result<CreateOptions> {
        if let Some(ip6) = &self.ip6 {
            bail!("invalid IPv6 address {ip6}: skiff's networks are IPv4 only, so a container cannot be given an IPv6 address");
        }
        match self.userns.as_deref() {
            None | Some("") | Some("host") => {}
            Some(other) => bail!(
                "--userns {other} is not supported: rootful containers share the host's user namespace, rootless ones their monitor's (root inside is you, other ids your subordinate range)"
            ),
        }
        if self.gpus.is_some() {
            // docker's words when no GPU runtime hook is installed; skiff has none.
            bail!("could not select device driver \"\" with capabilities: [[gpu]]: skiff has no GPU runtime hook (nvidia-container-toolkit) to hand GPUs to containers");
        }
        let mut env = Vec::new();
        for f in &self.env_file {
            env.extend(key_value_file(f, true)?);
        }
        env.extend(self.env.iter().filter_map(|e| env_entry(e)));
        let mut labels = BTreeMap::new();
        for f in &self.label_file {
            for l in key_value_file(f, false)? {
                let (k, v) = l.split_once('=').unwrap_or((&l, ""));
                labels.insert(k.to_string(), v.to_string());
            }
        }
        for l in &self.labels {
            let (k, v) = l.split_once('=').unwrap_or((l, ""));
            labels.insert(k.to_string(), v.to_string());
        }
        use super::container_opts::{
            parse_device, parse_mount, parse_tmpfs, parse_volume, MountFlag, VolumeFlag,
        };
        let mut binds = Vec::new();
        let mut volumes = Vec::new();
        let mut tmpfs: Vec<_> = self.mount.tmpfs.iter().map(|t| parse_tmpfs(t)).collect();
        let mut add = |flag: VolumeFlag| match flag {
            VolumeFlag::Bind(b) => binds.push(b),
            VolumeFlag::Volume(v) => volumes.push(v),
        };
        for v in &self.mount.volumes {
            add(parse_volume(v)?);
        }
        for m in &self.mount.mounts {
            match parse_mount(m)? {
                MountFlag::Volume(v) => add(v),
                MountFlag::Tmpfs(t) => tmpfs.push(t),
            }
        }
        let shm_size = self
            .mount
            .shm_size
            .as_deref()
            .map(super::container_opts::ram_in_bytes)
            .transpose()?;
        Ok(CreateOptions {
            name: self.name.clone(),
            entrypoint: self.entrypoint.clone(),
            cmd: self.image_and_command.iter().skip(1).cloned().collect(),
            env,
            workdir: self.workdir.clone(),
            user: self.user.clone(),
            labels,
            hostname: self.hostname.clone(),
            domainname: self.domainname.clone(),
            links: self.links.clone(),
            cgroup_parent: self.cgroup_parent.clone().unwrap_or_default(),
            annotations: self
                .annotations
                .iter()
                .map(|a| {
                    a.split_once('=')
                        .map(|(k, v)| (k.to_string(), v.to_string()))
                        .ok_or_else(|| anyhow!("invalid annotation {a:?}: want KEY=VALUE"))
                })
                .collect::<Result<_>>()?,
            tty: self.tty,
            open_stdin: self.interactive,
            network: self.network.first().cloned(),
            binds,
            auto_remove: self.rm,
            extra_hosts: self.add_host.clone(),
            stop_signal: self.stop_signal.clone(),
            stop_timeout: self.stop_timeout,
            volumes,
            volumes_from: self.mount.volumes_from.clone(),
            tmpfs,
            shm_size,
            devices: self
                .mount
                .devices
                .iter()
                .map(|d| parse_device(d))
                .collect::<Result<_>>()?,
            resources: self.resource.resources()?,
            security: self.security.security(self.mount.read_only)?,
            restart_policy: {
                let policy = crate::engine::container::RestartPolicy::parse(&self.restart)?;
                if self.rm && !policy.name.is_empty() {
                    bail!("Conflicting options: --restart and --rm");
                }
                policy
            },
            healthcheck: self.health.config()?,
            no_healthcheck: self.health.no_healthcheck,
            log_config: super::container_opts::log_config(&self.log_driver, &self.log_opt)?,
            net: {
                let mut net = self.net.options()?;
                net.more_networks = self.network.iter().skip(1).cloned().collect();
                net
            },
        })
    }
}

/// An engine error of `run`/`create` exits 125, as docker's does; a
/// container's start failure keeps its own code (126, 127).
fn engine_error(e: anyhow::Error) -> anyhow::Error {
    if e.downcast_ref::<ExitError>().is_some() {
        return e;
    }
    if let Some(start) = e.downcast_ref::<StartError>() {
        return ExitError {
            code: start.code,
            message: format!("{e:#}"),
        }
        .into();
    }
    ExitError {
        code: 125,
        message: format!("{e:#}"),
    }
    .into()
}

/// Finds the image locally, pulling it per `--pull` (progress on stderr, as docker).
fn ensure_image(engine: &Engine, args: &CreateArgs) -> Result<crate::engine::image::LocalImage> {
    let opts = PullOptions {
        platform: args
            .platform
            .as_deref()
            .map(platform::parse)
            .transpose()
            .map_err(|e| anyhow!(e))?,
        ..PullOptions::default()
    };
    // docker shows the pull's progress on stderr, bars on a terminal.
    let reporter = Arc::new(Reporter::new_on(
        Mode::detect_on(args.quiet, Stream::Stderr),
        Stream::Stderr,
    ));
    let policy: ops::PullPolicy = args.pull.parse()?;
    let result = ops::ensure_image(
        engine,
        &args.image_and_command[0],
        policy,
        &opts,
        reporter.clone(),
    );
    reporter.finish();
    let (image, pulled) = result?;
    if let Some(pulled) = pulled {
        reporter.pull_done(&pulled);
    }
    Ok(image)
}

fn create_container(
    g: &GlobalArgs,
    args: &CreateArgs,
) -> Result<(Engine, container::ContainerRecord)> {
    let engine = g.engine()?;
    let opts = args.options()?;
    let image = ensure_image(&engine, args)?;
    if let Some(path) = &args.cidfile {
        if std::path::Path::new(path).exists() {
            bail!("Container ID file found, make sure the other container isn't running or delete {path}");
        }
    }
    let (record, warnings) = create(&engine, &args.image_and_command[0], &image, &opts)?;
    for w in warnings {
        eprintln!("WARNING: {w}");
    }
    if let Some(path) = &args.cidfile {
        std::fs::write(path, &record.id).with_context(|| format!("writing cidfile {path}"))?;
    }
    Ok((engine, record))
}

pub fn run_create(g: &GlobalArgs, args: CreateArgs) -> Result<()> {
    let (_, record) = create_container(g, &args).map_err(engine_error)?;
    println!("{}", record.id);
    Ok(())
}

static FORWARD_PID: AtomicI32 = AtomicI32::new(0);

extern "C" fn forward_signal(sig: libc::c_int) {
    let pid = FORWARD_PID.load(Ordering::Relaxed);
    if pid > 0 {
        // SAFETY: kill is async-signal-safe.
        unsafe {
            libc::kill(pid, sig);
        }
    }
}

/// Forwards the signals a user sends the CLI to `pid` (docker's --sig-proxy).
pub fn forward_signals_to(pid: i32) {
    FORWARD_PID.store(pid, Ordering::Relaxed);
    for sig in [
        libc::SIGINT,
        libc::SIGTERM,
        libc::SIGHUP,
        libc::SIGQUIT,
        libc::SIGUSR1,
        libc::SIGUSR2,
    ] {
        // SAFETY: the handler only calls kill(2).
        unsafe {
            libc::signal(sig, forward_signal as *const () as libc::sighandler_t);
        }
    }
}

/// How the CLI stays with a container it starts.
pub struct Attach {
    pub stdin: bool,
    /// Which output streams reach us (`-a stdout`, `-a stderr`; both by default).
    pub stdout: bool,
    pub stderr: bool,
    pub detach_keys: Option<String>,
}

impl Attach {
    fn all(stdin: bool, detach_keys: Option<String>) -> Attach {
        Attach {
            stdin,
            stdout: true,
            stderr: true,
            detach_keys,
        }
    }
}

fn dup(stream: &impl std::os::fd::AsFd) -> Result<OwnedFd> {
    stream
        .as_fd()
        .try_clone_to_owned()
        .context("duplicating stdio")
}

impl Attach {
    /// Our stdio as the container's, /dev/null for what is not attached.
    fn streams(&self) -> Result<ops::AttachStreams> {
        Ok(ops::AttachStreams {
            stdin: if self.stdin {
                dup(&std::io::stdin())?
            } else {
                crate::engine::process::devnull()?
            },
            stdout: if self.stdout {
                dup(&std::io::stdout())?
            } else {
                crate::engine::process::devnull()?
            },
            stderr: if self.stderr {
                dup(&std::io::stderr())?
            } else {
                crate::engine::process::devnull()?
            },
            detach_keys: self.detach_keys.clone(),
        })
    }
}

static MONITOR_PID: AtomicI32 = AtomicI32::new(0);

extern "C" fn forward_winch(_sig: libc::c_int) {
    let pid = MONITOR_PID.load(Ordering::Relaxed);
    if pid > 0 {
        // SAFETY: kill is async-signal-safe.
        unsafe {
            libc::kill(pid, libc::SIGWINCH);
        }
    }
}

/// Tells the monitor when our terminal is resized; it resizes the container's pty.
fn forward_resizes(monitor_pid: i32) {
    MONITOR_PID.store(monitor_pid, Ordering::Relaxed);
    // SAFETY: the handler only calls kill(2).
    unsafe {
        libc::signal(
            libc::SIGWINCH,
            forward_winch as *const () as libc::sighandler_t,
        );
    }
}

/// Starts a container detached (its output only in its log).
fn start_detached(g: &GlobalArgs, engine: &Engine, id: &str) -> Result<()> {
    let opts = ops::StartOptions {
        attach: None,
        debug: g.debug,
    };
    ops::start(engine, id, opts).map(drop)
}

/// Attaches to a container being started: raw terminal for `-t`, signals
/// proxied without one; returns the exit code (None when detached).
fn attached_start(
    g: &GlobalArgs,
    engine: &Engine,
    id: &str,
    attach: &Attach,
    tty: bool,
    sig_proxy: bool,
    warm: Option<crate::engine::runtime::WarmCgroups>,
) -> Result<Option<i32>> {
    use std::io::IsTerminal;
    if tty && attach.stdin && !std::io::stdin().is_terminal() {
        return Err(ExitError {
            code: 1,
            message: "the input device is not a TTY".into(),
        }
        .into());
    }
    let raw = if tty && attach.stdin {
        super::terminal::RawMode::enable(std::os::fd::AsFd::as_fd(&std::io::stdin()))
    } else {
        None
    };
    let opts = ops::StartOptions {
        attach: Some(attach.streams()?),
        debug: g.debug,
    };
    let started = ops::start(engine, id, opts)?;
    forward_resizes(started.monitor_pid);
    drop(warm);
    if sig_proxy && !tty {
        forward_signals_to(started.pid);
    }
    let code = started.wait_exit(engine, id);
    drop(raw);
    Ok(code)
}

fn has_stream(list: &[String], name: &str) -> bool {
    list.iter().any(|s| s.eq_ignore_ascii_case(name))
}

pub fn run(g: &GlobalArgs, args: RunArgs) -> Result<()> {
    if args.detach && !args.attach.is_empty() {
        return Err(ExitError {
            code: 125,
            message: "Conflicting options: -a and -d".into(),
        }
        .into());
    }
    for stream in &args.attach {
        if !["stdin", "stdout", "stderr"].contains(&stream.to_lowercase().as_str()) {
            return Err(ExitError {
                code: 125,
                message: format!("invalid argument \"{stream}\" for \"-a, --attach\" flag: valid streams are STDIN, STDOUT and STDERR"),
            }
            .into());
        }
    }
    // Overlaps the kernel's cgroup-attach grace period with creating the container.
    let warm = crate::engine::runtime::warm_cgroup_attach();
    let (engine, record) = create_container(g, &args.create).map_err(engine_error)?;
    let id = record.id.clone();
    if args.detach {
        start_detached(g, &engine, &id).map_err(engine_error)?;
        drop(warm);
        println!("{id}");
        return Ok(());
    }
    let attach = if args.attach.is_empty() {
        Attach::all(args.create.interactive, args.detach_keys.clone())
    } else {
        Attach {
            stdin: args.create.interactive && has_stream(&args.attach, "stdin"),
            stdout: has_stream(&args.attach, "stdout"),
            stderr: has_stream(&args.attach, "stderr"),
            detach_keys: args.detach_keys.clone(),
        }
    };
    let code = attached_start(
        g,
        &engine,
        &id,
        &attach,
        args.create.tty,
        args.sig_proxy,
        Some(warm),
    )
    .map_err(engine_error)?;
    let Some(code) = code else { return Ok(()) };
    if code != 0 {
        return Err(ExitError::silent(code));
    }
    Ok(())
}

pub fn run_start(g: &GlobalArgs, args: StartArgs) -> Result<()> {
    let mut warm = Some(crate::engine::runtime::warm_cgroup_attach());
    let engine = g.engine()?;
    if args.attach && args.containers.len() > 1 {
        bail!("you cannot start and attach multiple containers at once");
    }
    let mut failed = false;
    let mut names = args.containers.clone();
    if args.all {
        for c in container::list(&engine)? {
            let policy = c.record.host_config.restart_policy.name.as_str();
            let wanted =
                policy == "always" || (policy == "unless-stopped" && !c.state.stopped_by_user);
            if wanted && !c.state.status.is_up() {
                names.push(c.record.name.clone());
            }
        }
    }
    for name in &names {
        let result = (|| -> Result<Option<i32>> {
            let c = container::lookup(&engine, name)?;
            let _lock = container::lock(&engine, &c.record.id)?;
            let mut state = container::load_state(&engine, &c.record.id);
            if state.status.is_live() && container::monitor_alive(&state) {
                return Ok(None);
            }
            if state.stopped_by_user {
                state.stopped_by_user = false;
                container::save_state_durably(&engine, &c.record.id, &state)?;
            }
            if args.attach {
                let attach = Attach::all(args.interactive, None);
                drop(_lock);
                let tty = c.record.config.tty;
                return attached_start(g, &engine, &c.record.id, &attach, tty, true, warm.take());
            }
            start_detached(g, &engine, &c.record.id)?;
            Ok(None)
        })();
        match result {
            Ok(Some(code)) => {
                if code != 0 {
                    return Err(ExitError::silent(code));
                }
            }
            Ok(None) => {
                if !args.attach {
                    println!("{name}");
                }
            }
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

/// Hidden `__monitor` entry: becomes the container's monitor.
pub fn run_monitor(
    g: &GlobalArgs,
    id: &str,
    attach: bool,
    restarted: bool,
    detach_keys: &str,
) -> Result<()> {
    let engine = g.engine()?;
    let opts = monitor::AttachOptions {
        restarted,
        attached: attach,
        detach_keys: crate::engine::tty::parse_detach_keys(detach_keys)?,
    };
    let code = monitor::run(&engine, id, &opts);
    std::process::exit(code);
}
