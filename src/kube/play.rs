//! `kube play` and `kube down` (podman's): Kubernetes YAML run as skiff pods.
//! Pods, Deployments (one replica), DaemonSets and Jobs become pods with
//! their containers (`<pod>-<container>`) on one DNS network, where
//! container and Service names resolve; PersistentVolumeClaims become named
//! volumes, ConfigMaps and Secrets environment and files, and Services of
//! type NodePort or LoadBalancer publish ports on the host.

use std::collections::BTreeMap;
use std::sync::Arc;

use anyhow::{anyhow, bail, Context as _, Result};
use serde::Deserialize as _;

use super::model::{Container as KubeContainer, DeploymentSpec, Object, PodSpec, PortRef, Probe};
use crate::engine::container::{
    BindMount, HealthConfig, RestartMode, RestartPolicy, Security, TmpfsMount,
};
use crate::engine::image::pull::{NoProgress, PullOptions};
use crate::engine::ports::PortBinding;
use crate::engine::spec::{ContainerSpec, HealthSetting, Mount, PullPolicy, VolumeRequest};
use crate::engine::Engine;

/// One pod to run, from a Pod or a Deployment.
struct PodPlan {
    name: String,
    /// The pod's labels, which Services select.
    labels: BTreeMap<String, String>,
    spec: PodSpec,
}

/// The part of a Service play reads.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct ServiceSpec {
    selector: BTreeMap<String, String>,
    #[serde(rename = "type")]
    kind: Option<String>,
    ports: Vec<ServicePort>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct ServicePort {
    port: u16,
    #[serde(default)]
    target_port: Option<PortRef>,
    #[serde(default)]
    node_port: Option<u16>,
    #[serde(default)]
    protocol: Option<String>,
}

struct ServicePlan {
    name: String,
    spec: ServiceSpec,
}

impl ServicePlan {
    fn selects(&self, pod: &PodPlan) -> bool {
        !self.spec.selector.is_empty()
            && self
                .spec
                .selector
                .iter()
                .all(|(k, v)| pod.labels.get(k) == Some(v))
    }
}

/// The network pods join unless `--network` names another, as podman's
/// `podman-default-kube-network`: made when first needed, with DNS.
pub const KUBE_NETWORK: &str = "skiff-default-kube-network";

/// What `kube play` is asked to do besides running the YAML.
#[derive(Debug, Clone, Default)]
pub struct PlayOptions {
    /// false: create only (`--start=false`).
    pub start: bool,
    /// Replace pods of the same names.
    pub replace: bool,
    /// Refuse fields skiff does not read.
    pub strict: bool,
    /// `--publish`: bindings added to, or replacing by container port, the YAML's.
    pub publish: Vec<PortBinding>,
    /// `--publish-all`: container ports without a hostPort too, on the same port.
    pub publish_all: bool,
    /// The network the pods join (default [`KUBE_NETWORK`]).
    pub network: Option<String>,
}

/// What a YAML file holds that skiff runs.
struct Plan {
    pods: Vec<PodPlan>,
    services: Vec<ServicePlan>,
    claims: Vec<String>,
    /// ConfigMaps and Secrets by (kind, name): their keys and values.
    sources: Sources,
    warnings: Vec<String>,
}

type Sources = BTreeMap<(String, String), BTreeMap<String, String>>;

/// The named volume that holds a ConfigMap's or Secret's files.
fn source_volume(kind: &str, name: &str) -> String {
    super::generate::dns_name(&format!("kube-{}-{name}", kind.to_lowercase()))
}

/// A ConfigMap's or Secret's data (a Secret's `data` is base64).
fn source_data(kind: &str, value: &serde_yaml_ng::Value) -> Result<BTreeMap<String, String>> {
    use base64::Engine as _;
    let mut out = BTreeMap::new();
    let map = |key: &str| -> Vec<(String, String)> {
        value
            .get(key)
            .and_then(|d| d.as_mapping())
            .map(|m| {
                m.iter()
                    .filter_map(|(k, v)| {
                        let v = match v {
                            serde_yaml_ng::Value::String(s) => s.clone(),
                            serde_yaml_ng::Value::Number(n) => n.to_string(),
                            serde_yaml_ng::Value::Bool(b) => b.to_string(),
                            _ => return None,
                        };
                        Some((k.as_str()?.to_string(), v))
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    for (k, v) in map("data") {
        let v = if kind == "Secret" {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(v.trim())
                .map_err(|e| anyhow!("Secret key {k}: not base64: {e}"))?;
            String::from_utf8(bytes).map_err(|_| anyhow!("Secret key {k}: not UTF-8 text"))?
        } else {
            v
        };
        out.insert(k, v);
    }
    out.extend(map("stringData"));
    Ok(out)
}

/// What `play` made.
#[derive(Debug, Default)]
pub struct Played {
    /// Each pod's ID and its containers' IDs.
    pub pods: Vec<(String, Vec<String>)>,
    pub volumes: Vec<String>,
    pub warnings: Vec<String>,
}

fn plan(text: &str, strict: bool) -> Result<Plan> {
    let mut out = Plan {
        pods: Vec::new(),
        services: Vec::new(),
        claims: Vec::new(),
        sources: BTreeMap::new(),
        warnings: Vec::new(),
    };
    let mut supported = false;
    for (i, doc) in serde_yaml_ng::Deserializer::from_str(text).enumerate() {
        let value = serde_yaml_ng::Value::deserialize(doc)
            .map_err(|e| anyhow!("YAML document {}: {e}", i + 1))?;
        if value.is_null() {
            continue;
        }
        let kind = value
            .get("kind")
            .and_then(|k| k.as_str())
            .unwrap_or("")
            .to_string();
        let unread = super::fields::unread(&kind, &value);
        if strict && !unread.is_empty() {
            bail!(
                "{kind} (document {}): {}: unknown or unsupported field",
                i + 1,
                unread.join(", ")
            );
        }
        for path in unread {
            out.warnings.push(format!(
                "{kind} (document {}): {path}: unknown or unsupported field, ignored",
                i + 1
            ));
        }
        let parse_err = |e: serde_yaml_ng::Error| anyhow!("{kind} (document {}): {e}", i + 1);
        match kind.as_str() {
            "Pod" => {
                let pod: Object<PodSpec> = serde_yaml_ng::from_value(value).map_err(parse_err)?;
                out.pods.push(PodPlan {
                    name: pod.metadata.name,
                    labels: pod.metadata.labels,
                    spec: pod.spec,
                });
                supported = true;
            }
            "Deployment" => {
                let d: Object<DeploymentSpec> =
                    serde_yaml_ng::from_value(value).map_err(parse_err)?;
                if d.spec.replicas.is_some_and(|r| r > 1) {
                    out.warnings.push(format!(
                        "Limiting replica count to 1, more than one replica is not supported by skiff (deployment {})",
                        d.metadata.name
                    ));
                }
                out.pods.push(PodPlan {
                    name: format!("{}-pod", d.metadata.name),
                    labels: d.spec.template.metadata.labels,
                    spec: d.spec.template.spec,
                });
                supported = true;
            }
            "DaemonSet" | "Job" => {
                // One pod, as podman runs them; a Job's runs to completion.
                let template = value.get("spec").and_then(|s| s.get("template"));
                let spec = template.and_then(|t| t.get("spec")).cloned();
                let pod: PodSpec =
                    serde_yaml_ng::from_value(spec.unwrap_or_default()).map_err(parse_err)?;
                let labels = template
                    .and_then(|t| t.get("metadata"))
                    .and_then(|m| m.get("labels"))
                    .cloned()
                    .map(serde_yaml_ng::from_value)
                    .transpose()
                    .map_err(parse_err)?
                    .unwrap_or_default();
                let name = value
                    .get("metadata")
                    .and_then(|m| m.get("name"))
                    .and_then(|n| n.as_str())
                    .unwrap_or("")
                    .to_string();
                out.pods.push(PodPlan {
                    name: format!("{name}-pod"),
                    labels,
                    spec: pod,
                });
                supported = true;
            }
            "PersistentVolumeClaim" => {
                let name = value
                    .get("metadata")
                    .and_then(|m| m.get("name"))
                    .and_then(|n| n.as_str())
                    .ok_or_else(|| {
                        anyhow!(
                            "PersistentVolumeClaim (document {}): no metadata.name",
                            i + 1
                        )
                    })?;
                out.claims.push(name.to_string());
                supported = true;
            }
            "Service" => {
                // Not run: it publishes the ports of the pods it selects.
                let service: Object<ServiceSpec> =
                    serde_yaml_ng::from_value(value).map_err(parse_err)?;
                out.services.push(ServicePlan {
                    name: service.metadata.name,
                    spec: service.spec,
                });
            }
            "ConfigMap" | "Secret" => {
                let name = value
                    .get("metadata")
                    .and_then(|m| m.get("name"))
                    .and_then(|n| n.as_str())
                    .ok_or_else(|| anyhow!("{kind} (document {}): no metadata.name", i + 1))?
                    .to_string();
                let data = source_data(&kind, &value)
                    .with_context(|| format!("{kind} {name} (document {})", i + 1))?;
                // Data for the workloads: alone, they run nothing.
                out.sources.insert((kind.clone(), name), data);
            }
            other => out.warnings.push(format!(
                "kind {other:?} (document {}) is not supported and is ignored",
                i + 1
            )),
        }
    }
    if !supported {
        bail!("YAML document does not contain any supported kube kind");
    }
    Ok(out)
}

/// A Kubernetes quantity of bytes (`64Mi`, `1G`, `67108864`).
fn bytes(q: &str) -> Result<i64> {
    let units = [
        ("Ki", 1i64 << 10),
        ("Mi", 1 << 20),
        ("Gi", 1 << 30),
        ("Ti", 1 << 40),
        ("k", 1_000),
        ("M", 1_000_000),
        ("G", 1_000_000_000),
        ("T", 1_000_000_000_000),
    ];
    for (suffix, factor) in units {
        if let Some(n) = q.strip_suffix(suffix) {
            let n: f64 = n
                .parse()
                .map_err(|_| anyhow!("invalid memory quantity {q:?}"))?;
            return Ok((n * factor as f64) as i64);
        }
    }
    q.parse()
        .map_err(|_| anyhow!("invalid memory quantity {q:?}"))
}

/// A Kubernetes CPU quantity (`500m`, `1`, `1.5`) in nano-CPUs.
fn nano_cpus(q: &str) -> Result<i64> {
    let cpus: f64 = match q.strip_suffix('m') {
        Some(milli) => milli.parse::<f64>().map(|m| m / 1000.0),
        None => q.parse(),
    }
    .map_err(|_| anyhow!("invalid cpu quantity {q:?}"))?;
    Ok((cpus * 1e9) as i64)
}

/// A Kubernetes probe as a healthcheck run inside the container: exec as
/// CMD, httpGet with wget (or curl), tcpSocket with nc; Kubernetes'
/// defaults (every 10 s, 1 s timeout, 3 failures) for what it leaves out.
fn health(c: &KubeContainer, p: &Probe) -> Result<HealthConfig> {
    let port = |r: &PortRef| -> Result<u16> {
        match r {
            PortRef::Number(n) => Ok(*n),
            PortRef::Name(name) => c
                .ports
                .iter()
                .find(|p| p.name.as_deref() == Some(name.as_str()))
                .map(|p| p.container_port)
                .ok_or_else(|| anyhow!("probe port {name:?} names no port of the container")),
        }
    };
    let quote = |s: &str| format!("'{}'", s.replace('\'', "'\\''"));
    let test = match (&p.exec, &p.http_get, &p.tcp_socket) {
        // What generate writes for CMD-SHELL reads back as CMD-SHELL.
        (Some(exec), None, None) => match exec.command.as_slice() {
            [sh, c, script] if sh == "/bin/sh" && c == "-c" => {
                vec!["CMD-SHELL".to_string(), script.clone()]
            }
            command => std::iter::once("CMD".to_string())
                .chain(command.iter().cloned())
                .collect(),
        },
        (None, Some(get), None) => {
            let scheme = get.scheme.as_deref().unwrap_or("HTTP").to_lowercase();
            let host = get.host.as_deref().unwrap_or("localhost");
            let path = get.path.as_deref().unwrap_or("/");
            let path = if path.starts_with('/') {
                path.to_string()
            } else {
                format!("/{path}")
            };
            let url = quote(&format!("{scheme}://{host}:{}{path}", port(&get.port)?));
            vec![
                "CMD-SHELL".to_string(),
                format!("wget -q -O /dev/null {url} || curl -fsS -o /dev/null {url} || exit 1"),
            ]
        }
        (None, None, Some(tcp)) => {
            let host = tcp.host.as_deref().unwrap_or("localhost");
            vec![
                "CMD-SHELL".to_string(),
                format!(
                    "{} || exit 1",
                    super::parts::tcp_check(&quote(host), port(&tcp.port)?)
                ),
            ]
        }
        _ => bail!("a probe needs exactly one of exec, httpGet and tcpSocket"),
    };
    let secs = |s: Option<i64>, default: i64| s.unwrap_or(default) * 1_000_000_000;
    Ok(HealthConfig {
        test,
        interval: secs(p.period_seconds, 10),
        timeout: secs(p.timeout_seconds, 1),
        start_period: secs(p.initial_delay_seconds, 0),
        start_interval: 0,
        retries: p.failure_threshold.unwrap_or(3),
    })
}

/// The container's pull policy; Kubernetes' IfNotPresent unless it says.
fn pull_policy(c: &KubeContainer) -> Result<PullPolicy> {
    Ok(match c.image_pull_policy.as_deref() {
        None | Some("IfNotPresent") => PullPolicy::Missing,
        Some("Always") => PullPolicy::Always,
        Some("Never") => PullPolicy::Never,
        Some(other) => bail!(
            "container {}: invalid imagePullPolicy {other:?} (Always, IfNotPresent or Never)",
            c.name
        ),
    })
}

/// The file or directory `sub` inside `dir`, which must stay inside it.
fn sub_path(dir: &std::path::Path, sub: &str) -> Result<String> {
    let rel = std::path::Path::new(sub);
    if rel.is_absolute()
        || rel
            .components()
            .any(|c| !matches!(c, std::path::Component::Normal(_)))
    {
        bail!("subPath {sub:?} must be a relative path without ..");
    }
    Ok(dir.join(rel).to_string_lossy().into_owned())
}

#[allow(clippy::too_many_arguments)]
fn container_spec(
    engine: &Engine,
    pod: &PodPlan,
    pod_id: &str,
    c: &KubeContainer,
    image_has_entrypoint: bool,
    sources: &Sources,
    warnings: &mut Vec<String>,
) -> Result<ContainerSpec> {
    let at = |field: &str| format!("{}: container {}: {field}", pod.name, c.name);
    let mut spec = ContainerSpec {
        image: c.image.clone(),
        name: Some(format!("{}-{}", pod.name, c.name)),
        pod: Some(pod_id.to_string()),
        tty: c.tty,
        open_stdin: c.stdin,
        workdir: c.working_dir.clone(),
        ..ContainerSpec::default()
    };
    if !c.command.is_empty() && c.args.is_empty() && !image_has_entrypoint {
        // The same process either way; as CMD it is what generate read.
        spec.cmd = Some(c.command.clone());
    } else if !c.command.is_empty() {
        // command replaces ENTRYPOINT and drops the image's CMD; args replace CMD.
        spec.entrypoint = Some(c.command.clone());
        spec.cmd = Some(c.args.clone());
    } else if !c.args.is_empty() {
        spec.cmd = Some(c.args.clone());
    }
    // envFrom first, then env over it (Kubernetes' order).
    for from in &c.env_from {
        let (kind, r) = match (&from.config_map_ref, &from.secret_ref) {
            (Some(r), _) => ("ConfigMap", r),
            (None, Some(r)) => ("Secret", r),
            (None, None) => continue,
        };
        match sources.get(&(kind.to_string(), r.name.clone())) {
            Some(data) => spec
                .env
                .extend(data.iter().map(|(k, v)| format!("{k}={v}"))),
            None if r.optional => {}
            None => bail!("{}: {kind} {} not found", at("envFrom"), r.name),
        }
    }
    for e in &c.env {
        let value = match &e.value_from {
            None => e.value.clone(),
            Some(from) => {
                let (kind, r) = match (&from.config_map_key_ref, &from.secret_key_ref) {
                    (Some(r), _) => ("ConfigMap", r),
                    (None, Some(r)) => ("Secret", r),
                    (None, None) => {
                        warnings.push(at(&format!(
                            "env {}: only configMapKeyRef and secretKeyRef are read; ignored",
                            e.name
                        )));
                        continue;
                    }
                };
                match sources
                    .get(&(kind.to_string(), r.name.clone()))
                    .and_then(|d| d.get(&r.key))
                {
                    Some(v) => v.clone(),
                    None if r.optional => continue,
                    None => bail!(
                        "{}: key {} of {kind} {} not found",
                        at(&format!("env {}", e.name)),
                        r.key,
                        r.name
                    ),
                }
            }
        };
        spec.env.push(format!("{}={value}", e.name));
    }
    spec.restart = RestartPolicy {
        name: match pod.spec.restart_policy.as_deref() {
            None | Some("Always") => RestartMode::Always,
            Some("OnFailure") => RestartMode::OnFailure,
            Some("Never") => RestartMode::No,
            Some(other) => bail!("{}: invalid restartPolicy {other:?}", pod.name),
        },
        maximum_retry_count: 0,
    };
    if let Some(r) = &c.resources {
        if let Some(m) = r.limits.get("memory") {
            spec.resources.memory = bytes(m).with_context(|| at("resources.limits.memory"))?;
        }
        if let Some(cpu) = r.limits.get("cpu") {
            spec.resources.nano_cpus =
                nano_cpus(cpu).with_context(|| at("resources.limits.cpu"))?;
        }
    }
    if let Some(sc) = &c.security_context {
        spec.security = Security {
            privileged: sc.privileged.unwrap_or(false),
            read_only: sc.read_only_root_filesystem.unwrap_or(false),
            cap_add: sc
                .capabilities
                .as_ref()
                .map(|x| x.add.clone())
                .unwrap_or_default(),
            cap_drop: sc
                .capabilities
                .as_ref()
                .map(|x| x.drop.clone())
                .unwrap_or_default(),
            ..Security::default()
        };
        spec.user = match (sc.run_as_user, sc.run_as_group) {
            (Some(u), Some(g)) => Some(format!("{u}:{g}")),
            (Some(u), None) => Some(u.to_string()),
            _ => None,
        };
    }
    for m in &c.volume_mounts {
        let v = pod
            .spec
            .volumes
            .iter()
            .find(|v| v.name == m.name)
            .ok_or_else(|| anyhow!("{}: volume {:?} is not defined", at("volumeMounts"), m.name))?;
        let bind = |source: String, read_only: bool, create_source: bool| Mount::Bind {
            mount: BindMount {
                source,
                destination: m.mount_path.clone(),
                read_only,
            },
            create_source,
        };
        let source_volume_of = v.source();
        let mount = if let Some(h) = &v.host_path {
            let path = match &m.sub_path {
                Some(sub) => sub_path(std::path::Path::new(&h.path), sub)
                    .with_context(|| at("volumeMounts"))?,
                None => h.path.clone(),
            };
            bind(
                path,
                m.read_only,
                matches!(h.kind.as_str(), "DirectoryOrCreate" | ""),
            )
        } else if let Some(sub) = &m.sub_path {
            // One file or directory of a volume: a bind of it.
            let volume = if let Some(claim) = &v.persistent_volume_claim {
                claim.claim_name.clone()
            } else if let Some((kind, src)) = source_volume_of {
                source_volume(kind, &src.name)
            } else {
                bail!(
                    "{}: subPath is supported on hostPath, persistentVolumeClaim, configMap and secret volumes",
                    at("volumeMounts")
                );
            };
            let volume = match crate::engine::volume::inspect(engine, &volume) {
                Ok(v) => v,
                Err(_) => crate::engine::volume::create(
                    engine,
                    Some(&volume),
                    BTreeMap::new(),
                    BTreeMap::new(),
                )?,
            };
            let path = sub_path(&volume.mountpoint, sub).with_context(|| at("volumeMounts"))?;
            if !std::path::Path::new(&path).exists() {
                if source_volume_of.is_some() {
                    bail!(
                        "{}: key {sub:?} is not in volume {}",
                        at("volumeMounts"),
                        v.name
                    );
                }
                crate::engine::store::ensure_dir(std::path::Path::new(&path))?;
            }
            bind(path, m.read_only || source_volume_of.is_some(), false)
        } else if let Some(claim) = &v.persistent_volume_claim {
            Mount::Volume(VolumeRequest {
                name: Some(claim.claim_name.clone()),
                destination: m.mount_path.clone(),
                read_only: m.read_only,
                keep_anonymous: false,
            })
        } else if let Some(dir) = &v.empty_dir {
            if dir.medium.as_deref() == Some("Memory") {
                Mount::Tmpfs(TmpfsMount {
                    destination: m.mount_path.clone(),
                    options: Vec::new(),
                })
            } else {
                Mount::Volume(VolumeRequest {
                    name: None,
                    destination: m.mount_path.clone(),
                    read_only: m.read_only,
                    keep_anonymous: false,
                })
            }
        } else if let Some((kind, src)) = source_volume_of {
            // Filled by play before the containers are made.
            Mount::Volume(VolumeRequest {
                name: Some(source_volume(kind, &src.name)),
                destination: m.mount_path.clone(),
                read_only: true,
                keep_anonymous: false,
            })
        } else {
            bail!(
                "{}: volume {:?} has a kind skiff does not support",
                at("volumeMounts"),
                m.name
            );
        };
        spec.mounts.push(mount);
    }
    // One healthcheck: the liveness probe, else the startup probe.
    if let Some(p) = c.liveness_probe.as_ref().or(c.startup_probe.as_ref()) {
        spec.health = HealthSetting::Merge(health(c, p).with_context(|| at("probe"))?);
    }
    Ok(spec)
}

/// The named volumes of a pod's configMap and secret volumes, made (or
/// refreshed) with one file per key.
fn fill_source_volumes(engine: &Engine, pod: &PodPlan, sources: &Sources) -> Result<()> {
    for v in &pod.spec.volumes {
        let Some((kind, src)) = v.source() else {
            continue;
        };
        let data = match sources.get(&(kind.to_string(), src.name.clone())) {
            Some(d) => d.clone(),
            None if src.optional => BTreeMap::new(),
            None => bail!(
                "{}: volume {}: {kind} {} not found",
                pod.name,
                v.name,
                src.name
            ),
        };
        let name = source_volume(kind, &src.name);
        let volume = match crate::engine::volume::inspect(engine, &name) {
            Ok(v) => v,
            Err(_) => crate::engine::volume::create(
                engine,
                Some(&name),
                [("io.skiff.kube.source".to_string(), kind.to_lowercase())].into(),
                BTreeMap::new(),
            )?,
        };
        for (key, value) in &data {
            if key.contains('/') || key.starts_with('.') {
                bail!("{kind} {}: key {key:?} is not a file name", src.name);
            }
            let path = volume.mountpoint.join(key);
            std::fs::write(&path, value).with_context(|| format!("writing {}", path.display()))?;
        }
    }
    Ok(())
}

/// The host ports of `pod`: its containers' hostPorts (all container ports
/// with `publish_all`), the NodePort and LoadBalancer Services that select
/// it, then `--publish` over them by container port.
fn pod_ports(
    pod: &PodPlan,
    services: &[ServicePlan],
    opts: &PlayOptions,
) -> Result<Vec<PortBinding>> {
    let binding =
        |host_port: u16, container_port: u16, protocol: Option<&str>, host_ip: &str| PortBinding {
            host_ip: host_ip.to_string(),
            host_port,
            host_port_end: 0,
            container_port,
            protocol: protocol.unwrap_or("TCP").to_lowercase(),
        };
    let mut ports: Vec<PortBinding> = Vec::new();
    for c in &pod.spec.containers {
        for p in &c.ports {
            let host_port = match p.host_port {
                Some(h) => h,
                None if opts.publish_all => p.container_port,
                None => continue,
            };
            ports.push(binding(
                host_port,
                p.container_port,
                p.protocol.as_deref(),
                p.host_ip.as_deref().unwrap_or(""),
            ));
        }
    }
    for s in services.iter().filter(|s| s.selects(pod)) {
        for p in &s.spec.ports {
            let host_port = match s.spec.kind.as_deref() {
                Some("NodePort") => p.node_port,
                // As Docker Desktop and k3s do: the Service's port on the host.
                Some("LoadBalancer") => Some(p.port),
                _ => None,
            };
            let Some(host_port) = host_port else { continue };
            let target = match p.target_port.clone().unwrap_or(PortRef::Number(p.port)) {
                PortRef::Number(n) => n,
                PortRef::Name(name) => pod
                    .spec
                    .containers
                    .iter()
                    .flat_map(|c| &c.ports)
                    .find(|cp| cp.name.as_deref() == Some(name.as_str()))
                    .map(|cp| cp.container_port)
                    .ok_or_else(|| {
                        anyhow!(
                            "Service {}: targetPort {name:?} names no container port of pod {}",
                            s.name,
                            pod.name
                        )
                    })?,
            };
            let b = binding(host_port, target, p.protocol.as_deref(), "");
            if !ports
                .iter()
                .any(|o| o.host_port == b.host_port && o.protocol == b.protocol)
            {
                ports.push(b);
            }
        }
    }
    for b in opts.publish.iter().filter(|b| declares(pod, b)) {
        ports.retain(|o| !(o.container_port == b.container_port && o.protocol == b.protocol));
        ports.push(b.clone());
    }
    Ok(ports)
}

/// Whether a container of `pod` declares the container port `b` publishes.
fn declares(pod: &PodPlan, b: &PortBinding) -> bool {
    pod.spec.containers.iter().flat_map(|c| &c.ports).any(|p| {
        p.container_port == b.container_port
            && p.protocol
                .as_deref()
                .unwrap_or("TCP")
                .eq_ignore_ascii_case(&b.protocol)
    })
}

/// The network the pods join: `--network`, or skiff's kube network, made
/// on first use (another play may be making it at the same moment).
fn pod_network(engine: &Engine, opts: &PlayOptions) -> Result<String> {
    if let Some(n) = &opts.network {
        return Ok(n.clone());
    }
    if crate::engine::network::lookup(engine, KUBE_NETWORK).is_err() {
        let made = crate::engine::network::create(
            engine,
            KUBE_NETWORK,
            &crate::engine::network::CreateOptions {
                driver: "bridge".into(),
                ..Default::default()
            },
        );
        if let Err(e) = made {
            if crate::engine::network::lookup(engine, KUBE_NETWORK).is_err() {
                return Err(e.context(format!("creating network {KUBE_NETWORK}")));
            }
        }
    }
    Ok(KUBE_NETWORK.to_string())
}

/// Makes one container of `pod` (its image first, per its pull policy).
fn make_container(
    engine: &Engine,
    pod: &PodPlan,
    pod_id: &str,
    c: &KubeContainer,
    init: bool,
    sources: &Sources,
    warnings: &mut Vec<String>,
) -> Result<String> {
    let (image, _) = crate::engine::ops::ensure_image(
        engine,
        &c.image,
        pull_policy(c)?,
        &PullOptions::default(),
        Arc::new(NoProgress),
    )
    .with_context(|| format!("pod {}: container {}: image {}", pod.name, c.name, c.image))?;
    let has_entrypoint = crate::engine::image::config(engine, &image.record)
        .ok()
        .and_then(|c| c.config)
        .and_then(|c| c.entrypoint)
        .is_some_and(|e| !e.is_empty());
    let mut spec = container_spec(engine, pod, pod_id, c, has_entrypoint, sources, warnings)?;
    if init {
        // Init containers run once, whatever the pod's policy.
        spec.restart = RestartPolicy::default();
    }
    let (r, more) = crate::engine::ops::create(engine, &spec, &image)
        .with_context(|| format!("pod {}: container {}", pod.name, c.name))?;
    warnings.extend(more);
    Ok(r.id)
}

/// Runs a pod's init containers one after another to completion, as
/// Kubernetes does before the others start; each is removed once it exits 0.
fn run_init_containers(
    engine: &Engine,
    pod: &PodPlan,
    pod_id: &str,
    sources: &Sources,
    warnings: &mut Vec<String>,
) -> Result<()> {
    for c in &pod.spec.init_containers {
        let id = make_container(engine, pod, pod_id, c, true, sources, warnings)
            .with_context(|| format!("init container {}", c.name))?;
        let ran = crate::engine::ops::start_existing(
            engine,
            &id,
            crate::engine::ops::StartOptions {
                attach: None,
                debug: false,
            },
        )
        .and_then(|_| {
            crate::engine::ops::wait(engine, &id, crate::engine::ops::WaitCondition::NotRunning)
        });
        let code = match ran {
            Ok(code) => code,
            Err(e) => return Err(e.context(format!("pod {}: init container {}", pod.name, c.name))),
        };
        if code != 0 {
            bail!(
                "pod {}: init container {} exited with code {code} (its logs: skiff logs {}-{})",
                pod.name,
                c.name,
                pod.name,
                c.name
            );
        }
        let done = crate::engine::ops::lookup(engine, &id)?;
        crate::engine::ops::remove(engine, &done, true)?;
    }
    Ok(())
}

/// Runs what `text` describes.
pub fn play(engine: &Engine, text: &str, opts: &PlayOptions) -> Result<Played> {
    let plan = plan(text, opts.strict)?;
    let mut played = Played {
        warnings: plan.warnings.clone(),
        ..Played::default()
    };
    // Everything that can be refused is, before anything is made.
    let mut ports = Vec::new();
    for pod in &plan.pods {
        if pod.spec.containers.is_empty() {
            bail!("pod {} has no containers", pod.name);
        }
        let all = pod.spec.init_containers.iter().chain(&pod.spec.containers);
        if all.clone().any(|c| c.name.is_empty() || c.image.is_empty()) {
            bail!("{}: every container needs a name and an image", pod.name);
        }
        ports.push(pod_ports(pod, &plan.services, opts)?);
    }
    for b in &opts.publish {
        if !plan.pods.iter().any(|p| declares(p, b)) {
            bail!(
                "--publish {}:{}/{}: no container declares containerPort {}",
                b.host_port,
                b.container_port,
                b.protocol,
                b.container_port
            );
        }
    }
    for claim in &plan.claims {
        if crate::engine::volume::inspect(engine, claim).is_err() {
            crate::engine::volume::create(engine, Some(claim), BTreeMap::new(), BTreeMap::new())?;
        }
        played.volumes.push(claim.clone());
    }
    let network = pod_network(engine, opts)?;
    let named_network = !matches!(network.as_str(), "bridge" | "host" | "none" | "default");
    for (pod, ports) in plan.pods.iter().zip(ports) {
        if let Ok(existing) = crate::engine::ops::pod::lookup(engine, &pod.name) {
            if !opts.replace {
                bail!(
                    "pod {} already exists: use --replace to replace it",
                    pod.name
                );
            }
            crate::engine::ops::pod::remove(engine, &existing, true)?;
        }
        // Names that resolve to the pod: its containers' and its Services'.
        let mut aliases: Vec<String> = pod.spec.containers.iter().map(|c| c.name.clone()).collect();
        aliases.extend(
            plan.services
                .iter()
                .filter(|s| s.selects(pod))
                .map(|s| s.name.clone()),
        );
        aliases.sort();
        aliases.dedup();
        let record = crate::engine::ops::pod::create(
            engine,
            &crate::engine::ops::pod::PodSpec {
                name: Some(pod.name.clone()),
                hostname: Some(
                    pod.spec
                        .hostname
                        .clone()
                        .unwrap_or_else(|| pod.name.clone()),
                ),
                ports,
                networks: if network == "bridge" {
                    Vec::new()
                } else {
                    vec![crate::engine::spec::NetworkAttachment {
                        name: network.clone(),
                        aliases: if named_network { aliases } else { Vec::new() },
                        ipv4: None,
                        mac: None,
                    }]
                },
                ..Default::default()
            },
        )?;
        let mut ids = Vec::new();
        let made = (|| -> Result<()> {
            fill_source_volumes(engine, pod, &plan.sources)?;
            for c in &pod.spec.containers {
                ids.push(make_container(
                    engine,
                    pod,
                    &record.id,
                    c,
                    false,
                    &plan.sources,
                    &mut played.warnings,
                )?);
            }
            if opts.start {
                run_init_containers(engine, pod, &record.id, &plan.sources, &mut played.warnings)?;
                let p = crate::engine::ops::pod::lookup(engine, &record.id)?;
                crate::engine::ops::pod::start(engine, &p)?;
            } else if !pod.spec.init_containers.is_empty() {
                played.warnings.push(format!(
                    "pod {}: init containers run only when play starts the pod",
                    pod.name
                ));
            }
            Ok(())
        })();
        if let Err(e) = made {
            // Nothing half made: the pod goes with what it had.
            if let Ok(p) = crate::engine::ops::pod::lookup(engine, &record.id) {
                let _ = crate::engine::ops::pod::remove(engine, &p, true);
            }
            return Err(e);
        }
        played.pods.push((record.id, ids));
    }
    Ok(played)
}

/// Stops and removes the pods `text` describes (and, with `volumes`, its
/// claims' volumes); returns the removed pods' IDs.
pub fn down(engine: &Engine, text: &str, volumes: bool) -> Result<Vec<String>> {
    let plan = plan(text, false)?;
    let mut removed = Vec::new();
    for pod in &plan.pods {
        let Ok(p) = crate::engine::ops::pod::lookup(engine, &pod.name) else {
            continue;
        };
        crate::engine::ops::pod::remove(engine, &p, true)?;
        removed.push(p.record.id);
    }
    if volumes {
        let mut names = plan.claims.clone();
        for pod in &plan.pods {
            for v in &pod.spec.volumes {
                if let Some(c) = &v.persistent_volume_claim {
                    names.push(c.claim_name.clone());
                }
                if let Some((kind, s)) = v.source() {
                    names.push(source_volume(kind, &s.name));
                }
            }
        }
        names.sort();
        names.dedup();
        for n in names {
            crate::engine::volume::remove(engine, &n, true)?;
        }
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities_read_as_kubernetes_writes_them() {
        assert_eq!(bytes("64Mi").unwrap(), 64 << 20);
        assert_eq!(bytes("1G").unwrap(), 1_000_000_000);
        assert_eq!(bytes("67108864").unwrap(), 67108864);
        assert!(bytes("lots").is_err());
        assert_eq!(nano_cpus("500m").unwrap(), 500_000_000);
        assert_eq!(nano_cpus("1.5").unwrap(), 1_500_000_000);
        assert!(nano_cpus("fast").is_err());
    }
}
