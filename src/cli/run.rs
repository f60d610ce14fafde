//! `skiff run`, `skiff create` and `skiff start`.

use std::os::fd::OwnedFd;
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::Arc;

use anyhow::{anyhow, bail, Context as _, Result};

use super::progress::{Mode, Reporter, Stream};
use super::{ExitError, GlobalArgs};
use crate::engine::container;
use crate::engine::container::RestartPolicy;
use crate::engine::image::platform;
use crate::engine::image::pull::PullOptions;
use crate::engine::monitor;
use crate::engine::ops;
use crate::engine::runtime::StartError;
use crate::engine::spec::{docker, ContainerSpec, Mount};
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
    /// Optional parent cgroup for the container
    #[arg(long = "cgroup-parent", value_name = "CGROUP")]
    pub cgroup_parent: Option<String>,
    /// Run the container in an existing pod (its network, IPC and UTS namespaces)
    #[arg(long, value_name = "POD")]
    pub pod: Option<String>,
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
    /// The container these flags describe.
    pub fn spec(&self) -> Result<ContainerSpec> {
        if let Some(ip6) = &self.ip6 {
            bail!("invalid IPv6 address {ip6}: skiff's networks are IPv4 only, so a container cannot be given an IPv6 address");
        }
        if self.gpus.is_some() {
            // docker's words when no GPU runtime hook is installed; skiff has none.
            bail!("could not select device driver \"\" with capabilities: [[gpu]]: skiff has no GPU runtime hook (nvidia-container-toolkit) to hand GPUs to containers");
        }
        let mut env = Vec::new();
        for f in &self.env_file {
            env.extend(docker::key_value_file(f, true)?);
        }
        env.extend(self.env.iter().filter_map(|e| docker::env_entry(e)));
        let mut label_entries = Vec::new();
        for f in &self.label_file {
            label_entries.extend(docker::key_value_file(f, false)?);
        }
        label_entries.extend(self.labels.iter().cloned());
        let mut mounts = Vec::new();
        for v in &self.mount.volumes {
            mounts.push(docker::parse_volume(v)?);
        }
        for m in &self.mount.mounts {
            mounts.push(docker::parse_mount(m)?);
        }
        mounts.extend(
            self.mount
                .tmpfs
                .iter()
                .map(|t| Mount::Tmpfs(docker::parse_tmpfs(t))),
        );
        let [image, command @ ..] = self.image_and_command.as_slice() else {
            bail!("\"create\" requires at least 1 argument");
        };
        Ok(ContainerSpec {
            // From the global --runtime and --runtime-flag: see create_container.
            runtime: None,
            runtime_flags: Vec::new(),
            pod: self.pod.clone(),
            image: image.clone(),
            name: self.name.clone(),
            // docker's --entrypoint is one word; "" clears the image's.
            entrypoint: self.entrypoint.as_ref().map(|e| {
                if e.is_empty() {
                    Vec::new()
                } else {
                    vec![e.clone()]
                }
            }),
            cmd: (!command.is_empty()).then(|| command.to_vec()),
            env,
            unset_env: Vec::new(),
            workdir: self.workdir.clone(),
            user: self.user.clone(),
            labels: docker::labels(label_entries.iter().map(String::as_str)),
            hostname: self.hostname.clone(),
            domainname: self.domainname.clone(),
            links: self.links.clone(),
            cgroup_parent: self.cgroup_parent.clone(),
            annotations: docker::annotations(self.annotations.iter().map(String::as_str))?,
            tty: self.tty,
            open_stdin: self.interactive,
            networks: self.net.attachments(&self.network)?,
            ports: self.net.ports()?,
            publish_all: self.net.publish_all,
            expose: self.net.expose()?,
            dns: self.net.dns()?,
            dns_search: self.net.dns_search.clone(),
            dns_options: self.net.dns_options.clone(),
            extra_hosts: self.add_host.clone(),
            mounts,
            volumes_from: self.mount.volumes_from.clone(),
            shm_size: self
                .mount
                .shm_size
                .as_deref()
                .map(docker::ram_in_bytes)
                .transpose()?,
            devices: self
                .mount
                .devices
                .iter()
                .map(|d| docker::parse_device(d))
                .collect::<Result<_>>()?,
            resources: self.resource.resources()?,
            security: self.security.security(self.mount.read_only)?,
            restart: RestartPolicy::parse(&self.restart)?,
            auto_remove: self.rm,
            health: self.health.setting()?,
            log: docker::log_config(&self.log_driver, &self.log_opt)?,
            stop_signal: self.stop_signal.clone(),
            stop_timeout: self.stop_timeout,
            pull: self.pull.parse()?,
        })
    }
}

/// An engine error of `run`/`create` exits 125, as docker's does; a
/// container's start failure keeps its own code (126, 127).
pub(crate) fn engine_error(e: anyhow::Error) -> anyhow::Error {
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
fn ensure_image(
    engine: &Engine,
    args: &CreateArgs,
    spec: &ContainerSpec,
) -> Result<crate::engine::image::LocalImage> {
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
    let result = ops::ensure_image(engine, &spec.image, spec.pull, &opts, reporter.clone());
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
    let mut spec = args.spec()?;
    spec.runtime = g.runtime.clone();
    spec.runtime_flags = g.runtime_flag.clone();
    let image = ensure_image(&engine, args, &spec)?;
    if let Some(path) = &args.cidfile {
        if std::path::Path::new(path).exists() {
            bail!("Container ID file found, make sure the other container isn't running or delete {path}");
        }
    }
    let (record, warnings) = ops::create(&engine, &spec, &image)?;
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
    pub fn all(stdin: bool, detach_keys: Option<String>) -> Attach {
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

/// Attaches to a container that `start` starts: raw terminal for `-t`,
/// signals proxied without one; returns the exit code (None when detached,
/// or when `start` found it running).
fn attached_start(
    engine: &Engine,
    attach: &Attach,
    tty: bool,
    sig_proxy: bool,
    warm: Option<crate::engine::runtime::WarmCgroups>,
    start: impl FnOnce(ops::StartOptions) -> Result<Option<ops::Started>>,
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
        debug: false,
    };
    let Some(started) = start(opts)? else {
        return Ok(None);
    };
    forward_resizes(started.monitor_pid);
    drop(warm);
    if sig_proxy && !tty {
        forward_signals_to(started.pid);
    }
    let code = started.wait_exit(engine);
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
    let how = (!args.detach).then_some(attach);
    start_created(
        g,
        &engine,
        &record.id,
        how,
        args.create.tty,
        args.sig_proxy,
        warm,
    )
}

/// Starts a container `run` (or `compose run`) just created: detached (its
/// ID printed), or attached as `how` says; exits with the container's code.
pub fn start_created(
    g: &GlobalArgs,
    engine: &Engine,
    id: &str,
    how: Option<Attach>,
    tty: bool,
    sig_proxy: bool,
    warm: crate::engine::runtime::WarmCgroups,
) -> Result<()> {
    let Some(attach) = how else {
        start_detached(g, engine, id).map_err(engine_error)?;
        drop(warm);
        println!("{id}");
        return Ok(());
    };
    let start = |opts: ops::StartOptions| {
        let opts = ops::StartOptions {
            debug: g.debug,
            ..opts
        };
        ops::start(engine, id, opts).map(Some)
    };
    let code =
        attached_start(engine, &attach, tty, sig_proxy, Some(warm), start).map_err(engine_error)?;
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
        names.extend(ops::wanted_running(&engine)?);
    }
    for name in &names {
        let result = if args.attach {
            let attach = Attach::all(args.interactive, None);
            let tty = ops::lookup(&engine, name)
                .map(|c| c.record.config.tty)
                .unwrap_or(false);
            attached_start(&engine, &attach, tty, true, warm.take(), |opts| {
                let opts = ops::StartOptions {
                    debug: g.debug,
                    ..opts
                };
                ops::start_existing(&engine, name, opts)
            })
        } else {
            let opts = ops::StartOptions {
                attach: None,
                debug: g.debug,
            };
            ops::start_existing(&engine, name, opts).map(|_| None)
        };
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

#[cfg(test)]
mod tests {
    use clap::Parser as _;

    use super::super::{Cli, Command};
    use crate::engine::spec::{ContainerSpec, HealthSetting, Mount, PullPolicy};

    fn spec(args: &[&str]) -> anyhow::Result<ContainerSpec> {
        let argv = ["skiff", "create"].iter().chain(args.iter());
        let cli = Cli::try_parse_from(argv).expect("flags parse");
        let Command::Create(create) = cli.command else {
            panic!("not a create")
        };
        create.spec()
    }

    #[test]
    fn entrypoint_and_command_are_lists() {
        let s = spec(&["img"]).expect("spec");
        assert_eq!(
            (s.image.as_str(), &s.entrypoint, &s.cmd),
            ("img", &None, &None)
        );
        let s = spec(&["--entrypoint", "", "img"]).expect("spec");
        assert_eq!(
            s.entrypoint,
            Some(Vec::new()),
            "an empty entrypoint clears the image's"
        );
        let s = spec(&["--entrypoint", "/bin/sh", "img", "-c", "echo hi"]).expect("spec");
        assert_eq!(s.entrypoint, Some(vec!["/bin/sh".to_string()]));
        assert_eq!(s.cmd, Some(vec!["-c".to_string(), "echo hi".to_string()]));
    }

    #[test]
    fn network_settings_go_with_the_first_network() {
        let s = spec(&["img"]).expect("spec");
        assert!(s.networks.is_empty(), "no flag: the default network");
        let s = spec(&[
            "--network",
            "a",
            "--network",
            "b",
            "--ip",
            "10.1.2.3",
            "--network-alias",
            "web",
            "--mac-address",
            "02:42:0a:01:02:03",
            "img",
        ])
        .expect("spec");
        assert_eq!(s.networks.len(), 2);
        assert_eq!(s.networks[0].name, "a");
        assert_eq!(s.networks[0].aliases, ["web"]);
        assert_eq!(s.networks[0].ipv4, Some("10.1.2.3".parse().expect("ip")));
        assert_eq!(s.networks[0].mac.as_deref(), Some("02:42:0a:01:02:03"));
        assert_eq!(
            (s.networks[1].name.as_str(), s.networks[1].ipv4),
            ("b", None)
        );
        let s = spec(&["--ip", "10.1.2.3", "img"]).expect("spec");
        assert_eq!(
            s.networks[0].name, "",
            "--ip alone is for the default network"
        );
        assert!(spec(&["--ip", "10.1.2", "img"]).is_err());
        assert!(spec(&["--mac-address", "zz:42", "img"]).is_err());
    }

    #[test]
    fn mounts_parse_without_touching_the_disk() {
        let missing = "/nonexistent-skiff-test-dir/src";
        let s = spec(&[
            "-v",
            &format!("{missing}:/a"),
            "--mount",
            "type=bind,source=/nope,target=/b",
            "-v",
            "named:/c:ro",
            "-v",
            "/d",
            "--tmpfs",
            "/e:size=1m",
            "img",
        ])
        .expect("spec");
        assert!(
            !std::path::Path::new(missing).exists(),
            "parsing made nothing"
        );
        match &s.mounts[..] {
            // -v values, then --mount values, then --tmpfs ones.
            [Mount::Bind {
                mount: a,
                create_source: true,
            }, Mount::Volume(c), Mount::Volume(d), Mount::Bind {
                mount: b,
                create_source: false,
            }, Mount::Tmpfs(e)] => {
                assert_eq!((a.source.as_str(), a.destination.as_str()), (missing, "/a"));
                assert_eq!(b.source, "/nope");
                assert!(c.read_only && c.name.as_deref() == Some("named"));
                assert!(d.name.is_none() && d.destination == "/d");
                assert_eq!(e.options, ["size=1m"]);
            }
            other => panic!("unexpected mounts {other:?}"),
        }
        // `./dir` is a bind of an absolute path, not a volume named `.`.
        let s = spec(&["-v", "./here:/x", "img"]).expect("spec");
        let cwd = std::env::current_dir().expect("cwd");
        assert!(
            matches!(&s.mounts[0], Mount::Bind { mount, .. } if mount.source == cwd.join("here").display().to_string())
        );
    }

    #[test]
    fn policies_are_typed() {
        let s = spec(&[
            "--pull",
            "never",
            "--no-healthcheck",
            "--restart",
            "always",
            "img",
        ])
        .expect("spec");
        assert_eq!(s.pull, PullPolicy::Never);
        assert!(matches!(s.health, HealthSetting::Disabled));
        assert_eq!(
            s.restart.name,
            crate::engine::container::RestartMode::Always
        );
        let s = spec(&["--health-cmd", "true", "--health-retries", "2", "img"]).expect("spec");
        assert!(
            matches!(&s.health, HealthSetting::Merge(h) if h.test == ["CMD-SHELL", "true"] && h.retries == 2)
        );
        assert!(spec(&["--no-healthcheck", "--health-cmd", "x", "img"]).is_err());
        assert!(spec(&["--restart", "sometimes", "img"]).is_err());
        let s = spec(&["-e", "A=1", "--label", "x=y", "--label", "z", "img"]).expect("spec");
        assert_eq!(s.env, ["A=1"]);
        assert_eq!(s.labels.get("z").map(String::as_str), Some(""));
    }
}
