//! The per-container monitor (podman's conmon): one small single-threaded
//! process per container, started detached by the CLI. It mounts the rootfs,
//! creates and starts the container through libcontainer, copies its output into
//! the json-file log (and to an attached CLI), reaps every child, records the
//! exit code and cleans up. It needs nothing else to keep running.

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, IntoRawFd, OwnedFd};
use std::os::unix::net::UnixStream;

use anyhow::{anyhow, Context as _, Result};

use crate::engine::container::{self, now_rfc3339, ContainerState, RestartMode, Status};
use crate::engine::runtime::{self, StartError};
use crate::engine::tty::frame;
use crate::engine::Engine;
pub use watch::Watched;

pub mod handoff;
pub mod watch;

/// fd on which the monitor reports to the CLI that started it.
pub const STATUS_FD: i32 = 3;
/// When attached: the stdin to hand to the container, and where to copy its output.
pub const ATTACH_STDIN_FD: i32 = 4;
pub const ATTACH_STDOUT_FD: i32 = 5;
pub const ATTACH_STDERR_FD: i32 = 6;

/// Messages on the status pipe, one per line.
pub enum StatusMessage {
    Started(i32),
    Failed(i32, String),
    Exited(i32),
    /// The user typed the detach keys; the container goes on running.
    Detached,
}

impl StatusMessage {
    pub fn encode(&self) -> String {
        match self {
            StatusMessage::Started(pid) => format!("started {pid}\n"),
            StatusMessage::Failed(code, msg) => {
                format!("failed {code} {}\n", msg.replace('\n', " "))
            }
            StatusMessage::Exited(code) => format!("exited {code}\n"),
            StatusMessage::Detached => "detached -\n".to_string(),
        }
    }

    pub fn decode(line: &str) -> Option<StatusMessage> {
        let (kind, rest) = line.trim_end().split_once(' ')?;
        match kind {
            "started" => rest.parse().ok().map(StatusMessage::Started),
            "exited" => rest.parse().ok().map(StatusMessage::Exited),
            "detached" => Some(StatusMessage::Detached),
            "failed" => {
                let (code, msg) = rest.split_once(' ').unwrap_or((rest, ""));
                Some(StatusMessage::Failed(code.parse().ok()?, msg.to_string()))
            }
            _ => None,
        }
    }
}

pub(crate) fn send(status: &mut Option<File>, msg: StatusMessage) {
    if let Some(f) = status {
        if f.write_all(msg.encode().as_bytes()).is_err() {
            *status = None;
        }
    }
}

/// How an attached CLI is connected.
pub struct AttachOptions {
    pub attached: bool,
    /// Started again by a restart policy: no CLI is waiting.
    pub restarted: bool,
    /// The sequence that detaches from a `-it` container (docker: ctrl-p,ctrl-q).
    pub detach_keys: Vec<u8>,
}

/// Whether a rootless container's networks are in the rootless netns.
fn in_rootless_netns(engine: &Engine, record: &container::ContainerRecord) -> bool {
    use crate::engine::network::attach::Mode;
    match Mode::of(&record.host_config) {
        Mode::Networks(names) => crate::engine::network::rootless_netns::serves(engine, &names),
        _ => false,
    }
}

/// Entry point of `skiff __monitor ID`; returns the monitor's exit status.
pub fn run(engine: &Engine, id: &str, attach: &AttachOptions) -> i32 {
    // SAFETY: fd 3 is the status pipe our parent set up for us; we own it from here.
    let mut status = (!attach.restarted).then(|| unsafe { File::from_raw_fd(STATUS_FD) });
    // The monitor outlives the CLI; a closed pipe must not kill it.
    // SAFETY: setting a signal disposition to ignore has no preconditions.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_IGN);
        libc::prctl(libc::PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
    }
    if attach.restarted && container::load_state(engine, id).stopped_by_user {
        finish_and_report(
            engine,
            id,
            container::load_state(engine, id).exit_code,
            Vec::new(),
            None,
        );
        return 0;
    }
    // Held until the container's network is attached: the rootless netns's
    // holder is not stopped meanwhile.
    let mut rootless_netns = None;
    let entered = if engine.rootless && std::env::var_os(IN_USERNS).is_none() {
        container::load_record(engine, id).and_then(|record| {
            // A container joining another's namespaces (a pod's member) joins
            // its user namespace, which owns them, and its mounts.
            match container::namespace_owner(engine, &record)? {
                Some(owner) => {
                    crate::engine::rootless::join_monitor_namespaces(owner.state.monitor_pid)
                }
                // On user-defined networks, the rootless netns's holder's:
                // its namespaces own the networks' bridges.
                None if in_rootless_netns(engine, &record) => {
                    if record.host_config.security.userns.kept_ids().is_some() {
                        anyhow::bail!("--userns keep-id cannot be used on user-defined networks rootless: their containers share one user namespace");
                    }
                    let in_use = crate::engine::network::rootless_netns::ensure(engine)?;
                    let joined =
                        crate::engine::rootless::join_monitor_namespaces(in_use.holder.pid);
                    rootless_netns = Some(in_use);
                    joined
                }
                None => crate::engine::rootless::enter_monitor_namespaces(
                    record.host_config.security.userns.kept_ids(),
                ),
            }
        })
    } else {
        Ok(())
    };
    let started = entered.and_then(|()| start(engine, id, attach));
    if rootless_netns.take().is_some() && started.is_err() {
        // Started for this container, perhaps, and used by nothing now.
        crate::engine::network::attach::stop_rootless_netns_if_unused(engine);
    }
    match started {
        Ok(started) => {
            send(&mut status, StatusMessage::Started(started.pid));
            // Hand the running container to the small watcher binary when it is
            // installed; it comes back to `__monitor-finish` for the cleanup.
            // A container that is already done (`run --rm IMAGE true`) is not worth two execs.
            let started = if already_exited(started.pid) {
                started
            } else {
                match handoff::exec_watcher(engine, id, started, &mut status) {
                    Ok(never) => match never {},
                    Err(started) => *started,
                }
            };
            let log = engine.container_paths(id).log();
            let (code, clients) = watch::watch(&log, started, &mut status);
            after_exit(engine, id, code, clients, status);
            0
        }
        Err(e) => {
            let (code, message) = match e.downcast::<StartError>() {
                Ok(se) => (se.code, se.message),
                Err(e) => (125, format!("{e:#}")),
            };
            record_failure(engine, id, code, &message);
            send(&mut status, StatusMessage::Failed(code, message));
            1
        }
    }
}

fn start(engine: &Engine, id: &str, attach: &AttachOptions) -> Result<Watched> {
    let record = container::load_record(engine, id)?;
    let paths = engine.container_paths(id);
    container::rootfs::mount_rootfs(engine, &record)?;
    crate::engine::ops::create::prepare_volumes(engine, &record)?;
    if engine.rootless {
        crate::engine::rootless::stub_cgroups(&record.host_config.cgroup_path(id))?;
    }
    let mut attached = crate::engine::network::attach::attach(engine, &record)?;
    // The veth is made while the runtime builds the container (a third of a
    // `run` on a bridge otherwise).
    let plugging = attached.plug.take().map(|p| p.start());
    let command = crate::engine::ops::create::write_bundle(engine, &record)?;
    // `--network none`: the runtime makes the namespace; lo is raised in it.
    let own_netns_without_network = !engine.rootless
        && crate::engine::network::attach::Mode::of(&record.host_config)
            == crate::engine::network::attach::Mode::None;
    let tty = record.config.tty;

    let devnull =
        || -> Result<OwnedFd> { Ok(File::open("/dev/null").context("opening /dev/null")?.into()) };
    // SAFETY (all three): the CLI passed these fds to us for exactly this use.
    let (cli_stdin, tee_out, tee_err) = if attach.attached {
        unsafe {
            (
                Some(OwnedFd::from_raw_fd(ATTACH_STDIN_FD)),
                Some(File::from_raw_fd(ATTACH_STDOUT_FD)),
                Some(File::from_raw_fd(ATTACH_STDERR_FD)),
            )
        }
    } else {
        (None, None, None)
    };
    // Without a tty the container reads the CLI's stdin itself; with one, we copy it in.
    let (stdin, input, stdin_pipe) = match (tty, cli_stdin) {
        (false, Some(fd)) => (fd, None, None),
        (true, Some(fd)) => (devnull()?, Some(File::from(fd)), None),
        (false, None) if record.config.open_stdin => {
            let (r, w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("pipe")?;
            (r, None, Some(File::from(w)))
        }
        (_, None) => (devnull()?, None, None),
    };
    let attach_listener = crate::engine::tty::bind_in(&paths.run_dir, "attach.sock").ok();
    if let Some(l) = &attach_listener {
        let _ = l.set_nonblocking(true);
    }
    let (out_r, out_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("pipe")?;
    let (err_r, err_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("pipe")?;
    let console = if tty {
        Some(crate::engine::tty::ConsoleSocket::bind(&paths.run_dir)?)
    } else {
        None
    };
    let pid = runtime::Runtime::of(engine, &record.host_config.runtime).create_and_start(
        id,
        &paths.bundle(),
        runtime::Stdio {
            stdin,
            stdout: out_w,
            stderr: err_w,
        },
        console.as_ref().map(|c| c.path()),
        &command,
        |pid| {
            if let Some(p) = plugging {
                p.wait().inspect_err(|_| {
                    crate::engine::network::attach::release(engine, id);
                })?;
            }
            if own_netns_without_network {
                crate::engine::network::netns::loopback_up_in(pid)?;
            }
            Ok(())
        },
    )?;
    if let Some(fd) = attached.keep_open {
        // Held for the container's life, across the exec into the small watcher:
        // when it closes, slirp4netns exits.
        let fd = fd.into_raw_fd();
        // SAFETY: fd is ours and open; clearing FD_CLOEXEC has no other effect.
        unsafe {
            let flags = libc::fcntl(fd, libc::F_GETFD);
            libc::fcntl(fd, libc::F_SETFD, flags & !libc::FD_CLOEXEC);
        }
    }
    let outputs = match &console {
        Some(c) => {
            let master = c.receive_master()?;
            if let Some(t) = &tee_out {
                crate::engine::tty::copy_winsize(t.as_raw_fd(), master.as_raw_fd());
            }
            vec![(master, 0)]
        }
        None => vec![(out_r, 0), (err_r, 1)],
    };
    let me = std::process::id() as i32;
    let previous = container::load_state(engine, id);
    let state = ContainerState {
        restart_count: previous.restart_count,
        stopped_by_user: false,
        health: record
            .config
            .healthcheck
            .as_ref()
            .filter(|h| h.test.first().is_some_and(|t| t != "NONE"))
            .map(|_| container::Health::default()),
        status: Status::Running,
        pid,
        pid_start: container::process_start_time(pid).unwrap_or(0),
        monitor_pid: me,
        monitor_start: container::process_start_time(me).unwrap_or(0),
        exit_code: 0,
        error: String::new(),
        started_at: Some(now_rfc3339()),
        finished_at: None,
        oom_killed: false,
    };
    container::save_state(engine, id, &state)?;
    crate::engine::events::container(engine, "start", &record, &[]);
    Ok(Watched {
        pid,
        outputs,
        tty,
        input,
        tee_out,
        tee_err,
        detach: crate::engine::tty::DetachMatcher::new(attach.detach_keys.clone()),
        detach_keys: attach.detach_keys.clone(),
        attach_listener,
        stdin_pipe,
        auto_remove: record.host_config.auto_remove,
        health: health_schedule(engine, id, record.config.healthcheck.as_ref()),
        log_config: record.host_config.log_config.clone(),
    })
}

fn record_failure(engine: &Engine, id: &str, code: i32, message: &str) {
    let mut state = container::load_state(engine, id);
    state.status = Status::Created;
    state.exit_code = code;
    state.error = message.to_string();
    let _ = container::save_state(engine, id, &state);
    let _ = runtime::Runtime::of_container(engine, id).delete(id);
    crate::engine::network::attach::release(engine, id);
    if let Ok(record) = container::load_record(engine, id) {
        container::rootfs::unmount_rootfs(engine, &record);
        if record.host_config.auto_remove {
            let _ = crate::engine::ops::remove::remove_files(engine, &record);
        }
    }
}

/// Records the exit and releases what the container held. With `--rm` it
/// also retires the container; its directories are returned for deleting
/// once the exit is reported.
fn finish(
    engine: &Engine,
    id: &str,
    code: i32,
    auto_remove: bool,
) -> Option<crate::engine::ops::remove::Leftovers> {
    let _lock = container::lock(engine, id);
    let mut state = container::load_state(engine, id);
    state.status = Status::Exited;
    state.exit_code = code;
    state.pid = 0;
    state.finished_at = Some(now_rfc3339());
    let record = container::load_record(engine, id).ok();
    // Read before the cgroup goes with the runtime's state.
    state.oom_killed = record
        .as_ref()
        .is_some_and(|r| oom_kills(&r.host_config, id) > 0);
    let _ = container::save_state(engine, id, &state);
    if let (true, Some(record)) = (state.oom_killed, &record) {
        crate::engine::events::container(engine, "oom", record, &[]);
    }
    match record {
        // retire releases and unmounts too.
        Some(record) if auto_remove => Some(crate::engine::ops::remove::retire(engine, &record)),
        record => {
            crate::engine::ops::remove::release_runtime(engine, id);
            if let Some(record) = record {
                container::rootfs::unmount_rootfs(engine, &record);
            }
            None
        }
    }
}

/// How many processes of the container's cgroup the OOM killer killed: the
/// `oom_kill` counter of cgroup v2's memory.events, or of v1's
/// memory.oom_control (kernel 4.13+). Zero when there is no such cgroup.
fn oom_kills(host: &container::HostConfig, id: &str) -> u64 {
    let Some(dir) = container::cgroup_dir(host, id, "memory") else {
        return 0;
    };
    ["memory.events", "memory.oom_control"]
        .iter()
        .filter_map(|f| std::fs::read_to_string(dir.join(f)).ok())
        .filter_map(|text| {
            text.lines()
                .find_map(|l| l.strip_prefix("oom_kill "))
                .and_then(|n| n.trim().parse::<u64>().ok())
        })
        .max()
        .unwrap_or(0)
}

/// Set in a monitor that already entered its user namespace (rootless restarts).
const IN_USERNS: &str = "SKIFF_MONITOR_IN_USERNS";

/// What happens once the container exited: a restart (per its policy, with
/// docker's backoff) or the cleanup.
pub fn after_exit(
    engine: &Engine,
    id: &str,
    code: i32,
    clients: Vec<UnixStream>,
    mut status: Option<File>,
) {
    if let Ok(record) = container::load_record(engine, id) {
        crate::engine::events::container(
            engine,
            "die",
            &record,
            &[("exitCode", &code.to_string())],
        );
    }
    let Some(delay) = restart_decision(engine, id, code) else {
        finish_and_report(engine, id, code, clients, status);
        return;
    };
    // Whoever is attached sees this run's exit; the next run starts on its own.
    let f = frame::encode(frame::EXIT, code.to_string().as_bytes());
    for mut c in clients {
        let _ = c.write_all(&f);
    }
    send(&mut status, StatusMessage::Exited(code));
    drop(status);
    let deadline = std::time::Instant::now() + delay;
    while std::time::Instant::now() < deadline {
        if container::load_state(engine, id).stopped_by_user {
            finish_and_report(engine, id, code, Vec::new(), None);
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(50).min(delay));
    }
    let err = exec_restart(engine, id);
    let mut state = container::load_state(engine, id);
    state.error = format!("restarting: {err}");
    let _ = container::save_state(engine, id, &state);
    finish_and_report(engine, id, code, Vec::new(), None);
}

/// docker's restart rules; records the exit and returns the backoff when the
/// container is to run again.
fn restart_decision(engine: &Engine, id: &str, code: i32) -> Option<std::time::Duration> {
    let record = container::load_record(engine, id).ok()?;
    let policy = &record.host_config.restart_policy;
    let _lock = container::lock(engine, id).ok()?;
    let mut state = container::load_state(engine, id);
    let restart = !state.stopped_by_user
        && match policy.name {
            RestartMode::Always | RestartMode::UnlessStopped => true,
            RestartMode::OnFailure => {
                code != 0
                    && (policy.maximum_retry_count == 0
                        || state.restart_count < policy.maximum_retry_count)
            }
            RestartMode::No => false,
        };
    if !restart {
        return None;
    }
    // Start at 100ms and double, but start over after a run of 10 seconds or more.
    let ran = state
        .started_at
        .as_deref()
        .and_then(|t| humantime::parse_rfc3339_weak(t.trim_end_matches('Z')).ok())
        .and_then(|t| std::time::SystemTime::now().duration_since(t).ok())
        .unwrap_or_default();
    let streak = if ran >= std::time::Duration::from_secs(10) {
        0
    } else {
        state.restart_count.min(10)
    };
    let delay =
        std::time::Duration::from_millis(100 << streak).min(std::time::Duration::from_secs(60));
    state.status = Status::Restarting;
    state.exit_code = code;
    state.pid = 0;
    state.finished_at = Some(now_rfc3339());
    state.restart_count += 1;
    let _ = container::save_state_durably(engine, id, &state);
    crate::engine::ops::remove::release_runtime(engine, id);
    if let Ok(record) = container::load_record(engine, id) {
        container::rootfs::unmount_rootfs(engine, &record);
    }
    Some(delay)
}

/// The command a monitor runs for each healthcheck probe: `skiff ... __healthcheck ID`.
pub fn health_schedule(
    engine: &Engine,
    id: &str,
    hc: Option<&container::HealthConfig>,
) -> Option<watch::HealthSchedule> {
    let hc = container::health::active(hc)?;
    let (interval, start_interval, start_period) = container::health::schedule(hc);
    let mut command = vec![skiff_binary().ok()?.display().to_string()];
    command.extend(
        global_args(engine)
            .into_iter()
            .map(|a| a.to_string_lossy().into_owned()),
    );
    command.extend(["__healthcheck".to_string(), id.to_string()]);
    Some(watch::HealthSchedule {
        interval,
        start_interval,
        start_period,
        command,
    })
}

use crate::engine::process::skiff_binary;

pub use crate::engine::process::global_args;

/// The command line of a container's monitor: `exe`, the global flags that
/// point it at this engine's store (and `debug`), then `__monitor ID`. The
/// one builder of it, for starts and for restarts.
pub fn monitor_command(
    engine: &Engine,
    exe: &std::path::Path,
    id: &str,
    debug: bool,
) -> std::process::Command {
    let mut cmd = std::process::Command::new(exe);
    cmd.args(global_args(engine));
    if debug {
        cmd.arg("--debug");
    }
    cmd.arg("__monitor").arg(id);
    cmd
}

/// Becomes the full monitor again (same process) to start the container anew.
fn exec_restart(engine: &Engine, id: &str) -> std::io::Error {
    let exe = match skiff_binary() {
        Ok(p) => p,
        Err(e) => return e,
    };
    let mut cmd = monitor_command(engine, &exe, id, false);
    cmd.arg("--restarted");
    if engine.rootless {
        cmd.env(IN_USERNS, "1");
    }
    // A restarted monitor needs none of this one's fds (slirp4netns's exit pipe
    // included: the old slirp4netns is stopped, the new start makes another).
    crate::engine::process::inherit_only(&mut cmd, Vec::new());
    use std::os::unix::process::CommandExt;
    // SAFETY: sigprocmask is async-signal-safe. The new container's init must not
    // inherit the SIGCHLD block of our watch loop.
    unsafe {
        cmd.pre_exec(|| {
            let empty: libc::sigset_t = std::mem::zeroed();
            libc::sigprocmask(libc::SIG_SETMASK, &empty, std::ptr::null_mut());
            Ok(())
        });
    }
    cmd.exec()
}

/// Whether `pid` (our child) has exited, without reaping it.
fn already_exited(pid: i32) -> bool {
    use nix::sys::wait::{waitid, Id, WaitPidFlag, WaitStatus};
    let flags = WaitPidFlag::WEXITED | WaitPidFlag::WNOHANG | WaitPidFlag::WNOWAIT;
    !matches!(
        waitid(Id::Pid(nix::unistd::Pid::from_raw(pid)), flags),
        Ok(WaitStatus::StillAlive) | Err(_)
    )
}

/// Records the exit, cleans up, then tells the attached CLI and attach clients.
pub fn finish_and_report(
    engine: &Engine,
    id: &str,
    code: i32,
    clients: Vec<UnixStream>,
    mut status: Option<File>,
) {
    let auto_remove = container::load_record(engine, id)
        .map(|r| r.host_config.auto_remove)
        .unwrap_or(false);
    let leftovers = finish(engine, id, code, auto_remove);
    let f = frame::encode(frame::EXIT, code.to_string().as_bytes());
    for mut c in clients {
        let _ = c.write_all(&f);
    }
    send(&mut status, StatusMessage::Exited(code));
    if let Some(leftovers) = leftovers {
        let _ = leftovers.delete();
    }
}

/// Reads one status message from a monitor (none when it closed the pipe).
pub fn read_status(pipe: &mut File) -> Result<Option<StatusMessage>> {
    let mut text = String::new();
    let mut byte = [0u8; 1];
    loop {
        match pipe.read(&mut byte) {
            Ok(0) => break,
            Ok(_) => {
                if byte[0] == b'\n' {
                    break;
                }
                text.push(byte[0] as char);
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(anyhow!("reading from monitor: {e}")),
        }
    }
    Ok(StatusMessage::decode(&text))
}
