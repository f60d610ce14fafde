//! `kube play` and `kube down` (podman's): Kubernetes YAML run as skiff pods.
//! Pods and Deployments (one replica) become pods with their containers
//! (`<pod>-<container>`), PersistentVolumeClaims named volumes; Services,
//! ConfigMaps and Secrets are not run (a warning says so for the last two).

use std::collections::BTreeMap;
use std::sync::Arc;

use anyhow::{anyhow, bail, Context as _, Result};
use serde::Deserialize as _;

use super::model::{Container as KubeContainer, DeploymentSpec, Object, PodSpec};
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
    spec: PodSpec,
}

/// What a YAML file holds that skiff runs.
struct Plan {
    pods: Vec<PodPlan>,
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
                    spec: d.spec.template.spec,
                });
                supported = true;
            }
            "DaemonSet" | "Job" => {
                // One pod, as podman runs them; a Job's runs to completion.
                let spec = value
                    .get("spec")
                    .and_then(|s| s.get("template"))
                    .and_then(|t| t.get("spec"))
                    .cloned()
                    .unwrap_or_default();
                let pod: PodSpec = serde_yaml_ng::from_value(spec).map_err(parse_err)?;
                let name = value
                    .get("metadata")
                    .and_then(|m| m.get("name"))
                    .and_then(|n| n.as_str())
                    .unwrap_or("")
                    .to_string();
                out.pods.push(PodPlan {
                    name: format!("{name}-pod"),
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
            "Service" => supported = true,
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

fn container_spec(
    pod: &PodPlan,
    pod_id: &str,
    c: &KubeContainer,
    sources: &Sources,
    warnings: &mut Vec<String>,
) -> Result<ContainerSpec> {
    let at = |field: &str| format!("{}: container {}: {field}", pod.name, c.name);
    if c.name.is_empty() || c.image.is_empty() {
        bail!("{}: every container needs a name and an image", pod.name);
    }
    let mut spec = ContainerSpec {
        image: c.image.clone(),
        name: Some(format!("{}-{}", pod.name, c.name)),
        pod: Some(pod_id.to_string()),
        tty: c.tty,
        open_stdin: c.stdin,
        workdir: c.working_dir.clone(),
        ..ContainerSpec::default()
    };
    if !c.command.is_empty() {
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
        let mount = if let Some(h) = &v.host_path {
            Mount::Bind {
                mount: BindMount {
                    source: h.path.clone(),
                    destination: m.mount_path.clone(),
                    read_only: m.read_only,
                },
                create_source: matches!(h.kind.as_str(), "DirectoryOrCreate" | ""),
            }
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
        } else if let Some((kind, src)) = v
            .config_map
            .as_ref()
            .map(|s| ("ConfigMap", s))
            .or(v.secret.as_ref().map(|s| ("Secret", s)))
        {
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
    if let Some(p) = &c.liveness_probe {
        match &p.exec {
            Some(exec) => {
                let secs = |s: Option<i64>| s.unwrap_or(0) * 1_000_000_000;
                spec.health = HealthSetting::Merge(HealthConfig {
                    test: std::iter::once("CMD".to_string())
                        .chain(exec.command.iter().cloned())
                        .collect(),
                    interval: secs(p.period_seconds),
                    timeout: secs(p.timeout_seconds),
                    start_period: secs(p.initial_delay_seconds),
                    start_interval: 0,
                    retries: p.failure_threshold.unwrap_or(0),
                });
            }
            None => warnings.push(at("livenessProbe: only exec probes are supported; ignored")),
        }
    }
    Ok(spec)
}

/// The named volumes of a pod's configMap and secret volumes, made (or
/// refreshed) with one file per key.
fn fill_source_volumes(engine: &Engine, pod: &PodPlan, sources: &Sources) -> Result<()> {
    for v in &pod.spec.volumes {
        let Some((kind, src)) = v
            .config_map
            .as_ref()
            .map(|s| ("ConfigMap", s))
            .or(v.secret.as_ref().map(|s| ("Secret", s)))
        else {
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

/// Runs what `text` describes; with `start` false, creates only.
pub fn play(
    engine: &Engine,
    text: &str,
    start: bool,
    replace: bool,
    strict: bool,
) -> Result<Played> {
    let plan = plan(text, strict)?;
    let mut played = Played {
        warnings: plan.warnings.clone(),
        ..Played::default()
    };
    for claim in &plan.claims {
        if crate::engine::volume::inspect(engine, claim).is_err() {
            crate::engine::volume::create(engine, Some(claim), BTreeMap::new(), BTreeMap::new())?;
        }
        played.volumes.push(claim.clone());
    }
    for pod in &plan.pods {
        if let Ok(existing) = crate::engine::ops::pod::lookup(engine, &pod.name) {
            if !replace {
                bail!(
                    "pod {} already exists: use --replace to replace it",
                    pod.name
                );
            }
            crate::engine::ops::pod::remove(engine, &existing, true)?;
        }
        if pod.spec.containers.is_empty() {
            bail!("pod {} has no containers", pod.name);
        }
        let mut ports = Vec::new();
        for c in &pod.spec.containers {
            for p in &c.ports {
                if let Some(host_port) = p.host_port {
                    ports.push(PortBinding {
                        host_ip: p.host_ip.clone().unwrap_or_default(),
                        host_port,
                        host_port_end: 0,
                        container_port: p.container_port,
                        protocol: p
                            .protocol
                            .clone()
                            .unwrap_or_else(|| "TCP".into())
                            .to_lowercase(),
                    });
                }
            }
        }
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
                ..Default::default()
            },
        )?;
        let mut ids = Vec::new();
        let made = (|| -> Result<()> {
            fill_source_volumes(engine, pod, &plan.sources)?;
            for c in &pod.spec.containers {
                let spec = container_spec(pod, &record.id, c, &plan.sources, &mut played.warnings)?;
                let (image, _) = crate::engine::ops::ensure_image(
                    engine,
                    &c.image,
                    PullPolicy::Missing,
                    &PullOptions::default(),
                    Arc::new(NoProgress),
                )
                .with_context(|| {
                    format!("pod {}: container {}: image {}", pod.name, c.name, c.image)
                })?;
                let (r, warnings) = crate::engine::ops::create(engine, &spec, &image)
                    .with_context(|| format!("pod {}: container {}", pod.name, c.name))?;
                played.warnings.extend(warnings);
                ids.push(r.id);
            }
            if start {
                let p = crate::engine::ops::pod::lookup(engine, &record.id)?;
                crate::engine::ops::pod::start(engine, &p)?;
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
                if let Some(s) = &v.config_map {
                    names.push(source_volume("ConfigMap", &s.name));
                }
                if let Some(s) = &v.secret {
                    names.push(source_volume("Secret", &s.name));
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
