//! The quick way onto a bridge that netavark has already set up: a veth pair
//! made by iproute2 (`ip -batch`, two runs), for containers that need nothing
//! per container from netavark — no published ports, no DNS entries, no fixed
//! MAC. netavark's per-container setup and teardown run some forty iptables
//! commands (about 200 ms here); the network's own bridge and firewall rules
//! stay up between containers, held by the network's anchor (see attach.rs),
//! as docker0 stays up with docker.

use std::io::Write as _;
use std::os::fd::AsRawFd;
use std::os::unix::process::CommandExt as _;
use std::path::Path;
use std::process::{Command, Stdio};

use anyhow::{anyhow, bail, Context as _, Result};

/// The host end's name for a container: at most 15 bytes, unique per container.
pub fn host_name(id: &str) -> String {
    format!("sk{}", &id[..id.len().min(12)])
}

/// Runs `ip -batch -` with `commands`, in the namespace at `netns` or in ours.
fn ip_batch(netns: Option<&Path>, commands: &str) -> Result<String> {
    let mut cmd = Command::new("ip");
    cmd.args(["-batch", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    crate::engine::process::inherit_only(&mut cmd, Vec::new());
    let ns_file = netns
        .map(|p| std::fs::File::open(p).with_context(|| format!("opening {}", p.display())))
        .transpose()?;
    if let Some(f) = &ns_file {
        let fd = f.as_raw_fd();
        // SAFETY: setns is async-signal-safe; fd stays open until after exec.
        unsafe {
            cmd.pre_exec(move || {
                if libc::setns(fd, libc::CLONE_NEWNET) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
    }
    let mut child = cmd
        .spawn()
        .context("running ip (Debian package iproute2)")?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(commands.as_bytes())
            .context("writing to ip")?;
    }
    let out = child.wait_with_output().context("waiting for ip")?;
    if !out.status.success() {
        bail!(
            "ip: {}",
            String::from_utf8_lossy(&out.stderr)
                .trim()
                .replace('\n', "; ")
        );
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Gives the namespace at `netns` an `eth0` with `ip/prefix` (and `mac`, when
/// given) and a default route via `gateway`, its peer `host_veth` on `bridge`;
/// returns eth0's MAC.
pub fn plug(
    netns: &Path,
    host_veth: &str,
    ip: &str,
    prefix: u8,
    gateway: &str,
    bridge: &str,
    mac: &str,
) -> Result<String> {
    if nix::net::if_::if_nametoindex(host_veth).is_ok() {
        // The pair of this container's previous run, still being deleted
        // (unplug_in_background) or left by a crash.
        unplug(host_veth);
    }
    let me = std::process::id();
    let address = if mac.is_empty() {
        String::new()
    } else {
        format!("address {mac} ")
    };
    let mut inside = format!(
        "link set lo up\nlink add eth0 {address}type veth peer name {host_veth} netns {me}\naddr add {ip}/{prefix} dev eth0\nlink set eth0 up\n"
    );
    if !gateway.is_empty() {
        inside.push_str(&format!("route add default via {gateway} dev eth0\n"));
    }
    inside.push_str("link show eth0\n");
    let shown = ip_batch(Some(netns), &inside)?;
    if let Err(e) = ip_batch(None, &format!("link set {host_veth} master {bridge} up\n")) {
        unplug(host_veth);
        return Err(e);
    }
    let mac = shown
        .split_whitespace()
        .skip_while(|w| *w != "link/ether")
        .nth(1)
        .ok_or_else(|| anyhow!("ip did not show eth0's address"))?;
    Ok(mac.to_string())
}

/// Deletes a container's veth pair (both ends go together).
pub fn unplug(host_veth: &str) {
    let _ = ip_batch(None, &format!("link del {host_veth}\n"));
}

/// Starts deleting a container's veth pair without waiting: the kernel takes
/// 10-30 ms to unregister it (RCU), which `run --rm` on a bridge paid before
/// reporting the exit. The pair was the container's only; it has exited.
pub fn unplug_in_background(host_veth: &str) {
    let mut cmd = Command::new("ip");
    cmd.args(["link", "del", host_veth])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    crate::engine::process::inherit_only(&mut cmd, Vec::new());
    // Not waited for: whoever inherits it reaps it (the monitor reaps every
    // child, and exits soon after).
    if cmd.spawn().is_err() {
        unplug(host_veth);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn host_names_fit_an_interface_name() {
        let id = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        let name = super::host_name(id);
        assert_eq!(name, "sk0123456789ab");
        assert!(name.len() <= 15);
    }
}
