//! Rootless networking through slirp4netns, as podman does: a user-mode TCP/IP
//! stack behind a tap device in the container's namespace gives it outbound
//! traffic, and its API socket forwards published host ports into it. It runs
//! as long as the container's monitor holds the other end of its exit pipe.

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::net::UnixStream;
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context as _, Result};
use serde::{Deserialize, Serialize};

use crate::engine::ports::PortMapping;
use crate::engine::Engine;

/// slirp4netns's fixed addresses (its `--configure` defaults).
pub const GUEST_IP: &str = "10.0.2.100";
pub const GATEWAY_IP: &str = "10.0.2.2";
pub const DNS_IP: &str = "10.0.2.3";

/// A running slirp4netns, recorded so any later command can stop it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Forwarder {
    pub pid: i32,
    pub start_time: u64,
    pub api_socket: PathBuf,
}

/// Starts slirp4netns for the namespace at `netns` (made in the caller's user
/// namespace) and forwards `ports`; returns it and the exit pipe to keep open.
pub fn start(
    engine: &Engine,
    id: &str,
    netns: &Path,
    ports: &[PortMapping],
) -> Result<(Forwarder, OwnedFd)> {
    let slirp = super::netavark::helper("slirp4netns", "slirp4netns")?;
    tun_usable()?;
    // Short, because a unix socket's path must fit in 108 bytes.
    let api_socket = engine
        .paths
        .runroot
        .join("netns")
        .join(format!("{}.slirp", crate::engine::container::short_id(id)));
    crate::engine::store::ensure_dir(api_socket.parent().unwrap_or(Path::new("/")))?;
    let _ = std::fs::remove_file(&api_socket);
    let (ready_r, ready_w) = nix::unistd::pipe().context("pipe")?;
    let (exit_r, exit_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("pipe")?;
    let ready_fd = ready_w.as_raw_fd();
    let exit_fd = exit_r.as_raw_fd();
    let mut cmd = Command::new(&slirp);
    cmd.args(["--configure", "--mtu=65520", "--disable-host-loopback"])
        .arg(format!("--ready-fd={ready_fd}"))
        .arg(format!("--exit-fd={exit_fd}"))
        .arg("--api-socket")
        .arg(&api_socket)
        .arg("--netns-type=path")
        .arg(netns)
        .arg("tap0")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    // It inherits the two pipes and nothing else of ours.
    crate::engine::process::inherit_only(&mut cmd, vec![ready_fd, exit_fd]);
    // SAFETY: setsid is async-signal-safe; its own session keeps slirp4netns
    // apart from the monitor's signals.
    unsafe {
        cmd.pre_exec(|| {
            libc::setsid();
            Ok(())
        });
    }
    let mut child = cmd
        .spawn()
        .with_context(|| format!("running {}", slirp.display()))?;
    drop(ready_w);
    drop(exit_r);
    // Waited for under the network lock: a slirp4netns that hangs must not stall every start.
    let mut ready = String::new();
    let readable = {
        use std::os::fd::AsFd as _;
        let mut fds = [nix::poll::PollFd::new(
            ready_r.as_fd(),
            nix::poll::PollFlags::POLLIN,
        )];
        nix::poll::poll(&mut fds, nix::poll::PollTimeout::from(10_000u16)).unwrap_or(0) > 0
    };
    if readable {
        let mut buf = [0u8; 1];
        if std::fs::File::from(ready_r).read(&mut buf).unwrap_or(0) == 1 {
            ready.push(buf[0] as char);
        }
    }
    if ready.trim() != "1" {
        let _ = child.kill();
        let mut err = String::new();
        if let Some(mut e) = child.stderr.take() {
            let _ = e.read_to_string(&mut err);
        }
        let _ = child.wait();
        let said: Vec<&str> = err.lines().filter(|l| !l.trim().is_empty()).collect();
        bail!(
            "slirp4netns could not set up the container's network: {}",
            if said.is_empty() {
                "no output".to_string()
            } else {
                said.join("; ")
            }
        );
    }
    let pid = child.id() as i32;
    // slirp4netns's stderr would fill up unread; it says nothing more we need.
    drop(child.stderr.take());
    let forwarder = Forwarder {
        pid,
        start_time: crate::engine::container::process_start_time(pid).unwrap_or(0),
        api_socket,
    };
    for p in ports {
        if let Err(e) = add_hostfwd(&forwarder.api_socket, p, None) {
            stop(&forwarder);
            return Err(e);
        }
    }
    // The child is reaped by whoever outlives it (the monitor is a subreaper).
    std::mem::forget(child);
    Ok((forwarder, exit_w))
}

/// /dev/net/tun must be open to the user (it is 0600 on some machines).
fn tun_usable() -> Result<()> {
    std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/net/tun")
        .map(|_| ())
        .map_err(|e| {
            anyhow!("rootless networking needs /dev/net/tun, which this user cannot open ({e}); run `chmod 0666 /dev/net/tun` as root, or use --network none")
        })
}

/// Forwards host port `p` to the namespace (to `guest`, an address behind
/// it, when given); returns slirp4netns's ID of the forward.
pub fn add_hostfwd(api: &Path, p: &PortMapping, guest: Option<&str>) -> Result<u64> {
    let mut arguments = serde_json::json!({
        "proto": p.protocol,
        "host_addr": p.host_ip_or_any(),
        "host_port": p.host_port,
        "guest_port": p.container_port,
    });
    if let Some(guest) = guest {
        arguments["guest_addr"] = serde_json::json!(guest);
    }
    let v = api_call(
        api,
        serde_json::json!({"execute": "add_hostfwd", "arguments": arguments}),
    )?;
    if let Some(desc) = v["error"]["desc"].as_str() {
        bail!(
            "cannot publish {}:{} to container port {}/{}: {desc}",
            p.host_ip_or_any(),
            p.host_port,
            p.container_port,
            p.protocol
        );
    }
    v["return"]["id"].as_u64().ok_or_else(|| {
        anyhow!(
            "slirp4netns gave no ID for the forward of port {}",
            p.host_port
        )
    })
}

/// Removes forward `id`.
pub fn remove_hostfwd(api: &Path, id: u64) -> Result<()> {
    let v = api_call(
        api,
        serde_json::json!({"execute": "remove_hostfwd", "arguments": {"id": id}}),
    )?;
    match v["error"]["desc"].as_str() {
        Some(desc) => bail!("removing port forward {id}: {desc}"),
        None => Ok(()),
    }
}

/// One request to slirp4netns's API socket, and its JSON answer.
fn api_call(api: &Path, request: serde_json::Value) -> Result<serde_json::Value> {
    let mut s = UnixStream::connect(api)
        .with_context(|| format!("connecting to slirp4netns at {}", api.display()))?;
    s.set_read_timeout(Some(Duration::from_secs(5)))?;
    s.write_all(request.to_string().as_bytes())?;
    s.shutdown(std::net::Shutdown::Write)?;
    let mut reply = String::new();
    BufReader::new(s).read_line(&mut reply)?;
    Ok(serde_json::from_str(&reply).unwrap_or_default())
}

/// Stops a forwarder if it is still the process that was recorded.
pub fn stop(f: &Forwarder) {
    if crate::engine::container::process_start_time(f.pid) != Some(f.start_time) {
        return;
    }
    let pid = nix::unistd::Pid::from_raw(f.pid);
    let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGTERM);
    let deadline = Instant::now() + Duration::from_secs(1);
    while Instant::now() < deadline
        && crate::engine::container::process_start_time(f.pid) == Some(f.start_time)
    {
        // Our own child: reap it; anyone else's: wait for it to go.
        let _ = nix::sys::wait::waitpid(pid, Some(nix::sys::wait::WaitPidFlag::WNOHANG));
        std::thread::sleep(Duration::from_millis(5));
    }
    let _ = std::fs::remove_file(&f.api_socket);
}
