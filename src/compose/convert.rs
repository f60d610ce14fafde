//! A compose service turned into the engine's typed container spec: the one
//! path from compose keys to a container (no `run` argv in between). Keys
//! skiff cannot honour come back as warnings naming them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context as _, Result};

use super::labels;
use super::model::{FileReference, Resource, Scalar, Service, Ulimit};
use super::Project;
use crate::engine::container::{BindMount, HealthConfig, RestartPolicy, TmpfsMount, UsernsMode};
use crate::engine::ports::PortBinding;
use crate::engine::spec::{
    docker, ContainerSpec, HealthSetting, Mount, NetworkAttachment, PullPolicy, VolumeRequest,
};

/// The engine names of a project's networks, volumes, secrets and configs,
/// by their keys in the compose file.
#[derive(Debug, Default, Clone)]
pub struct Resources {
    pub networks: BTreeMap<String, Resource>,
    pub volumes: BTreeMap<String, Resource>,
    pub secrets: BTreeMap<String, Resource>,
    pub configs: BTreeMap<String, Resource>,
}

impl Resources {
    pub fn of(project: &Project) -> Result<Resources> {
        let read = |kind: &str, section: &BTreeMap<String, serde_yaml_ng::Mapping>| {
            section
                .iter()
                .map(|(k, m)| Ok((k.clone(), Resource::from_mapping(kind, k, m)?)))
                .collect::<Result<BTreeMap<_, _>>>()
        };
        let other = |key: &str| -> BTreeMap<String, serde_yaml_ng::Mapping> {
            project
                .other
                .get(key)
                .and_then(|v| v.as_mapping())
                .map(|m| {
                    m.iter()
                        .filter_map(|(k, v)| {
                            Some((
                                k.as_str()?.to_string(),
                                v.as_mapping().cloned().unwrap_or_default(),
                            ))
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        Ok(Resources {
            networks: read("network", &project.networks)?,
            volumes: read("volume", &project.volumes)?,
            secrets: read("secret", &other("secrets"))?,
            configs: read("config", &other("configs"))?,
        })
    }

    /// The engine's name for network `key`.
    pub fn network_name(&self, project: &str, key: &str) -> String {
        self.networks
            .get(key)
            .and_then(|n| n.name.clone())
            .unwrap_or_else(|| format!("{project}_{key}"))
    }

    pub fn volume_name(&self, project: &str, key: &str) -> String {
        self.volumes
            .get(key)
            .and_then(|v| v.name.clone())
            .unwrap_or_else(|| format!("{project}_{key}"))
    }
}

/// Everything a service's container needs besides the service itself.
pub struct Target<'a> {
    pub project: &'a Project,
    pub resources: &'a Resources,
    pub service: &'a str,
    pub number: u32,
    pub config_hash: &'a str,
    /// The engine's name of the first container of each other service
    /// (for `network_mode: service:X`, `volumes_from`).
    pub service_containers: &'a BTreeMap<String, String>,
    /// Where the project keeps files it makes (environment-sourced secrets).
    pub state_dir: &'a Path,
}

/// The image a service runs: its `image`, else the one compose builds for
/// it, `<project>-<service>`.
pub fn image_name(project: &str, service: &str, svc: &Service) -> Result<String> {
    match (&svc.image, &svc.build) {
        (Some(image), _) => Ok(image.clone()),
        (None, Some(_)) => Ok(format!("{project}-{service}")),
        (None, None) => {
            bail!("service {service} has neither an image nor a build context specified")
        }
    }
}

/// The container name compose v2 gives a service's `number`th container.
pub fn container_name(project: &str, service: &str, svc: &Service, number: u32) -> String {
    match &svc.container_name {
        Some(name) => name.clone(),
        None => format!("{project}-{service}-{number}"),
    }
}

/// Converts `svc` into a container spec; also returns a warning for each key
/// skiff ignores.
pub fn spec(svc: &Service, t: &Target) -> Result<(ContainerSpec, Vec<String>)> {
    let service = t.service;
    let ctx = |what: &str| format!("service {service}: {what}");
    let mut warnings: Vec<String> = Vec::new();
    let image = image_name(&t.project.name, service, svc)?;
    let mut spec = ContainerSpec {
        image,
        name: Some(container_name(&t.project.name, service, svc, t.number)),
        entrypoint: svc.entrypoint.clone(),
        cmd: svc.command.clone(),
        workdir: svc.working_dir.clone(),
        user: svc.user.clone(),
        hostname: svc.hostname.clone(),
        domainname: svc.domainname.clone(),
        tty: svc.tty,
        open_stdin: svc.stdin_open,
        links: svc.links.clone(),
        ..ContainerSpec::default()
    };
    spec.env = svc
        .environment
        .iter()
        .filter_map(|(k, v)| v.as_ref().map(|v| format!("{k}={v}")))
        .collect();
    spec.labels = svc.labels.clone();
    spec.labels.extend(labels::container(t, svc));

    // Networks: the service's (or the project's default), each with the
    // service name as an alias, so that others find it by name.
    match svc.network_mode.as_deref() {
        Some(mode) => {
            let name = match mode.strip_prefix("service:") {
                Some(other) => format!(
                    "container:{}",
                    t.service_containers
                        .get(other)
                        .ok_or_else(|| anyhow!(ctx(&format!(
                            "network_mode: no container of service {other}"
                        ))))?
                ),
                None => mode.to_string(),
            };
            spec.networks.push(NetworkAttachment {
                name,
                ..Default::default()
            });
        }
        None => {
            let mut nets: Vec<(&String, i64)> = svc
                .networks
                .iter()
                .map(|(k, v)| (k, v.as_ref().map_or(0, |n| n.priority)))
                .collect();
            if nets.is_empty() {
                nets.push((&DEFAULT, 0));
            }
            // compose: by priority, highest first, then by name.
            nets.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            for (key, _) in nets {
                let opts = svc.networks.get(key).cloned().flatten().unwrap_or_default();
                let mut aliases = vec![service.to_string()];
                aliases.extend(opts.aliases.iter().cloned());
                spec.networks.push(NetworkAttachment {
                    name: t.resources.network_name(&t.project.name, key),
                    aliases,
                    ipv4: opts
                        .ipv4_address
                        .as_deref()
                        .map(docker::ipv4)
                        .transpose()
                        .with_context(|| ctx("ipv4_address"))?,
                    mac: opts
                        .mac_address
                        .as_deref()
                        .map(docker::mac_address)
                        .transpose()
                        .with_context(|| ctx("mac_address"))?,
                });
            }
        }
    }

    for p in &svc.ports {
        spec.ports.push(port(p).with_context(|| ctx("ports"))?);
    }
    for e in &svc.expose {
        let e = e.text();
        spec.expose.push(if e.contains('/') {
            e
        } else {
            format!("{e}/tcp")
        });
    }
    spec.dns = svc.dns.items();
    spec.dns_search = svc.dns_search.items();
    spec.dns_options = svc.dns_opt.clone();
    spec.extra_hosts = svc.extra_hosts.entries();

    for v in &svc.volumes {
        spec.mounts
            .push(mount(v, t).with_context(|| ctx(&format!("volume {}", v.target)))?);
    }
    for tmpfs in svc.tmpfs.items() {
        spec.mounts.push(Mount::Tmpfs(docker::parse_tmpfs(&tmpfs)));
    }
    for (kind, refs, section) in [
        ("secret", &svc.secrets, &t.resources.secrets),
        ("config", &svc.configs, &t.resources.configs),
    ] {
        for r in refs {
            spec.mounts.push(file_mount(kind, r, section, t)?);
            if let FileReference::Long { uid, gid, mode, .. } = r {
                if uid.is_some() || gid.is_some() || mode.is_some() {
                    // As docker compose without swarm: the file is bind-mounted as it is.
                    warnings.push(format!(
                        "service {service}: {kind} {}: uid, gid and mode are ignored: the file is bind-mounted read-only as it is",
                        r.source()
                    ));
                }
            }
        }
    }
    for from in &svc.volumes_from {
        let (source, mode) = from.split_once(':').unwrap_or((from, ""));
        let container = match source.strip_prefix("container:") {
            Some(c) => c.to_string(),
            None => t.service_containers.get(source).cloned().ok_or_else(|| {
                anyhow!(ctx(&format!(
                    "volumes_from: no container of service {source}"
                )))
            })?,
        };
        spec.volumes_from.push(if mode.is_empty() {
            container
        } else {
            format!("{container}:{mode}")
        });
    }

    // Resources: deploy.resources.limits, then the service-level keys.
    let r = &mut spec.resources;
    let limits = svc
        .deploy
        .as_ref()
        .and_then(|d| d.resources.as_ref())
        .and_then(|r| r.limits.as_ref());
    if let Some(cpus) = limits.and_then(|l| l.cpus.as_ref()).or(svc.cpus.as_ref()) {
        let cpus: f64 = cpus
            .text()
            .parse()
            .map_err(|_| anyhow!(ctx(&format!("invalid cpus {:?}", cpus.text()))))?;
        if cpus > 0.0 {
            r.nano_cpus = docker::nano_cpus(cpus).with_context(|| ctx("cpus"))?;
        }
    }
    if let Some(mem) = limits
        .and_then(|l| l.memory.as_ref())
        .or(svc.mem_limit.as_ref())
    {
        r.memory = bytes(mem).with_context(|| ctx("memory limit"))?;
    }
    if let Some(swap) = &svc.memswap_limit {
        r.memory_swap = bytes(swap).with_context(|| ctx("memswap_limit"))?;
    }
    if let Some(res) = &svc.mem_reservation {
        r.memory_reservation = bytes(res).with_context(|| ctx("mem_reservation"))?;
    }
    if let Some(pids) = limits
        .and_then(|l| l.pids)
        .or(svc.pids_limit.as_ref().and_then(|p| p.text().parse().ok()))
    {
        r.pids_limit = pids;
    }
    if let Some(shares) = &svc.cpu_shares {
        r.cpu_shares = shares
            .text()
            .parse()
            .map_err(|_| anyhow!(ctx("invalid cpu_shares")))?;
    }
    for (name, limit) in &svc.ulimits {
        let (soft, hard) = match limit {
            Ulimit::Single(v) => (*v, *v),
            Ulimit::Range { soft, hard } => (*soft, *hard),
        };
        // Checked as `--ulimit` checks it.
        let checked = docker::parse_ulimit(&format!("{name}={soft}:{hard}"))
            .with_context(|| ctx("ulimits"))?;
        r.ulimits.push(checked);
    }
    if let Some(shm) = &svc.shm_size {
        spec.shm_size = Some(bytes(shm).with_context(|| ctx("shm_size"))?);
    }

    let s = &mut spec.security;
    s.cap_add = svc.cap_add.clone();
    s.cap_drop = svc.cap_drop.clone();
    s.privileged = svc.privileged;
    s.read_only = svc.read_only;
    s.security_opt = svc.security_opt.clone();
    s.group_add = svc.group_add.iter().map(Scalar::text).collect();
    s.sysctls = svc.sysctls.pairs('=').into_iter().collect();
    s.init = svc.init.unwrap_or(false);
    s.ipc_mode = service_ref(svc.ipc.as_deref(), t)?;
    s.pid_mode = service_ref(svc.pid.as_deref(), t)?;
    if let Some(mode) = &svc.userns_mode {
        s.userns = UsernsMode::parse(mode).with_context(|| ctx("userns_mode"))?;
    }
    for d in &svc.devices {
        let text = match d {
            serde_yaml_ng::Value::String(s) => s.clone(),
            serde_yaml_ng::Value::Mapping(m) => {
                let get = |k: &str| m.get(k).and_then(|v| v.as_str()).unwrap_or("").to_string();
                let (source, target, perms) = (get("source"), get("target"), get("permissions"));
                [source, target, perms]
                    .into_iter()
                    .filter(|p| !p.is_empty())
                    .collect::<Vec<_>>()
                    .join(":")
            }
            other => bail!("service {service}: invalid device {other:?}"),
        };
        spec.devices
            .push(docker::parse_device(&text).with_context(|| ctx("devices"))?);
    }

    spec.restart = RestartPolicy::parse(svc.restart.as_deref().unwrap_or("no"))
        .with_context(|| ctx("restart"))?;
    spec.health = health(svc).with_context(|| ctx("healthcheck"))?;
    spec.stop_signal = svc.stop_signal.clone();
    if let Some(grace) = &svc.stop_grace_period {
        let ns = docker::go_duration_ns(grace).with_context(|| ctx("stop_grace_period"))?;
        spec.stop_timeout = Some((ns + 999_999_999) / 1_000_000_000);
    }
    if let Some(logging) = &svc.logging {
        let opts: Vec<String> = logging
            .options
            .iter()
            .map(|(k, v)| format!("{k}={}", v.text()))
            .collect();
        spec.log = docker::log_config(logging.driver.as_deref().unwrap_or("json-file"), &opts)
            .with_context(|| ctx("logging"))?;
    }
    spec.pull = match svc.pull_policy.as_deref() {
        None | Some("missing") | Some("if_not_present") => PullPolicy::Missing,
        // Built by the runner before the container is made.
        Some("build") => PullPolicy::Missing,
        Some(p) => p.parse().with_context(|| ctx("pull_policy"))?,
    };

    for key in svc.other.keys() {
        if !IGNORED_QUIETLY.contains(&key.as_str()) && !key.starts_with("x-") {
            warnings.push(format!(
                "service {service}: {key} is not supported by skiff and is ignored"
            ));
        }
    }
    if let Some(deploy) = &svc.deploy {
        for key in deploy.other.keys() {
            warnings.push(format!(
                "service {service}: deploy.{key} is not supported by skiff and is ignored"
            ));
        }
    }
    Ok((spec, warnings))
}

static DEFAULT: String = String::new();

/// Keys that say nothing a single host acts on (or that the loader used up).
const IGNORED_QUIETLY: &[&str] = &["develop", "annotations", "attach"];

/// `ipc`/`pid`: `service:X` names the first container of X.
fn service_ref(mode: Option<&str>, t: &Target) -> Result<String> {
    let Some(mode) = mode else {
        return Ok(String::new());
    };
    match mode.strip_prefix("service:") {
        Some(other) => t
            .service_containers
            .get(other)
            .map(|c| format!("container:{c}"))
            .ok_or_else(|| anyhow!("service {}: no container of service {other}", t.service)),
        None => Ok(mode.to_string()),
    }
}

/// A size as compose writes it: bytes as a number, or `64m`-style text.
fn bytes(v: &Scalar) -> Result<i64> {
    match v {
        Scalar::Int(i) => Ok(*i),
        Scalar::Float(f) => Ok(*f as i64),
        Scalar::Text(s) => docker::ram_in_bytes(s),
    }
}

fn port(p: &super::model::Port) -> Result<PortBinding> {
    let protocol = p.protocol.clone().unwrap_or_else(|| "tcp".into());
    let (host_port, host_port_end) = match p.published.as_ref().map(Scalar::text) {
        None => (0, 0),
        Some(s) if s.is_empty() => (0, 0),
        Some(s) => match s.split_once('-') {
            Some((a, b)) => (parse_port(a)?, parse_port(b)?),
            None => (parse_port(&s)?, 0),
        },
    };
    Ok(PortBinding {
        host_ip: p.host_ip.clone().unwrap_or_default(),
        host_port,
        host_port_end,
        container_port: p.target,
        protocol,
    })
}

fn parse_port(s: &str) -> Result<u16> {
    s.parse()
        .map_err(|_| anyhow!("invalid published port {s:?}"))
}

fn mount(v: &super::model::ServiceVolume, t: &Target) -> Result<Mount> {
    let source = v.source.clone().unwrap_or_default();
    Ok(match v.kind.as_str() {
        "volume" if source.is_empty() => Mount::Volume(VolumeRequest {
            name: None,
            destination: v.target.clone(),
            read_only: v.read_only,
            keep_anonymous: false,
        }),
        "volume" => {
            if !t.resources.volumes.contains_key(&source) {
                bail!(
                    "service {} refers to undefined volume {source}: invalid compose project",
                    t.service
                );
            }
            Mount::Volume(VolumeRequest {
                name: Some(t.resources.volume_name(&t.project.name, &source)),
                destination: v.target.clone(),
                read_only: v.read_only,
                keep_anonymous: false,
            })
        }
        "bind" => Mount::Bind {
            mount: BindMount {
                source,
                destination: v.target.clone(),
                read_only: v.read_only,
            },
            create_source: v
                .bind
                .as_ref()
                .and_then(|b| b.create_host_path)
                .unwrap_or(true),
        },
        "tmpfs" => {
            let mut options = Vec::new();
            if let Some(o) = &v.tmpfs {
                if let Some(size) = &o.size {
                    options.push(format!("size={}", bytes(size)?));
                }
                if let Some(mode) = &o.mode {
                    let mode = match mode {
                        Scalar::Int(i) => format!("{i:o}"),
                        other => other.text(),
                    };
                    options.push(format!("mode={mode}"));
                }
            }
            Mount::Tmpfs(TmpfsMount {
                destination: v.target.clone(),
                options,
            })
        }
        other => bail!("volume type {other} is not supported by skiff"),
    })
}

/// A secret or config a service mounts: the file that holds it and where
/// it goes in the container.
#[derive(Debug, Clone)]
pub struct ProjectFile {
    pub secret: bool,
    pub name: String,
    pub source: PathBuf,
    pub target: String,
}

/// The secrets and configs `svc` mounts.
pub fn project_files(svc: &Service, t: &Target) -> Result<Vec<ProjectFile>> {
    let mut out = Vec::new();
    for (kind, refs, section) in [
        ("secret", &svc.secrets, &t.resources.secrets),
        ("config", &svc.configs, &t.resources.configs),
    ] {
        for r in refs {
            out.push(project_file(kind, r, section, t)?);
        }
    }
    Ok(out)
}

/// A secret or config, mounted read-only from its file: secrets at
/// `/run/secrets/<name>` unless a target says otherwise, configs at `/<name>`.
fn file_mount(
    kind: &str,
    r: &FileReference,
    section: &BTreeMap<String, Resource>,
    t: &Target,
) -> Result<Mount> {
    let file = project_file(kind, r, section, t)?;
    Ok(Mount::Bind {
        mount: BindMount {
            source: file.source.to_string_lossy().into_owned(),
            destination: file.target,
            read_only: true,
        },
        create_source: false,
    })
}

fn project_file(
    kind: &str,
    r: &FileReference,
    section: &BTreeMap<String, Resource>,
    t: &Target,
) -> Result<ProjectFile> {
    let name = r.source();
    let def = section.get(name).ok_or_else(|| {
        anyhow!(
            "service {} refers to undefined {kind} {name}: invalid compose project",
            t.service
        )
    })?;
    if def.external {
        bail!(
            "service {}: external {kind}s ({name}) need a swarm; skiff has none",
            t.service
        );
    }
    let source: PathBuf = if let Some(file) = &def.file {
        let p = Path::new(file);
        if p.is_absolute() {
            p.to_path_buf()
        } else {
            t.project.working_dir.join(p)
        }
    } else {
        let content = match (&def.environment, &def.content) {
            (Some(var), _) => t.project.environment.get(var).cloned().ok_or_else(|| {
                anyhow!("service {}: {kind} {name} comes from environment variable {var}, which is not set", t.service)
            })?,
            (None, Some(content)) => content.clone(),
            (None, None) => bail!("service {}: {kind} {name} has no file, environment or content", t.service),
        };
        let dir = t.state_dir.join(format!("{kind}s"));
        crate::engine::store::ensure_dir(&dir)
            .with_context(|| format!("creating {}", dir.display()))?;
        let path = dir.join(name);
        std::fs::write(&path, content).with_context(|| format!("writing {}", path.display()))?;
        path
    };
    if !source.exists() {
        bail!(
            "service {}: {kind} {name}: file {} does not exist",
            t.service,
            source.display()
        );
    }
    let target = match (kind, r.target()) {
        (_, Some(target)) if target.starts_with('/') => target.to_string(),
        ("secret", Some(target)) => format!("/run/secrets/{target}"),
        ("secret", None) => format!("/run/secrets/{name}"),
        (_, Some(target)) => format!("/{target}"),
        (_, None) => format!("/{name}"),
    };
    Ok(ProjectFile {
        secret: kind == "secret",
        name: name.to_string(),
        source,
        target,
    })
}

fn health(svc: &Service) -> Result<HealthSetting> {
    let Some(h) = &svc.healthcheck else {
        return Ok(HealthSetting::Image);
    };
    if h.disable || h.test.first().is_some_and(|t| t == "NONE") {
        return Ok(HealthSetting::Disabled);
    }
    let ns = |d: &Option<String>| {
        d.as_deref()
            .map(docker::go_duration_ns)
            .transpose()
            .map(Option::unwrap_or_default)
    };
    let config = HealthConfig {
        test: h.test.clone(),
        interval: ns(&h.interval)?,
        timeout: ns(&h.timeout)?,
        start_period: ns(&h.start_period)?,
        start_interval: ns(&h.start_interval)?,
        retries: h.retries.unwrap_or(0),
    };
    docker::validate_health(&config)?;
    Ok(HealthSetting::Merge(config))
}
