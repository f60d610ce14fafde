//! Attaching a container to its networks when it starts, and releasing them when
//! it stops (on every path: exit, failed start, restart, `rm -f`, a dead monitor).
//!
//! Root: a namespace pinned at `<runroot>/netns/<id>`, addresses chosen here,
//! netavark for the rest. Rootless: the same namespace, made inside the
//! monitor's user namespace, and slirp4netns for outbound traffic and ports.
//! What was set up is recorded in `<runroot>/containers/<id>/network.json`, the
//! record that release, `port`, `inspect` and IP allocation read.

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::net::Ipv4Addr;
use std::os::fd::OwnedFd;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context as _, Result};
use serde::{Deserialize, Serialize};

use super::ipam::mac_for;
use super::netavark::{self, EndpointRequest};
use super::{lookup, Network, Subnet};
use crate::engine::container::{self, ContainerRecord, HostConfig};
use crate::engine::ports::{PortBinding, PortMapping};
use crate::engine::store::atomic::{write_json, write_json_volatile};
use crate::engine::store::lock::FileLock;
use crate::engine::Engine;

/// How a container is networked, from its `--network` value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    None,
    Host,
    /// `container:NAME|ID`: another container's namespace.
    Container(String),
    /// Bridge networks by name (`bridge` or user networks).
    Networks(Vec<String>),
}

impl Mode {
    pub fn of(host: &HostConfig) -> Mode {
        match host.network_mode.as_str() {
            "none" | "" => Mode::None,
            "host" => Mode::Host,
            m => match m.strip_prefix("container:") {
                Some(c) => Mode::Container(c.to_string()),
                None => Mode::Networks(host.network_names()),
            },
        }
    }
}

/// A container's address on one network (docker's EndpointSettings).
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct Endpoint {
    pub network_id: String,
    pub interface: String,
    pub ip: String,
    pub prefix_len: u8,
    pub gateway: String,
    pub mac: String,
    pub aliases: Vec<String>,
    pub dns_enabled: bool,
    /// Joined with the attachment's bare veth (veth.rs), not through netavark.
    #[serde(default)]
    pub via_veth: bool,
    /// The host bridge, whose host-wide lease (ipam.rs) holds the address:
    /// kept here so that it is given back even when the network is gone.
    #[serde(default)]
    pub bridge: String,
}

/// What was set up for a running container.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct Attachment {
    /// netavark finds the firewall rules it made by the container's ID.
    #[serde(default)]
    pub container_id: String,
    #[serde(default)]
    pub container_name: String,
    pub netns: PathBuf,
    /// By network name, in the order they were attached.
    pub endpoints: BTreeMap<String, Endpoint>,
    pub ports: Vec<PortMapping>,
    /// `--dns` servers, handed to aardvark-dns as its upstreams.
    #[serde(default)]
    pub dns_servers: Vec<String>,
    /// Rootless: the slirp4netns process that carries the traffic.
    #[serde(default)]
    pub slirp: Option<super::slirp::Forwarder>,
    /// The host end of a veth made without netavark (see veth.rs).
    #[serde(default)]
    pub veth: Option<String>,
    /// Rootless, on user-defined networks: the published ports' forwards in
    /// the rootless netns's slirp4netns (rootless_netns.rs).
    #[serde(default)]
    pub forwards: Option<super::rootless_netns::Forwards>,
}

pub fn netns_path(engine: &Engine, id: &str) -> PathBuf {
    engine.paths.runroot.join("netns").join(id)
}

fn attachment_path(engine: &Engine, id: &str) -> PathBuf {
    engine.container_paths(id).run_dir.join("network.json")
}

/// One lock for address allocation and netavark calls, so that two starts never
/// pick the same address or race on creating a bridge.
fn lock(engine: &Engine) -> Result<FileLock> {
    FileLock::exclusive(&lock_file(engine)?).context("locking the network state")
}

fn lock_file(engine: &Engine) -> Result<PathBuf> {
    Ok(engine.paths.runroot.join("netns").join(".lock"))
}

pub fn load(engine: &Engine, id: &str) -> Option<Attachment> {
    let data = fs::read(attachment_path(engine, id)).ok()?;
    serde_json::from_slice(&data).ok()
}

/// IDs of the containers whose network is set up on `network` right now.
pub fn attached_to(engine: &Engine, network: &str) -> Vec<String> {
    // Not the exited ones a helper is taking down: their containers are gone.
    all_attachments(engine, "")
        .into_iter()
        .filter(|a| !releasing_path(engine, &a.container_id).exists())
        .filter(|a| a.endpoints.contains_key(network) && !a.container_id.starts_with("anchor-"))
        .map(|a| a.container_id)
        .collect()
}

/// Every running container's attachment but `except`'s, and the networks' anchors.
fn all_attachments(engine: &Engine, except: &str) -> Vec<Attachment> {
    let mut out: Vec<Attachment> = fs::read_dir(engine.paths.runroot.join("containers"))
        .map(|entries| {
            entries
                .flatten()
                .filter(|e| e.file_name() != except)
                .filter_map(|e| load(engine, &e.file_name().to_string_lossy()))
                .collect()
        })
        .unwrap_or_default();
    // Listed after the containers': an attachment renamed meanwhile is seen here.
    out.extend(
        releasing(engine)
            .into_iter()
            .filter(|a| a.container_id != except),
    );
    out.extend(anchors(engine).into_iter().map(|(_, a)| a));
    out
}

/// The attachments of exited containers that helpers are taking down.
fn releasing(engine: &Engine) -> Vec<Attachment> {
    let Ok(entries) = fs::read_dir(engine.paths.runroot.join("netns")) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".releasing.json"))
        .filter_map(|e| serde_json::from_slice(&fs::read(e.path()).ok()?).ok())
        .collect()
}

fn anchors_dir(engine: &Engine) -> PathBuf {
    engine.paths.runroot.join("anchors")
}

/// The anchors that hold networks up, by network name.
fn anchors(engine: &Engine) -> Vec<(String, Attachment)> {
    let Ok(entries) = fs::read_dir(anchors_dir(engine)) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|e| {
            let name = e
                .file_name()
                .to_string_lossy()
                .strip_suffix(".json")?
                .to_string();
            if name.ends_with(".network") {
                // A retired network's definition, not an anchor.
                return None;
            }
            let a = serde_json::from_slice(&fs::read(e.path()).ok()?).ok()?;
            Some((name, a))
        })
        .collect()
}

/// A network's anchor: a namespace of its own attached through netavark, which
/// keeps the bridge and its firewall rules up between containers (as docker0
/// stays up), so that containers can join with a bare veth (veth.rs).
/// `network prune` takes idle anchors down.
fn ensure_anchor(engine: &Engine, net: &Network, others: &[Attachment]) -> Result<()> {
    let path = anchors_dir(engine).join(format!("{}.json", net.name));
    if let Some(a) = fs::read(&path)
        .ok()
        .and_then(|d| serde_json::from_slice::<Attachment>(&d).ok())
    {
        // In our network namespace (sysfs may show another's), or rootless
        // in the rootless netns.
        let bridge_up = if engine.rootless {
            super::veth::link_exists_in(&super::rootless_netns::path(engine), &net.interface)
        } else {
            nix::net::if_::if_nametoindex(net.interface.as_str()).is_ok()
        };
        if bridge_up && a.netns.exists() {
            return Ok(());
        }
        // Stale (the bridge went away, say with a namespace it lived in).
        release_attachment(engine, &a, Namespace::MayBeInUse);
        let _ = fs::remove_file(&path);
    }
    let subnet = Subnet::parse(&net.subnet)?;
    let last = subnet.host((subnet.size() - 2) as u32).to_string();
    let id = format!("anchor-{}", net.name);
    // The subnet's last address, unless another store's anchor or a
    // container has it.
    let ip = allocate_leased(engine, net, Some(&last), others, &id)
        .or_else(|_| allocate_leased(engine, net, None, others, &id))?;
    let netns = anchors_dir(engine).join(format!("{}.netns", net.name));
    let request = EndpointRequest {
        network: net,
        interface: "eth0".into(),
        mac: mac_for(ip),
        ip: ip.to_string(),
        aliases: Vec::new(),
    };
    let options = netavark::options(&id, &id, std::slice::from_ref(&request), &[], &[]);
    let set_up =
        netns_create(&netns).and_then(|()| netavark::setup_or_undo(engine, &netns, &options));
    let status = match set_up {
        Ok(status) => status,
        Err(e) => {
            // The host-wide lease goes too (a bad driver option, say).
            if !engine.rootless {
                if let Ok(mut leases) = super::ipam::Leases::open(&net.interface) {
                    let _ = leases.release(ip, &id);
                }
            }
            return Err(e);
        }
    };
    let mut anchor = Attachment {
        container_id: id.clone(),
        container_name: id,
        netns,
        ..Default::default()
    };
    anchor
        .endpoints
        .insert(net.name.clone(), endpoint_of(&request, &status));
    write_json(&path, &anchor).with_context(|| format!("writing {}", path.display()))
}

/// Takes down network `name`'s anchor (its bridge, firewall rules and
/// aardvark-dns entry: a fifth of a second of netavark's iptables calls)
/// when the network is removed. A helper process does it, holding the
/// network lock it is handed: the caller returns at once, and whatever
/// needs the network state next waits until the anchor is gone.
pub fn retire_anchor(engine: &Engine, net: &Network) -> Result<()> {
    let name = net.name.as_str();
    let path = anchors_dir(engine).join(format!("{name}.json"));
    let anchor = fs::read(&path)
        .ok()
        .and_then(|d| serde_json::from_slice::<Attachment>(&d).ok());
    // None, or an older network's of the same name, whose retirement is
    // under way already.
    let own = anchor.is_some_and(|a| {
        a.endpoints
            .get(name)
            .is_none_or(|e| e.network_id.is_empty() || e.network_id == net.id)
    });
    if !own {
        if engine.rootless {
            let _held = lock(engine)?;
            stop_rootless_netns_if_idle(engine);
        }
        return Ok(());
    }
    write_json(&retired_definition(engine, name), net)
        .with_context(|| format!("keeping network {name}'s definition"))?;
    // When another teardown holds the lock (an exited container's netavark
    // rules, say), the helper waits for it, not the caller: a start that
    // joins a network of this name meanwhile finishes the retirement first
    // (finish_retiring).
    match lock_file(engine).and_then(|p| Ok(FileLock::try_exclusive(&p)?)) {
        Ok(Some(held)) => {
            if !hand_over(engine, Some(&held), "__release-anchor", name) {
                release_anchor_held(engine, name);
            }
        }
        _ => {
            if !hand_over(engine, None, "__release-anchor", name) {
                let _held = lock(engine)?;
                release_anchor_held(engine, name);
            }
        }
    }
    Ok(())
}

/// `__release-anchor NAME --lock`: [`release_anchor_held`], the lock taken here.
pub fn release_anchor(engine: &Engine, name: &str) -> Result<()> {
    let _held = lock(engine)?;
    release_anchor_held(engine, name);
    Ok(())
}

/// Finishes the retirements of removed networks' anchors that helpers have
/// yet to (the caller holds the network lock, and is about to use a network
/// that may have the name or bridge of one of them).
fn finish_all_retiring(engine: &Engine) {
    let Ok(entries) = fs::read_dir(anchors_dir(engine)) else {
        return;
    };
    let names: Vec<String> = entries
        .flatten()
        .filter_map(|e| {
            let file = e.file_name().to_string_lossy().into_owned();
            file.strip_suffix(".network.json").map(str::to_string)
        })
        .collect();
    for name in names {
        release_anchor_held(engine, &name);
    }
}

/// Where `__release-anchor` finds the network lock it was handed.
pub const RELEASE_LOCK_FD: i32 = 3;

/// Takes network `name`'s anchor down, after the exited containers' that
/// wait for it (their helpers then find nothing left to do); the caller
/// holds the network lock.
pub fn release_anchor_held(engine: &Engine, name: &str) {
    let Some(retired) = fs::read(retired_definition(engine, name))
        .ok()
        .and_then(|d| serde_json::from_slice::<Network>(&d).ok())
    else {
        // Done already, by a start on a network of that name.
        return;
    };
    finish_pending_releases(engine, Some(name));
    let path = anchors_dir(engine).join(format!("{name}.json"));
    let anchor = fs::read(&path)
        .ok()
        .and_then(|d| serde_json::from_slice::<Attachment>(&d).ok());
    // Not the anchor of a network made again under the same name.
    if let Some(anchor) = anchor.filter(|a| {
        a.endpoints
            .get(name)
            .is_none_or(|e| e.network_id.is_empty() || e.network_id == retired.id)
    }) {
        release_attachment(engine, &anchor, Namespace::MayBeInUse);
        let _ = fs::remove_file(&path);
    }
    let _ = fs::remove_file(retired_definition(engine, name));
    stop_rootless_netns_if_idle(engine);
}

/// Takes down the anchors of networks no container is attached to.
pub fn release_idle_anchors(engine: &Engine) -> Result<()> {
    if engine.rootless && !super::rootless_netns::joined(engine) {
        if super::rootless_netns::holder(engine).is_none() {
            // Nothing is up: the anchors' records are stale.
            let _lock = lock(engine)?;
            for (name, _) in anchors(engine) {
                let _ = fs::remove_file(anchors_dir(engine).join(format!("{name}.json")));
            }
            return Ok(());
        }
        // netavark's teardown runs inside the rootless netns: a helper joins it.
        return run_helper(engine, &["__release-anchor", "--idle"]);
    }
    let _lock = lock(engine)?;
    // Exited containers' teardowns that helpers have yet to do are done
    // here: their attachments would keep the anchors they are on up.
    finish_pending_releases(engine, None);
    finish_all_retiring(engine);
    let others = all_attachments(engine, "");
    for (name, anchor) in anchors(engine) {
        let used = others
            .iter()
            .any(|a| a.container_id != anchor.container_id && a.endpoints.contains_key(&name));
        if !used {
            release_attachment(engine, &anchor, Namespace::MayBeInUse);
            let _ = fs::remove_file(anchors_dir(engine).join(format!("{name}.json")));
        }
    }
    stop_rootless_netns_if_idle(engine);
    Ok(())
}

/// Rootless: stops the rootless netns's holder once no network is up in it
/// (the caller holds the network lock).
fn stop_rootless_netns_if_idle(engine: &Engine) {
    if !engine.rootless {
        return;
    }
    let attached = all_attachments(engine, "")
        .iter()
        .any(|a| a.slirp.is_none() && a.endpoints.keys().any(|n| n != super::DEFAULT_NETWORK));
    // A container between two runs of its restart policy has no attachment
    // (in any of the store's namespaces: they share the rootless netns).
    let restarting =
        crate::engine::store::dir_entries(&engine.containers_dir()).map_or(true, |entries| {
            entries.iter().any(|e| {
                let id = e.file_name().to_string_lossy().into_owned();
                let Ok(record) = container::load_record(engine, &id) else {
                    return false;
                };
                let state = container::load_state(engine, &id);
                state.status.is_live()
                    && container::monitor_alive(&state)
                    && matches!(Mode::of(&record.host_config),
                        Mode::Networks(names) if super::rootless_netns::serves(engine, &names))
            })
        });
    if !attached && !restarting {
        super::rootless_netns::stop_unless_joining(engine);
    }
}

/// Rootless: stops the rootless netns's holder if nothing uses it (a start
/// that failed before its network was up, say).
pub fn stop_rootless_netns_if_unused(engine: &Engine) {
    if let Ok(_held) = lock(engine) {
        stop_rootless_netns_if_idle(engine);
    }
}

/// Runs `skiff ARGS` on this engine's store and waits for it.
fn run_helper(engine: &Engine, args: &[&str]) -> Result<()> {
    let skiff = crate::engine::process::skiff_binary().context("finding the skiff binary")?;
    let out = std::process::Command::new(skiff)
        .args(crate::engine::process::global_args(engine))
        .args(args)
        .stdin(std::process::Stdio::null())
        .output()
        .with_context(|| format!("running skiff {}", args.join(" ")))?;
    if !out.status.success() {
        bail!(
            "skiff {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(())
}

/// What the monitor keeps open while the container runs (rootless: the pipe
/// whose closing tells slirp4netns to exit).
#[derive(Default)]
pub struct Attached {
    pub keep_open: Option<OwnedFd>,
    /// The quick path's veth, still to be made: the monitor plugs it while the
    /// runtime builds the container, and waits for it before the start.
    pub plug: Option<super::veth::Plug>,
}

/// Sets up the container's network before it starts; writes /etc/hosts and
/// /etc/resolv.conf to match.
pub fn attach(engine: &Engine, record: &ContainerRecord) -> Result<Attached> {
    let mode = Mode::of(&record.host_config);
    let Mode::Networks(names) = &mode else {
        match &mode {
            Mode::Container(other) => share_files(engine, record, other)?,
            // Rootless, `--network none` gets a namespace made here with lo up
            // (rootful, the runtime makes it and the monitor raises lo).
            Mode::None if engine.rootless => {
                let path = netns_path(engine, &record.id);
                super::netns::remove(&path);
                super::netns::create_with_loopback(&path)?;
            }
            _ => {}
        }
        return Ok(Attached::default());
    };
    let networks = names
        .iter()
        .map(|n| lookup(engine, n))
        .collect::<Result<Vec<Network>>>()?;
    let _lock = lock(engine)?;
    // Pending teardowns of removed networks first: a network made since may
    // have the same name or bridge.
    finish_all_retiring(engine);
    // A restart before the helper took the last run's network down: done here.
    finish_releasing(engine, &record.id);
    // Left over from a start that died half way.
    release_locked(engine, &record.id, Namespace::MayBeInUse);
    let others = all_attachments(engine, &record.id);
    let ports = resolve_ports(record, &record.host_config.port_bindings, &others)?;
    let netns = netns_path(engine, &record.id);
    let mut attachment = Attachment {
        container_id: record.id.clone(),
        container_name: record.name.clone(),
        netns: netns.clone(),
        ports,
        dns_servers: record.host_config.dns.clone(),
        ..Default::default()
    };
    let mut attached = Attached::default();
    let in_rootless_netns = super::rootless_netns::serves(engine, names);
    if in_rootless_netns && names.iter().any(|n| n == super::DEFAULT_NETWORK) {
        bail!(
            "rootless containers cannot join the default network ({}) together with user-defined networks",
            super::DEFAULT_NETWORK
        );
    }
    if engine.rootless && !in_rootless_netns {
        netns_create(&netns)?;
        let started = super::slirp::start(engine, &record.id, &netns, &attachment.ports);
        match started {
            Ok((forwarder, exit_fd)) => {
                attachment.endpoints.insert(
                    super::DEFAULT_NETWORK.into(),
                    Endpoint {
                        interface: "tap0".into(),
                        ip: super::slirp::GUEST_IP.into(),
                        prefix_len: 24,
                        gateway: super::slirp::GATEWAY_IP.into(),
                        ..Default::default()
                    },
                );
                attachment.slirp = Some(forwarder);
                attached.keep_open = Some(exit_fd);
            }
            Err(e) => {
                super::netns::remove(&netns);
                return Err(e);
            }
        }
    } else if let Some(net) = quick_path(record, &networks, &attachment, engine.rootless) {
        ensure_anchor(engine, net, &others)?;
        let others = all_attachments(engine, &record.id);
        let address = allocate_leased(engine, net, None, &others, &record.id)?;
        let ip = address.to_string();
        let prefix = Subnet::parse(&net.subnet)?.prefix;
        let host_veth = super::veth::host_name(&record.id);
        attachment.veth = Some(host_veth.clone());
        let wanted = record.host_config.endpoint_request(&net.name);
        let names = aliases(record, net, wanted.map(|w| w.aliases.as_slice()));
        attachment.endpoints.insert(
            net.name.clone(),
            Endpoint {
                network_id: net.id.clone(),
                interface: "eth0".into(),
                ip: ip.clone(),
                prefix_len: prefix,
                gateway: net.gateway.clone(),
                aliases: names.clone(),
                dns_enabled: net.dns_enabled,
                via_veth: true,
                bridge: net.interface.clone(),
                ..Default::default()
            },
        );
        // Recorded before anything is made, so that whoever finds it after a
        // crash half way knows what to take down.
        save(engine, &attachment)?;
        let mac = mac_for(address);
        if let Some(e) = attachment.endpoints.get_mut(&net.name) {
            e.mac = mac.clone();
        }
        let plug = super::veth::Plug::new(
            &netns,
            &host_veth,
            &ip,
            prefix,
            &net.gateway,
            &net.interface,
            &mac,
        )
        .map(|plug| plug.bridge_in(engine.rootless.then(|| super::rootless_netns::path(engine))))
        .and_then(|plug| netns_create(&netns).map(|()| plug))
        .and_then(|plug| {
            if net.dns_enabled {
                // As netavark names it: its name, then its short ID and aliases.
                let all: Vec<String> = std::iter::once(record.name.clone())
                    .chain(names.iter().cloned())
                    .collect();
                super::aardvark::add(engine, &net.name, &record.id, &ip, &all)?;
            }
            Ok(plug)
        });
        match plug {
            Ok(plug) => attached.plug = Some(plug),
            Err(e) => {
                release_locked(engine, &record.id, Namespace::MayBeInUse);
                return Err(e);
            }
        }
    } else {
        let mut requests = Vec::new();
        for (i, net) in networks.iter().enumerate() {
            if !net.is_bridge() {
                bail!(
                    "container cannot be connected to network {} with other networks",
                    net.name
                );
            }
            let wanted = record.host_config.endpoint_request(&net.name);
            let ip = allocate_leased(
                engine,
                net,
                wanted.map(|w| w.ip.as_str()),
                &others,
                &record.id,
            )?;
            requests.push(EndpointRequest {
                network: net,
                interface: format!("eth{i}"),
                ip: ip.to_string(),
                mac: wanted
                    .map(|w| w.mac.clone())
                    .filter(|m| !m.is_empty())
                    .unwrap_or_else(|| mac_for(ip)),
                aliases: aliases(record, net, wanted.map(|w| w.aliases.as_slice())),
            });
        }
        for r in &requests {
            attachment.endpoints.insert(
                r.network.name.clone(),
                endpoint_of(r, &serde_json::Value::Null),
            );
        }
        save(engine, &attachment)?;
        let options = netavark::options(
            &record.id,
            &record.name,
            &requests,
            netavark_ports(engine, &attachment),
            &attachment.dns_servers,
        );
        let status = match netns_create(&netns)
            .and_then(|()| netavark::setup_or_undo(engine, &netns, &options))
        {
            Ok(status) => status,
            Err(e) => {
                release_leases(engine, &attachment);
                let _ = fs::remove_file(attachment_path(engine, &record.id));
                return Err(e);
            }
        };
        for r in &requests {
            attachment
                .endpoints
                .insert(r.network.name.clone(), endpoint_of(r, &status));
        }
    }
    if in_rootless_netns && !attachment.ports.is_empty() {
        let first = names.iter().find_map(|n| attachment.endpoints.get(n));
        let published = first
            .ok_or_else(|| anyhow!("the container has no address to publish ports to"))
            .and_then(|e| super::rootless_netns::publish(engine, &e.ip, &attachment.ports));
        match published {
            Ok(made) => attachment.forwards = Some(made),
            Err(e) => {
                release_attachment(engine, &attachment, Namespace::MayBeInUse);
                let _ = fs::remove_file(attachment_path(engine, &record.id));
                return Err(e);
            }
        }
    }
    if let Err(e) = save(engine, &attachment) {
        release_attachment(engine, &attachment, Namespace::MayBeInUse);
        let _ = fs::remove_file(attachment_path(engine, &record.id));
        return Err(e);
    }
    write_etc_files(engine, record, &attachment)?;
    Ok(attached)
}

/// The ports netavark forwards: none rootless, where the rootless netns's
/// slirp4netns forwards them (its firewall rules would be in that namespace).
fn netavark_ports<'a>(engine: &Engine, a: &'a Attachment) -> &'a [PortMapping] {
    if engine.rootless {
        &[]
    } else {
        &a.ports
    }
}

/// The network a container can join with a bare veth: one network without
/// internal-only routing, no published ports (but rootless, where slirp4netns
/// forwards them), no fixed address. Its names on a network with DNS go to
/// the anchor's aardvark-dns (aardvark.rs).
fn quick_path<'a>(
    record: &ContainerRecord,
    networks: &'a [Network],
    attachment: &Attachment,
    rootless: bool,
) -> Option<&'a Network> {
    let [net] = networks else {
        return None;
    };
    let wanted = record.host_config.endpoint_request(&net.name);
    let fixed = wanted.is_some_and(|w| !w.ip.is_empty() || !w.mac.is_empty());
    let ports_fine = rootless || attachment.ports.is_empty();
    (net.is_bridge() && !net.internal && ports_fine && !fixed).then_some(net)
}

/// Writes the container's attachment record.
fn save(engine: &Engine, a: &Attachment) -> Result<()> {
    let path = attachment_path(engine, &a.container_id);
    crate::engine::store::ensure_dir(&engine.container_paths(&a.container_id).run_dir)
        .and_then(|()| write_json_volatile(&path, a))
        .with_context(|| format!("writing {}", path.display()))
}

fn netns_create(path: &Path) -> Result<()> {
    super::netns::remove(path);
    super::netns::create(path)
}

/// The names a container answers to on a network with DNS: its name, short ID and aliases.
fn aliases(record: &ContainerRecord, net: &Network, extra: Option<&[String]>) -> Vec<String> {
    if !net.dns_enabled {
        return Vec::new();
    }
    // Not the container's name: netavark gives aardvark-dns that one itself
    // (container_name), and listing it again made every answer come twice.
    let mut out = vec![container::short_id(&record.id).to_string()];
    for a in extra.unwrap_or_default() {
        if !out.contains(a) && *a != record.name {
            out.push(a.clone());
        }
    }
    out
}

fn endpoint_of(r: &EndpointRequest, status: &serde_json::Value) -> Endpoint {
    let iface = &status[&r.network.name]["interfaces"][&r.interface];
    let prefix_len = Subnet::parse(&r.network.subnet)
        .map(|s| s.prefix)
        .unwrap_or(24);
    Endpoint {
        network_id: r.network.id.clone(),
        interface: r.interface.clone(),
        ip: r.ip.clone(),
        prefix_len,
        // Internal networks keep their gateway address too (aardvark-dns
        // listens there); they only lack the route out.
        gateway: r.network.gateway.clone(),
        mac: iface["mac_address"]
            .as_str()
            .map(str::to_string)
            .unwrap_or_else(|| r.mac.clone()),
        aliases: r.aliases.clone(),
        dns_enabled: r.network.dns_enabled,
        via_veth: false,
        bridge: r.network.interface.clone(),
    }
}

/// The addresses of `net` that `others` (this store's attachments) hold, and its gateway.
fn taken_on(net: &Network, others: &[Attachment]) -> HashSet<String> {
    others
        .iter()
        .filter_map(|a| a.endpoints.get(&net.name))
        .map(|e| e.ip.clone())
        .chain([net.gateway.clone()])
        .collect()
}

/// Picks an address: the one asked for with `--ip`, or the first free one
/// after `after` (the one handed out last), wrapping around the pool.
fn pick(
    net: &Network,
    wanted: Option<&str>,
    taken: &HashSet<String>,
    after: Option<Ipv4Addr>,
) -> Result<Ipv4Addr> {
    let subnet =
        Subnet::parse(&net.subnet).with_context(|| format!("network {}: bad subnet", net.name))?;
    let broadcast = subnet.host((subnet.size() - 1) as u32);
    let usable = |ip: Ipv4Addr| subnet.contains(ip) && ip != subnet.host(0) && ip != broadcast;
    if let Some(w) = wanted.filter(|w| !w.is_empty()) {
        let ip: Ipv4Addr = w
            .parse()
            .map_err(|_| anyhow!("invalid IPv4 address: {w}"))?;
        if !usable(ip) {
            bail!(
                "invalid address {w}: it does not belong to any of network {}'s subnets",
                net.name
            );
        }
        if taken.contains(w) {
            bail!(
                "Address already in use: {w} is taken on network {}",
                net.name
            );
        }
        return Ok(ip);
    }
    let pool = if net.ip_range.is_empty() {
        subnet
    } else {
        Subnet::parse(&net.ip_range)?
    };
    let size = pool.size() as u32;
    let start = after.filter(|a| pool.contains(*a)).map_or(0, |a| {
        u32::from(a).wrapping_sub(u32::from(pool.host(0))) + 1
    });
    // Every address of the pool, but the subnet's own, its broadcast and the gateway.
    (0..size)
        .map(|n| pool.host((start + n) % size))
        .filter(|ip| usable(*ip))
        .find(|ip| !taken.contains(&ip.to_string()))
        .ok_or_else(|| {
            anyhow!(
                "IPAM error: failed to find free IP in network {}: all addresses are in use",
                net.name
            )
        })
}

#[cfg(test)]
fn allocate(net: &Network, wanted: Option<&str>, others: &[Attachment]) -> Result<Ipv4Addr> {
    pick(net, wanted, &taken_on(net, others), None)
}

/// Picks `owner`'s address on `net` and leases it host-wide (see ipam.rs):
/// free in this store and in every other store on the same bridge. The
/// search starts after the address this store handed out last, so that a
/// released address is not given out again at once, as docker's allocator
/// walks its pool. The caller holds the store's network lock.
fn allocate_leased(
    engine: &Engine,
    net: &Network,
    wanted: Option<&str>,
    others: &[Attachment],
    owner: &str,
) -> Result<Ipv4Addr> {
    let mut taken = taken_on(net, others);
    let last_file = engine
        .paths
        .runroot
        .join("netns")
        .join(format!(".last-{}", net.name));
    let last = fs::read_to_string(&last_file)
        .ok()
        .and_then(|t| t.trim().parse().ok());
    let ip = if engine.rootless {
        pick(net, wanted, &taken, last)?
    } else {
        let mut leases = super::ipam::Leases::open(&net.interface)?;
        taken.extend(leases.taken().iter().map(Ipv4Addr::to_string));
        let ip = pick(net, wanted, &taken, last)?;
        leases.lease(ip, &engine.paths.runroot, owner)?;
        ip
    };
    // Only a position to start from: losing it costs nothing but the order.
    let _ = fs::write(&last_file, ip.to_string());
    Ok(ip)
}

/// Gives back the host-wide leases of an attachment's bridge addresses.
fn release_leases(engine: &Engine, a: &Attachment) {
    if engine.rootless {
        return;
    }
    for (name, e) in &a.endpoints {
        release_lease(engine, a, name, e);
    }
}

/// Gives back the host-wide lease of one endpoint's address.
fn release_lease(engine: &Engine, a: &Attachment, network: &str, e: &Endpoint) {
    let bridge = if e.bridge.is_empty() {
        // Recorded before endpoints kept their bridge.
        match stored_network(engine, network, e) {
            Some(net) => net.interface,
            None => return,
        }
    } else {
        e.bridge.clone()
    };
    if let (Ok(ip), Ok(mut leases)) = (e.ip.parse(), super::ipam::Leases::open(&bridge)) {
        let _ = leases.release(ip, &a.container_id);
    }
}

/// Chooses host ports (random ones, ranges) and refuses ports that are taken,
/// by another container or by a host program, before anything is set up.
fn resolve_ports(
    record: &ContainerRecord,
    bindings: &[PortBinding],
    others: &[Attachment],
) -> Result<Vec<PortMapping>> {
    let mut out: Vec<PortMapping> = Vec::new();
    let endpoint = format!(
        "driver failed programming external connectivity on endpoint {} ({})",
        record.name,
        container::short_id(&record.id)
    );
    let in_use = |m: &PortMapping, out: &[PortMapping]| {
        others
            .iter()
            .flat_map(|a| a.ports.iter())
            .chain(out.iter())
            .any(|o| {
                o.protocol == m.protocol
                    && o.host_port == m.host_port
                    && (o.host_ip_or_any() == "0.0.0.0"
                        || m.host_ip_or_any() == "0.0.0.0"
                        || o.host_ip == m.host_ip)
            })
    };
    for b in bindings {
        let mut m = PortMapping {
            host_ip: b.host_ip.clone(),
            container_port: b.container_port,
            host_port: b.host_port,
            range: 1,
            protocol: b.protocol.clone(),
        };
        if b.host_port == 0 || b.host_port_end > b.host_port {
            let candidates: Vec<u16> = if b.host_port == 0 {
                Vec::new()
            } else {
                (b.host_port..=b.host_port_end).collect()
            };
            m.host_port = free_port(&m, &candidates, |m| in_use(m, &out)).ok_or_else(|| {
                anyhow!(
                    "{endpoint}: no free host port for {}/{}",
                    b.container_port,
                    b.protocol
                )
            })?;
        } else {
            if in_use(&m, &out) {
                bail!(
                    "{endpoint}: Bind for {}:{} failed: port is already allocated",
                    m.host_ip_or_any(),
                    m.host_port
                );
            }
            if let Err(e) = try_bind(&m) {
                let start = unprivileged_port_start();
                if e.kind() == std::io::ErrorKind::PermissionDenied && m.host_port < start {
                    // Rootless docker's words: what to change, or what to choose.
                    bail!(
                        "rootlessport cannot expose privileged port {port}, you can add 'net.ipv4.ip_unprivileged_port_start={port}' to /etc/sysctl.conf (currently {start}), or choose a larger port number (>= {start}): listen {proto}4 {ip}:{port}: bind: permission denied",
                        port = m.host_port,
                        proto = m.protocol,
                        ip = m.host_ip_or_any(),
                    );
                }
                bail!(
                    "{endpoint}: Error starting userland proxy: listen {}{} {}:{}: bind: {}",
                    m.protocol,
                    if m.host_ip.contains(':') { "6" } else { "4" },
                    m.host_ip_or_any(),
                    m.host_port,
                    io_text(&e)
                );
            }
        }
        out.push(m);
    }
    Ok(out)
}

fn io_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::AddrInUse => "address already in use".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        std::io::ErrorKind::AddrNotAvailable => "cannot assign requested address".into(),
        _ => e.to_string(),
    }
}

/// The lowest port an unprivileged user may bind (1024 unless the sysctl says).
fn unprivileged_port_start() -> u16 {
    fs::read_to_string("/proc/sys/net/ipv4/ip_unprivileged_port_start")
        .ok()
        .and_then(|t| t.trim().parse().ok())
        .unwrap_or(1024)
}

/// Whether a host program already holds the port.
fn try_bind(m: &PortMapping) -> std::io::Result<u16> {
    let ip: std::net::IpAddr = m
        .host_ip_or_any()
        .parse()
        .map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidInput))?;
    match m.protocol.as_str() {
        "udp" => Ok(std::net::UdpSocket::bind((ip, m.host_port))?
            .local_addr()?
            .port()),
        _ => Ok(std::net::TcpListener::bind((ip, m.host_port))?
            .local_addr()?
            .port()),
    }
}

/// A free host port among `candidates`, or one the kernel picks when there are none.
fn free_port(
    m: &PortMapping,
    candidates: &[u16],
    in_use: impl Fn(&PortMapping) -> bool,
) -> Option<u16> {
    let mut probe = m.clone();
    if candidates.is_empty() {
        for _ in 0..64 {
            probe.host_port = 0;
            probe.host_port = try_bind(&probe).ok()?;
            if !in_use(&probe) {
                return Some(probe.host_port);
            }
        }
        return None;
    }
    candidates.iter().copied().find(|p| {
        probe.host_port = *p;
        !in_use(&probe) && try_bind(&probe).is_ok()
    })
}

/// Releases whatever network a container has; safe to call on any path, twice.
pub fn release(engine: &Engine, id: &str) {
    release_as(engine, id, Namespace::MayBeInUse);
}

/// `release` for a container that has exited: its veth pair is deleted in
/// the background, so that the exit is not held up by the kernel.
pub fn release_exited(engine: &Engine, id: &str) {
    release_as(engine, id, Namespace::Exited);
}

/// Whether processes may still use a container's network namespace once
/// skiff unpins it (a container whose monitor died can still be running).
#[derive(Clone, Copy, PartialEq)]
enum Namespace {
    MayBeInUse,
    Exited,
}

/// Where an exited container's attachment waits for the helper that takes
/// it down, out of the container's directories (which `rm` may remove
/// meanwhile).
fn releasing_path(engine: &Engine, id: &str) -> PathBuf {
    engine
        .paths
        .runroot
        .join("netns")
        .join(format!("{id}.releasing.json"))
}

fn release_as(engine: &Engine, id: &str, ns: Namespace) {
    if releasing_path(engine, id).exists() {
        // A helper is taking it down, namespace and all.
        return;
    }
    if !attachment_path(engine, id).exists() {
        // A namespace pinned by a start that died before recording it.
        super::netns::remove(&netns_path(engine, id));
        return;
    }
    if ns == Namespace::MayBeInUse {
        if let Ok(_held) = lock(engine) {
            release_locked(engine, id, ns);
        }
        return;
    }
    // An exited container's network is taken down by a helper when that
    // would keep the exit waiting: when another teardown holds the lock, or
    // for netavark's (its port rules: tens of ms of iptables calls). The
    // exit is reported at once; whatever needs the network state next (a
    // start on the same port, say) waits for the lock, which the helper
    // holds until it is done.
    let held = match lock_file(engine).and_then(|p| Ok(FileLock::try_exclusive(&p)?)) {
        Ok(Some(held)) => held,
        Ok(None) => {
            if fs::rename(attachment_path(engine, id), releasing_path(engine, id)).is_ok()
                && !hand_over(engine, None, "__release-network", id)
            {
                let _ = fs::rename(releasing_path(engine, id), attachment_path(engine, id));
                if let Ok(_held) = lock(engine) {
                    release_locked(engine, id, ns);
                }
            }
            return;
        }
        Err(_) => return,
    };
    // Rootless, nothing is asked of netavark (see release_attachment).
    let through_netavark = !engine.rootless
        && load(engine, id)
            .is_some_and(|a| a.slirp.is_none() && a.endpoints.values().any(|e| !e.via_veth));
    if through_netavark
        && fs::rename(attachment_path(engine, id), releasing_path(engine, id)).is_ok()
    {
        if hand_over(engine, Some(&held), "__release-network", id) {
            return;
        }
        let _ = fs::rename(releasing_path(engine, id), attachment_path(engine, id));
    }
    release_locked(engine, id, ns);
}

/// Starts `skiff VERB ARG`, with the network lock `held` on
/// [`RELEASE_LOCK_FD`] (without it, the helper takes the lock itself);
/// false when it could not be started.
fn hand_over(engine: &Engine, held: Option<&FileLock>, verb: &str, arg: &str) -> bool {
    // The full binary: the caller may be the small watcher, which has no verbs.
    let Ok(skiff) = crate::engine::process::skiff_binary() else {
        return false;
    };
    let mut cmd = std::process::Command::new(skiff);
    cmd.args(crate::engine::process::global_args(engine))
        .arg(verb)
        .arg(arg)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    // Nothing of ours but the lock: it may outlive a CLI whose stdio we hold.
    crate::engine::process::inherit_only(&mut cmd, Vec::new());
    match held {
        Some(held) => crate::engine::process::detach_with_fds(
            &mut cmd,
            vec![(std::os::fd::AsRawFd::as_raw_fd(held), RELEASE_LOCK_FD)],
        ),
        None => {
            cmd.arg("--lock");
            crate::engine::process::detach_with_fds(&mut cmd, Vec::new());
        }
    }
    match cmd.spawn() {
        Ok(child) => {
            // Not ours to wait for: it outlives us.
            std::mem::forget(child);
            true
        }
        Err(_) => false,
    }
}

/// `__release-network ID`: an exited container's network, taken down by a
/// helper that holds the network lock it was handed.
pub fn release_exited_held(engine: &Engine, id: &str, take_lock: bool) {
    let _held = if take_lock {
        match lock(engine) {
            Ok(l) => Some(l),
            Err(_) => return,
        }
    } else {
        None
    };
    finish_releasing(engine, id);
}

/// Takes down an exited container's attachment that waits for a helper,
/// if there is one (done already, its namespace path may be a new
/// start's); the caller holds the network lock.
/// Takes down the exited containers' attachments that wait for helpers (on
/// network `on` only, when given); the caller holds the network lock.
fn finish_pending_releases(engine: &Engine, on: Option<&str>) {
    for a in releasing(engine) {
        if on.is_none_or(|n| a.endpoints.contains_key(n)) {
            finish_releasing(engine, &a.container_id);
        }
    }
}

fn finish_releasing(engine: &Engine, id: &str) {
    let path = releasing_path(engine, id);
    if let Some(a) = fs::read(&path)
        .ok()
        .and_then(|d| serde_json::from_slice::<Attachment>(&d).ok())
    {
        release_attachment(engine, &a, Namespace::Exited);
    }
    let _ = fs::remove_file(&path);
}

fn release_locked(engine: &Engine, id: &str, ns: Namespace) {
    let path = attachment_path(engine, id);
    if releasing_path(engine, id).exists() {
        // Moved there for a helper since our caller looked: its to take down,
        // namespace and all.
        return;
    }
    let Some(attachment) = load(engine, id) else {
        let _ = fs::remove_file(&path);
        super::netns::remove(&netns_path(engine, id));
        return;
    };
    release_attachment(engine, &attachment, ns);
    let _ = fs::remove_file(&path);
}

fn release_attachment(engine: &Engine, a: &Attachment, ns: Namespace) {
    release_leases(engine, a);
    if let Some(f) = &a.slirp {
        super::slirp::stop(f);
    } else if engine.rootless && !a.container_id.starts_with("anchor-") {
        // A container in the rootless netns, released by whoever finds it
        // (a CLI outside that namespace, say): the ports' forwards and the
        // names go; its veth pairs go with its namespace, and netavark made
        // no firewall rules of its own for it (no ports).
        if let Some(forwards) = &a.forwards {
            super::rootless_netns::unpublish(engine, forwards);
        }
        // Inside (the monitor, at the exit), netavark undoes its endpoints;
        // outside, the namespace's holder takes what is left with it.
        if a.endpoints.values().any(|e| !e.via_veth) && super::rootless_netns::joined(engine) {
            let options = teardown_options(engine, a, None);
            let _ = netavark::teardown(engine, &a.netns, &options);
        }
        for (name, _) in a.endpoints.iter().filter(|(_, e)| e.dns_enabled) {
            super::aardvark::remove(engine, name, &a.container_id);
        }
    } else {
        // Deleted explicitly either way: other containers can share the
        // namespace (--network container:X), and a --pid host container's
        // processes can outlive it.
        match (&a.veth, ns) {
            (Some(veth), Namespace::Exited) => super::veth::unplug_in_background(veth),
            (Some(veth), Namespace::MayBeInUse) => super::veth::unplug(veth),
            (None, _) => {}
        }
        for (name, _) in a
            .endpoints
            .iter()
            .filter(|(_, e)| e.via_veth && e.dns_enabled)
        {
            super::aardvark::remove(engine, name, &a.container_id);
        }
        // Networks joined through netavark (at start, or by `network connect`);
        // rootless, an anchor's, from inside the rootless netns only.
        let reachable = !engine.rootless || super::rootless_netns::joined(engine);
        if reachable && a.endpoints.values().any(|e| !e.via_veth) {
            let options = teardown_options(engine, a, None);
            let _ = netavark::teardown(engine, &a.netns, &options);
        }
    }
    super::netns::remove(&a.netns);
}

/// netavark's options to undo the endpoints (all, or only `only`'s).
fn teardown_options(engine: &Engine, a: &Attachment, only: Option<&str>) -> serde_json::Value {
    let nets: Vec<(Network, &Endpoint)> = a
        .endpoints
        .iter()
        .filter(|(name, e)| !e.via_veth && only.is_none_or(|o| o == name.as_str()))
        .filter_map(|(name, e)| Some((stored_network(engine, name, e)?, e)))
        .collect();
    let requests: Vec<EndpointRequest> = nets
        .iter()
        .map(|(net, e)| EndpointRequest {
            network: net,
            interface: e.interface.clone(),
            ip: e.ip.clone(),
            mac: e.mac.clone(),
            aliases: e.aliases.clone(),
        })
        .collect();
    netavark::options(
        &a.container_id,
        &a.container_name,
        &requests,
        netavark_ports(engine, a),
        &a.dns_servers,
    )
}

/// The network an endpoint is on, even when its definition is gone (and a
/// network of the same name was made since).
fn stored_network(engine: &Engine, name: &str, e: &Endpoint) -> Option<Network> {
    // A removed network's definition, kept for its anchor's teardown.
    let retired = || -> Option<Network> {
        serde_json::from_slice(&fs::read(retired_definition(engine, name)).ok()?).ok()
    };
    let wanted = |n: &Network| n.id == e.network_id || e.network_id.is_empty();
    lookup(engine, name)
        .ok()
        .filter(wanted)
        .or_else(|| retired().filter(wanted))
}

/// Where `retire_anchor` keeps a removed network's definition until its
/// anchor is down.
fn retired_definition(engine: &Engine, name: &str) -> PathBuf {
    anchors_dir(engine).join(format!("{name}.network.json"))
}

/// /etc/hosts and /etc/resolv.conf for a container on bridge networks.
fn write_etc_files(engine: &Engine, record: &ContainerRecord, a: &Attachment) -> Result<()> {
    let dir = engine.container_paths(&record.id).dir;
    let host = &record.host_config;
    let mut hosts = crate::engine::container::oci::hosts_file(
        &record.config.hostname,
        &host.extra_hosts,
        &crate::engine::container::oci::NetworkMode::None,
    );
    // The endpoints in the order the container joined its networks.
    let ordered: Vec<&Endpoint> = host
        .network_names()
        .iter()
        .filter_map(|n| a.endpoints.get(n))
        .chain(a.endpoints.values())
        .collect();
    // Replace the loopback line for the hostname by the container's first address.
    if let Some(e) = ordered.first() {
        hosts = hosts.replace(
            &format!("127.0.1.1\t{}\n", record.config.hostname),
            &format!("{}\t{}\n", e.ip, record.config.hostname),
        );
    }
    // Legacy links: the linked container's address under its alias, its ID
    // and its name, as docker writes them.
    for link in &host.links {
        let (name, alias) = link.split_once(':').unwrap_or((link, link));
        let Ok(target) = container::find(engine, name) else {
            continue;
        };
        let Some(theirs) = load(engine, &target.record.id) else {
            continue;
        };
        let shared = a
            .endpoints
            .keys()
            .find_map(|n| theirs.endpoints.get(n))
            .or_else(|| theirs.endpoints.values().next());
        if let Some(e) = shared {
            let short = container::short_id(&target.record.id);
            let names = if alias == target.record.name {
                format!("{alias} {short}")
            } else {
                format!("{alias} {short} {}", target.record.name)
            };
            hosts.push_str(&format!("{}\t{names}\n", e.ip));
        }
    }
    fs::write(dir.join("hosts"), hosts).context("writing the container's /etc/hosts")?;
    let mut resolvers: Vec<String> = Vec::new();
    if a.slirp.is_some() {
        // slirp4netns forwards DNS from here to the host's resolvers.
        if host.dns.is_empty() {
            resolvers.push(super::slirp::DNS_IP.to_string());
        }
    } else {
        // Each network's aardvark-dns answers for its own containers.
        for e in ordered
            .iter()
            .filter(|e| e.dns_enabled && !e.gateway.is_empty())
        {
            if !resolvers.contains(&e.gateway) {
                resolvers.push(e.gateway.clone());
            }
        }
    }
    let resolv = resolv_conf(host, &resolvers);
    fs::write(dir.join("resolv.conf"), resolv).context("writing the container's /etc/resolv.conf")
}

/// resolv.conf from the host's (loopback servers dropped), `--dns*` flags over
/// it; on networks with DNS, the network's resolver comes first.
pub fn resolv_conf(host: &HostConfig, network_resolvers: &[String]) -> String {
    let base = crate::engine::container::oci::resolv_conf(
        &crate::engine::container::oci::NetworkMode::None,
    );
    let mut servers: Vec<String> = Vec::new();
    let mut search: Vec<String> = Vec::new();
    let mut options: Vec<String> = Vec::new();
    for line in base.lines() {
        let mut words = line.split_whitespace();
        match words.next() {
            Some("nameserver") => servers.extend(words.next().map(str::to_string)),
            Some("search") | Some("domain") => search = words.map(str::to_string).collect(),
            Some("options") => options.extend(words.map(str::to_string)),
            _ => {}
        }
    }
    if !host.dns.is_empty() {
        servers = host.dns.clone();
    }
    if !network_resolvers.is_empty() {
        // aardvark-dns answers for the network and forwards the rest upstream.
        servers = network_resolvers.to_vec();
    }
    if !host.dns_search.is_empty() {
        search = host
            .dns_search
            .iter()
            .filter(|s| *s != ".")
            .cloned()
            .collect();
    }
    if !host.dns_options.is_empty() {
        options = host.dns_options.clone();
    }
    let mut out = String::new();
    if !search.is_empty() {
        out.push_str(&format!("search {}\n", search.join(" ")));
    }
    for s in servers {
        out.push_str(&format!("nameserver {s}\n"));
    }
    if !options.is_empty() {
        out.push_str(&format!("options {}\n", options.join(" ")));
    }
    out
}

/// `--network container:X`: X's namespace, and its /etc/hosts and resolv.conf.
fn share_files(engine: &Engine, record: &ContainerRecord, other: &str) -> Result<()> {
    let c = container::find(engine, other)?;
    let from = engine.container_paths(&c.record.id).dir;
    let to = engine.container_paths(&record.id).dir;
    for f in ["hosts", "resolv.conf"] {
        let _ = fs::copy(from.join(f), to.join(f));
    }
    Ok(())
}

/// The namespace file a `container:X` container joins.
pub fn shared_netns(engine: &Engine, other: &str) -> Result<PathBuf> {
    container::shared_namespace(engine, other, "net", "network")
}

/// `network connect`: a running container gets an interface on one more network.
pub fn connect(engine: &Engine, record: &ContainerRecord, net: &Network) -> Result<()> {
    if engine.rootless {
        bail!("network connect is not supported for rootless containers");
    }
    let _lock = lock(engine)?;
    finish_all_retiring(engine);
    let mut a = load(engine, &record.id).ok_or_else(|| {
        anyhow!(
            "container {} has no network namespace of its own",
            record.name
        )
    })?;
    if a.endpoints.contains_key(&net.name) {
        bail!(
            "endpoint with name {} already exists in network {}",
            record.name,
            net.name
        );
    }
    let others = all_attachments(engine, &record.id);
    let wanted = record.host_config.endpoint_request(&net.name);
    // Addresses on this very container count too.
    let mut mine = others.clone();
    mine.push(a.clone());
    let ip = allocate_leased(
        engine,
        net,
        wanted.map(|w| w.ip.as_str()),
        &mine,
        &record.id,
    )?;
    let taken: HashSet<&str> = a.endpoints.values().map(|e| e.interface.as_str()).collect();
    let interface = (0..)
        .map(|i| format!("eth{i}"))
        .find(|n| !taken.contains(n.as_str()))
        .unwrap_or_else(|| "eth9".into());
    let request = EndpointRequest {
        network: net,
        interface,
        ip: ip.to_string(),
        mac: wanted
            .map(|w| w.mac.clone())
            .filter(|m| !m.is_empty())
            .unwrap_or_else(|| mac_for(ip)),
        aliases: aliases(record, net, wanted.map(|w| w.aliases.as_slice())),
    };
    let options = netavark::options(
        &record.id,
        &record.name,
        std::slice::from_ref(&request),
        &a.ports,
        &a.dns_servers,
    );
    let status = netavark::setup(engine, &a.netns, &options).inspect_err(|_| {
        // Nothing of a half-made interface stays behind (the namespace does).
        let _ = netavark::teardown(engine, &a.netns, &options);
        let endpoint = endpoint_of(&request, &serde_json::Value::Null);
        release_lease(engine, &a, &net.name, &endpoint);
    })?;
    a.endpoints
        .insert(net.name.clone(), endpoint_of(&request, &status));
    write_json_volatile(&attachment_path(engine, &record.id), &a)
        .context("writing the network record")?;
    write_etc_files(engine, record, &a)
}

/// `network disconnect`: removes a running container's interface on a network.
pub fn disconnect(engine: &Engine, record: &ContainerRecord, network: &str) -> Result<()> {
    let _lock = lock(engine)?;
    let Some(mut a) = load(engine, &record.id) else {
        return Ok(());
    };
    if !a.endpoints.contains_key(network) {
        return Ok(());
    }
    if a.endpoints.get(network).is_some_and(|e| e.via_veth) {
        if let Some(veth) = a.veth.take() {
            super::veth::unplug(&veth);
        }
    } else {
        let options = teardown_options(engine, &a, Some(network));
        netavark::teardown(engine, &a.netns, &options)?;
    }
    if let Some(e) = a.endpoints.get(network) {
        if !engine.rootless {
            release_lease(engine, &a, network, e);
        }
    }
    a.endpoints.remove(network);
    write_json_volatile(&attachment_path(engine, &record.id), &a)
        .context("writing the network record")?;
    write_etc_files(engine, record, &a)
}

/// The published ports, docker's `NetworkSettings.Ports`: every exposed port,
/// with its host bindings or null.
pub fn ports_json(
    exposed: &std::collections::BTreeSet<String>,
    a: Option<&Attachment>,
) -> serde_json::Value {
    let mut map = serde_json::Map::new();
    for key in exposed {
        map.insert(key.clone(), serde_json::Value::Null);
    }
    for p in a.map(|a| a.ports.as_slice()).unwrap_or_default() {
        let key = format!("{}/{}", p.container_port, p.protocol);
        let entry = map.entry(key).or_insert(serde_json::Value::Null);
        if !entry.is_array() {
            *entry = serde_json::json!([]);
        }
        if let Some(list) = entry.as_array_mut() {
            list.push(serde_json::json!({"HostIp": p.host_ip_or_any(), "HostPort": p.host_port.to_string()}));
        }
    }
    serde_json::Value::Object(map)
}

/// docker's `NetworkSettings` for a container (addresses only while it runs).
pub fn network_settings(
    engine: &Engine,
    record: &ContainerRecord,
    running: bool,
) -> serde_json::Value {
    let a = if running {
        load(engine, &record.id)
    } else {
        None
    };
    let mut networks = serde_json::Map::new();
    let names: Vec<String> = match Mode::of(&record.host_config) {
        Mode::Networks(n) => n,
        Mode::Host => vec!["host".into()],
        Mode::None => vec!["none".into()],
        Mode::Container(_) => Vec::new(),
    };
    let mut names = names;
    if let Some(a) = &a {
        for n in a.endpoints.keys() {
            if !names.contains(n) {
                names.push(n.clone());
            }
        }
    }
    for name in &names {
        let e = a
            .as_ref()
            .and_then(|a| a.endpoints.get(name))
            .cloned()
            .unwrap_or_default();
        let wanted = record.host_config.endpoint_request(name);
        let network_id = if e.network_id.is_empty() {
            lookup(engine, name).map(|n| n.id).unwrap_or_default()
        } else {
            e.network_id.clone()
        };
        networks.insert(
            name.clone(),
            serde_json::json!({
                "IPAMConfig": wanted.filter(|w| !w.ip.is_empty()).map(|w| serde_json::json!({"IPv4Address": w.ip})),
                "Links": null,
                "Aliases": wanted.map(|w| w.aliases.clone()).filter(|a| !a.is_empty()),
                "MacAddress": e.mac,
                "NetworkID": network_id,
                "EndpointID": if e.ip.is_empty() { String::new() } else { format!("{}{}", container::short_id(&record.id), e.interface) },
                "Gateway": e.gateway,
                "IPAddress": e.ip,
                "IPPrefixLen": if e.ip.is_empty() { 0 } else { e.prefix_len },
                "IPv6Gateway": "",
                "GlobalIPv6Address": "",
                "GlobalIPv6PrefixLen": 0,
                // The name (which netavark resolves itself), then the aliases.
                "DNSNames": if e.aliases.is_empty() { serde_json::Value::Null } else {
                    let mut dns = vec![record.name.clone()];
                    dns.extend(e.aliases.iter().filter(|a| **a != record.name).cloned());
                    serde_json::json!(dns)
                },
            }),
        );
    }
    // docker fills the top-level address fields for the default bridge only.
    let top = a
        .as_ref()
        .and_then(|a| a.endpoints.get(super::DEFAULT_NETWORK))
        .cloned()
        .unwrap_or_default();
    serde_json::json!({
        "Bridge": "",
        "SandboxID": if a.is_some() { record.id.clone() } else { String::new() },
        "SandboxKey": a.as_ref().map(|a| a.netns.display().to_string()).unwrap_or_default(),
        "Ports": ports_json(&record.config.exposed_ports, a.as_ref()),
        "Gateway": top.gateway,
        "IPAddress": top.ip,
        "IPPrefixLen": if top.ip.is_empty() { 0 } else { top.prefix_len },
        "MacAddress": top.mac,
        "Networks": networks,
    })
}

/// docker's PORTS column (docker/cli `DisplayablePorts`): ports sorted by
/// container port, address, host port and protocol; runs of consecutive
/// exposed-only ports, and of ports published on the same number, collapsed
/// into ranges per protocol (and address); then the other published ports.
pub fn ps_ports(exposed: &std::collections::BTreeSet<String>, a: Option<&Attachment>) -> String {
    struct Port {
        private: u16,
        /// Empty for a port that is only exposed.
        ip: String,
        public: u16,
        proto: String,
    }
    let mut ports: Vec<Port> = Vec::new();
    for m in a.map(|a| a.ports.as_slice()).unwrap_or_default() {
        for i in 0..m.range.max(1) {
            ports.push(Port {
                private: m.container_port.saturating_add(i),
                ip: m.host_ip_or_any().to_string(),
                public: m.host_port.saturating_add(i),
                proto: m.protocol.clone(),
            });
        }
    }
    let published = ports.len();
    for (port, proto) in exposed
        .iter()
        .filter_map(|k| crate::engine::ports::split_port_key(k))
    {
        let taken = ports[..published]
            .iter()
            .any(|p| p.private == port && p.proto == proto);
        if !taken {
            ports.push(Port {
                private: port,
                ip: String::new(),
                public: 0,
                proto,
            });
        }
    }
    ports.sort_by(|x, y| {
        (x.private, &x.ip, x.public, &x.proto).cmp(&(y.private, &y.ip, y.public, &y.proto))
    });
    /// A run of consecutive ports on one address (empty: exposed only) and protocol.
    struct Run<'a> {
        ip: &'a str,
        proto: &'a str,
        first: u16,
        last: u16,
    }
    impl Run<'_> {
        fn text(&self) -> String {
            let ports = range_text(self.first, self.last);
            if self.ip.is_empty() {
                format!("{ports}/{}", self.proto)
            } else {
                format!("{}:{ports}->{ports}/{}", bracketed(self.ip), self.proto)
            }
        }
    }
    // One open run per address and protocol, in the order they were first seen.
    let mut open: Vec<Run> = Vec::new();
    let mut out: Vec<String> = Vec::new();
    let mut mappings: Vec<String> = Vec::new();
    for p in &ports {
        if !p.ip.is_empty() && p.public != p.private {
            mappings.push(format!(
                "{}:{}->{}/{}",
                bracketed(&p.ip),
                p.public,
                p.private,
                p.proto
            ));
            continue;
        }
        match open.iter_mut().find(|r| r.ip == p.ip && r.proto == p.proto) {
            None => open.push(Run {
                ip: &p.ip,
                proto: &p.proto,
                first: p.private,
                last: p.private,
            }),
            Some(run) if run.last.checked_add(1) == Some(p.private) => run.last = p.private,
            Some(run) => {
                out.push(run.text());
                (run.first, run.last) = (p.private, p.private);
            }
        }
    }
    out.extend(open.iter().map(Run::text));
    out.extend(mappings);
    out.join(", ")
}

/// An IPv6 address in brackets, as docker writes host addresses with ports.
fn bracketed(ip: &str) -> String {
    if ip.contains(':') {
        format!("[{ip}]")
    } else {
        ip.to_string()
    }
}

fn range_text(start: u16, end: u16) -> String {
    if start == end {
        start.to_string()
    } else {
        format!("{start}-{end}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ps_ports_as_docker_displays_them() {
        let exposed = |keys: &[&str]| keys.iter().map(|k| k.to_string()).collect();
        let published = |maps: &[(&str, u16, u16)]| Attachment {
            ports: maps
                .iter()
                .map(|&(ip, host_port, container_port)| PortMapping {
                    host_ip: ip.into(),
                    container_port,
                    host_port,
                    range: 1,
                    protocol: "tcp".into(),
                })
                .collect(),
            ..Default::default()
        };
        let a = published(&[("", 8080, 80), ("127.0.0.1", 32768, 80)]);
        assert_eq!(
            ps_ports(&exposed(&["443/tcp", "80/tcp"]), Some(&a)),
            "443/tcp, 0.0.0.0:8080->80/tcp, 127.0.0.1:32768->80/tcp"
        );
        let a = published(&[("", 80, 80), ("", 81, 81)]);
        assert_eq!(
            ps_ports(&exposed(&[]), Some(&a)),
            "0.0.0.0:80-81->80-81/tcp"
        );
        assert_eq!(
            ps_ports(
                &exposed(&["7000/tcp", "7001/tcp", "7002/tcp", "53/udp"]),
                None
            ),
            "53/udp, 7000-7002/tcp"
        );
        // A run that breaks is written out where it broke; the open ones last,
        // in the order they began.
        assert_eq!(
            ps_ports(&exposed(&["80/tcp", "81/udp", "82/tcp", "83/tcp"]), None),
            "80/tcp, 82-83/tcp, 81/udp"
        );
        assert_eq!(ps_ports(&exposed(&[]), None), "");
        // docker/cli compares the addresses as text.
        let a = published(&[("9.9.9.9", 8082, 80), ("10.0.0.1", 8081, 80)]);
        assert_eq!(
            ps_ports(&exposed(&[]), Some(&a)),
            "10.0.0.1:8081->80/tcp, 9.9.9.9:8082->80/tcp"
        );
    }

    #[test]
    fn resolv_conf_follows_flags_and_network_dns() {
        let mut host = HostConfig {
            dns: vec!["192.0.2.53".into()],
            dns_search: vec!["example.org".into()],
            dns_options: vec!["ndots:2".into()],
            ..Default::default()
        };
        let text = resolv_conf(&host, &[]);
        assert_eq!(
            text,
            "search example.org\nnameserver 192.0.2.53\noptions ndots:2\n"
        );
        let text = resolv_conf(&host, &["10.90.0.1".to_string()]);
        assert!(text.contains("nameserver 10.90.0.1\n"));
        assert!(!text.contains("192.0.2.53"));
        host.dns.clear();
        assert!(resolv_conf(&host, &[]).contains("nameserver "));
    }

    #[test]
    fn allocation_skips_taken_and_gateway() {
        let net = Network {
            name: "n".into(),
            id: "x".into(),
            driver: "bridge".into(),
            created: String::new(),
            interface: "skiff1".into(),
            subnet: "10.90.0.0/29".into(),
            gateway: "10.90.0.1".into(),
            ip_range: String::new(),
            internal: false,
            dns_enabled: true,
            labels: Default::default(),
            options: Default::default(),
        };
        let mut taken = Attachment::default();
        taken.endpoints.insert(
            "n".into(),
            Endpoint {
                ip: "10.90.0.2".into(),
                ..Default::default()
            },
        );
        let others = vec![taken];
        assert_eq!(
            allocate(&net, None, &others).unwrap().to_string(),
            "10.90.0.3"
        );
        assert_eq!(
            allocate(&net, Some("10.90.0.5"), &others)
                .unwrap()
                .to_string(),
            "10.90.0.5"
        );
        assert!(allocate(&net, Some("10.90.0.2"), &others).is_err());
        assert!(allocate(&net, Some("10.91.0.2"), &others).is_err());
        let mut full = others.clone();
        for i in 3..=6 {
            let mut a = Attachment::default();
            a.endpoints.insert(
                "n".into(),
                Endpoint {
                    ip: format!("10.90.0.{i}"),
                    ..Default::default()
                },
            );
            full.push(a);
        }
        assert!(allocate(&net, None, &full).is_err());
        // The subnet's own address and its broadcast are never handed out.
        assert!(allocate(&net, Some("10.90.0.0"), &[]).is_err());
        assert!(allocate(&net, Some("10.90.0.7"), &[]).is_err());
    }

    #[test]
    fn an_ip_range_gives_all_its_addresses() {
        let net = Network {
            name: "r".into(),
            id: "x".into(),
            driver: "bridge".into(),
            created: String::new(),
            interface: "skiff1".into(),
            subnet: "10.90.0.0/24".into(),
            gateway: "10.90.0.1".into(),
            ip_range: "10.90.0.4/30".into(),
            internal: false,
            dns_enabled: true,
            labels: Default::default(),
            options: Default::default(),
        };
        let mut taken: Vec<Attachment> = Vec::new();
        for want in ["10.90.0.4", "10.90.0.5", "10.90.0.6", "10.90.0.7"] {
            let ip = allocate(&net, None, &taken).unwrap().to_string();
            assert_eq!(ip, want);
            let mut a = Attachment::default();
            a.endpoints.insert(
                "r".into(),
                Endpoint {
                    ip,
                    ..Default::default()
                },
            );
            taken.push(a);
        }
        assert!(allocate(&net, None, &taken).is_err());
    }
}
