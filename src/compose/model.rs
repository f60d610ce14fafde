//! The typed model the runner works from: a service as the loader left it
//! (canonical long syntax), read once into structs. What skiff does not model
//! stays in `other`, so the runner can name it in a warning.

use std::collections::BTreeMap;

use anyhow::{anyhow, Result};
use serde::Deserialize;
use serde_yaml_ng::Value;

/// One service of a loaded project.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Service {
    pub image: Option<String>,
    pub build: Option<Build>,
    pub container_name: Option<String>,
    pub command: Option<Vec<String>>,
    pub entrypoint: Option<Vec<String>>,
    pub environment: BTreeMap<String, Option<String>>,
    pub working_dir: Option<String>,
    pub user: Option<String>,
    pub group_add: Vec<Scalar>,
    pub hostname: Option<String>,
    pub domainname: Option<String>,
    pub labels: BTreeMap<String, String>,
    pub ports: Vec<Port>,
    pub expose: Vec<Scalar>,
    pub volumes: Vec<ServiceVolume>,
    pub volumes_from: Vec<String>,
    pub tmpfs: StringOrList,
    pub networks: BTreeMap<String, Option<ServiceNetwork>>,
    pub network_mode: Option<String>,
    pub links: Vec<String>,
    pub depends_on: BTreeMap<String, Dependency>,
    pub healthcheck: Option<Healthcheck>,
    pub restart: Option<String>,
    pub stop_signal: Option<String>,
    pub stop_grace_period: Option<String>,
    pub init: Option<bool>,
    pub privileged: bool,
    pub read_only: bool,
    pub cap_add: Vec<String>,
    pub cap_drop: Vec<String>,
    pub security_opt: Vec<String>,
    pub devices: Vec<Value>,
    pub dns: StringOrList,
    pub dns_search: StringOrList,
    pub dns_opt: Vec<String>,
    pub extra_hosts: ExtraHosts,
    pub ulimits: BTreeMap<String, Ulimit>,
    pub sysctls: KeyValues,
    pub shm_size: Option<Scalar>,
    pub mem_limit: Option<Scalar>,
    pub memswap_limit: Option<Scalar>,
    pub mem_reservation: Option<Scalar>,
    pub cpus: Option<Scalar>,
    pub cpu_shares: Option<Scalar>,
    pub pids_limit: Option<Scalar>,
    pub ipc: Option<String>,
    pub pid: Option<String>,
    pub userns_mode: Option<String>,
    pub logging: Option<Logging>,
    pub secrets: Vec<FileReference>,
    pub configs: Vec<FileReference>,
    pub stdin_open: bool,
    pub tty: bool,
    pub platform: Option<String>,
    pub pull_policy: Option<String>,
    pub scale: Option<u32>,
    pub deploy: Option<Deploy>,
    pub profiles: Vec<String>,
    pub env_file: Option<Value>,
    pub label_file: Option<Value>,
    pub develop: Option<Develop>,
    /// Keys skiff does not act on (the runner warns about them).
    #[serde(flatten)]
    pub other: BTreeMap<String, Value>,
}

/// `develop:`, what `compose watch` does when files change.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Develop {
    pub watch: Vec<WatchTrigger>,
}

/// One `develop.watch` rule.
#[derive(Debug, Clone, Deserialize)]
pub struct WatchTrigger {
    pub action: WatchAction,
    /// On the host, relative to the project directory.
    pub path: String,
    /// In the container (sync actions).
    #[serde(default)]
    pub target: Option<String>,
    /// `.dockerignore` patterns, relative to `path`.
    #[serde(default)]
    pub ignore: Vec<String>,
    #[serde(default)]
    pub include: Vec<String>,
    #[serde(default)]
    pub initial_sync: bool,
    /// `sync+exec`'s command.
    #[serde(default)]
    pub exec: Option<WatchExec>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum WatchAction {
    #[serde(rename = "sync")]
    Sync,
    #[serde(rename = "rebuild")]
    Rebuild,
    #[serde(rename = "restart")]
    Restart,
    #[serde(rename = "sync+restart")]
    SyncRestart,
    #[serde(rename = "sync+exec")]
    SyncExec,
}

impl WatchAction {
    pub fn syncs(self) -> bool {
        matches!(
            self,
            WatchAction::Sync | WatchAction::SyncRestart | WatchAction::SyncExec
        )
    }

    pub fn as_str(self) -> &'static str {
        match self {
            WatchAction::Sync => "sync",
            WatchAction::Rebuild => "rebuild",
            WatchAction::Restart => "restart",
            WatchAction::SyncRestart => "sync+restart",
            WatchAction::SyncExec => "sync+exec",
        }
    }
}

/// The command `sync+exec` runs in each of the service's containers.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct WatchExec {
    pub command: StringOrList,
    pub user: Option<String>,
    pub privileged: bool,
    pub working_dir: Option<String>,
    pub environment: BTreeMap<String, Option<String>>,
}

/// A service's `build:` section (canonical: a mapping with an absolute context).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Build {
    pub context: Option<String>,
    pub dockerfile: Option<String>,
    pub dockerfile_inline: Option<String>,
    /// A null value takes the variable from the environment.
    pub args: BTreeMap<String, Option<Scalar>>,
    pub target: Option<String>,
    pub labels: BTreeMap<String, String>,
    pub no_cache: bool,
    pub pull: bool,
    /// Keys the builder does not act on (named in a warning).
    #[serde(flatten)]
    pub other: BTreeMap<String, Value>,
}

/// A number or a string, as compose files write sizes, counts and ids.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(untagged)]
pub enum Scalar {
    Int(i64),
    Float(f64),
    Text(String),
}

impl Scalar {
    pub fn text(&self) -> String {
        match self {
            Scalar::Int(i) => i.to_string(),
            Scalar::Float(f) => f.to_string(),
            Scalar::Text(s) => s.clone(),
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(untagged)]
pub enum StringOrList {
    #[default]
    None,
    One(String),
    List(Vec<String>),
}

impl StringOrList {
    pub fn items(&self) -> Vec<String> {
        match self {
            StringOrList::None => Vec::new(),
            StringOrList::One(s) => vec![s.clone()],
            StringOrList::List(l) => l.clone(),
        }
    }
}

/// `KEY=VALUE` entries or a map (sysctls, extra_hosts).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(untagged)]
pub enum KeyValues {
    #[default]
    None,
    Map(BTreeMap<String, Scalar>),
    List(Vec<String>),
}

impl KeyValues {
    pub fn pairs(&self, separator: char) -> Vec<(String, String)> {
        match self {
            KeyValues::None => Vec::new(),
            KeyValues::Map(m) => m.iter().map(|(k, v)| (k.clone(), v.text())).collect(),
            KeyValues::List(l) => l
                .iter()
                .map(|e| match e.split_once(separator) {
                    Some((k, v)) => (k.to_string(), v.to_string()),
                    None => (e.clone(), String::new()),
                })
                .collect(),
        }
    }
}

/// extra_hosts: `host:ip`/`host=ip` entries, or a map of host to IP(s).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(untagged)]
pub enum ExtraHosts {
    #[default]
    None,
    Map(BTreeMap<String, StringOrList>),
    List(Vec<String>),
}

impl ExtraHosts {
    /// docker's `HOST:IP` form.
    pub fn entries(&self) -> Vec<String> {
        match self {
            ExtraHosts::None => Vec::new(),
            ExtraHosts::Map(m) => m
                .iter()
                .flat_map(|(host, ips)| {
                    ips.items()
                        .into_iter()
                        .map(move |ip| format!("{host}:{ip}"))
                })
                .collect(),
            ExtraHosts::List(l) => l
                .iter()
                .map(|e| match e.split_once('=') {
                    Some((h, ip)) => format!("{h}:{ip}"),
                    None => e.clone(),
                })
                .collect(),
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Port {
    pub target: u16,
    pub published: Option<Scalar>,
    pub host_ip: Option<String>,
    pub protocol: Option<String>,
    pub mode: Option<String>,
    pub name: Option<String>,
    pub app_protocol: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ServiceVolume {
    #[serde(rename = "type")]
    pub kind: String,
    pub source: Option<String>,
    pub target: String,
    pub read_only: bool,
    pub bind: Option<BindOptions>,
    pub volume: Option<VolumeOptions>,
    pub tmpfs: Option<TmpfsOptions>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct BindOptions {
    pub create_host_path: Option<bool>,
    pub propagation: Option<String>,
    pub selinux: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct VolumeOptions {
    pub nocopy: bool,
    pub subpath: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct TmpfsOptions {
    pub size: Option<Scalar>,
    pub mode: Option<Scalar>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ServiceNetwork {
    pub aliases: Vec<String>,
    pub ipv4_address: Option<String>,
    pub mac_address: Option<String>,
    pub priority: i64,
}

/// What a service waits for in each dependency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    #[default]
    ServiceStarted,
    ServiceHealthy,
    ServiceCompletedSuccessfully,
}

impl Condition {
    pub fn as_str(self) -> &'static str {
        match self {
            Condition::ServiceStarted => "service_started",
            Condition::ServiceHealthy => "service_healthy",
            Condition::ServiceCompletedSuccessfully => "service_completed_successfully",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct Dependency {
    pub condition: Condition,
    pub required: bool,
    pub restart: bool,
}

impl Default for Dependency {
    fn default() -> Self {
        Dependency {
            condition: Condition::ServiceStarted,
            required: true,
            restart: false,
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Healthcheck {
    pub test: Vec<String>,
    pub interval: Option<String>,
    pub timeout: Option<String>,
    pub start_period: Option<String>,
    pub start_interval: Option<String>,
    pub retries: Option<u32>,
    pub disable: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Ulimit {
    Single(i64),
    Range { soft: i64, hard: i64 },
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Logging {
    pub driver: Option<String>,
    pub options: BTreeMap<String, Scalar>,
}

/// A secret or config a service uses: `name`, or the long form.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum FileReference {
    Name(String),
    Long {
        source: String,
        #[serde(default)]
        target: Option<String>,
        #[serde(default)]
        uid: Option<Scalar>,
        #[serde(default)]
        gid: Option<Scalar>,
        #[serde(default)]
        mode: Option<Scalar>,
    },
}

impl FileReference {
    pub fn source(&self) -> &str {
        match self {
            FileReference::Name(n) => n,
            FileReference::Long { source, .. } => source,
        }
    }
    pub fn target(&self) -> Option<&str> {
        match self {
            FileReference::Name(_) => None,
            FileReference::Long { target, .. } => target.as_deref(),
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Deploy {
    pub replicas: Option<u32>,
    pub resources: Option<DeployResources>,
    #[serde(flatten)]
    pub other: BTreeMap<String, Value>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct DeployResources {
    pub limits: Option<Limits>,
    pub reservations: Option<Value>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Limits {
    pub cpus: Option<Scalar>,
    pub memory: Option<Scalar>,
    pub pids: Option<i64>,
}

/// A top-level network, volume, secret or config.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Resource {
    /// The engine's name for it (`<project>_<key>` unless set).
    pub name: Option<String>,
    pub external: bool,
    pub driver: Option<String>,
    pub driver_opts: BTreeMap<String, Scalar>,
    pub labels: BTreeMap<String, String>,
    pub internal: bool,
    pub ipam: Option<Ipam>,
    /// Secrets and configs: where the content comes from.
    pub file: Option<String>,
    pub environment: Option<String>,
    pub content: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Ipam {
    pub driver: Option<String>,
    pub config: Vec<IpamPool>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct IpamPool {
    pub subnet: Option<String>,
    pub gateway: Option<String>,
    pub ip_range: Option<String>,
}

impl Service {
    /// Reads one service of the loader's canonical output.
    pub fn from_mapping(name: &str, m: &serde_yaml_ng::Mapping) -> Result<Service> {
        serde_yaml_ng::from_value(Value::Mapping(m.clone()))
            .map_err(|e| anyhow!("service {name}: {e}"))
    }

    /// How many containers the service runs: `scale`, else
    /// `deploy.replicas`, else one.
    pub fn replicas(&self) -> u32 {
        self.scale
            .or_else(|| self.deploy.as_ref().and_then(|d| d.replicas))
            .unwrap_or(1)
    }
}

impl Resource {
    pub fn from_mapping(kind: &str, key: &str, m: &serde_yaml_ng::Mapping) -> Result<Resource> {
        serde_yaml_ng::from_value(Value::Mapping(m.clone()))
            .map_err(|e| anyhow!("{kind} {key}: {e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn service(yaml: &str) -> Service {
        let m: serde_yaml_ng::Mapping = serde_yaml_ng::from_str(yaml).expect("yaml");
        Service::from_mapping("s", &m).expect("service")
    }

    #[test]
    fn canonical_services_read_into_the_model() {
        let s = service(
            "image: busybox\ncommand: [sleep, '1']\nenvironment: {A: '1', B: null}\n\
             ports: [{target: 80, published: '8080', protocol: tcp, mode: ingress}]\n\
             depends_on: {db: {condition: service_healthy, required: true}}\n\
             deploy: {replicas: 2, resources: {limits: {cpus: 0.5, memory: '52428800'}}}\n\
             ulimits: {nofile: {soft: 10, hard: 20}, nproc: 5}\n\
             extra_hosts: ['a:1.2.3.4', 'b=5.6.7.8']\nsysctls: {net.core.somaxconn: 1024}\n\
             secrets: [s1, {source: s2, target: /x}]\nunknown_key: 1\n",
        );
        assert_eq!(s.image.as_deref(), Some("busybox"));
        assert_eq!(s.command, Some(vec!["sleep".into(), "1".into()]));
        assert_eq!(s.environment["B"], None);
        assert_eq!(s.ports[0].published, Some(Scalar::Text("8080".into())));
        assert_eq!(s.depends_on["db"].condition, Condition::ServiceHealthy);
        assert_eq!(s.replicas(), 2);
        assert_eq!(s.extra_hosts.entries(), vec!["a:1.2.3.4", "b:5.6.7.8"]);
        assert_eq!(
            s.sysctls.pairs('='),
            vec![("net.core.somaxconn".to_string(), "1024".to_string())]
        );
        assert_eq!(s.secrets[1].target(), Some("/x"));
        assert!(s.other.contains_key("unknown_key"));
    }
}
