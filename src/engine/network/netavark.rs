//! netavark, podman's network tool: it makes the bridge, the veth pair, the
//! addresses and routes, the firewall rules for published ports, and starts
//! aardvark-dns for networks with name resolution. skiff hands it a container's
//! namespace and the addresses it chose (netavark does no IPAM of its own).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{bail, Context as _, Result};
use serde_json::{json, Value};

use super::Network;
use crate::engine::ports::PortMapping;
use crate::engine::Engine;

pub use crate::engine::process::helper;

/// The container's side of one network, as netavark is asked for it.
pub struct EndpointRequest<'a> {
    pub network: &'a Network,
    pub interface: String,
    pub ip: String,
    pub mac: String,
    pub aliases: Vec<String>,
}

/// netavark's NetworkOptions JSON.
pub fn options(
    id: &str,
    name: &str,
    endpoints: &[EndpointRequest],
    ports: &[PortMapping],
    dns_servers: &[String],
) -> Value {
    let mut networks = serde_json::Map::new();
    let mut info = serde_json::Map::new();
    for e in endpoints {
        let net = e.network;
        let mut per = json!({
            "static_ips": [e.ip],
            "aliases": e.aliases,
            "interface_name": e.interface,
        });
        if !e.mac.is_empty() {
            per["static_mac"] = json!(e.mac);
        }
        networks.insert(net.name.clone(), per);
        let mut subnet = json!({"subnet": net.subnet, "gateway": net.gateway});
        if !net.ip_range.is_empty() {
            if let Ok(r) = super::Subnet::parse(&net.ip_range) {
                subnet["lease_range"] = json!({
                    "start_ip": r.host(0).to_string(),
                    "end_ip": r.host((r.size() - 1) as u32).to_string(),
                });
            }
        }
        let mut opts = serde_json::Map::new();
        for (k, v) in &net.options {
            // docker's driver option names, in netavark's words.
            let key = match k.as_str() {
                "com.docker.network.driver.mtu" | "mtu" => "mtu",
                "com.docker.network.bridge.name" => continue,
                other => other,
            };
            opts.insert(key.to_string(), json!(v));
        }
        info.insert(
            net.name.clone(),
            json!({
                "name": net.name,
                "id": net.id,
                "driver": "bridge",
                "network_interface": net.interface,
                "subnets": [subnet],
                "ipv6_enabled": false,
                "internal": net.internal,
                "dns_enabled": net.dns_enabled,
                "ipam_options": {"driver": "host-local"},
                "options": opts,
            }),
        );
    }
    let mut out = json!({
        "container_id": id,
        "container_name": name,
        "networks": networks,
        "network_info": info,
        "port_mappings": ports,
    });
    if !dns_servers.is_empty() {
        out["dns_servers"] = json!(dns_servers);
    }
    out
}

fn config_dir(engine: &Engine) -> PathBuf {
    engine.paths.runroot.join("netavark")
}

fn run(engine: &Engine, verb: &str, netns: &Path, options: &Value) -> Result<Vec<u8>> {
    let netavark = helper("netavark", "netavark")?;
    let config = config_dir(engine);
    crate::engine::store::ensure_dir(&config)
        .with_context(|| format!("creating {}", config.display()))?;
    let mut cmd = Command::new(&netavark);
    cmd.arg("--config").arg(&config);
    if engine.rootless {
        // Inside the rootless netns, where the networks' bridges are.
        cmd.args(["--rootless", "true"]);
        super::rootless_netns::run_inside(engine, &mut cmd)?;
    } else {
        cmd.args(["--rootless", "false"]);
    }
    if let Ok(aardvark) = helper("aardvark-dns", "aardvark-dns") {
        cmd.arg("--aardvark-binary").arg(aardvark);
    }
    cmd.arg(verb).arg(netns);
    // netavark runs iptables by name: an unprivileged user's PATH often
    // lacks the sbin directories.
    let path = std::env::var("PATH").unwrap_or_default();
    let missing: Vec<&str> = ["/usr/local/sbin", "/usr/sbin", "/sbin"]
        .into_iter()
        .filter(|d| !path.split(':').any(|p| p == *d))
        .collect();
    if !missing.is_empty() {
        let joined = std::iter::once(path.as_str())
            .filter(|p| !p.is_empty())
            .chain(missing)
            .collect::<Vec<_>>()
            .join(":");
        cmd.env("PATH", joined);
    }
    crate::engine::process::inherit_only(&mut cmd, Vec::new());
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd
        .spawn()
        .with_context(|| format!("running {}", netavark.display()))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(options.to_string().as_bytes())
            .context("writing to netavark")?;
    }
    let out = child.wait_with_output().context("waiting for netavark")?;
    if !out.status.success() {
        // netavark reports as JSON {"error": ...} on stdout, or in words on stderr.
        let from_json = serde_json::from_slice::<Value>(&out.stdout)
            .ok()
            .and_then(|v| v.get("error").and_then(|e| e.as_str()).map(str::to_string));
        let text = from_json.unwrap_or_else(|| {
            String::from_utf8_lossy(&out.stderr)
                .lines()
                .filter(|l| !l.contains("syslog"))
                .collect::<Vec<_>>()
                .join("; ")
        });
        bail!("netavark {verb}: {}", text.trim());
    }
    Ok(out.stdout)
}

/// Sets the namespace up; returns netavark's status JSON (per network: interfaces, MACs).
pub fn setup(engine: &Engine, netns: &Path, options: &Value) -> Result<Value> {
    let out = run(engine, "setup", netns, options)?;
    serde_json::from_slice(&out).context("netavark printed no status")
}

/// `setup`, undone (with the namespace) when it fails half way.
pub fn setup_or_undo(engine: &Engine, netns: &Path, options: &Value) -> Result<Value> {
    setup(engine, netns, options).inspect_err(|_| {
        let _ = teardown(engine, netns, options);
        super::netns::remove(netns);
    })
}

/// Removes what `setup` made (veth, firewall rules, DNS entries; the bridge when unused).
pub fn teardown(engine: &Engine, netns: &Path, options: &Value) -> Result<()> {
    run(engine, "teardown", netns, options).map(|_| ())
}
