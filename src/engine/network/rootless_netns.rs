//! Rootless user-defined networks, as podman's rootless netns: one network
//! namespace per store holds the networks' bridges, netavark's firewall
//! rules and aardvark-dns, and slirp4netns gives it outbound traffic and
//! forwards published ports to containers' addresses. An unprivileged user
//! may only make and enter namespaces inside a user namespace of its own, so
//! a small holder process (`skiff __rootless-netns`) makes one, with a mount
//! namespace where the netns stays pinned, and lives while networks are up;
//! the monitors of containers on these networks join its user and mount
//! namespaces, as a pod's members join their infra's.

use std::io::{Read as _, Write as _};
use std::os::fd::{AsRawFd as _, OwnedFd};
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{anyhow, bail, Context as _, Result};
use serde::{Deserialize, Serialize};

use crate::engine::ports::PortMapping;
use crate::engine::store::lock::FileLock;
use crate::engine::Engine;

/// The holder and its slirp4netns, as recorded for later commands.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Holder {
    pub pid: i32,
    pub start_time: u64,
    pub slirp: super::slirp::Forwarder,
}

/// Where the holder's ready pipe is (`__rootless-netns` finds it there).
pub const READY_FD: i32 = 3;

fn dir(engine: &Engine) -> PathBuf {
    engine.paths.runroot.join("netns")
}

/// The namespace, pinned in the holder's mount namespace (so seen only by
/// processes that joined it).
pub fn path(engine: &Engine) -> PathBuf {
    dir(engine).join("rootless-netns")
}

fn record_path(engine: &Engine) -> PathBuf {
    dir(engine).join("rootless-netns.json")
}

/// The holder, when it is running.
pub fn holder(engine: &Engine) -> Option<Holder> {
    let h: Holder = serde_json::from_slice(&std::fs::read(record_path(engine)).ok()?).ok()?;
    (crate::engine::container::process_start_time(h.pid) == Some(h.start_time)).then_some(h)
}

/// Whether containers on `networks` use the rootless netns: any network but
/// the default one (which is slirp4netns of the container's own).
pub fn serves(engine: &Engine, networks: &[String]) -> bool {
    engine.rootless && networks.iter().any(|n| n != super::DEFAULT_NETWORK)
}

fn lock_path(engine: &Engine) -> PathBuf {
    dir(engine).join(".rootless-netns.lock")
}

/// A holder in use: while a monitor holds this (shared) lock, between
/// joining the holder and recording its attachment, the holder is not
/// stopped (see [`stop_unless_joining`]).
pub struct InUse {
    pub holder: Holder,
    _lock: FileLock,
}

/// The running holder, started first when there is none.
pub fn ensure(engine: &Engine) -> Result<InUse> {
    crate::engine::store::ensure_dir(&dir(engine))
        .with_context(|| format!("creating {}", dir(engine).display()))?;
    let shared =
        FileLock::shared(&lock_path(engine)).context("locking the rootless network namespace")?;
    if let Some(holder) = holder(engine) {
        return Ok(InUse {
            holder,
            _lock: shared,
        });
    }
    drop(shared);
    // Started under the lock held exclusively; then held shared, as above.
    // A helper may stop it in the moment between the two: then once more.
    for _ in 0..3 {
        let exclusive = FileLock::exclusive(&lock_path(engine))
            .context("locking the rootless network namespace")?;
        let holder = match holder(engine) {
            Some(h) => h,
            None => start_holder(engine)?,
        };
        drop(exclusive);
        let shared = FileLock::shared(&lock_path(engine))
            .context("locking the rootless network namespace")?;
        if crate::engine::container::process_start_time(holder.pid) == Some(holder.start_time) {
            return Ok(InUse {
                holder,
                _lock: shared,
            });
        }
    }
    bail!("the rootless network namespace's holder kept stopping while it was being joined")
}

fn start_holder(engine: &Engine) -> Result<Holder> {
    let _ = std::fs::remove_file(record_path(engine));
    let skiff = crate::engine::process::skiff_binary().context("finding the skiff binary")?;
    let (ready_r, ready_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("pipe")?;
    let mut cmd = std::process::Command::new(skiff);
    cmd.args(crate::engine::process::global_args(engine))
        .arg("__rootless-netns")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped());
    // Nothing of ours but the ready pipe: the monitor that starts it may
    // hold a CLI's stdio, which must not stay open for the holder's life.
    crate::engine::process::inherit_only(&mut cmd, Vec::new());
    crate::engine::process::detach_with_fds(&mut cmd, vec![(ready_w.as_raw_fd(), READY_FD)]);
    let mut child = cmd
        .spawn()
        .context("starting the rootless network namespace's holder")?;
    drop(ready_w);
    let mut answer = [0u8; 1];
    let ready = wait_readable(&ready_r, Duration::from_secs(15))
        && std::fs::File::from(ready_r).read(&mut answer).unwrap_or(0) == 1
        && answer[0] == b'1';
    if !ready {
        let _ = child.kill();
        let mut said = String::new();
        if let Some(mut e) = child.stderr.take() {
            let _ = e.read_to_string(&mut said);
        }
        let _ = child.wait();
        let said = said
            .lines()
            .filter(|l| !l.trim().is_empty())
            .collect::<Vec<_>>()
            .join("; ");
        bail!(
            "setting up the rootless network namespace failed: {}",
            if said.is_empty() { "no output" } else { &said }
        );
    }
    drop(child.stderr.take());
    // It outlives us: not ours to wait for.
    std::mem::forget(child);
    holder(engine).ok_or_else(|| anyhow!("the rootless network namespace's holder exited"))
}

fn wait_readable(fd: &OwnedFd, timeout: Duration) -> bool {
    use std::os::fd::AsFd as _;
    let mut fds = [nix::poll::PollFd::new(
        fd.as_fd(),
        nix::poll::PollFlags::POLLIN,
    )];
    let ms = u16::try_from(timeout.as_millis()).unwrap_or(u16::MAX);
    nix::poll::poll(&mut fds, nix::poll::PollTimeout::from(ms)).unwrap_or(0) > 0
}

/// `__rootless-netns`: makes the user, mount and network namespaces, starts
/// slirp4netns for the last, says it is ready on [`READY_FD`], and waits to
/// be stopped. Never returns but with an error.
pub fn hold(engine: &Engine) -> Result<()> {
    // SAFETY: the fd our starter set up for us; ours alone from here.
    let mut ready = unsafe { <std::fs::File as std::os::fd::FromRawFd>::from_raw_fd(READY_FD) };
    crate::engine::rootless::enter_monitor_namespaces(None)?;
    let netns = path(engine);
    super::netns::remove(&netns);
    super::netns::create_with_loopback(&netns)?;
    // Containers' traffic is routed through it to slirp4netns's tap0.
    super::netns::in_netns(&netns, || {
        std::fs::write("/proc/sys/net/ipv4/ip_forward", "1").context("enabling ip_forward")
    })?;
    let (slirp, keep_open) = super::slirp::start(engine, "rootless-netns", &netns, &[])?;
    // slirp4netns forwards published ports to containers' addresses behind
    // the bridges: the namespace answers its ARP queries for them on tap0.
    super::netns::in_netns(&netns, || {
        std::fs::write("/proc/sys/net/ipv4/conf/tap0/proxy_arp", "1")
            .context("enabling proxy_arp on tap0")
    })?;
    let me = std::process::id() as i32;
    let record = Holder {
        pid: me,
        start_time: crate::engine::container::process_start_time(me).unwrap_or(0),
        slirp,
    };
    crate::engine::store::atomic::write_json(&record_path(engine), &record)
        .with_context(|| format!("writing {}", record_path(engine).display()))?;
    ready.write_all(b"1").context("reporting ready")?;
    drop(ready);
    // Held until we are killed: then slirp4netns sees its exit pipe close.
    let _keep_open = keep_open;
    loop {
        // SAFETY: pause(2) has no preconditions.
        unsafe { libc::pause() };
    }
}

/// Joins the holder's user and mount namespaces (a fresh, single-threaded
/// process: a helper that takes a network down, say). Without a holder
/// there is nothing to join; false then.
pub fn join(engine: &Engine) -> Result<bool> {
    match holder(engine) {
        Some(h) => crate::engine::rootless::join_monitor_namespaces(h.pid).map(|()| true),
        None => Ok(false),
    }
}

/// Whether this process is inside the holder's user namespace.
pub fn joined(engine: &Engine) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    let user_ns = |pid: &str| std::fs::metadata(format!("/proc/{pid}/ns/user")).map(|m| m.ino());
    holder(engine).is_some_and(|h| user_ns("self").ok() == user_ns(&h.pid.to_string()).ok())
}

/// [`stop`], unless a monitor is joining the holder (it holds the lock
/// shared until its attachment is recorded); the caller holds the network
/// lock and found no attachment in the namespace.
pub fn stop_unless_joining(engine: &Engine) {
    if let Ok(Some(_exclusive)) = FileLock::try_exclusive(&lock_path(engine)) {
        stop(engine);
    }
}

/// Stops the holder (slirp4netns goes with it) and aardvark-dns; the
/// namespace, with whatever netavark left in it, is gone when its last
/// process is.
pub fn stop(engine: &Engine) {
    let netavark = engine.paths.runroot.join("netavark");
    let aardvark = std::fs::read_to_string(netavark.join("aardvark-dns/aardvark.pid"))
        .ok()
        .and_then(|t| t.trim().parse::<i32>().ok())
        .filter(|pid| {
            std::fs::read(format!("/proc/{pid}/cmdline"))
                .is_ok_and(|c| String::from_utf8_lossy(&c).contains("aardvark-dns"))
        });
    if let Some(pid) = aardvark {
        let _ = nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(pid),
            nix::sys::signal::Signal::SIGTERM,
        );
    }
    // netavark's state describes the namespace that is going.
    let _ = std::fs::remove_dir_all(&netavark);
    if let Some(h) = holder(engine) {
        let _ = nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(h.pid),
            nix::sys::signal::Signal::SIGTERM,
        );
        super::slirp::stop(&h.slirp);
    }
    super::netns::remove(&path(engine));
    let _ = std::fs::remove_file(record_path(engine));
}

/// A container's published ports in the holder's slirp4netns: its forwards'
/// IDs, which mean something only to that slirp4netns process.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Forwards {
    pub slirp_pid: i32,
    pub slirp_start_time: u64,
    pub ids: Vec<u64>,
}

/// Publishes `ports` to a container's `ip` through the holder's slirp4netns.
pub fn publish(engine: &Engine, ip: &str, ports: &[PortMapping]) -> Result<Forwards> {
    let h = holder(engine).ok_or_else(|| anyhow!("the rootless network namespace is not up"))?;
    let mut made = Forwards {
        slirp_pid: h.slirp.pid,
        slirp_start_time: h.slirp.start_time,
        ids: Vec::new(),
    };
    for p in ports {
        match super::slirp::add_hostfwd(&h.slirp.api_socket, p, Some(ip)) {
            Ok(id) => made.ids.push(id),
            Err(e) => {
                unpublish(engine, &made);
                return Err(e);
            }
        }
    }
    Ok(made)
}

/// Removes forwards `publish` made, if their slirp4netns still runs.
pub fn unpublish(engine: &Engine, forwards: &Forwards) {
    let Some(h) = holder(engine) else {
        return;
    };
    if (h.slirp.pid, h.slirp.start_time) != (forwards.slirp_pid, forwards.slirp_start_time) {
        return;
    }
    for id in &forwards.ids {
        let _ = super::slirp::remove_hostfwd(&h.slirp.api_socket, *id);
    }
}

/// Makes `cmd` (netavark) run inside the namespace, with iptables' lock in
/// the store (the host's /run is not ours to write).
pub fn run_inside(engine: &Engine, cmd: &mut std::process::Command) -> Result<()> {
    let netns = path(engine);
    let file =
        std::fs::File::open(&netns).with_context(|| format!("opening {}", netns.display()))?;
    cmd.env("XTABLES_LOCKFILE", dir(engine).join(".xtables.lock"));
    let fd = OwnedFd::from(file);
    // SAFETY: setns is async-signal-safe; the fd stays open in the closure
    // (and is closed on exec).
    unsafe {
        std::os::unix::process::CommandExt::pre_exec(cmd, move || {
            if libc::setns(fd.as_raw_fd(), libc::CLONE_NEWNET) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    Ok(())
}
