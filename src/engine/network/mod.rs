//! Networks: definitions on disk (`<root>/networks/<name>.json`), the built-in
//! `bridge`, `host` and `none`, and IPv4 subnet arithmetic. Containers are
//! attached by `attach` through netavark (root) or slirp4netns (rootless).

mod aardvark;
pub mod attach;
pub mod ipam;
pub mod netavark;
pub mod netns;
pub mod rootless_netns;
pub mod slirp;
pub mod veth;

use std::collections::BTreeMap;
use std::fs;
use std::net::Ipv4Addr;
use std::path::PathBuf;

use anyhow::{anyhow, bail, Context as _, Result};
use serde::{Deserialize, Serialize};

use crate::engine::store::atomic::write_json;
use crate::engine::store::lock::FileLock;
use crate::engine::Engine;

/// docker's name for the default network; skiff's bridge interface for it.
pub const DEFAULT_NETWORK: &str = "bridge";
const DEFAULT_INTERFACE: &str = "skiff0";
const DEFAULT_SUBNET: &str = "10.87.0.0/16";
/// User networks get /24s from here unless `--subnet` says otherwise.
const USER_SUBNET_BASE: [u8; 2] = [10, 90];

/// A network definition (what `network create` wrote, or a built-in one).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Network {
    pub name: String,
    pub id: String,
    /// bridge, host or null.
    pub driver: String,
    pub created: String,
    /// The host bridge interface.
    #[serde(default)]
    pub interface: String,
    #[serde(default)]
    pub subnet: String,
    #[serde(default)]
    pub gateway: String,
    /// `--ip-range`: where addresses are handed out from (a part of the subnet).
    #[serde(default)]
    pub ip_range: String,
    #[serde(default)]
    pub internal: bool,
    /// Name resolution between containers (aardvark-dns): user networks only, as docker.
    #[serde(default)]
    pub dns_enabled: bool,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    #[serde(default)]
    pub options: BTreeMap<String, String>,
}

impl Network {
    pub fn is_builtin(&self) -> bool {
        is_builtin(&self.name)
    }

    /// Whether containers on it get an address (bridge driver).
    pub fn is_bridge(&self) -> bool {
        self.driver == "bridge"
    }
}

pub fn is_builtin(name: &str) -> bool {
    matches!(name, "bridge" | "host" | "none")
}

/// docker's words for settings the default bridge does not take.
pub const ALIASES_ON_DEFAULT: &str =
    "network-scoped aliases are only supported for user-defined networks";
pub const IP_ON_DEFAULT: &str =
    "user-specified IP address is supported on user-defined networks only";

/// `--opt` keys the bridge driver understands (docker's names and netavark's);
/// their values are netavark's to judge when a container first joins.
const KNOWN_OPTIONS: &[&str] = &[
    "com.docker.network.bridge.name",
    "com.docker.network.driver.mtu",
    "mtu",
];

/// `network create` options.
#[derive(Debug, Clone, Default)]
pub struct CreateOptions {
    pub driver: String,
    pub subnet: Option<String>,
    pub gateway: Option<String>,
    pub ip_range: Option<String>,
    pub internal: bool,
    pub labels: BTreeMap<String, String>,
    pub options: BTreeMap<String, String>,
}

#[derive(Debug, thiserror::Error)]
#[error("network {0} not found")]
pub struct NoSuchNetwork(pub String);

impl Engine {
    pub fn networks_dir(&self) -> PathBuf {
        self.paths.root.join("networks")
    }
    fn networks_lock(&self) -> Result<FileLock> {
        FileLock::exclusive(&self.networks_dir().join(".lock")).context("locking the networks")
    }
}

/// An ID derived from the name, stable across hosts, for the built-in networks.
fn builtin_id(name: &str) -> String {
    use sha2::Digest as _;
    hex::encode(sha2::Sha256::digest(format!("skiff-network-{name}")))
}

fn builtin(name: &str) -> Option<Network> {
    let base = |driver: &str| Network {
        name: name.to_string(),
        id: builtin_id(name),
        driver: driver.to_string(),
        created: "1970-01-01T00:00:00Z".into(),
        interface: String::new(),
        subnet: String::new(),
        gateway: String::new(),
        ip_range: String::new(),
        internal: false,
        dns_enabled: false,
        labels: BTreeMap::new(),
        options: BTreeMap::new(),
    };
    match name {
        "bridge" => {
            let subnet = Subnet::parse(DEFAULT_SUBNET).ok()?;
            Some(Network {
                interface: DEFAULT_INTERFACE.into(),
                subnet: DEFAULT_SUBNET.into(),
                gateway: subnet.host(1).to_string(),
                ..base("bridge")
            })
        }
        "host" => Some(base("host")),
        "none" => Some(base("null")),
        _ => None,
    }
}

fn read_defs(engine: &Engine) -> Result<Vec<Network>> {
    let mut out = Vec::new();
    for entry in crate::engine::store::dir_entries(&engine.networks_dir())? {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let data = fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
        let net: Network = serde_json::from_slice(&data)
            .with_context(|| format!("network definition {} is corrupt", path.display()))?;
        out.push(net);
    }
    Ok(out)
}

/// Every network, by name.
pub fn list(engine: &Engine) -> Result<Vec<Network>> {
    let mut out: Vec<Network> = ["bridge", "host", "none"]
        .iter()
        .filter_map(|n| builtin(n))
        .collect();
    out.extend(read_defs(engine)?);
    // docker lists every network by name, in natural order.
    out.sort_by(|a, b| crate::engine::text::natural_cmp(&a.name, &b.name));
    Ok(out)
}

/// Finds a network by name, full ID or unique ID prefix, as docker does.
pub fn lookup(engine: &Engine, name_or_id: &str) -> Result<Network> {
    let all = list(engine)?;
    if let Some(n) = all
        .iter()
        .find(|n| n.name == name_or_id || n.id == name_or_id)
    {
        return Ok(n.clone());
    }
    let matches: Vec<&Network> = all
        .iter()
        .filter(|n| !name_or_id.is_empty() && n.id.starts_with(name_or_id))
        .collect();
    match matches.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(NoSuchNetwork(name_or_id.to_string()).into()),
        _ => bail!(
            "network {name_or_id} is ambiguous ({} matches found based on ID prefix)",
            matches.len()
        ),
    }
}

/// docker's network name rule.
fn valid_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
}

/// `network create`.
pub fn create(engine: &Engine, name: &str, opts: &CreateOptions) -> Result<Network> {
    if !valid_name(name) {
        bail!("invalid network name \"{name}\": must match [a-zA-Z0-9][a-zA-Z0-9_.-]*");
    }
    if opts.driver != "bridge" {
        bail!(
            "plugin \"{}\" not found: skiff networks use the bridge driver",
            opts.driver
        );
    }
    if let Some(bad) = opts
        .options
        .keys()
        .find(|k| !KNOWN_OPTIONS.contains(&k.as_str()))
    {
        bail!(
            "unsupported network option {bad}: skiff's bridge driver takes {}",
            KNOWN_OPTIONS.join(", ")
        );
    }
    let _lock = engine.networks_lock()?;
    let existing = list(engine)?;
    if existing.iter().any(|n| n.name == name) {
        bail!("network with name {name} already exists");
    }
    let subnet = match &opts.subnet {
        Some(s) => {
            let subnet = Subnet::parse(s)?;
            if subnet.prefix > 30 {
                bail!("invalid subnet {s}: too small for containers");
            }
            if let Some(other) = existing
                .iter()
                .find(|n| Subnet::parse(&n.subnet).is_ok_and(|o| o.overlaps(&subnet)))
            {
                bail!(
                    "invalid pool request: Pool overlaps with other one on this address space (network {})",
                    other.name
                );
            }
            subnet
        }
        None => free_subnet(&existing)?,
    };
    let gateway = match &opts.gateway {
        Some(g) => {
            let ip: Ipv4Addr = g
                .parse()
                .map_err(|_| anyhow!("invalid gateway address {g}"))?;
            if !subnet.contains(ip) {
                bail!("no matching subnet for gateway {g}");
            }
            ip
        }
        None => subnet.host(1),
    };
    if let Some(r) = &opts.ip_range {
        let range = Subnet::parse(r)?;
        if !subnet.contains(range.network()) || range.prefix < subnet.prefix {
            bail!("no matching subnet for range {r}");
        }
    }
    // docker's option for the bridge's name; otherwise the next free skiffN.
    let interface = match opts.options.get("com.docker.network.bridge.name") {
        Some(name) => {
            let ok = !name.is_empty()
                && name.len() <= 15
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
            if !ok {
                bail!("invalid bridge name {name:?}: at most 15 letters, digits, '-', '_' or '.'");
            }
            if existing.iter().any(|n| &n.interface == name) {
                bail!("bridge name {name} is already used by another network");
            }
            name.clone()
        }
        None => free_interface(&existing),
    };
    let net = Network {
        name: name.to_string(),
        id: hex::encode(rand::random::<[u8; 32]>()),
        driver: "bridge".into(),
        created: crate::engine::container::now_rfc3339(),
        interface,
        subnet: subnet.to_string(),
        gateway: gateway.to_string(),
        ip_range: opts.ip_range.clone().unwrap_or_default(),
        internal: opts.internal,
        dns_enabled: true,
        labels: opts.labels.clone(),
        options: opts.options.clone(),
    };
    let path = engine.networks_dir().join(format!("{name}.json"));
    write_json(&path, &net).with_context(|| format!("writing {}", path.display()))?;
    crate::engine::events::record(
        engine,
        "network",
        "create",
        &net.id,
        &[("name", &net.name), ("type", &net.driver)],
    );
    Ok(net)
}

fn free_subnet(existing: &[Network]) -> Result<Subnet> {
    let taken: Vec<Subnet> = existing
        .iter()
        .filter_map(|n| Subnet::parse(&n.subnet).ok())
        .chain(host_routes())
        .collect();
    for third in 0..=255u8 {
        let candidate = Subnet {
            addr: u32::from(Ipv4Addr::new(
                USER_SUBNET_BASE[0],
                USER_SUBNET_BASE[1],
                third,
                0,
            )),
            prefix: 24,
        };
        if !taken.iter().any(|t| t.overlaps(&candidate)) {
            return Ok(candidate);
        }
    }
    bail!("could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network")
}

/// Networks the host already routes (so a new network does not shadow them).
fn host_routes() -> Vec<Subnet> {
    let Ok(text) = fs::read_to_string("/proc/net/route") else {
        return Vec::new();
    };
    text.lines()
        .skip(1)
        .filter_map(|line| {
            let f: Vec<&str> = line.split_whitespace().collect();
            let dest = u32::from_str_radix(f.get(1)?, 16).ok()?;
            let mask = u32::from_str_radix(f.get(7)?, 16).ok()?;
            (mask != 0).then(|| Subnet {
                addr: u32::from_be(dest),
                prefix: u32::from_be(mask).count_ones() as u8,
            })
        })
        .collect()
}

fn free_interface(existing: &[Network]) -> String {
    (1..)
        .map(|i| format!("skiff{i}"))
        .find(|name| !existing.iter().any(|n| &n.interface == name))
        .unwrap_or_else(|| "skiff-x".into())
}

/// `network rm`: refuses networks that containers use.
pub fn remove(engine: &Engine, name_or_id: &str) -> Result<String> {
    let net = lookup(engine, name_or_id)?;
    if net.is_builtin() {
        bail!(
            "{} is a pre-defined network and cannot be removed",
            net.name
        );
    }
    let _lock = engine.networks_lock()?;
    // As docker: only containers whose network is set up (running) hold it.
    if !attach::attached_to(engine, &net.name).is_empty() {
        bail!(
            "error while removing network: network {} id {} has active endpoints",
            net.name,
            net.id
        );
    }
    // Its bridge, firewall rules and aardvark-dns go with its anchor.
    attach::retire_anchor(engine, &net)?;
    let path = engine.networks_dir().join(format!("{}.json", net.name));
    fs::remove_file(&path).with_context(|| format!("removing {}", path.display()))?;
    crate::engine::events::record(
        engine,
        "network",
        "destroy",
        &net.id,
        &[("name", &net.name), ("type", &net.driver)],
    );
    Ok(net.name)
}

/// `network prune`: removes user networks no container uses; returns their names.
pub fn prune(
    engine: &Engine,
    filters: &crate::engine::filters::PruneFilters,
) -> Result<Vec<String>> {
    let mut removed = Vec::new();
    for net in read_defs(engine)? {
        let created = humantime::parse_rfc3339_weak(net.created.trim_end_matches('Z')).ok();
        if !filters.labels_match(&net.labels) || !filters.created_before_until(created) {
            continue;
        }
        if remove(engine, &net.name).is_ok() {
            removed.push(net.name);
        }
    }
    removed.sort();
    // The default bridge stays while anyone uses it, like docker0; prune takes it down when idle.
    attach::release_idle_anchors(engine)?;
    Ok(removed)
}

/// An IPv4 subnet such as 10.90.0.0/24.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Subnet {
    pub addr: u32,
    pub prefix: u8,
}

impl Subnet {
    pub fn parse(s: &str) -> Result<Subnet> {
        let (ip, prefix) = s
            .split_once('/')
            .ok_or_else(|| anyhow!("invalid subnet {s}: want an IPv4 CIDR such as 10.90.0.0/24"))?;
        let ip: Ipv4Addr = ip
            .parse()
            .map_err(|_| anyhow!("invalid subnet {s}: only IPv4 subnets are supported"))?;
        let prefix: u8 = prefix
            .parse()
            .ok()
            .filter(|p| *p <= 32)
            .ok_or_else(|| anyhow!("invalid subnet {s}: bad prefix length"))?;
        let subnet = Subnet {
            addr: u32::from(ip),
            prefix,
        };
        if subnet.addr & !subnet.mask() != 0 {
            bail!(
                "invalid subnet {s}: host bits set (did you mean {}?)",
                Subnet {
                    addr: subnet.addr & subnet.mask(),
                    prefix
                }
            );
        }
        Ok(subnet)
    }

    fn mask(&self) -> u32 {
        if self.prefix == 0 {
            0
        } else {
            u32::MAX << (32 - self.prefix)
        }
    }

    pub fn network(&self) -> Ipv4Addr {
        Ipv4Addr::from(self.addr & self.mask())
    }

    /// The n-th address of the subnet.
    pub fn host(&self, n: u32) -> Ipv4Addr {
        Ipv4Addr::from((self.addr & self.mask()).wrapping_add(n))
    }

    pub fn size(&self) -> u64 {
        1u64 << (32 - self.prefix)
    }

    pub fn contains(&self, ip: Ipv4Addr) -> bool {
        u32::from(ip) & self.mask() == self.addr & self.mask()
    }

    pub fn overlaps(&self, other: &Subnet) -> bool {
        let shorter = self.prefix.min(other.prefix);
        let mask = if shorter == 0 {
            0
        } else {
            u32::MAX << (32 - shorter)
        };
        self.addr & mask == other.addr & mask
    }
}

impl std::fmt::Display for Subnet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.network(), self.prefix)
    }
}

/// Whether a container has its network set up (running or paused).
fn is_up(engine: &Engine, id: &str) -> bool {
    use crate::engine::container::load_state;
    load_state(engine, id).status.is_up()
}

/// `network connect`: the container joins the network now if it runs, and
/// whenever it starts from now on.
pub fn connect(
    engine: &Engine,
    c: &crate::engine::container::Container,
    net: &Network,
    request: crate::engine::container::NetworkRequest,
) -> Result<()> {
    use crate::engine::container;
    match attach::Mode::of(&c.record.host_config) {
        attach::Mode::Networks(_) => {}
        attach::Mode::Host => bail!("container cannot be disconnected from host network or connected to host network"),
        _ => bail!("container cannot be connected to multiple networks with one of the networks in private (none) mode"),
    }
    if !net.is_bridge() {
        bail!("container cannot be disconnected from host network or connected to host network");
    }
    if net.name == DEFAULT_NETWORK && !request.aliases.is_empty() {
        bail!("invalid endpoint settings: {ALIASES_ON_DEFAULT}");
    }
    if net.name == DEFAULT_NETWORK && !request.ip.is_empty() {
        bail!("invalid endpoint settings: {IP_ON_DEFAULT}");
    }
    let _lock = container::lock(engine, &c.record.id)?;
    let mut record = container::load_record(engine, &c.record.id)?;
    if record.host_config.endpoint_request(&net.name).is_some() {
        if !is_up(engine, &record.id) {
            // docker: nothing to do for a container that is not running.
            return Ok(());
        }
        bail!(
            "endpoint with name {} already exists in network {}",
            record.name,
            net.name
        );
    }
    record.host_config.networks.push(request);
    if is_up(engine, &record.id) {
        attach::connect(engine, &record, net)?;
    }
    write_json(&engine.container_paths(&record.id).record(), &record)
        .context("writing container record")?;
    crate::engine::events::record(
        engine,
        "network",
        "connect",
        &net.id,
        &[
            ("container", &record.id),
            ("name", &net.name),
            ("type", &net.driver),
        ],
    );
    Ok(())
}

/// `network disconnect`.
pub fn disconnect(
    engine: &Engine,
    c: &crate::engine::container::Container,
    network: &str,
) -> Result<()> {
    use crate::engine::container;
    let _lock = container::lock(engine, &c.record.id)?;
    let mut record = container::load_record(engine, &c.record.id)?;
    if record.host_config.endpoint_request(network).is_none() {
        bail!(
            "container {} is not connected to the network {network}",
            record.id
        );
    }
    if is_up(engine, &record.id) {
        attach::disconnect(engine, &record, network)?;
    }
    record.host_config.networks.retain(|n| n.name != network);
    write_json(&engine.container_paths(&record.id).record(), &record)
        .context("writing container record")?;
    let id = lookup(engine, network).map(|n| n.id).unwrap_or_default();
    crate::engine::events::record(
        engine,
        "network",
        "disconnect",
        &id,
        &[
            ("container", &record.id),
            ("name", network),
            ("type", "bridge"),
        ],
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subnets() {
        let s = Subnet::parse("10.90.3.0/24").unwrap();
        assert_eq!(s.host(1).to_string(), "10.90.3.1");
        assert!(s.contains("10.90.3.77".parse().unwrap()));
        assert!(!s.contains("10.90.4.1".parse().unwrap()));
        assert!(s.overlaps(&Subnet::parse("10.90.0.0/16").unwrap()));
        assert!(!s.overlaps(&Subnet::parse("10.90.4.0/24").unwrap()));
        assert_eq!(s.size(), 256);
        assert!(Subnet::parse("10.90.3.1/24").is_err());
        assert!(Subnet::parse("fd00::/64").is_err());
        assert!(Subnet::parse("10.0.0.0/33").is_err());
    }

    #[test]
    fn names() {
        assert!(valid_name("my-net_1.x"));
        assert!(!valid_name("-x"));
        assert!(!valid_name("a b"));
        assert!(!valid_name(""));
    }
}
